import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysetBatches, keysetRows, keysetSql, type KeysetClauses, type KeysetColumn, type KeysetRange } from './keyset';
import { createTestDatabase, explainPlan, testBackends, type ExplainedPlan, type TestDatabase } from './testing';

interface Row {
  id: number;
  day: string;
  score: number;
}

// Many rows share a day and a score, so only the id tells them apart.
const byDayThenScore: KeysetColumn[] = [
  { sql: 'day', type: 'date', descending: true },
  { sql: 'score', type: 'integer' },
  { sql: 'id', type: 'integer' },
];
const newestFirst: KeysetColumn[] = [
  { sql: 'day', type: 'date', descending: true },
  { sql: 'id', type: 'integer', descending: true },
];

describe.each(testBackends)('keyset pages on %s', (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend, [
      { id: 'test/001-items', sql: 'create table items (id integer primary key, day date not null, score integer not null)' },
    ]);
    await db.query(
      `insert into items select n, date '2026-01-01' + (n % 7), n % 3 from generate_series(1, 200) as n`,
    );
  });
  afterAll(() => db.dispose());

  async function page(columns: KeysetColumn[], range: KeysetRange): Promise<{ rows: Row[]; more: boolean }> {
    const clauses = keysetSql(range, columns, 1);
    const rows = await db.query<Row>(
      `select id, day, score from items where ${clauses.where} order by ${clauses.orderBy} ${clauses.limit}`,
      clauses.params,
    );
    return keysetRows(rows, range);
  }
  /** The executed plan of a page's statement. */
  const planOf = (clauses: KeysetClauses): Promise<ExplainedPlan> =>
    explainPlan(db, `select id from items where ${clauses.where} order by ${clauses.orderBy} ${clauses.limit}`, clauses.params);
  const position = (columns: KeysetColumn[], row: Row) => columns.map((column) => row[column.sql as keyof Row]);

  async function walk(columns: KeysetColumn[], size: number, backward = false): Promise<number[]> {
    const seen: number[] = [];
    let mark: Row | undefined;
    for (;;) {
      const cursor = mark ? position(columns, mark) : null;
      const result = await page(columns, { size, backward, after: backward ? null : cursor, before: backward ? cursor : null });
      if (backward) seen.unshift(...result.rows.map((row) => row.id));
      else seen.push(...result.rows.map((row) => row.id));
      if (!result.more) return seen;
      mark = backward ? result.rows[0] : result.rows.at(-1);
    }
  }

  it('walks the whole list in its order, forwards and backwards, none skipped or repeated', async () => {
    for (const columns of [byDayThenScore, newestFirst]) {
      const whole = (await db.query<Row>(`select id from items order by ${keysetSql({ size: 1000, backward: false, after: null, before: null }, columns, 1).orderBy}`)).map((row) => row.id);
      expect(whole).toHaveLength(200);
      expect(await walk(columns, 7)).toEqual(whole);
      expect(await walk(columns, 13, true)).toEqual(whole);
    }
  });

  it('reads the page between two positions', async () => {
    const all = (await page(newestFirst, { size: 100, backward: false, after: null, before: null })).rows;
    const from = all[9]!;
    const to = all[15]!;
    const between = await page(newestFirst, { size: 100, backward: false, after: position(newestFirst, from), before: position(newestFirst, to) });
    expect(between.rows.map((row) => row.id)).toEqual(all.slice(10, 15).map((row) => row.id));
    expect(between.more).toBe(false);
  });

  it('skips and repeats nothing while rows are added in front of the pages already read', async () => {
    const seen: number[] = [];
    let after: (string | number)[] | null = null;
    let added = 1000;
    for (;;) {
      const result = await page(newestFirst, { size: 25, backward: false, after, before: null });
      seen.push(...result.rows.map((row) => row.id));
      // A newer row lands in front of everything read so far, as a fresh article would.
      await db.query(`insert into items values ($1, date '2027-01-01', 0)`, [added++]);
      if (!result.more) break;
      after = position(newestFirst, result.rows.at(-1)!);
    }
    expect(seen).toHaveLength(200);
    expect(new Set(seen).size).toBe(200);
    await db.query('delete from items where id >= 1000');
  });

  it('is answered by an index, reading no more rows than the page', async () => {
    await db.query('create index items_newest_idx on items (day desc, id desc)');
    await db.query('analyze items');
    const clauses = keysetSql({ size: 10, backward: false, after: ['2026-01-04', 150], before: null }, newestFirst, 1);
    const plan = await planOf(clauses);
    expect(plan.text).toContain('items_newest_idx');
    expect(plan.nodes.map((node) => node['Node Type'])).not.toContain('Sort');
    expect(plan.rowsRead).toBeLessThanOrEqual(11);
  });

  it('starts a page of columns in mixed directions at its position in a matching index', async () => {
    await db.query('create index items_day_score_idx on items (day desc, score, id)');
    await db.query('analyze items');
    // Day 2026-01-03 holds about 28 rows; the rows of the four later days lie before the position.
    const clauses = keysetSql({ size: 5, backward: false, after: ['2026-01-03', 1, 100], before: null }, byDayThenScore, 1);
    const plan = await planOf(clauses);
    expect(plan.text).toContain('items_day_score_idx');
    expect(plan.nodes.map((node) => node['Node Type'])).not.toContain('Sort');
    expect(plan.rowsRead).toBeLessThan(40);
  });

  it('reads a whole list in batches, every row once, in its order', async () => {
    const pages: number[] = [];
    const read = async (range: KeysetRange) => {
      const result = await page(byDayThenScore, range);
      pages.push(result.rows.length);
      return result;
    };
    const ids: number[] = [];
    for await (const batch of keysetBatches(read, (row) => position(byDayThenScore, row), 30)) ids.push(...batch.map((row) => row.id));
    const everything = await page(byDayThenScore, { size: 500, backward: false, after: null, before: null });
    expect(ids).toEqual(everything.rows.map((row) => row.id));
    expect(pages).toEqual([30, 30, 30, 30, 30, 30, 20]);
  });
});
