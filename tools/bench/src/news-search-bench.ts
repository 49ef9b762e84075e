/**
 * `npm run bench:news-search`: the news search on
 * PostgreSQL with many generated articles (BENCH_ARTICLES, default 100,000; Vietnamese words with
 * diacritics, a few common words in most articles, one rare word in a few). Prints, in ms, the
 * old search (every article read and ranked in JavaScript) and the new one (ranked and paged in
 * SQL) for a rare and common queries (one, two and three words), pages 1, 50 and 500, the count,
 * the one-off computation of the search documents of articles written before them, and a pg_trgm
 * LIKE match for comparison.
 *
 * Uses the schema news_search_bench of BENCH_DATABASE_URL (default: the local test server) and
 * drops it at the end, unless BENCH_KEEP is set; BENCH_REUSE measures the new search again on a
 * kept schema (no generation, no old search). Not a test: nothing is asserted.
 */
import { auditMigrations, migrate, openPostgres, type Database } from '@egov/db';
import { districtsMigrations } from '@egov/districts-server';
import { htmlToText } from '@egov/news-model';
import { createNewsRepository, newsMigrations, type NewsRepository } from '@egov/news-server';
import { normalizeVietnamese, rankBySearch } from '@egov/text';
import { unitsMigrations } from '@egov/units-server';
import pg from 'pg';

const url = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const COUNT = Number(process.env['BENCH_ARTICLES'] ?? 100_000);
const SCHEMA = 'news_search_bench';
const REUSE = !!process.env['BENCH_REUSE'];

// Words of the department's news; early ones are drawn far more often (power law).
const vocabulary = `thông tin và truyền thông sở tỉnh lạng sơn hội nghị công tác năm triển khai kế hoạch chuyển đổi số
  dịch vụ công trực tuyến người dân doanh nghiệp ủy ban nhân dân huyện thành phố xã phường cán bộ công chức
  bưu chính viễn thông báo chí xuất bản phát thanh truyền hình an toàn thông tin mạng ứng dụng phần mềm
  hệ thống dữ liệu nền tảng chính quyền điện tử đô thị thông minh đào tạo bồi dưỡng kỹ năng hướng dẫn
  kiểm tra thanh tra giám sát đánh giá kết quả thực hiện nhiệm vụ giải pháp trọng tâm quý tháng đầu cuối
  tổng kết sơ kết chỉ đạo phối hợp đơn vị liên quan biên giới cửa khẩu đồng đăng hữu nghị chi lăng cao lộc
  văn lãng tràng định bình gia đình lập lộc bình hữu lũng bắc sơn văn quan tuyên truyền phổ biến pháp luật
  quy định nghị định thông tư quyết định văn bản hành chính cải cách thủ tục hồ sơ một cửa liên thông`
  .split(/\s+/)
  .filter(Boolean);
const topics = ['Chuyển đổi số', 'Bưu chính', 'Viễn thông', 'Báo chí', 'Hội nghị', 'An toàn thông tin', 'Cải cách hành chính'];
const RARE = 'khuổi'; // in the title of every 10,000th article and the body of every 5,000th

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  const spent: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    spent.push(performance.now() - start);
  }
  return Math.round(median(spent));
}

/** COUNT published articles of random text, one unit to write them, statistics up to date. */
async function generate(db: Database): Promise<void> {
  await db.query(`insert into units (code, kind, name_vi, name_en) values ('trung-tam-cntt-tt', 'centre', 'Trung tâm CNTT-TT', 'IT Centre')`);
  // A text of `n` words drawn from the vocabulary; `g` ties the draw to the row (else it runs once).
  const words = (n: string) =>
    `array_to_string(array(select ($1::text[])[1 + floor(power(random(), 2.5) * array_length($1::text[], 1))::int]
                           from generate_series(1, ${n} + 0 * g)), ' ')`;
  await db.query(
    `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, topics, published_at, first_published_at)
     select 'bai-' || g,
            initcap(${words('8 + g % 7')}) || case when g % 10000 = 7 then ' ${RARE}' else '' end,
            initcap(${words('25 + g % 10')}) || '.',
            '<p>' || initcap(${words('120 + g % 40')}) || '.</p><p>' || initcap(${words('120 + g % 50')})
              || case when g % 5000 = 11 then ' bản ${RARE}' else '' end || '.</p><p>' || initcap(${words('100 + g % 30')}) || '.</p>',
            'published', 'Phóng viên', 'trung-tam-cntt-tt',
            jsonb_build_array(($2::text[])[1 + g % 7], ($2::text[])[1 + (g / 7) % 7]),
            timestamptz '2015-01-01' + g * interval '37 minutes', timestamptz '2015-01-01' + g * interval '37 minutes'
     from generate_series(1, $3::int) as g`,
    [vocabulary, topics, COUNT],
  );
  await db.query('analyze');
}

/** The search as it was: every visible article read with its body, ranked in JavaScript, all hydrated. */
async function searchTheOldWay(db: Database, query: string, now: Date): Promise<string[]> {
  const rows = await db.query<{ id: string; title: string; summary: string; topics: string[]; body_html: string }>(
    `select * from news_articles where $2::boolean or (state = 'published' and published_at <= $1::timestamptz)
     order by published_at desc nulls last, id desc`,
    [now.toISOString(), false],
  );
  const ranked = rankBySearch(query, rows, (row) => [
    { text: row.title, weight: 4 },
    { text: row.summary, weight: 2 },
    { text: row.topics.join(' · '), weight: 2 },
    { text: htmlToText(row.body_html), weight: 1 },
  ]).map((row) => row.id);
  await db.query(
    `select a.id, (select count(*) from news_article_images i where i.article_id = a.id) as images,
            (select count(*) from news_article_units u where u.article_id = a.id) as units
     from unnest($1::uuid[]) as a (id)`,
    [ranked],
  );
  return ranked;
}

/** pg_trgm's way to the same matches: LIKE '% word%' on the folded text, with a trigram GIN index. */
async function compareWithTrigrams(db: Database, queries: Record<string, string>, news: NewsRepository): Promise<void> {
  await db.query('create extension if not exists pg_trgm');
  await db.query('drop table if exists folded; create table folded (id uuid primary key, text text not null)');
  const all = await db.query<{ id: string; title: string; summary: string; topics: string[]; body_html: string }>('select * from news_articles');
  for (let i = 0; i < all.length; i += 2000) {
    const batch = all.slice(i, i + 2000);
    const texts = batch.map((row) => ' ' + normalizeVietnamese([row.title, row.summary, row.topics.join(' · '), htmlToText(row.body_html)].join(' ')));
    await db.query('insert into folded select * from unnest($1::uuid[], $2::text[])', [batch.map((row) => row.id), texts]);
  }
  const start = performance.now();
  await db.query('create index folded_trgm_idx on folded using gin (text gin_trgm_ops)');
  console.log(`pg_trgm index built in ${Math.round(performance.now() - start)} ms`);
  await db.query('analyze folded');
  const [size] = await db.query<{ fts: string; trgm: string }>(
    `select pg_size_pretty(pg_relation_size('news_article_search_document_idx')) as fts, pg_size_pretty(pg_relation_size('folded_trgm_idx')) as trgm`,
  );
  console.log(`index sizes: full text ${size?.fts}, trigram ${size?.trgm}`);
  for (const [name, query] of Object.entries(queries)) {
    const like = normalizeVietnamese(query)
      .split(' ')
      .map((word) => `text like '% ${word}%'`)
      .join(' and ');
    const trgm = await time(3, () => db.query(`select count(*) from folded where ${like}`));
    const fts = await time(3, () => news.searchCount(query));
    console.log(`match   ${name.padEnd(17)} full text ${fts} ms, pg_trgm LIKE ${trgm} ms`);
  }
}

async function main() {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (!REUSE) await admin.query(`drop schema if exists ${SCHEMA} cascade; create schema ${SCHEMA}`);
  const db = openPostgres({ connectionString: url, schema: SCHEMA, maxConnections: 4 });
  const now = new Date('2030-01-01T00:00:00Z');
  const queries = { rare: RARE, common: 'thông tin', 'common, one word': 'thông', 'common, three words': 'chuyen doi so' };
  try {
    await migrate(db, [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...newsMigrations]);
    const before = new Map<string, string[]>();
    if (!REUSE) {
      const start = performance.now();
      await generate(db);
      console.log(`generated ${COUNT} articles in ${Math.round(performance.now() - start)} ms`);
      for (const [name, query] of Object.entries(queries)) {
        let ranked: string[] = [];
        const ms = await time(1, async () => (ranked = await searchTheOldWay(db, query, now)));
        before.set(name, ranked);
        console.log(`before  ${name.padEnd(17)} any page ${ms} ms (${ranked.length} matches)`);
      }
    }

    // After: the first search computes the documents of the articles written before them.
    const news = createNewsRepository(db, { clock: () => now });
    const start = performance.now();
    await news.searchCount('x');
    console.log(`search documents of the existing articles computed in ${Math.round(performance.now() - start)} ms`);
    await db.query('analyze');
    for (const [name, query] of Object.entries(queries)) {
      const page1 = await time(5, () => news.searchPage(query, { offset: 0, first: 20 }));
      const page50 = await time(5, () => news.searchPage(query, { offset: 49 * 20, first: 20 }));
      const page500 = await time(3, () => news.searchPage(query, { offset: 499 * 20, first: 20 }));
      const count = await time(5, () => news.searchCount(query));
      const best = (await news.searchPage(query, { offset: 0, first: 100 })).rows.map((hit) => hit.article.id);
      const same = REUSE ? 'not compared' : JSON.stringify(best) === JSON.stringify(before.get(name)?.slice(0, 100));
      console.log(`after   ${name.padEnd(19)} page 1 ${page1} ms, page 50 ${page50} ms, page 500 ${page500} ms, count ${count} ms; best 100 as before: ${same}`);
    }
    if (!process.env['BENCH_NO_TRIGRAMS']) await compareWithTrigrams(db, queries, news);
  } finally {
    await db.close();
    if (!process.env['BENCH_KEEP'] && !REUSE) await admin.query(`drop schema if exists ${SCHEMA} cascade`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
