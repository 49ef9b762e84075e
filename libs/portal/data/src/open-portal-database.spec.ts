import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPortalDatabase } from './open-portal-database';

describe('openPortalDatabase on a data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'egov-portal-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates and loads the first data set on first start only, and keeps data across restarts', async () => {
    const first = await openPortalDatabase({ dataDir });
    expect(first.migrationsApplied.length).toBeGreaterThan(0);
    expect(first.seeded?.['districts']).toBe(12);
    // An official removes nothing but edits a record; a restart must not undo it.
    const area = (await first.repositories.districts.get('189'))!;
    await first.repositories.districts.update('189', area.version, { ...area, nameEn: 'Dinh Lap' }, { actor: 'admin' });
    await first.db.close();

    const second = await openPortalDatabase({ dataDir });
    expect(second.migrationsApplied).toEqual([]);
    expect(second.seeded).toBeNull();
    expect((await second.repositories.districts.get('189'))?.nameEn).toBe('Dinh Lap');
    await second.db.close();
    // Two starts of an embedded database on disk, each migrating or checking every migration:
    // seconds alone, tens of seconds while the rest of the suite loads both cores.
  }, 90_000);
});
