import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeStamp } from './change-stamp';
import { keptMarksSql } from './kept-marks';
import { createTestDatabase, testBackends, type TestDatabase } from './testing';

describe.each(testBackends)('change stamps on %s', (backend) => {
  let db: TestDatabase;
  const versioned = (name: string) =>
    `create table ${name} (id integer primary key, note text, version integer not null default 1, updated_at timestamptz not null default now())`;
  beforeAll(async () => {
    db = await createTestDatabase(backend, [{ id: 'test/001-notes', sql: `${versioned('notes')}; ${versioned('tags')}` }]);
  });
  afterAll(() => db.dispose());

  it('changes with every insert and update, in either table, and dates the latest write', async () => {
    const empty = await changeStamp(db, ['notes', 'tags']);
    expect(empty.lastChange).toBeNull();

    await db.query(`insert into notes (id, note, updated_at) values (1, 'a', '2026-03-01T10:00:00.000001Z')`);
    const inserted = await changeStamp(db, ['notes', 'tags']);
    expect(inserted.version).not.toBe(empty.version);
    expect(inserted.lastChange?.toISOString()).toBe('2026-03-01T10:00:00.000Z');

    // Same time to the microsecond: the version alone tells the update apart.
    await db.query(`update notes set note = 'b', version = version + 1 where id = 1`);
    const updated = await changeStamp(db, ['notes', 'tags']);
    expect(updated.version).not.toBe(inserted.version);

    await db.query(`insert into tags (id, note, updated_at) values (1, 't', '2026-04-01T00:00:00Z')`);
    const tagged = await changeStamp(db, ['notes', 'tags']);
    expect(tagged.version).not.toBe(updated.version);
    expect(tagged.lastChange?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(await changeStamp(db, ['notes', 'tags'])).toEqual(tagged);
  });

  it('stamps a table from its kept marks as from its rows, reading only the summary', async () => {
    await db.exec(`create table notes_marks (part text primary key, row_count bigint not null, version_sum bigint not null, last_change timestamptz)`);
    // The summary in two parts, as a domain keeps it per key: they add up to the table's marks.
    await db.query(
      `insert into notes_marks
         select 'p' || (id % 2), count(*), sum(version), max(updated_at) from notes group by id % 2
         union all select 'empty', 0, 0, null`,
    );
    const kept = await changeStamp(db, [{ table: 'notes', kept: 'notes_marks' }, 'tags']);
    expect(kept).toEqual(await changeStamp(db, ['notes', 'tags']));
    await expect(changeStamp(db, [{ table: 'notes', kept: 'marks; drop table notes' }])).rejects.toThrow(/identifier/);
  });

  it('keeps the marks of a table through inserts, updates, deletes and truncation, as its rows would give them', async () => {
    const items = `create table items (id integer primary key, shelf text not null, version integer not null default 1, updated_at timestamptz not null default now())`;
    await db.exec(items);
    await db.query(`insert into items (id, shelf, updated_at) values (1, 'a', '2026-01-01T00:00:00Z'), (2, 'b', '2026-01-02T00:00:00Z')`);
    // Rows written before the summary exists are counted when it is made.
    await db.exec(keptMarksSql({ table: 'items', kept: 'item_marks', key: [{ column: 'shelf', type: 'text' }] }));
    const stamps = async () => [await changeStamp(db, [{ table: 'items', kept: 'item_marks' }]), await changeStamp(db, ['items'])];
    const expectSame = async () => {
      const [kept, direct] = await stamps();
      expect(kept).toEqual(direct);
      return kept;
    };
    const made = await expectSame();
    expect(made?.lastChange?.toISOString()).toBe('2026-01-02T00:00:00.000Z');

    await db.query(`insert into items (id, shelf, updated_at) select n, 'c', '2026-02-01T00:00:00Z' from generate_series(3, 50) as n`);
    await expectSame();
    // A row moving from one key to another leaves the first and joins the second.
    await db.query(`update items set shelf = 'a', version = version + 1, updated_at = '2026-03-01T00:00:00Z' where shelf = 'c' and id < 10`);
    const moved = await expectSame();
    expect(moved?.lastChange?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    const [byShelf] = await db.query<{ a: number; c: number }>(
      `select sum(row_count) filter (where shelf = 'a')::int as a, sum(row_count) filter (where shelf = 'c')::int as c from item_marks`,
    );
    expect(byShelf).toEqual({ a: 8, c: 41 });

    await db.query(`delete from items where id > 40`);
    await expectSame();
    await db.exec('truncate items');
    expect(await expectSame()).toEqual({ version: 'items:0/0/', lastChange: null });
  });

  it('makes no kept marks for a name that is not a plain identifier, nor without a key', () => {
    expect(() => keptMarksSql({ table: 'items; drop table items', kept: 'item_marks', key: [{ column: 'shelf', type: 'text' }] })).toThrow(/identifier/);
    expect(() => keptMarksSql({ table: 'items', kept: 'item_marks', key: [{ column: 'shelf', type: 'text); drop table items; --' }] })).toThrow(/type/);
    expect(() => keptMarksSql({ table: 'items', kept: 'item_marks', key: [] })).toThrow(/key/);
  });

  it('refuses a table name that is not a plain identifier', async () => {
    await expect(changeStamp(db, ['notes; drop table notes'])).rejects.toThrow(/identifier/);
  });
});
