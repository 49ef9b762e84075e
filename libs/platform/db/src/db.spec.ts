import { DomainError } from '@egov/errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditMigrations, readAudit } from './audit';
import { insertAudited, updateVersioned } from './audited-writes';
import { migrate, MigrationError, type Migration } from './migrations';
import { createTestDatabase, testBackends, type TestDatabase } from './testing';

const notes: Migration = {
  id: 'test/001-notes',
  sql: `create table notes (
    code text primary key,
    body text not null check (length(body) <= 20),
    share numeric check (share between 0 and 100),
    tags jsonb not null default '[]',
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
  )`,
};
const target = { table: 'notes', keyColumn: 'code', entityType: 'note' };
const schema = [...auditMigrations, notes];

describe.each(testBackends)('database on %s', (backend) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(backend, schema);
  });
  afterEach(async () => {
    await db.dispose();
  });

  it('applies migrations once and records them', async () => {
    const again = await migrate(db, schema);
    expect(again.applied).toEqual([]);
    const rows = await db.query<{ id: string }>('select id from schema_migrations order by id');
    expect(rows.map((r) => r.id)).toEqual(['platform/001-audit-log', 'test/001-notes']);
  });

  it('applies a new migration and refuses one edited after it was applied', async () => {
    const next: Migration = { id: 'test/002-more', sql: 'alter table notes add column extra text' };
    expect((await migrate(db, [...schema, next])).applied).toEqual(['test/002-more']);
    const edited = { ...next, sql: 'alter table notes add column other text' };
    await expect(migrate(db, [...schema, edited])).rejects.toBeInstanceOf(MigrationError);
  });

  it('rolls back every migration of a run when one fails', async () => {
    const good: Migration = { id: 'test/002-good', sql: 'create table good (id int)' };
    const bad: Migration = { id: 'test/003-bad', sql: 'create table broken (' };
    await expect(migrate(db, [...schema, good, bad])).rejects.toThrow();
    const tables = await db.query(`select 1 from information_schema.tables where table_name = 'good'`);
    expect(tables).toHaveLength(0);
  });

  it('inserts with an audit row, numbers as numbers and JSON as JSON', async () => {
    const row = await db.transaction((tx) =>
      insertAudited(tx, target, { code: 'a', body: 'hello', share: '93.5', tags: ['x'] }, { actor: 'tester' }),
    );
    expect(row).toMatchObject({ code: 'a', share: 93.5, tags: ['x'], version: 1 });
    const audit = await readAudit(db, 'note', 'a');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'tester', action: 'note.create', before: null, after: { body: 'hello' } });
  });

  it('updates at the expected version, bumps it and audits before and after', async () => {
    await db.transaction((tx) => insertAudited(tx, target, { code: 'a', body: 'one' }, { actor: 'tester' }));
    const { after } = await db.transaction((tx) =>
      updateVersioned(tx, target, 'a', 1, { body: 'two' }, { actor: 'editor', action: 'note.edit' }),
    );
    expect(after).toMatchObject({ body: 'two', version: 2 });
    const audit = await readAudit(db, 'note', 'a');
    expect(audit.map((entry) => entry.action)).toEqual(['note.create', 'note.edit']);
    expect(audit[1]).toMatchObject({ actor: 'editor', before: { body: 'one' }, after: { body: 'two' } });
  });

  it('refuses a stale version as CONFLICT and writes nothing', async () => {
    await db.transaction((tx) => insertAudited(tx, target, { code: 'a', body: 'one' }, { actor: 'tester' }));
    await db.transaction((tx) => updateVersioned(tx, target, 'a', 1, { body: 'two' }, { actor: 'x', action: 'note.edit' }));
    const stale = db.transaction((tx) => updateVersioned(tx, target, 'a', 1, { body: 'three' }, { actor: 'y', action: 'note.edit' }));
    await expect(stale).rejects.toMatchObject({ code: 'CONFLICT' });
    const [row] = await db.query<{ body: string; version: number }>('select body, version from notes');
    expect(row).toEqual({ body: 'two', version: 2 });
    expect(await readAudit(db, 'note', 'a')).toHaveLength(2);
  });

  it('says NOT_FOUND for a missing row', async () => {
    const missing = db.transaction((tx) => updateVersioned(tx, target, 'nope', 1, { body: 'x' }, { actor: 'y', action: 'note.edit' }));
    await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('turns refused values into typed errors and rolls the whole transaction back', async () => {
    const failing = db.transaction(async (tx) => {
      await insertAudited(tx, target, { code: 'a', body: 'ok' }, { actor: 'tester' });
      await insertAudited(tx, target, { code: 'b', body: 'ok', share: 101 }, { actor: 'tester' });
    });
    await expect(failing).rejects.toBeInstanceOf(DomainError);
    await expect(failing).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(await db.query('select * from notes')).toEqual([]);
    expect(await db.query('select * from audit_log')).toEqual([]);

    await db.transaction((tx) => insertAudited(tx, target, { code: 'a', body: 'ok' }, { actor: 'tester' }));
    const duplicate = db.transaction((tx) => insertAudited(tx, target, { code: 'a', body: 'again' }, { actor: 'tester' }));
    await expect(duplicate).rejects.toMatchObject({ code: 'DUPLICATE' });
  });

  it('names the fields of a refused key as an input names them, one field per issue', async () => {
    await db.exec(`create table figures (indicator_code text not null, period text not null, area_code text not null check (area_code ~ '^[0-9]+$'),
      unique (indicator_code, period, area_code))`);
    const insert = (areaCode: string) => db.query(`insert into figures values ('POST_SERVICE_POINTS', '2020-H1', $1)`, [areaCode]);
    await insert('20');
    await expect(insert('20')).rejects.toMatchObject({
      code: 'DUPLICATE',
      message: 'A record with the same indicatorCode, period and areaCode already exists.',
      issues: [{ field: ['areaCode'], code: 'DUPLICATE' }],
    });
    await expect(insert('x')).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['areaCode'] }] });
  });

  it('keeps the audit log append-only', async () => {
    await db.transaction((tx) => insertAudited(tx, target, { code: 'a', body: 'one' }, { actor: 'tester' }));
    await expect(db.query(`update audit_log set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(db.query('delete from audit_log')).rejects.toThrow(/append-only/);
    expect(await readAudit(db, 'note', 'a')).toHaveLength(1);
  });

  it('joins an open transaction instead of nesting one', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.transaction((inner) => insertAudited(inner, target, { code: 'a', body: 'one' }, { actor: 't' }));
        throw new Error('abort the outer work');
      }),
    ).rejects.toThrow('abort');
    expect(await db.query('select * from notes')).toEqual([]);
  });
});
