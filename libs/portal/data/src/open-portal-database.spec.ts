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
    // As an article written before the search index existed: no search document.
    await first.db.query('delete from news_article_search');
    await first.db.close();

    const second = await openPortalDatabase({ dataDir });
    expect(second.migrationsApplied).toEqual([]);
    expect(second.seeded).toBeNull();
    expect((await second.repositories.districts.get('189'))?.nameEn).toBe('Dinh Lap');
    const searchDocuments = await second.db.query<{ n: number }>('select count(*)::int as n from news_article_search');
    expect(searchDocuments[0]?.n).toBeGreaterThan(0);
    expect((await second.repositories.news.search('hoi nghi')).length).toBeGreaterThan(0);
    await second.db.close();
    // Two starts of an embedded database on disk, each migrating or checking every migration:
    // seconds alone, tens of seconds while the rest of the suite loads both cores.
  }, 90_000);
});
