import { auditMigrations, type Executor } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { districtsMigrations } from '@egov/districts-server';
import { htmlToText, type ArticleInput } from '@egov/news-model';
import { rankBySearch } from '@egov/text';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsMigrations } from './migrations';
import { createNewsRepository, type NewsRepository, type SearchHit } from './news-repository';

const who = { actor: 'editor' };
const NOW = new Date('2021-01-01T00:00:00Z');
const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...newsMigrations];

const article = (title: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  title,
  summary: 'Tin của Sở.',
  bodyHtml: '<p>Nội dung.</p>',
  authorName: 'Phóng viên',
  authorUnitCode: 'trung-tam-cntt-tt',
  topics: [],
  ...extra,
});

/** A repeatable stream of pseudo-random numbers in [0, 1), so a failing case can be replayed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

async function databaseWithUnit(backend: (typeof testBackends)[number]): Promise<TestDatabase> {
  const db = await createTestDatabase(backend, migrations);
  await createUnitsRepository(db).create(
    { code: 'trung-tam-cntt-tt', kind: 'centre', nameVi: 'Trung tâm CNTT-TT', nameEn: 'IT Centre', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
    who,
  );
  return db;
}

describe.each(testBackends)('news search on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  let day = 0;

  /** Writes and publishes an article, each a day after the last, so the newest is the last written. */
  const published = async (input: ArticleInput) => {
    const draft = await news.createDraft(input, who);
    day += 1;
    return news.publish(draft.id, draft.version, { at: new Date(Date.UTC(2020, 0, day)).toISOString() }, who);
  };
  const titles = async (query: string) => (await news.search(query)).map((a) => a.title);

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    news = createNewsRepository(db, { clock: () => NOW });
  });
  afterAll(() => db.dispose());

  it('finds words whatever their case and diacritics, as the folding of @egov/text does', async () => {
    await published(article('Hội nghị ĐỒNG ĐĂNG'));
    await published(article('Die Straße', { bodyHtml: '<p>Đường phố ở Đức.</p>' }));
    expect(await titles('hoi nghi')).toEqual(['Hội nghị ĐỒNG ĐĂNG']);
    expect(await titles('HỘI NGHỊ đồng đăng')).toEqual(['Hội nghị ĐỒNG ĐĂNG']);
    expect(await titles('dong dang')).toEqual(['Hội nghị ĐỒNG ĐĂNG']);
    expect(await titles('STRASSE')).toEqual(['Die Straße']);
    expect(await titles('duong pho duc')).toEqual(['Die Straße']);
  });

  it('finds a query word only at the start of a word, and needs every word of the query', async () => {
    await published(article('Triển khai chuyển đổi số', { topics: ['Công nghệ'] }));
    expect(await titles('chuyen doi')).toEqual(['Triển khai chuyển đổi số']);
    expect(await titles('chuy d s')).toEqual(['Triển khai chuyển đổi số']);
    expect(await titles('cong ngh')).toEqual(['Triển khai chuyển đổi số']);
    expect(await titles('huyen')).toEqual([]); // inside "chuyển", not at its start
    expect(await titles('chuyen khoa')).toEqual([]);
    expect(await titles('  · ')).toEqual([]);
  });

  it('ranks a title match above a body match, a whole word above a prefix, and newest first on a tie', async () => {
    await published(article('Cáp quang tới các xã'));
    await published(article('Tin trong tuần', { bodyHtml: '<p>Sở kéo cáp quang tới các xã vùng cao.</p>' }));
    await published(article('Tin trong tháng', { bodyHtml: '<p>Sở kéo cáp quang tới các xã biên giới.</p>' }));
    expect(await titles('cap quang')).toEqual(['Cáp quang tới các xã', 'Tin trong tháng', 'Tin trong tuần']);
    await published(article('Cáp quangtuyến mới'));
    expect((await titles('cap quang')).indexOf('Cáp quangtuyến mới')).toBe(1); // prefix in the title, above the body
  });

  it('pages the results by offset and by position, and counts them', async () => {
    const all = (await news.searchPage('tin', { offset: 0, first: 100 })).rows;
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(await news.searchCount('tin')).toBe(all.length);
    const second = await news.searchPage('tin', { offset: 1, first: 1 });
    expect(second.rows.map((hit) => hit.article.id)).toEqual([all[1]?.article.id]);
    expect(second.more).toBe(true);
    const after = await news.searchPage('tin', { range: { size: 100, backward: false, after: all[0]!.position, before: null } });
    expect(after.rows.map((hit) => hit.article.id)).toEqual(all.slice(1).map((hit) => hit.article.id));
    const before = await news.searchPage('tin', { range: { size: 1, backward: true, after: null, before: all[2]!.position } });
    expect(before.rows.map((hit) => hit.article.id)).toEqual([all[1]?.article.id]);
    expect(await news.searchCount('')).toBe(0);
  });

  it('stops finding a withdrawn article, and finds it again once restored', async () => {
    const shown = await published(article('Tin về trạm BTS sẽ gỡ'));
    expect(await titles('tram bts')).toEqual(['Tin về trạm BTS sẽ gỡ']);
    const withdrawn = await news.withdraw(shown.id, shown.version, 'Sai số liệu', who);
    expect(await titles('tram bts')).toEqual([]);
    await news.publish(withdrawn.id, withdrawn.version, {}, who);
    expect(await titles('tram bts')).toEqual(['Tin về trạm BTS sẽ gỡ']);
  });

  it('keeps the search document of an edited article up to date', async () => {
    const draft = await news.createDraft(article('Tin sẽ đổi tên'), who);
    const edited = await news.update(draft.id, draft.version, article('Lễ khánh thành trạm phát sóng'), who);
    await news.publish(edited.id, edited.version, {}, who);
    expect(await titles('khanh thanh')).toEqual(['Lễ khánh thành trạm phát sóng']);
    expect(await titles('doi ten')).toEqual([]);
  });
});

describe.each(testBackends)('news search against the in-memory ranking, on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  const vocabulary = ['Hội', 'nghị', 'HỘI', 'nghìn', 'sơ', 'kết', 'Sở', 'sơn', 'Lạng', 'lang', 'đường', 'dương', 'thông', 'tin', 'tình', 'bưu', 'chính', 'Straße', 'số', 'sốt'];
  const queries = ['hoi', 'hoi nghi', 'nghi hoi', 'ng', 'so', 'so ket', 'lang son', 'duong', 'thong tin', 'tin', 't', 'buu chinh', 'strasse', 'so so', 'hoi ngh so', 'xyz', 'chinh tin'];

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    news = createNewsRepository(db, { clock: () => NOW });
    const random = randomFrom(20_200_630);
    const words = (n: number) => Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
    for (let i = 0; i < 40; i++) {
      const draft = await news.createDraft(
        article(words(1 + Math.floor(random() * 4)), {
          slug: `bai-${i}`,
          summary: words(Math.floor(random() * 6)) || null,
          topics: random() < 0.5 ? [words(2), words(1)] : [],
          bodyHtml: `<p>${words(Math.floor(random() * 12))}</p><p>${words(3)}</p>`,
        }),
        who,
      );
      // Some share a publication time, so ties fall to the id.
      if (i % 5 !== 4) await news.publish(draft.id, draft.version, { at: new Date(Date.UTC(2020, 5, 1 + (i % 13))).toISOString() }, who);
    }
  });
  afterAll(() => db.dispose());

  /** The ids of the visible articles matching a query, in the order of rankBySearch. */
  const ranking = async (query: string) => {
    const visible = await db.query<{ id: string; title: string; summary: string; topics: string[]; body_html: string }>(
      `select * from news_articles where state = 'published' order by published_at desc nulls last, id desc`,
    );
    return rankBySearch(query, visible, (row) => [
      { text: row.title, weight: 4 },
      { text: row.summary, weight: 2 },
      { text: row.topics.join(' · '), weight: 2 },
      { text: htmlToText(row.body_html), weight: 1 },
    ]).map((row) => row.id);
  };

  it('finds and orders exactly as rankBySearch over every visible article', async () => {
    for (const query of queries) {
      const expected = await ranking(query);
      expect((await news.search(query)).map((a) => a.id), query).toEqual(expected);
      expect(await news.searchCount(query), query).toBe(expected.length);
    }
  });

  it('gives every small page, by offset and by cursor forwards and backwards, as a slice of that ranking', async () => {
    for (const query of queries) {
      const expected = await ranking(query);
      const ids = (page: { rows: { article: { id: string } }[] }) => page.rows.map((hit) => hit.article.id);
      for (let offset = 0; offset < expected.length + 2; offset += 2) {
        const page = await news.searchPage(query, { offset, first: 2 });
        expect(ids(page), `${query} at ${offset}`).toEqual(expected.slice(offset, offset + 2));
        expect(page.more, `${query} at ${offset}`).toBe(offset + 2 < expected.length);
      }
      const forwards: string[] = [];
      let after: SearchHit['position'] | null = null;
      for (;;) {
        const page = await news.searchPage(query, { range: { size: 3, backward: false, after, before: null } });
        forwards.push(...ids(page));
        if (!page.more) break;
        after = page.rows.at(-1)!.position;
      }
      expect(forwards, query).toEqual(expected);
      const backwards: string[] = [];
      let before: SearchHit['position'] | null = null;
      for (;;) {
        const page = await news.searchPage(query, { range: { size: 2, backward: true, after: null, before } });
        backwards.unshift(...ids(page));
        if (!page.more) break;
        before = page.rows[0]!.position;
      }
      expect(backwards, query).toEqual(expected);
    }
  });
});

describe.each(testBackends)('news search at scale, on %s', (backend) => {
  let db: TestDatabase;
  let plans: string[];
  let news: NewsRepository;

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    // Articles written before search documents existed: the repository computes theirs on its first
    // search. Their bodies draw on a vocabulary of 300 words, as real text does: with fewer than 100
    // common words in its statistics, PostgreSQL guesses that 2% of the rows match any prefix.
    await db.query(
      `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
       select 'bai-' || g, 'Tin số ' || g || ' về thông tin và truyền thông', 'Tóm tắt tin ' || g,
              '<p>Nội dung bài ' || g || ': hội nghị triển khai công tác' || case when g % 1000 = 7 then ' khuổi' else '' end || '.</p>'
                || '<p>' || (select string_agg('tu' || (g * 7 + i * 13) % 300, ' ') from generate_series(1, 60) as i) || '</p>',
              'published', 'Phóng viên', 'trung-tam-cntt-tt', timestamptz '2020-01-01' + g * interval '1 hour', timestamptz '2020-01-01'
       from generate_series(1, 3000) as g`,
    );
    plans = [];
    // The repository's statements, each explained before it runs.
    const explaining: Executor = {
      ...db,
      query: async <Row,>(sql: string, params?: readonly unknown[]) => {
        if (sql.includes('s.document @@')) {
          const [plan] = await db.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${sql}`, params);
          plans.push(JSON.stringify(plan?.['QUERY PLAN']));
        }
        return db.query<Row>(sql, params);
      },
    };
    news = createNewsRepository(explaining, { clock: () => NOW });
    expect(await news.searchCount('thong tin')).toBe(3000);
    await db.query('analyze');
  });
  afterAll(() => db.dispose());

  it('finds a rare word through the GIN index, reading no article it does not return', async () => {
    plans = [];
    const found = await news.searchPage('khuoi', { offset: 0, first: 20 });
    expect(found.rows.map((hit) => hit.article.slug)).toEqual(['bai-2007', 'bai-1007', 'bai-7']);
    expect(await news.searchCount('khuoi')).toBe(3);
    expect(plans).toHaveLength(2);
    for (const plan of plans) {
      expect(plan).toContain('news_article_search_document_idx');
      // A scan node has no children: up to its closing brace, its properties alone.
      expect(plan).not.toMatch(/"Seq Scan"[^}]*"Relation Name":"news_article(s|_search)"/);
    }
  });

  it('ranks and pages a word most articles hold', async () => {
    const page = await news.searchPage('noi dung', { offset: 40, first: 20 });
    expect(page.rows).toHaveLength(20);
    expect(page.more).toBe(true);
    expect(page.rows[0]?.article.slug).toBe('bai-2960'); // no title holds it: newest first
  });

  it('counts the matches of a word most articles hold up to a limit, and a rare word exactly', async () => {
    plans = [];
    expect(await news.searchCount('thong tin', {}, 101)).toBe(101);
    expect(await news.searchCount('khuoi', {}, 101)).toBe(3);
    // The count stops at the limit: the plan's scan is under a Limit.
    expect(plans[0]).toMatch(/"Node Type":"Limit".*"Relation Name":"news_article_search"/);
  });
});
