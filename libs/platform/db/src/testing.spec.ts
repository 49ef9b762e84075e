import { afterEach, describe, expect, it } from 'vitest';
import type { Migration } from './migrations';
import { createTestDatabase, type TestDatabase } from './testing';

const tableNamed = (name: string): Migration => ({ id: 'test/001-first', sql: `create table ${name} (id integer primary key)` });
const tables = async (db: TestDatabase) =>
  (await db.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = current_schema() and tablename like 'kept_%' order by 1`)).map((row) => row.name);

// Each migration list here is new, so its copy is made from scratch (an initdb, seconds each); on a
// two-core machine that also runs the browser tests, two of them have taken more than 30 s.
describe('embedded test databases made from a kept migrated copy', { timeout: 120_000 }, () => {
  const opened: TestDatabase[] = [];
  const open = async (migrations: Migration[]) => {
    const db = await createTestDatabase('pglite', migrations);
    opened.push(db);
    return db;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.dispose()));
  });

  it('holds the schema of the migrations asked for, even after a migration of the same id was changed', async () => {
    expect(await tables(await open([tableNamed('kept_before')]))).toEqual(['kept_before']);
    expect(await tables(await open([tableNamed('kept_after')]))).toEqual(['kept_after']);
  });

  it('gives each test a database of its own: rows written in one are not in the next', async () => {
    const first = await open([tableNamed('kept_after')]);
    await first.query('insert into kept_after (id) values (1)');
    const second = await open([tableNamed('kept_after')]);
    expect(await second.query('select id from kept_after')).toEqual([]);
    expect(await first.query('select id from kept_after')).toEqual([{ id: 1 }]);
  });
});
