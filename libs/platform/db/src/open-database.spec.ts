import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseSettingsFromEnv, openDatabase } from './open-database';

describe('databaseSettingsFromEnv', () => {
  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(databaseSettingsFromEnv({ DATABASE_URL: 'postgres://x@h/db' }, '/repo')).toEqual({ databaseUrl: 'postgres://x@h/db' });
  });

  it('keeps the embedded database in .data/ of the working folder, or in DATA_DIR', () => {
    expect(databaseSettingsFromEnv({}, '/repo')).toEqual({ dataDir: '/repo/.data/pglite' });
    expect(databaseSettingsFromEnv({ DATA_DIR: '/var/egov' }, '/repo')).toEqual({ dataDir: '/var/egov/pglite' });
  });
});

describe('openDatabase', () => {
  it('keeps embedded data across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-db-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.exec(`create table kept (value text); insert into kept values ('still here')`);
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      expect(await second.query('select value from kept')).toEqual([{ value: 'still here' }]);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
