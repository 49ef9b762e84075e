import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { createDistrictsRepository, districtsGraphQLModule, districtsMigrations } from '@egov/districts-server';
import { composeSchema, createRequestContext, toGlobalId, type Role } from '@egov/graphql';
import type { ArticleInput } from '@egov/news-model';
import { createUnitsRepository, unitsGraphQLModule, unitsMigrations, type UnitsRepository } from '@egov/units-server';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsMigrations } from '../migrations';
import { newsGraphQLModule } from './module';
import { SEARCHES_AT_ONCE } from './search';
import { createNewsRepository, type NewsRepository } from '../news-repository';

const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...newsMigrations];
const who = { actor: 'seed' };

const article = (title: string, extra: Partial<ArticleInput> = {}): ArticleInput => ({
  title,
  bodyHtml: `<p>${title}. Câu thứ hai của bài.</p>`,
  authorName: 'Nguyễn Như Trang',
  authorUnitCode: 'trung-tam-cntt-tt',
  ...extra,
});

async function seedUnits(units: UnitsRepository) {
  const unit = (code: string, nameVi: string, parentCode: string | null, kind: 'department' | 'inspectorate' | 'centre') =>
    units.create({ code, kind, nameVi, nameEn: nameVi, parentCode, areaCode: null, descriptionVi: null, website: null, sourceQuote: null }, who);
  await unit('so-tttt', 'Sở Thông tin và Truyền thông Lạng Sơn', null, 'department');
  await unit('thanh-tra-so', 'Thanh tra Sở', 'so-tttt', 'inspectorate');
  await unit('trung-tam-cntt-tt', 'Trung tâm Công nghệ thông tin và Truyền thông', 'so-tttt', 'centre');
}

function schemaOf(db: TestDatabase, news: NewsRepository): GraphQLSchema {
  const units = createUnitsRepository(db);
  const districts = createDistrictsRepository(db);
  return composeSchema([districtsGraphQLModule({ districts }), unitsGraphQLModule({ units, districts }), newsGraphQLModule({ news, units })]);
}

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(testBackends)('news GraphQL module on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  let schema: GraphQLSchema;

  // Through JSON, as a client over HTTP gets it (DateTime values become ISO strings).
  const run = async (source: string, variableValues: Record<string, unknown> = {}, roles: Role[] | null = null) =>
    JSON.parse(
      JSON.stringify(
        await graphql({
          schema,
          source,
          variableValues,
          contextValue: createRequestContext(roles ? { userId: `user-${roles.join('-')}`, roles } : null, 'test'),
        }),
      ),
    ) as ExecutionResult<Data>;
  const audits = async () => (await db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]?.n;
  const articles = async () => (await db.query<{ n: number }>('select count(*)::int as n from news_articles'))[0]?.n;
  const code = (result: ExecutionResult) => result.errors?.[0]?.extensions?.['code'];

  const publishedAt = (day: number) => `2020-06-${String(day).padStart(2, '0')}T08:00:00+07:00`;

  beforeAll(async () => {
    db = await createTestDatabase(backend, migrations);
    await seedUnits(createUnitsRepository(db));
    // The statistics periods, as the composition would answer from the statistics domain.
    const periods = new Set(['2020', '2020-H1']);
    news = createNewsRepository(db, { periodExists: async (code) => periods.has(code) });
    schema = schemaOf(db, news);
    const conference = await news.createDraft(
      article('Hội nghị sơ kết công tác 6 tháng đầu năm 2020', {
        bodyHtml: '<p>Sáng 30/6, Sở tổ chức hội nghị.</p>',
        relatedUnitCodes: ['thanh-tra-so', 'so-tttt'],
        topics: ['Sơ kết', 'Hội nghị'],
        reportsPeriod: '2020-H1',
        eventDate: '2020-06-30',
        images: [
          { fileName: 'hoi-nghi-2.jpg', captionVi: 'Toàn cảnh hội nghị', position: 2 },
          { fileName: 'hoi-nghi-1.jpg', captionVi: 'Giám đốc Sở phát biểu', altVi: 'Người phát biểu trên bục', position: 1 },
        ],
      }),
      who,
    );
    await news.publish(conference.id, conference.version, { at: publishedAt(30) }, who);
    for (const day of [10, 11, 12]) {
      const draft = await news.createDraft(article(`Tin bưu chính ngày ${day}/6/2020`), who);
      await news.publish(draft.id, draft.version, { at: publishedAt(day) }, who);
    }
    await news.createDraft(article('Hội nghị chưa đăng'), who);
  });
  afterAll(() => db.dispose());

  const LIST = /* GraphQL */ `
    query ($first: Int, $after: String) {
      newsArticles(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { title } }
        nodes { id slug title summary publishedAt state authorName authorUnit { code nameVi } relatedUnits { code } images { fileName captionVi altVi position } }
      }
    }
  `;

  it('lists published articles newest first, page after page by cursor, with the total', async () => {
    const first = await run(LIST, { first: 2 });
    expect(first.errors).toBeUndefined();
    const page = first.data?.['newsArticles'];
    expect(page.totalCount).toBe(4);
    expect(page.nodes.map((a: Data) => a.title)).toEqual(['Hội nghị sơ kết công tác 6 tháng đầu năm 2020', 'Tin bưu chính ngày 12/6/2020']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
    expect(page.nodes[0]).toMatchObject({
      state: 'PUBLISHED',
      publishedAt: '2020-06-30T01:00:00.000Z',
      authorUnit: { code: 'trung-tam-cntt-tt', nameVi: 'Trung tâm Công nghệ thông tin và Truyền thông' },
      relatedUnits: [{ code: 'thanh-tra-so' }, { code: 'so-tttt' }],
      images: [
        { fileName: 'hoi-nghi-1.jpg', captionVi: 'Giám đốc Sở phát biểu', altVi: 'Người phát biểu trên bục', position: 1 },
        { fileName: 'hoi-nghi-2.jpg', captionVi: 'Toàn cảnh hội nghị', altVi: 'Toàn cảnh hội nghị', position: 2 },
      ],
    });
    const second = (await run(LIST, { first: 2, after: page.pageInfo.endCursor })).data?.['newsArticles'];
    expect(second.nodes.map((a: Data) => a.title)).toEqual(['Tin bưu chính ngày 11/6/2020', 'Tin bưu chính ngày 10/6/2020']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const fromEdge = (await run(LIST, { first: 1, after: page.edges[0].cursor })).data?.['newsArticles'];
    expect(fromEdge.nodes.map((a: Data) => a.title)).toEqual(['Tin bưu chính ngày 12/6/2020']);
    expect((await run(LIST)).data?.['newsArticles'].nodes).toHaveLength(4);
  });

  it('bounds the page size to 1..100 and refuses a cursor it did not give out', async () => {
    expect((await run(LIST, { first: 100 })).errors).toBeUndefined();
    for (const first of [0, 101, -1]) expect(code(await run(LIST, { first }))).toBe('BAD_USER_INPUT');
    for (const after of ['garbage', "' or 1=1 --", '', 'x'.repeat(5000), Buffer.from('["nope","1"]').toString('base64url')]) {
      const result = await run(LIST, { after });
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/not a cursor/);
    }
    expect((await run(LIST, { first: '3' })).errors?.[0]?.message).toMatch(/Int/);
  });

  it('opens a numbered page by offset, and refuses an offset with a cursor or out of range', async () => {
    const OFFSET = 'query ($first: Int, $offset: Int, $after: String) { newsArticles(first: $first, offset: $offset, after: $after) { totalCount nodes { title } pageInfo { hasNextPage hasPreviousPage } } }';
    const second = (await run(OFFSET, { first: 2, offset: 2 })).data?.['newsArticles'];
    expect(second.nodes.map((a: Data) => a.title)).toEqual(['Tin bưu chính ngày 11/6/2020', 'Tin bưu chính ngày 10/6/2020']);
    expect(second).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
    const beyond = (await run(OFFSET, { first: 2, offset: 40 })).data?.['newsArticles'];
    expect(beyond).toMatchObject({ totalCount: 4, nodes: [], pageInfo: { hasNextPage: false } });
    for (const offset of [-1, 100_001]) expect(code(await run(OFFSET, { offset }))).toBe('BAD_USER_INPUT');
    const cursor = (await run(LIST, { first: 1 })).data?.['newsArticles'].pageInfo.endCursor;
    expect(code(await run(OFFSET, { offset: 1, after: cursor }))).toBe('BAD_USER_INPUT');
  });

  it('runs a burst of searches two at a time, each answered in full, so the rest of the portal keeps its turn', async () => {
    let running = 0;
    let most = 0;
    const watched: NewsRepository = {
      ...news,
      searchPage: async (...args) => {
        most = Math.max(most, ++running);
        try {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return await news.searchPage(...args);
        } finally {
          running -= 1;
        }
      },
    };
    const limited = schemaOf(db, watched);
    const source = 'query ($q: String!) { newsSearch(query: $q) { nodes { title } } }';
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => graphql({ schema: limited, source, variableValues: { q: 'buu chinh' }, contextValue: createRequestContext(null, 'burst') })),
    );
    expect(answers.map((answer) => answer.errors ?? (answer.data?.['newsSearch'] as Data)['nodes'].length)).toEqual(Array(8).fill(3));
    expect(most).toBe(SEARCHES_AT_ONCE);
  });

  it('pages search results by offset too, with cursors that continue from the page', async () => {
    const SEARCH = 'query ($q: String!, $first: Int, $offset: Int, $after: String) { newsSearch(query: $q, first: $first, offset: $offset, after: $after) { totalCount nodes { title } pageInfo { hasNextPage hasPreviousPage endCursor } } }';
    const all = (await run(SEARCH, { q: 'buu chinh' })).data?.['newsSearch'].nodes.map((a: Data) => a.title);
    expect(all).toHaveLength(3);
    const second = (await run(SEARCH, { q: 'buu chinh', first: 1, offset: 1 })).data?.['newsSearch'];
    expect(second).toMatchObject({ totalCount: 3, nodes: [{ title: all[1] }], pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    const next = (await run(SEARCH, { q: 'buu chinh', first: 5, after: second.pageInfo.endCursor })).data?.['newsSearch'];
    expect(next.nodes.map((a: Data) => a.title)).toEqual([all[2]]);
    expect(code(await run(SEARCH, { q: 'buu chinh', offset: 1, after: second.pageInfo.endCursor }))).toBe('BAD_USER_INPUT');
    expect(code(await run(SEARCH, { q: 'buu chinh', offset: -3 }))).toBe('BAD_USER_INPUT');
  });

  it('lists drafts, scheduled and withdrawn articles for editors only, last saved first', async () => {
    const WORK = 'query ($first: Int, $offset: Int) { newsEditorialArticles(first: $first, offset: $offset) { totalCount nodes { title state publishedAt } pageInfo { hasNextPage hasPreviousPage } } }';
    for (const roles of [null, ['statistician'], ['inspector']] as Array<Role[] | null>) {
      const refused = await run(WORK, {}, roles);
      expect(code(refused)).toBe('FORBIDDEN');
      expect(refused.data?.['newsEditorialArticles'] ?? null).toBeNull();
    }
    const listed = (await run(WORK, {}, ['editor'])).data?.['newsEditorialArticles'];
    const titles = listed.nodes.map((a: Data) => a.title);
    expect(titles).toContain('Hội nghị chưa đăng');
    expect(titles).not.toContain('Tin bưu chính ngày 10/6/2020');
    expect(listed.nodes.every((a: Data) => a.state !== 'PUBLISHED' || Date.parse(a.publishedAt) > Date.now())).toBe(true);
    expect(listed.totalCount).toBe(listed.nodes.length);
    const admin = (await run(WORK, { first: 1, offset: 0 }, ['admin'])).data?.['newsEditorialArticles'];
    expect(admin.nodes).toEqual([listed.nodes[0]]);
    expect(admin.pageInfo).toMatchObject({ hasNextPage: listed.totalCount > 1, hasPreviousPage: false });
    expect(code(await run(WORK, { first: 0 }, ['editor']))).toBe('BAD_USER_INPUT');
  });

  it('shows an article by slug: published ones to everybody, drafts only to editors and admins', async () => {
    const BY_SLUG = 'query ($slug: String!) { newsArticle(slug: $slug) { title state eventDate reportsPeriod topics firstPublishedAt updatedAt changeNote } }';
    expect((await run(BY_SLUG, { slug: 'hoi-nghi-so-ket-cong-tac-6-thang-dau-nam-2020' })).data?.['newsArticle']).toMatchObject({
      state: 'PUBLISHED',
      eventDate: '2020-06-30',
      reportsPeriod: '2020-H1',
      topics: ['Sơ kết', 'Hội nghị'],
      firstPublishedAt: '2020-06-30T01:00:00.000Z',
      changeNote: null,
    });
    expect((await run(BY_SLUG, { slug: 'hoi-nghi-chua-dang' })).data?.['newsArticle']).toBeNull();
    expect((await run(BY_SLUG, { slug: 'hoi-nghi-chua-dang' }, ['statistician'])).data?.['newsArticle']).toBeNull();
    expect((await run(BY_SLUG, { slug: 'hoi-nghi-chua-dang' }, ['editor'])).data?.['newsArticle']).toMatchObject({ state: 'DRAFT' });
    expect((await run(BY_SLUG, { slug: 'hoi-nghi-chua-dang' }, ['admin'])).data?.['newsArticle']).toMatchObject({ state: 'DRAFT' });
    expect((await run(BY_SLUG, { slug: "x' or '1'='1" })).data?.['newsArticle']).toBeNull();
    expect(code(await run(BY_SLUG, { slug: 'a'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });

  it('finds articles ignoring case and diacritics, best first, never a draft, and bounds the query', async () => {
    const SEARCH = 'query ($q: String!, $first: Int, $after: String) { newsSearch(query: $q, first: $first, after: $after) { totalCount nodes { title } pageInfo { hasNextPage endCursor } } }';
    const found = (await run(SEARCH, { q: 'hoi nghi' })).data?.['newsSearch'];
    expect(found.nodes.map((a: Data) => a.title)).toEqual(['Hội nghị sơ kết công tác 6 tháng đầu năm 2020']);
    const postal = (await run(SEARCH, { q: 'BUU CHINH', first: 2 })).data?.['newsSearch'];
    expect(postal).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (await run(SEARCH, { q: 'BUU CHINH', first: 2, after: postal.pageInfo.endCursor })).data?.['newsSearch'];
    expect(rest.nodes).toHaveLength(1);
    expect((await run(SEARCH, { q: "'; drop table news_articles; --" })).data?.['newsSearch'].totalCount).toBe(0);
    expect((await run(SEARCH, { q: '<script>alert(1)</script>' })).errors).toBeUndefined();
    expect(code(await run(SEARCH, { q: 'a'.repeat(201) }))).toBe('BAD_USER_INPUT');
    expect((await run(SEARCH, { q: 'a'.repeat(200) })).errors).toBeUndefined();
    expect(code(await run(SEARCH, { q: 'hoi', first: 101 }))).toBe('BAD_USER_INPUT');
    expect(code(await run(SEARCH, { q: 'hoi', after: 'junk' }))).toBe('BAD_USER_INPUT');
  });

  it('gives articles global ids; node(id) hides a draft from anyone but editors', async () => {
    const draft = (await news.getBySlug('hoi-nghi-chua-dang', { includeUnpublished: true }))!;
    const NODE = 'query ($id: ID!) { node(id: $id) { id ... on NewsArticle { title } } }';
    const id = toGlobalId('NewsArticle', draft.id);
    expect((await run(NODE, { id })).data?.['node']).toBeNull();
    expect((await run(NODE, { id }, ['editor'])).data?.['node']).toEqual({ id, title: 'Hội nghị chưa đăng' });
    const listed = (await run(LIST, { first: 1 })).data?.['newsArticles'].nodes[0];
    expect((await run(NODE, { id: listed.id })).data?.['node']).toEqual({ id: listed.id, title: listed.title });
  });

  describe('mutations', () => {
    const CREATE = /* GraphQL */ `
      mutation ($input: NewsArticleCreateInput!) {
        newsArticleCreate(input: $input) {
          newsArticle { id slug title summary bodyHtml state version authorUnit { code } relatedUnits { code } images { altVi } eventDate }
          userErrors { field message code }
        }
      }
    `;
    const UPDATE = /* GraphQL */ `
      mutation ($input: NewsArticleUpdateInput!) {
        newsArticleUpdate(input: $input) { newsArticle { id title bodyHtml changeNote version } userErrors { field message code } }
      }
    `;
    const PUBLISH = /* GraphQL */ `
      mutation ($input: NewsArticlePublishInput!) {
        newsArticlePublish(input: $input) { newsArticle { id state publishedAt firstPublishedAt version } userErrors { field message code } }
      }
    `;
    const WITHDRAW = /* GraphQL */ `
      mutation ($input: NewsArticleWithdrawInput!) {
        newsArticleWithdraw(input: $input) { newsArticle { id state withdrawalReason version } userErrors { field message code } }
      }
    `;
    const input = (title: string, extra: Record<string, unknown> = {}) => ({
      title,
      bodyHtml: `<p>${title}.</p>`,
      authorName: 'Phòng Thông tin - Báo chí - Xuất bản',
      authorUnitCode: 'so-tttt',
      ...extra,
    });

    it('lets an editor create, correct, publish, withdraw and restore an article', async () => {
      const created = (await run(CREATE, { input: input('Tin mới', { relatedUnitCodes: ['thanh-tra-so'], eventDate: '2020-07-01', images: [{ fileName: 'a.jpg', captionVi: 'Ảnh A', position: 1 }] }) }, ['editor'])).data?.['newsArticleCreate'];
      expect(created.userErrors).toEqual([]);
      expect(created.newsArticle).toMatchObject({
        slug: 'tin-moi',
        state: 'DRAFT',
        version: 1,
        summary: 'Tin mới.',
        authorUnit: { code: 'so-tttt' },
        relatedUnits: [{ code: 'thanh-tra-so' }],
        images: [{ altVi: 'Ảnh A' }],
        eventDate: '2020-07-01',
      });
      const id = created.newsArticle.id;
      const published = (await run(PUBLISH, { input: { id, version: 1 } }, ['editor'])).data?.['newsArticlePublish'];
      expect(published).toMatchObject({ userErrors: [], newsArticle: { state: 'PUBLISHED', version: 2 } });
      const noNote = (await run(UPDATE, { input: { id, version: 2, ...input('Tin mới (sửa)') } }, ['editor'])).data?.['newsArticleUpdate'];
      expect(noNote.userErrors).toEqual([expect.objectContaining({ field: ['input', 'changeNote'], code: 'VALIDATION' })]);
      const corrected = (await run(UPDATE, { input: { id, version: 2, changeNote: 'Sửa tiêu đề', ...input('Tin mới (sửa)') } }, ['editor'])).data?.['newsArticleUpdate'];
      expect(corrected).toMatchObject({ userErrors: [], newsArticle: { title: 'Tin mới (sửa)', changeNote: 'Sửa tiêu đề', version: 3 } });
      const withdrawn = (await run(WITHDRAW, { input: { id, version: 3, reason: 'Trùng tin' } }, ['editor'])).data?.['newsArticleWithdraw'];
      expect(withdrawn).toMatchObject({ userErrors: [], newsArticle: { state: 'WITHDRAWN', withdrawalReason: 'Trùng tin', version: 4 } });
      expect((await run('{ newsArticle(slug: "tin-moi") { id } }')).data?.['newsArticle']).toBeNull();
      const restored = (await run(PUBLISH, { input: { id, version: 4 } }, ['admin'])).data?.['newsArticlePublish'];
      expect(restored).toMatchObject({ userErrors: [], newsArticle: { state: 'PUBLISHED', publishedAt: published.newsArticle.publishedAt, version: 5 } });
    });

    it('schedules an article with a future publication time, hidden from the public until then', async () => {
      const created = (await run(CREATE, { input: input('Tin hẹn giờ') }, ['editor'])).data?.['newsArticleCreate'].newsArticle;
      const scheduled = (await run(PUBLISH, { input: { id: created.id, version: 1, at: '2099-01-01T08:00:00+07:00' } }, ['editor'])).data?.['newsArticlePublish'];
      expect(scheduled).toMatchObject({ userErrors: [], newsArticle: { state: 'PUBLISHED', publishedAt: '2099-01-01T01:00:00.000Z' } });
      expect((await run('{ newsArticle(slug: "tin-hen-gio") { id } }')).data?.['newsArticle']).toBeNull();
      expect((await run('{ newsArticle(slug: "tin-hen-gio") { id } }', {}, ['editor'])).data?.['newsArticle']).not.toBeNull();
      const titles = (await run(LIST, { first: 100 })).data?.['newsArticles'].nodes.map((a: Data) => a.title);
      expect(titles).not.toContain('Tin hẹn giờ');
      const work = (await run('{ newsEditorialArticles(first: 100) { nodes { title state } } }', {}, ['editor'])).data?.['newsEditorialArticles'].nodes;
      expect(work).toContainEqual({ title: 'Tin hẹn giờ', state: 'PUBLISHED' });
    });

    it('never lets a script or an event handler back out of a body', async () => {
      const evil = '<p>Nội dung</p><script>alert(1)</script><img src="x" onerror="alert(1)"><p onmouseover="x()">Hết</p><a href="javascript:alert(1)">link</a>';
      const created = (await run(CREATE, { input: input('Tin có mã độc', { bodyHtml: evil }) }, ['editor'])).data?.['newsArticleCreate'];
      expect(created.userErrors).toEqual([]);
      const check = (html: string) => {
        expect(html).not.toMatch(/<script|onerror\s*=|onmouseover|javascript:/i);
        expect(html).toContain('<p>Nội dung</p>');
      };
      check(created.newsArticle.bodyHtml);
      const updated = (await run(UPDATE, { input: { id: created.newsArticle.id, version: 1, ...input('Tin có mã độc', { bodyHtml: `${evil}<svg onload=alert(1)>` }) } }, ['editor'])).data?.['newsArticleUpdate'];
      check(updated.newsArticle.bodyHtml);
      const read = (await run('{ newsArticle(slug: "tin-co-ma-doc") { bodyHtml summary } }', {}, ['editor'])).data?.['newsArticle'];
      check(read.bodyHtml);
      expect(read.summary).not.toMatch(/[<>]/);
    });

    it('refuses every mutation to anonymous callers and to other roles, writing nothing', async () => {
      const id = (await run(LIST, { first: 1 })).data?.['newsArticles'].nodes[0].id;
      const before = { audits: await audits(), articles: await articles() };
      const attempts: Array<[string, string, Record<string, unknown>]> = [
        [CREATE, 'newsArticleCreate', { input: input('Tin trái phép') }],
        [UPDATE, 'newsArticleUpdate', { input: { id, version: 2, changeNote: 'x', ...input('Tin trái phép') } }],
        [PUBLISH, 'newsArticlePublish', { input: { id, version: 2 } }],
        [WITHDRAW, 'newsArticleWithdraw', { input: { id, version: 2, reason: 'x' } }],
      ];
      for (const roles of [null, ['statistician'], ['inspector'], ['licensing_officer']] as Array<Role[] | null>) {
        for (const [source, name, variables] of attempts) {
          const result = await run(source, variables, roles);
          expect(result.errors).toBeUndefined();
          expect(result.data?.[name]).toMatchObject({ newsArticle: null, userErrors: [{ code: 'FORBIDDEN' }] });
        }
      }
      expect({ audits: await audits(), articles: await articles() }).toEqual(before);
    });

    it('answers a stale version with CONFLICT and changes nothing', async () => {
      const created = (await run(CREATE, { input: input('Tin hai người sửa') }, ['editor'])).data?.['newsArticleCreate'].newsArticle;
      await run(UPDATE, { input: { id: created.id, version: 1, ...input('Tin hai người sửa', { summary: 'Người thứ nhất' }) } }, ['editor']);
      const before = await audits();
      const stale = (await run(UPDATE, { input: { id: created.id, version: 1, ...input('Tin hai người sửa', { summary: 'Người thứ hai' }) } }, ['editor'])).data?.['newsArticleUpdate'];
      expect(stale).toEqual({ newsArticle: null, userErrors: [expect.objectContaining({ field: ['input', 'version'], code: 'CONFLICT' })] });
      for (const [source, name, extra] of [
        [PUBLISH, 'newsArticlePublish', {}],
        [WITHDRAW, 'newsArticleWithdraw', { reason: 'x' }],
      ] as const) {
        expect((await run(source, { input: { id: created.id, version: 1, ...extra } }, ['editor'])).data?.[name].userErrors[0].code).toBe('CONFLICT');
      }
      expect(await audits()).toBe(before);
    });

    it('answers wrong input with userErrors or validation errors, never a fault, and writes nothing', async () => {
      const before = { audits: await audits(), articles: await articles() };
      const errorsOf = async (variables: Record<string, unknown>) => {
        const result = await run(CREATE, variables, ['editor']);
        expect(result.errors).toBeUndefined();
        expect(result.data?.['newsArticleCreate'].newsArticle).toBeNull();
        return result.data?.['newsArticleCreate'].userErrors as Data[];
      };
      expect(await errorsOf({ input: input('x'.repeat(301)) })).toEqual([expect.objectContaining({ field: ['input', 'title'], code: 'VALIDATION' })]);
      expect(await errorsOf({ input: input('   ') })).toEqual([expect.objectContaining({ field: ['input', 'title'] })]);
      expect(await errorsOf({ input: input('Tin', { bodyHtml: 'x'.repeat(200_001) }) })).toEqual([expect.objectContaining({ field: ['input', 'bodyHtml'] })]);
      expect(await errorsOf({ input: input('Tin', { authorUnitCode: 'khong-co' }) })).toEqual([
        expect.objectContaining({ field: ['input', 'authorUnitCode'], code: 'UNKNOWN_REFERENCE' }),
      ]);
      expect(await errorsOf({ input: input('Tin', { authorUnitCode: "'; drop table units; --" }) })).toEqual([
        expect.objectContaining({ field: ['input', 'authorUnitCode'], code: 'VALIDATION' }),
      ]);
      expect(await errorsOf({ input: input('Tin lạ', { relatedUnitCodes: ['so-tttt', 'khong-co'] }) })).toEqual([
        expect.objectContaining({ field: ['input', 'relatedUnitCodes'], code: 'UNKNOWN_REFERENCE' }),
      ]);
      expect(await errorsOf({ input: input('Tin', { reportsPeriod: '2020-H3' }) })).toEqual([expect.objectContaining({ field: ['input', 'reportsPeriod'] })]);
      expect(await errorsOf({ input: input('Tin', { reportsPeriod: '2099-H1' }) })).toEqual([
        expect.objectContaining({ field: ['input', 'reportsPeriod'], code: 'UNKNOWN_REFERENCE', message: 'There is no statistics period "2099-H1".' }),
      ]);
      expect(await errorsOf({ input: input('Tin', { slug: '<script>' }) })).toEqual([expect.objectContaining({ field: ['input', 'slug'] })]);
      expect(await errorsOf({ input: input('Hội nghị chưa đăng') })).toEqual([expect.objectContaining({ field: ['input', 'slug'], code: 'DUPLICATE' })]);
      expect(
        await errorsOf({ input: input('Tin', { images: [{ fileName: '../etc/passwd', captionVi: 'A', position: 1 }, { fileName: 'b.jpg', captionVi: 'B', position: 0 }] }) }),
      ).toEqual([
        expect.objectContaining({ field: ['input', 'images', '0', 'fileName'] }),
        expect.objectContaining({ field: ['input', 'images', '1', 'position'] }),
      ]);
      // Wrong types and impossible dates never reach the resolver.
      for (const variables of [
        { input: { ...input('Tin'), title: 5 } },
        { input: { ...input('Tin'), eventDate: '2020-02-30' } },
        { input: { ...input('Tin'), images: [{ fileName: 'a.jpg', captionVi: 'A', position: 1.5 }] } },
        { input: { title: 'Tin' } },
      ]) {
        const result = await run(CREATE, variables, ['editor']);
        expect(result.errors?.length).toBeGreaterThan(0);
        expect(result.data).toBeUndefined();
      }
      const bad = async (source: string, name: string, variables: Record<string, unknown>) =>
        (await run(source, variables, ['editor'])).data?.[name].userErrors as Data[];
      expect((await bad(PUBLISH, 'newsArticlePublish', { input: { id: 'not-an-id', version: 1 } }))[0]?.code).toBe('NOT_FOUND');
      expect((await bad(PUBLISH, 'newsArticlePublish', { input: { id: toGlobalId('Unit', 'so-tttt'), version: 1 } }))[0]?.code).toBe('NOT_FOUND');
      expect((await bad(PUBLISH, 'newsArticlePublish', { input: { id: toGlobalId('NewsArticle', "' or 1=1 --"), version: 1 } }))[0]?.code).toBe('NOT_FOUND');
      const listed = (await run(LIST, { first: 1 })).data?.['newsArticles'].nodes[0];
      const listedVersion = (await news.getBySlug(listed.slug))!.version;
      expect(await bad(WITHDRAW, 'newsArticleWithdraw', { input: { id: listed.id, version: listedVersion, reason: 'x'.repeat(1001) } })).toEqual([
        expect.objectContaining({ field: ['input', 'reason'], code: 'VALIDATION' }),
      ]);
      expect((await bad(PUBLISH, 'newsArticlePublish', { input: { id: listed.id, version: listedVersion } }))[0]?.code).toBe('INVALID_TRANSITION');
      expect({ audits: await audits(), articles: await articles() }).toEqual(before);
    });
  });
});

describe('news GraphQL module, statements per page', () => {
  let db: TestDatabase;
  let statements = 0;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await createTestDatabase('pglite', migrations, { onQuery: () => (statements += 1) });
    await seedUnits(createUnitsRepository(db));
    const news = createNewsRepository(db);
    schema = schemaOf(db, news);
    const authors = ['so-tttt', 'thanh-tra-so', 'trung-tam-cntt-tt'];
    for (let i = 0; i < 50; i++) {
      const draft = await news.createDraft(
        article(`Tin số ${i + 1}`, {
          authorUnitCode: authors[i % 3] as string,
          relatedUnitCodes: [authors[(i + 1) % 3] as string],
          images: [
            { fileName: `anh-${i}-1.jpg`, captionVi: `Ảnh ${i} thứ nhất`, position: 1 },
            { fileName: `anh-${i}-2.jpg`, captionVi: `Ảnh ${i} thứ hai`, altVi: 'Mô tả', position: 2 },
          ],
        }),
        who,
      );
      await news.publish(draft.id, draft.version, { at: new Date(Date.UTC(2020, 0, 1 + i)).toISOString() }, who);
    }
  }, 120_000);
  afterAll(() => db.dispose());

  const PAGE = /* GraphQL */ `
    query ($first: Int) {
      newsArticles(first: $first) {
        totalCount
        nodes { id title summary publishedAt authorName authorUnit { code nameVi } relatedUnits { code nameVi } images { fileName captionVi altVi } }
      }
    }
  `;
  const count = async (first: number) => {
    statements = 0;
    const result = await graphql({ schema, source: PAGE, variableValues: { first }, contextValue: createRequestContext(null, 'count') });
    expect(result.errors).toBeUndefined();
    expect((result.data?.['newsArticles'] as Data)['nodes']).toHaveLength(first);
    return statements;
  };

  it('reads a 50-item page with each article unit, related units and images in at most 3 statements', async () => {
    const fifty = await count(50);
    expect(fifty).toBeLessThanOrEqual(3);
    expect(await count(5)).toBe(fifty);
  });

  it('reads a search page with its units and images in a constant number of statements', async () => {
    const source = '{ newsSearch(query: "tin so", first: 50) { nodes { title authorUnit { code } images { altVi } relatedUnits { code } } } }';
    statements = 0;
    const result = await graphql({ schema, source, contextValue: createRequestContext(null, 'count') });
    expect(result.errors).toBeUndefined();
    expect(statements).toBeLessThanOrEqual(3);
  });

  it('counts the search results only when totalCount is asked for', async () => {
    const statementsOf = async (source: string) => {
      statements = 0;
      const result = await graphql({ schema, source, contextValue: createRequestContext(null, 'count') });
      expect(result.errors).toBeUndefined();
      return { statements, data: result.data?.['newsSearch'] as Data };
    };
    const without = await statementsOf('{ newsSearch(query: "tin so", first: 5) { nodes { title } } }');
    const counted = await statementsOf('{ newsSearch(query: "tin so", first: 5) { totalCount nodes { title } } }');
    expect(counted.data['totalCount']).toBe(50);
    expect(counted.statements).toBe(without.statements + 1);
  });

  it('counts a search up to a limit, saying whether more match, and bounds the limit', async () => {
    const countOf = async (limit: number | null) => {
      const result = await graphql({
        schema,
        source: 'query ($limit: Int) { newsSearchCount(query: "tin so", limit: $limit) { count precision } }',
        variableValues: { limit },
        contextValue: createRequestContext(null, 'count'),
      });
      return result.errors ? (result.errors[0]?.extensions['code'] as string) : result.data?.['newsSearchCount'];
    };
    expect(await countOf(null)).toEqual({ count: 50, precision: 'EXACT' });
    expect(await countOf(50)).toEqual({ count: 50, precision: 'EXACT' });
    expect(await countOf(49)).toEqual({ count: 49, precision: 'AT_LEAST' });
    expect(await countOf(1)).toEqual({ count: 1, precision: 'AT_LEAST' });
    expect(await countOf(0)).toBe('BAD_USER_INPUT');
    expect(await countOf(10_001)).toBe('BAD_USER_INPUT');
  });

  it('pages search results backwards from a cursor', async () => {
    const SEARCH = 'query ($last: Int, $before: String, $first: Int) { newsSearch(query: "tin", first: $first, last: $last, before: $before) { nodes { title } pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor } } }';
    const run = async (variableValues: Record<string, unknown>) =>
      (await graphql({ schema, source: SEARCH, variableValues, contextValue: createRequestContext(null, 'count') })).data?.['newsSearch'] as Data;
    const ten = await run({ first: 10 });
    const before = await run({ last: 3, before: ten.edges[5].cursor });
    expect(before.nodes).toEqual(ten.nodes.slice(2, 5));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});
