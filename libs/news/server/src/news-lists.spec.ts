import { auditMigrations, type Executor } from '@egov/db';
import { createTestDatabase, explainPlan, testBackends, watchStatements, type ExplainedPlan, type SentStatement, type TestDatabase } from '@egov/db/testing';
import { districtsMigrations } from '@egov/districts-server';
import type { ArticleInput } from '@egov/news-model';
import { createUnitsRepository, unitsMigrations } from '@egov/units-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsMigrations } from './migrations';
import { createNewsRepository, type NewsRepository } from './news-repository';

const who = { actor: 'editor' };
const migrations = [...auditMigrations, ...districtsMigrations, ...unitsMigrations, ...newsMigrations];
const DAY = 86_400_000;

const article = (title: string): ArticleInput => ({
  title,
  summary: 'Tin của Sở.',
  bodyHtml: '<p>Nội dung.</p>',
  authorName: 'Phóng viên',
  authorUnitCode: 'trung-tam-cntt-tt',
  topics: [],
});

async function databaseWithUnit(backend: (typeof testBackends)[number]): Promise<TestDatabase> {
  const db = await createTestDatabase(backend, migrations);
  await createUnitsRepository(db).create(
    { code: 'trung-tam-cntt-tt', kind: 'centre', nameVi: 'Trung tâm CNTT-TT', nameEn: 'IT Centre', parentCode: null, areaCode: null, descriptionVi: null, website: null, sourceQuote: null },
    who,
  );
  return db;
}

/** Articles written straight in SQL, as an import or the scale benchmark writes them. */
const insertArticles = (db: Executor, from: number, to: number, state: string, publishedAt: string) =>
  db.query(
    `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
     select 'bai-' || g, 'Tin số ' || g, 'Tóm tắt', '<p>Nội dung.</p>', $3, 'Phóng viên', 'trung-tam-cntt-tt',
            case when $3 = 'draft' then null else $4::timestamptz + g * interval '1 minute' end,
            case when $3 = 'draft' then null else $4::timestamptz end
     from generate_series($1::int, $2::int) as g`,
    [from, to, state, publishedAt],
  );

describe.each(testBackends)('the public news total on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  let now = new Date('2021-03-01T08:00:00Z');

  /** What the public sees at a moment, counted row by row (what the maintained total must equal). */
  const countedAt = async (at: Date) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from news_articles where state = 'published' and published_at <= $1`, [at.toISOString()]))[0]!.n;
  const totalAt = async (at: Date) => (await news.listPublished({ first: 1, now: at })).totalCount;

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    news = createNewsRepository(db, { clock: () => now });
  });
  afterAll(() => db.dispose());

  it('follows publication, scheduling, the passing of time, withdrawal and restoring', async () => {
    expect(await totalAt(now)).toBe(0);
    const first = await news.createDraft(article('Tin đăng ngay'), who);
    expect(await totalAt(now)).toBe(0);
    const out = await news.publish(first.id, first.version, {}, who);
    expect(await totalAt(now)).toBe(1);

    const later = await news.createDraft(article('Tin hẹn đăng tuần sau'), who);
    await news.publish(later.id, later.version, { at: new Date(now.getTime() + 7 * DAY).toISOString() }, who);
    expect(await totalAt(now)).toBe(1);
    expect(await totalAt(new Date(now.getTime() + 7 * DAY - 1000))).toBe(1);
    expect(await totalAt(new Date(now.getTime() + 7 * DAY))).toBe(2);
    // Before the first one was published, the public saw nothing.
    expect(await totalAt(new Date(now.getTime() - 1000))).toBe(0);

    const gone = await news.withdraw(first.id, out.version, 'Sai số liệu', who);
    expect(await totalAt(now)).toBe(0);
    expect(await totalAt(new Date(now.getTime() + 8 * DAY))).toBe(1);
    await news.publish(first.id, gone.version, {}, who);
    expect(await totalAt(now)).toBe(1);
    // An edit of a published article changes nothing in the count.
    const current = (await news.get(first.id))!;
    await news.update(first.id, current.version, { ...article('Tin đăng ngay, đã sửa'), changeNote: 'Sửa tiêu đề' }, who);
    expect(await totalAt(now)).toBe(1);

    now = new Date(now.getTime() + 10 * DAY);
    expect(await totalAt(now)).toBe(2);
    expect(await totalAt(now)).toBe(await countedAt(now));
  });

  it('follows rows written, changed and deleted in SQL many at a time', async () => {
    const before = await countedAt(now);
    await insertArticles(db, 1, 500, 'published', '2020-01-01T00:00:00Z');
    await insertArticles(db, 501, 600, 'draft', '2020-01-01T00:00:00Z');
    await insertArticles(db, 601, 650, 'published', '2030-01-01T00:00:00Z');
    expect(await totalAt(now)).toBe(before + 500);
    await db.query(`update news_articles set state = 'withdrawn', withdrawal_reason = 'Gộp bài' where slug in (select 'bai-' || g from generate_series(1, 40) as g)`);
    await db.query(`delete from news_articles where slug in (select 'bai-' || g from generate_series(41, 60) as g)`);
    expect(await totalAt(now)).toBe(before + 440);
    expect(await totalAt(new Date('2030-06-01T00:00:00Z'))).toBe(before + 490);
    for (const at of [now, new Date('2019-01-01T00:00:00Z'), new Date('2030-01-01T00:30:00Z')]) {
      expect(await totalAt(at)).toBe(await countedAt(at));
    }
  });

  it('loses no publication or withdrawal made at the same time by different editors', async () => {
    const drafts = await Promise.all(Array.from({ length: 16 }, (_, i) => news.createDraft(article(`Tin đồng thời ${i}`), who)));
    const start = await totalAt(now);
    const published = await Promise.all(drafts.map((draft) => news.publish(draft.id, draft.version, {}, who)));
    expect(await totalAt(now)).toBe(start + 16);
    // Half are withdrawn while new ones are written and published, all at once.
    await Promise.all([
      ...published.slice(0, 8).map((a) => news.withdraw(a.id, a.version, 'Trùng bài', who)),
      ...Array.from({ length: 6 }, async (_, i) => {
        const draft = await news.createDraft(article(`Tin viết thêm ${i}`), who);
        return news.publish(draft.id, draft.version, {}, who);
      }),
    ]);
    expect(await totalAt(now)).toBe(start + 16 - 8 + 6);
    expect(await totalAt(now)).toBe(await countedAt(now));
  });
});

describe.each(testBackends)('the plans of the news lists on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  let sent: SentStatement[];
  const NOW = new Date('2021-01-01T00:00:00Z');
  const PUBLISHED = 3000;
  const UNPUBLISHED = 300; // drafts and withdrawn articles
  const SCHEDULED = 10;

  /** The executed plan of the list statement the repository sent last. */
  async function planOfLast(): Promise<ExplainedPlan> {
    const statement = sent.at(-1)!;
    return explainPlan(db, statement.sql, statement.params);
  }
  const seqScansOfArticles = (plan: ExplainedPlan) =>
    plan.scans.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'news_articles');

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    await insertArticles(db, 1, PUBLISHED, 'published', '2020-01-01T00:00:00Z');
    await insertArticles(db, PUBLISHED + 1, PUBLISHED + UNPUBLISHED / 2, 'draft', '2020-01-01T00:00:00Z');
    await insertArticles(db, PUBLISHED + UNPUBLISHED / 2 + 1, PUBLISHED + UNPUBLISHED, 'withdrawn', '2020-01-01T00:00:00Z');
    await insertArticles(db, PUBLISHED + UNPUBLISHED + 1, PUBLISHED + UNPUBLISHED + SCHEDULED, 'published', '2021-06-01T00:00:00Z');
    // Saved at different times, so "last saved first" is an order to keep.
    await db.query(`update news_articles set updated_at = timestamptz '2020-06-01' + (hashtext(slug) % 100000) * interval '1 second'`);
    await db.query('analyze');
    const watched = watchStatements(db);
    sent = watched.sent;
    news = createNewsRepository(watched.executor, { clock: () => NOW });
  }, 60_000);
  afterAll(() => db.dispose());

  it('gives the public page and its total without counting the visible articles', async () => {
    const page = await news.listPublished({ first: 20 });
    expect(page.totalCount).toBe(PUBLISHED);
    expect(page.items.map((a) => a.slug).slice(0, 2)).toEqual([`bai-${PUBLISHED}`, `bai-${PUBLISHED - 1}`]);
    const plan = await planOfLast();
    expect(seqScansOfArticles(plan)).toEqual([]);
    // The page (21 rows) and the scheduled articles are all it reads.
    expect(plan.rowsRead).toBeLessThanOrEqual(21 + SCHEDULED);
  });

  it('gives the editors their work list, last saved first, from its index', async () => {
    const work = await news.listUnpublished({ first: 20, offset: 20 });
    const expected = await db.query<{ slug: string }>(
      `select slug from news_articles where not (state = 'published' and published_at <= $1) order by updated_at desc, id desc limit 20 offset 20`,
      [NOW.toISOString()],
    );
    expect(work.items.map((a) => a.slug)).toEqual(expected.map((row) => row.slug));
    expect(work.totalCount).toBe(UNPUBLISHED + SCHEDULED);
    const plan = await planOfLast();
    expect(plan.text).toContain('news_articles_work_list_idx');
    expect(seqScansOfArticles(plan)).toEqual([]);
    // The page comes in order from the index: it reads 41 rows of it, not every unpublished one.
    const pageScan = plan.scans.find((node) => node['Node Type'] === 'Index Scan' && node['Index Name'] === 'news_articles_work_list_idx');
    expect(pageScan?.['Actual Rows']).toBeLessThanOrEqual(41);
    // Nothing reads the published articles the public sees: the count reads the work list alone.
    expect(plan.rowsRead).toBeLessThanOrEqual(UNPUBLISHED + SCHEDULED);
  });
});

describe.each(testBackends)('numbered pages of the public news list on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  const now = new Date('2020-12-14T00:00:00Z');
  const FIRST = 20;

  /** What a page must be: the list read row by row, as it was read before the day counts. */
  const expectedPage = async (at: Date, offset: number, first: number) =>
    (
      await db.query<{ slug: string }>(
        `select slug from news_articles where state = 'published' and published_at <= $1
         order by published_at desc, id desc limit $2 offset $3`,
        [at.toISOString(), first, offset],
      )
    ).map((row) => row.slug);

  /**
   * Every page of `first` at a moment (or every `stride`-th one), and a few pages starting
   * anywhere, equal the list read row by row.
   */
  async function expectEveryPage(at: Date, first = FIRST, stride = 1): Promise<void> {
    const total = await countVisible(at);
    const offsets = new Set([1, 7, 333, total - 1, total, total + 5]);
    for (let offset = 0; offset <= total; offset += first * stride) offsets.add(offset);
    for (const offset of [...offsets].filter((o) => o >= 0)) {
      const page = await news.listPublished({ first, offset, now: at });
      const expected = await expectedPage(at, offset, first + 1);
      expect({ offset, slugs: page.items.map((a) => a.slug) }).toEqual({ offset, slugs: expected.slice(0, first) });
      expect({ offset, total: page.totalCount, more: page.hasNextPage }).toEqual({ offset, total, more: expected.length > first });
    }
  }
  const countVisible = async (at: Date) =>
    (await db.query<{ n: number }>(`select count(*)::int as n from news_articles where state = 'published' and published_at <= $1`, [at.toISOString()]))[0]!.n;

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    // Five articles share each publication time, three hours apart, across UTC midnights and
    // month ends: three thousand from 2020-10-01 to 2020-12-15, the last day of them scheduled at `now`.
    await db.query(
      `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
       select 'bai-' || g, 'Tin số ' || g, 'Tóm tắt', '<p>Nội dung.</p>',
              case when g % 43 = 0 then 'draft' when g % 41 = 0 then 'withdrawn' else 'published' end, 'Phóng viên', 'trung-tam-cntt-tt',
              case when g % 43 = 0 then null else timestamptz '2020-10-01T00:00:00Z' + (g / 5) * interval '3 hours' end,
              case when g % 43 = 0 then null else timestamptz '2020-10-01T00:00:00Z' end
       from generate_series(1, 3000) as g`,
    );
    // One published at the very instant of the question: the public sees it.
    await db.query(
      `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
       values ('bai-dung-luc', 'Tin đúng lúc', 'Tóm tắt', '<p>Nội dung.</p>', 'published', 'Phóng viên', 'trung-tam-cntt-tt', $1, $1)`,
      [now.toISOString()],
    );
    news = createNewsRepository(db, { clock: () => now });
  }, 60_000);
  afterAll(() => db.dispose());

  it('gives every page as the list read row by row, scheduled, withdrawn and draft articles left out', async () => {
    expect(await countVisible(now)).toBeGreaterThan(2000);
    expect(await countVisible(new Date('2020-12-31T00:00:00Z'))).toBeGreaterThan(await countVisible(now));
    await expectEveryPage(now);
    await expectEveryPage(now, 7, 5);
    // Time passes: a scheduled article joins the list at its own instant, no write needed.
    await expectEveryPage(new Date('2020-12-15T10:12:00Z'), FIRST, 3);
    await expectEveryPage(new Date('2020-12-31T00:00:00Z'), FIRST, 3);
    await expectEveryPage(new Date('2020-11-01T00:00:00Z'), FIRST, 3);
  }, 120_000);

  it('keeps every page right across publications, withdrawals, deletions and new schedules', async () => {
    const visible = await news.listPublished({ first: 100, offset: 500 });
    // Editors withdraw a few, restore one, publish drafts now, schedule one and move another.
    const withdrawn = await Promise.all(visible.items.slice(0, 6).map((a) => news.withdraw(a.id, a.version, 'Sai số liệu', who)));
    await news.publish(withdrawn[0]!.id, withdrawn[0]!.version, {}, who);
    await news.publish(withdrawn[1]!.id, withdrawn[1]!.version, { at: new Date(now.getTime() + 2 * DAY).toISOString() }, who);
    await news.publish(withdrawn[2]!.id, withdrawn[2]!.version, { at: '2020-12-03T23:59:59.999Z' }, who);
    const drafts = await db.query<{ id: string; version: number }>(`select id, version from news_articles where state = 'draft' order by slug limit 8`);
    for (const [i, draft] of drafts.entries()) {
      await news.publish(draft.id, draft.version, i % 2 ? {} : { at: new Date(now.getTime() + (i - 4) * 3_600_000).toISOString() }, who);
    }
    await expectEveryPage(now);

    // Imports and fixes in SQL, many rows a statement: rescheduled across days, withdrawn, deleted.
    await db.query(`update news_articles set published_at = published_at + interval '2 days 3 hours' where state = 'published' and slug like 'bai-1%'`);
    await db.query(`update news_articles set state = 'withdrawn', withdrawal_reason = 'Gộp bài' where slug like 'bai-2%' and state = 'published'`);
    await db.query(`update news_articles set state = 'published', withdrawal_reason = null where slug like 'bai-24%' and state = 'withdrawn'`);
    await db.query(`delete from news_articles where slug like 'bai-3%'`);
    await expectEveryPage(now);
    await expectEveryPage(new Date('2020-12-20T00:00:00Z'), FIRST, 3);

    // Everything gone and written again: the day counts start from nothing.
    await db.query('truncate news_articles cascade');
    expect((await news.listPublished({ offset: 40, now })).items).toEqual([]);
    await insertArticles(db, 1, 300, 'published', '2020-12-13T20:00:00Z');
    await expectEveryPage(now);
  }, 120_000);
});

describe.each(testBackends)('the plan of a deep public page on %s', (backend) => {
  let db: TestDatabase;
  let news: NewsRepository;
  let sent: SentStatement[];
  const NOW = new Date('2021-01-01T00:00:00Z');
  const DAYS = 300;
  const PER_DAY = 20;
  const SCHEDULED = 10;

  /** The rows the last list statement read from the articles table, by whatever scans. */
  async function articleRowsOfLast(): Promise<{ rows: number; plan: ExplainedPlan }> {
    const statement = sent.at(-1)!;
    const plan = await explainPlan(db, statement.sql, statement.params);
    const rows = plan.scans
      .filter((node) => node['Relation Name'] === 'news_articles')
      .reduce((sum, node) => sum + ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * Number(node['Actual Loops'] ?? 1), 0);
    return { rows, plan };
  }

  beforeAll(async () => {
    db = await databaseWithUnit(backend);
    // Twenty articles a day for 300 days before NOW, a few drafts and withdrawn ones, and some scheduled.
    await db.query(
      `insert into news_articles (slug, title, summary, body_html, state, author_name, author_unit_code, published_at, first_published_at)
       select 'bai-' || g, 'Tin số ' || g, 'Tóm tắt', '<p>Nội dung.</p>', case when g % 50 = 0 then 'withdrawn' else 'published' end,
              'Phóng viên', 'trung-tam-cntt-tt', $1::timestamptz - g * interval '72 minutes', $1::timestamptz - g * interval '72 minutes'
       from generate_series(1, $2::int) as g`,
      [NOW.toISOString(), DAYS * PER_DAY],
    );
    await insertArticles(db, 100_001, 100_100, 'draft', '2020-01-01T00:00:00Z');
    await insertArticles(db, 100_101, 100_100 + SCHEDULED, 'published', '2021-02-01T00:00:00Z');
    await db.query('analyze');
    const watched = watchStatements(db);
    sent = watched.sent;
    news = createNewsRepository(watched.executor, { clock: () => NOW });
  }, 60_000);
  afterAll(() => db.dispose());

  it('reads the page and less than a day of articles before it, whatever its number', async () => {
    const visible = DAYS * PER_DAY - (DAYS * PER_DAY) / 50;
    const second = await news.listPublished({ first: 20, offset: 20 });
    expect(second.totalCount).toBe(visible);
    const { rows: secondRows } = await articleRowsOfLast();

    const offset = visible - 100;
    const deep = await news.listPublished({ first: 20, offset });
    const expected = await db.query<{ slug: string }>(
      `select slug from news_articles where state = 'published' and published_at <= $1 order by published_at desc, id desc limit 20 offset $2`,
      [NOW.toISOString(), offset],
    );
    expect(deep.items.map((a) => a.slug)).toEqual(expected.map((row) => row.slug));
    const { rows: deepRows, plan } = await articleRowsOfLast();
    expect(plan.scans.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'news_articles')).toEqual([]);
    // The page (21 rows), what it skips within its day and the scheduled articles, counted.
    expect(deepRows).toBeLessThanOrEqual(21 + PER_DAY + SCHEDULED);
    expect(deepRows).toBeLessThanOrEqual(secondRows + PER_DAY);
    // No step reads more: the counts it walks are a row a month, then the days of one month.
    expect(plan.text).toContain('news_published_months');
    expect(plan.rowsRead).toBeLessThanOrEqual(21 + PER_DAY + SCHEDULED);
  });
});
