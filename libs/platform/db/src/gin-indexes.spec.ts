import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ginWithoutPendingListSql } from './gin-indexes';
import { createTestDatabase, explainPlan, testBackends, type TestDatabase } from './testing';

describe.each(testBackends)('GIN indexes without a pending list on %s', (backend) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(backend, [
      { id: 'test/001-documents', sql: `create table documents (id serial primary key, words tsvector not null); create index documents_words_idx on documents using gin (words);` },
    ]);
  });
  afterAll(() => db.dispose());

  const addDocuments = (count: number) =>
    db.query(`insert into documents (words) select to_tsvector('simple', 'ho so so ' || n || ' xa ' || (n % 97) || ' thon ' || (n % 13)) from generate_series(1, $1::int) as n`, [count]);
  /** The pages one lookup of a word no document holds reads, through the index. */
  const pagesOfAbsentWord = () =>
    db.transaction(async (tx) => {
      await tx.query('set local enable_seqscan = off');
      return (await explainPlan(tx, `select count(*) from documents where words @@ $1::tsquery`, ["'khuoi':*"])).pagesRead;
    });

  it('looks a word up in a few pages once what was pending is merged, and stays so as documents are added', async () => {
    await addDocuments(3000);
    const pending = await pagesOfAbsentWord();
    await db.exec(ginWithoutPendingListSql(['documents_words_idx']));
    const merged = await pagesOfAbsentWord();
    expect(merged).toBeLessThan(10);
    expect(pending).toBeGreaterThan(merged * 3);
    await addDocuments(3000);
    expect(await pagesOfAbsentWord()).toBeLessThan(10);
  });

  it('refuses an index name that is not a plain identifier', () => {
    expect(() => ginWithoutPendingListSql(["x'); drop table documents; --"])).toThrow(/identifier/);
  });
});
