import { auditMigrations, type Executor } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, type TestDatabase } from '@egov/db/testing';
import { districtsMigrations } from '@egov/districts-server';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsMigrations } from './migrations';
import { createNewsRepository, type NewsRepository, type SearchHit } from './news-repository';
import { matchQuery, queryWords, searchScoreSql } from './search-document';

const NOW = new Date('2021-01-01T00:00:00Z');
const ARTICLES = 3000;
const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...newsMigrations];

/**
 * Articles much alike, as a department's news is: a few titles, summaries and topics, and bodies
 * most of which hold "chuyển đổi số" (as a phrase or not), published on fifty days (many share a
 * time, so ties fall to the id), a few never published. "Khuổi" is rare, "quýt" in one body alone.
 */
const GENERATED = `
  insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
  select 'bai-' || g,
         (array['Chuyển đổi số cấp xã', 'Hội nghị chuyển đổi số', 'Hội nghị sơ kết', 'Tập huấn chuyển giao công nghệ', 'Số hóa hồ sơ', 'Đổi mới công tác',
                'Tin số ' || g, 'Chuyển đổi số', 'Sơ kết năm', 'Kiểm tra đường dây'])[1 + g % 10],
         (array['Sở Thông tin và Truyền thông', 'Về chuyển đổi số', 'Tóm tắt', 'Chuyển đổi số ở xã ' || g % 7, ''])[1 + g % 5],
         case when g % 7 = 0 then '<p>Khuổi Khon</p>' when g = 1234 then '<p>Vườn quýt</p>' else '' end
           || (array['<p>Quá trình chuyển đổi số.</p>', '<p>Chuyển giao, đổi mới, số liệu.</p>', '<p>Chuyển đổi số và chuyển đổi số.</p>',
                     '<p>Đổi số chuyển.</p>', '<p>Nội dung khác.</p>', '<p>Chuyển đổi sốt.</p>'])[1 + (g / 3) % 6],
         case when g % 50 = 49 then 'draft' else 'published' end, 'Phóng viên', 'trung-tam-cntt-tt',
         case when g % 50 = 49 then null else timestamptz '2020-01-01' + (g % 50) * interval '1 day' end,
         case when g % 50 = 49 then null else timestamptz '2020-01-01' end
  from generate_series(1, ${ARTICLES}) as g;
  update news_articles set topics = jsonb_build_array((array['Chuyển đổi số', 'Hội nghị', 'Số liệu'])[1 + length(slug) % 3]) where length(slug) % 4 = 0;
  -- As in the bench's data, a band of articles about the phrase in every field, the newest among them.
  update news_articles set title = 'Chuyển đổi số', summary = 'Chuyển đổi số ở xã.', topics = '["Chuyển đổi số"]', body_html = '<p>Chuyển đổi số.</p>'
  where substring(slug from 5)::int % 50 in (48, 10);`;

const QUERIES = ['so', 'chuyen', 'chuyen doi so', 'chuyen doi', 'doi so', 'chuy d', 'hoi nghi', 'khuoi', 'so ket'];

async function generatedDatabase(backend: (typeof testBackends)[number]): Promise<TestDatabase> {
  const db = await createTestDatabase(backend, migrations);
  await createUnitsRepository(db).create(
    { code: 'trung-tam-cntt-tt', kind: 'centre', nameVi: 'Trung tâm CNTT-TT', nameEn: 'IT Centre', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
    { actor: 'editor' },
  );
  await db.exec(GENERATED);
  return db;
}

type Position = SearchHit['position'];

describe.each(testBackends)('news search pages from the heads that hold every word, on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  /** The statements of the repository since the last reset. */
  let statements: string[] = [];

  beforeAll(async () => {
    db = await generatedDatabase(backend);
    const recording: Executor = {
      ...db,
      query: <Row,>(sql: string, params?: readonly unknown[]) => {
        statements.push(sql);
        return db.query<Row>(sql, params);
      },
    };
    // Statistics as autovacuum keeps them, taken before the start's backfill writes the search documents.
    await db.query('analyze');
    news = createNewsRepository(recording, { clock: () => NOW });
    await news.prepareSearch();
  }, 300_000); // the search documents of 3,000 articles, folded in JavaScript
  afterAll(() => db.dispose());

  /** Every match of a query ranked in one statement by today's score and order, with its position. */
  const fullRanking = async (query: string, includeUnpublished = false): Promise<Position[]> => {
    const words = queryWords(query);
    const params: unknown[] = [matchQuery(words), includeUnpublished, NOW.toISOString()];
    const param = (tsquery: string) => {
      params.push(tsquery);
      return `$${params.length}::tsquery`;
    };
    const score = searchScoreSql(words, 's.head', (tsquery) => `s.document @@ ${param(tsquery)}`, param);
    const rows = await db.query<{ score: number; published_key: string; id: string }>(
      `select (${score}) as score, s.article_id::text as id,
              case when s.published_at is null then '-infinity'
                   else to_char(s.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') end as published_key
       from news_article_search s
       where s.document @@ $1::tsquery and ($2::boolean or (s.state = 'published' and s.published_at <= $3::timestamptz))
       order by 1 desc, coalesce(s.published_at, '-infinity'::timestamptz) desc, s.article_id desc`,
      params,
    );
    return rows.map((row) => [row.score, row.published_key, row.id]);
  };
  /** Whether the repository ranked every match (the statement of the full ranking ran). */
  const rankedEveryMatch = () => statements.some((sql) => sql.includes('where s.document @@ $1::tsquery') && sql.includes('order by score'));

  it('gives the pages of the full ranking, by offset and by cursor both ways, with the same positions', async () => {
    let headFirstPages = 0;
    for (const query of QUERIES) {
      const expected = await fullRanking(query);
      const check = (page: { rows: SearchHit[]; more: boolean }, from: number, size: number, what: string) => {
        expect(page.rows.map((hit) => hit.position), `${query}: ${what}`).toEqual(expected.slice(from, from + size));
        expect(page.rows.map((hit) => hit.article.id), `${query}: ${what}`).toEqual(expected.slice(from, from + size).map((position) => position[2]));
        expect(page.more, `${query}: ${what}`).toBe(from + size < expected.length);
        if (!rankedEveryMatch()) headFirstPages += 1;
        statements = [];
      };
      for (const offset of [0, 20, 40, 400]) {
        statements = [];
        check(await news.searchPage(query, { offset, first: 20 }), offset, 20, `offset ${offset}`);
      }
      // Forwards by cursor from the start, then from a deep position.
      let after: Position | null = null;
      for (let from = 0; from < 100; from += 20) {
        statements = [];
        const page = await news.searchPage(query, { range: { size: 20, backward: false, after, before: null } });
        check(page, from, 20, `after ${String(after)}`);
        if (!page.more) break;
        after = page.rows.at(-1)!.position;
      }
      for (const from of [1, 19, 21, 300, expected.length - 5]) {
        const position = expected[from - 1];
        if (from < 1 || !position) continue;
        statements = [];
        check(await news.searchPage(query, { range: { size: 20, backward: false, after: position, before: null } }), from, 20, `after row ${from}`);
        // Backwards: the 20 rows before that position (fewer at the start).
        statements = [];
        const start = Math.max(0, from - 1 - 20);
        const back = await news.searchPage(query, { range: { size: 20, backward: true, after: null, before: position } });
        expect(back.rows.map((hit) => hit.position), `${query}: before row ${from}`).toEqual(expected.slice(start, from - 1));
        expect(back.more, `${query}: before row ${from}`).toBe(start > 0);
        if (!rankedEveryMatch()) headFirstPages += 1;
      }
    }
    // The comparison is worth something only if the new reading answered many of the pages.
    expect(headFirstPages).toBeGreaterThan(40);
  }, 300_000);

  it('gives an editor the same order as the full ranking, unpublished articles last', async () => {
    for (const query of ['chuyen doi so', 'so']) {
      const expected = await fullRanking(query, true);
      for (const offset of [0, 40]) {
        const page = await news.searchPage(query, { offset, first: 20 }, { includeUnpublished: true });
        expect(page.rows.map((hit) => hit.position), `${query} at ${offset}`).toEqual(expected.slice(offset, offset + 20));
      }
    }
  });

  /** A repository whose statements are each run under EXPLAIN ANALYZE first, counting the search rows they read. */
  const measuredRepository = () => {
    const reads: Array<{ sql: string; rows: number; pages: number }> = [];
    const measuring: Executor = {
      ...db,
      query: async <Row,>(sql: string, params?: readonly unknown[]) => {
        const plan = await explainPlan(db, sql, params);
        reads.push({ sql, rows: rowsReadFrom(JSON.parse(plan.text), 'news_article_search'), pages: plan.pagesRead });
        return db.query<Row>(sql, params);
      },
    };
    const repository = createNewsRepository(measuring, { clock: () => NOW });
    const total = (key: 'rows' | 'pages') => reads.reduce((sum, statement) => sum + statement[key], 0);
    return { repository, rowsRead: () => total('rows'), pagesRead: () => total('pages'), reset: () => void (reads.length = 0) };
  };

  it('reads a first page of a common query from a few rows, not from every match', async () => {
    const matches = (await fullRanking('chuyen doi so')).length;
    expect(matches).toBeGreaterThan(1000);
    const measured = measuredRepository();
    await measured.repository.prepareSearch();
    measured.reset();
    const page = await measured.repository.searchPage('chuyen doi so', { offset: 0, first: 20 });
    expect(page.rows.map((hit) => hit.position)).toEqual((await fullRanking('chuyen doi so')).slice(0, 20));
    // The newest-first walk reads eight times the page (and the row telling whether a next page
    // exists) in one batch, and scores those whose head holds every word.
    expect(measured.rowsRead()).toBeLessThanOrEqual(8 * 21);
    expect(measured.rowsRead()).toBeLessThan(matches / 10);
  });

  it('finds the one article that holds a rare word in its body, and says there is no other', async () => {
    for (const query of ['quyt', 'Quýt', 'vuon quyt']) {
      const page = await news.searchPage(query, { offset: 0, first: 20 });
      expect(page.rows.map((hit) => hit.article.slug), query).toEqual(['bai-1234']);
      expect(page.more, query).toBe(false);
      expect(await news.searchCount(query), query).toBe(1);
    }
  });

  it('looks a rare word up in a few index pages, with nothing of the backfill left pending', async () => {
    const measured = measuredRepository();
    await measured.repository.prepareSearch();
    measured.reset();
    await measured.repository.searchPage('quyt', { offset: 0, first: 20 });
    // The walk's 168 newest heads and one look in the body index (a pending list made it 360 pages).
    expect(measured.pagesRead()).toBeLessThan(200);
  });
});

/** The rows every scan of `relation` in an EXPLAIN (ANALYZE, FORMAT JSON) plan read (returned or filtered out), over all its loops. */
function rowsReadFrom(plan: unknown, relation: string): number {
  let rows = 0;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record['Relation Name'] === relation) {
      const read = ['Actual Rows', 'Rows Removed by Filter', 'Rows Removed by Index Recheck'].reduce((sum, key) => sum + Number(record[key] ?? 0), 0);
      rows += read * Number(record['Actual Loops'] ?? 1);
    }
    Object.values(record).forEach(visit);
  };
  visit(typeof plan === 'string' ? JSON.parse(plan) : plan);
  return rows;
}
