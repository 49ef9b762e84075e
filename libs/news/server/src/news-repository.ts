import {
  insertAudited,
  keysetRows,
  keysetSql,
  recordAudit,
  updateVersioned,
  type AuditContext,
  type Executor,
  type KeysetColumn,
  type KeysetRange,
  type Queryable,
  type WriteTarget,
} from '@egov/db';
import { DomainError, validate } from '@egov/errors';
import { dayInVietnam } from '@egov/periods';
import {
  articleInputSchema,
  articleSlug,
  assertChangeNoted,
  deriveSummary,
  publishOptionsSchema,
  transitionArticle,
  withdrawalReasonSchema,
  type Article,
  type ArticleFields,
  type ArticleImage,
  type ArticleInput,
  type ArticleState,
  type PublishOptions,
} from '@egov/news-model';
import { z } from 'zod';
import { sanitizeArticleHtml } from '@egov/news-model/html';
import { headFirstRanking, type RankedHit } from './head-first-ranking';
import { matchQuery, queryWords, searchDocument, searchScoreSql } from './search-document';

interface ArticleRow extends Record<string, unknown> {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body_html: string;
  state: ArticleState;
  author_name: string;
  author_unit_code: string;
  author_person_id: string | null;
  event_date: string | null;
  first_published_at: Date | string | null;
  published_at: Date | string | null;
  change_note: string | null;
  withdrawal_reason: string | null;
  reports_period: string | null;
  topics: string[];
  updated_at: Date | string;
  version: number;
}

interface ImageRow {
  article_id: string;
  position: number;
  file_name: string;
  caption_vi: string;
  alt_vi: string;
}

const target: WriteTarget = { table: 'news_articles', keyColumn: 'id', entityType: 'article' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

const toIso = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();
const toIsoOrNull = (value: Date | string | null): string | null => (value === null ? null : toIso(value));

const toArticle = (row: ArticleRow, images: ArticleImage[], relatedUnitCodes: string[]): Article => ({
  id: row.id,
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  bodyHtml: row.body_html,
  state: row.state,
  authorName: row.author_name,
  authorUnitCode: row.author_unit_code,
  authorPersonId: row.author_person_id,
  relatedUnitCodes,
  eventDate: row.event_date,
  firstPublishedAt: toIsoOrNull(row.first_published_at),
  publishedAt: toIsoOrNull(row.published_at),
  updatedAt: toIso(row.updated_at),
  changeNote: row.change_note,
  withdrawalReason: row.withdrawal_reason,
  reportsPeriod: row.reports_period,
  topics: row.topics,
  images,
  version: row.version,
});

/** The stored columns of what an editor wrote; the body is sanitised before anything else sees it. */
function contentColumns(fields: ArticleFields) {
  const bodyHtml = sanitizeArticleHtml(fields.bodyHtml);
  return {
    title: fields.title,
    summary: fields.summary ?? deriveSummary(bodyHtml),
    body_html: bodyHtml,
    author_name: fields.authorName,
    author_unit_code: fields.authorUnitCode,
    author_person_id: fields.authorPersonId ?? null,
    event_date: fields.eventDate ?? null,
    reports_period: fields.reportsPeriod ?? null,
    topics: fields.topics,
    change_note: fields.changeNote ?? null,
  };
}

/** A position in the newest-first list, opaque to clients: the publication time and id of the last item seen. */
function encodeCursor(row: ArticleRow): string {
  return Buffer.from(JSON.stringify([toIso(row.published_at as Date | string), row.id])).toString('base64url');
}

/**
 * The cursor of a published article in the newest-first list (the same as `endCursor` gives when
 * the article ends a page), for a connection's edges; null for an article never published.
 */
export function articleCursor(article: Pick<Article, 'id' | 'publishedAt'>): string | null {
  return article.publishedAt === null ? null : Buffer.from(JSON.stringify([toIso(article.publishedAt), article.id])).toString('base64url');
}

/**
 * The images and related units of the article whose id is `<alias>.id`, as two JSON columns, so a
 * list reads its articles and their attachments in one statement.
 */
const attachmentColumns = (alias: string) => `
  coalesce((select jsonb_agg(jsonb_build_object('fileName', i.file_name, 'captionVi', i.caption_vi, 'altVi', i.alt_vi, 'position', i.position)
                             order by i.position)
            from news_article_images i where i.article_id = ${alias}.id), '[]'::jsonb) as attached_images,
  coalesce((select jsonb_agg(u.unit_code order by u.position) from news_article_units u where u.article_id = ${alias}.id), '[]'::jsonb) as attached_units`;

interface AttachmentColumns {
  attached_images: ArticleImage[];
  attached_units: string[];
}

function decodeCursor(cursor: string): { publishedAt: string; id: string } {
  try {
    const [publishedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof publishedAt === 'string' && !Number.isNaN(Date.parse(publishedAt)) && typeof id === 'string' && isUuid(id)) {
      return { publishedAt, id };
    }
  } catch {
    // fall through: a cursor this server did not make
  }
  throw DomainError.invalid('after', 'This cursor was not given out by the news list.');
}

const pageSchema = z
  .object({
    first: z.number().int().min(1).max(100).default(20),
    after: z.string().min(1).nullish(),
    offset: z.number().int().min(0).nullish(),
  })
  .refine((page) => !(page.after && page.offset), { message: 'Give either a cursor or an offset, not both', path: ['offset'] });

export interface PublishedPageRequest {
  /** How many articles (1–100, default 20). */
  first?: number;
  /** Continue after this cursor (from `endCursor`) … */
  after?: string | null;
  /** … or skip this many articles (page numbers). */
  offset?: number | null;
  /** The moment that decides what is already published; defaults to the repository's clock. */
  now?: Date;
}

export interface ArticlePage {
  items: Article[];
  /** Articles visible to the public in all, whatever the page. */
  totalCount: number;
  hasNextPage: boolean;
  /** The cursor of the last item, to ask for the next page; null when the page is empty. */
  endCursor: string | null;
}

export interface ReadOptions {
  /** Editors see drafts, scheduled and withdrawn articles too. */
  includeUnpublished?: boolean;
  now?: Date;
}

/**
 * The order of search results: best score first, then newest, then by id. The score is an integer
 * of the query; articles never published (editors' searches) come last.
 */
export const searchColumns: readonly KeysetColumn[] = [
  { sql: 'score', type: 'integer', descending: true },
  { sql: 'published_sort', type: 'timestamptz', descending: true },
  { sql: 'id', type: 'uuid', descending: true },
];

/** A search result: the article and its place in the order of `searchColumns`. */
export interface SearchHit {
  article: Article;
  position: [number, string, string];
}

/** Which search results to read: a keyset range (cursors), or a numbered page (`offset`). */
export type SearchPageRequest = { range: KeysetRange } | { offset: number; first: number };

/**
 * Articles per batch when the repository computes missing search documents: folding one takes
 * about a millisecond, so a batch holds the event loop for a tenth of a second at most.
 */
const BACKFILL_BATCH = 100;

export interface NewsRepositoryOptions {
  /** The current time (tests fix it). */
  clock?: () => Date;
  /**
   * Whether a statistics period (`2020-H1`) exists, for an article's `reportsPeriod`. The periods
   * belong to the statistics domain, which news does not build on, so whoever composes the
   * repositories passes this in (`libs/portal/data`). Without it any well-formed period is taken.
   */
  periodExists?: (code: string) => Promise<boolean>;
}

/** News articles (tin bài) of the portal: drafts, publication, withdrawal, public lists and search. */
export function createNewsRepository(db: Executor, options: NewsRepositoryOptions = {}) {
  const clock = options.clock ?? (() => new Date());

  /**
   * Refuses a period the statistics do not know, before any transaction opens: the check reads
   * through another repository, which on the embedded database must not wait on our transaction.
   */
  async function assertPeriodKnown(fields: ArticleFields): Promise<void> {
    const code = fields.reportsPeriod;
    if (code == null || !options.periodExists || (await options.periodExists(code))) return;
    throw DomainError.unknownReference('reportsPeriod', `There is no statistics period "${code}".`);
  }

  async function imagesOf(q: Queryable, ids: readonly string[]): Promise<ArticleImage[][]> {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length
      ? await q.query<ImageRow>('select * from news_article_images where article_id = any($1::uuid[]) order by article_id, position', [wanted])
      : [];
    const byArticle = new Map<string, ArticleImage[]>();
    for (const row of rows) {
      const image = { fileName: row.file_name, captionVi: row.caption_vi, altVi: row.alt_vi, position: row.position };
      byArticle.set(row.article_id, [...(byArticle.get(row.article_id) ?? []), image]);
    }
    return ids.map((id) => byArticle.get(id) ?? []);
  }

  async function unitsOf(q: Queryable, ids: readonly string[]): Promise<string[][]> {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length
      ? await q.query<{ article_id: string; unit_code: string }>(
          'select article_id, unit_code from news_article_units where article_id = any($1::uuid[]) order by article_id, position',
          [wanted],
        )
      : [];
    const byArticle = new Map<string, string[]>();
    for (const row of rows) byArticle.set(row.article_id, [...(byArticle.get(row.article_id) ?? []), row.unit_code]);
    return ids.map((id) => byArticle.get(id) ?? []);
  }

  /** The articles of the rows with their images and related units, read in one statement. */
  async function hydrate(q: Queryable, rows: readonly ArticleRow[]): Promise<Article[]> {
    if (rows.length === 0) return [];
    const attached = await q.query<AttachmentColumns & { id: string }>(
      `select a.id::text as id, ${attachmentColumns('a')} from unnest($1::uuid[]) as a (id)`,
      [rows.map((row) => row.id)],
    );
    const byId = new Map(attached.map((row) => [row.id, row]));
    return rows.map((row) => toArticle(row, byId.get(row.id)?.attached_images ?? [], byId.get(row.id)?.attached_units ?? []));
  }

  async function lockedRow(tx: Queryable, id: string, expectedVersion: number): Promise<ArticleRow> {
    const [row] = isUuid(id) ? await tx.query<ArticleRow>('select * from news_articles where id = $1 for update', [id]) : [];
    if (!row) throw DomainError.notFound('article', id);
    if (row.version !== expectedVersion) throw DomainError.conflict('article', id, expectedVersion, row.version);
    return row;
  }

  /** Replaces the images and related units when they changed, and audits the change with the article. */
  async function writeAttachments(
    tx: Queryable,
    id: string,
    fields: ArticleFields,
    before: { images: ArticleImage[]; relatedUnitCodes: string[] },
    context: AuditContext,
  ): Promise<void> {
    const images = [...fields.images].sort((a, b) => a.position - b.position);
    const after = { images, relatedUnitCodes: fields.relatedUnitCodes };
    if (JSON.stringify(after) === JSON.stringify(before)) return;
    await tx.query('delete from news_article_images where article_id = $1', [id]);
    await tx.query('delete from news_article_units where article_id = $1', [id]);
    await tx.query(
      `insert into news_article_images (article_id, position, file_name, caption_vi, alt_vi)
       select $1, (image->>'position')::int, image->>'fileName', image->>'captionVi', image->>'altVi'
       from jsonb_array_elements($2::jsonb) as image`,
      [id, JSON.stringify(images)],
    );
    await tx
      .query(
        `insert into news_article_units (article_id, unit_code, position)
         select $1, code, position from jsonb_array_elements_text($2::jsonb) with ordinality as listed (code, position)`,
        [id, JSON.stringify(fields.relatedUnitCodes)],
      )
      // The link table's unit_code is one of the article's relatedUnitCodes: the refusal names the article's field.
      .catch((error: unknown) => {
        throw error instanceof DomainError ? error.renameFields({ unitCode: 'relatedUnitCodes' }) : error;
      });
    await recordAudit(tx, { actor: context.actor, action: 'article.attachments', entityType: 'article', entityId: id, before, after });
  }

  /** The SQL condition "the public sees it at the instant in parameter $n". */
  const visibleAt = (n: number, alias?: string) => {
    const column = (name: string) => (alias ? `${alias}.${name}` : name);
    return `(${column('state')} = 'published' and ${column('published_at')} <= $${n}::timestamptz)`;
  };

  /** Published articles whose time ($n) has not come yet: few, a range of news_articles_public_idx. */
  const scheduledAt = (n: number) => `state = 'published' and published_at > $${n}::timestamptz`;
  const scheduledCount = (n: number) => `select count(*) from news_articles where ${scheduledAt(n)}`;
  /**
   * How many articles the public sees at $n, without counting them: the published ones, counted by
   * the trigger of news/004, less the scheduled ones.
   */
  const visibleCount = (n: number) => `((select articles from news_published_count) - (${scheduledCount(n)}))::int`;

  /**
   * A numbered page of the public list at $1 ($2 rows from offset $3), without skipping the
   * articles before it one by one. The scheduled articles (published, their time not come) lead
   * the published ones in the list's order, so the page starts at published position
   * $3 + scheduled. The counts of news/007, walked newest first, the months (twelve a year), then
   * the days of the month found, give the day holding that position and how many published
   * articles come before that day; the page is read from that day's end by
   * news_articles_public_idx, skipping less than a day's articles. Every article from that
   * position on is visible, so the page needs no test of its time.
   */
  const deepPageSql = `
    with scheduled as (${scheduledCount(1)}),
    target as (select $3::bigint + (select count from scheduled) as position),
    month as (
      select m.month, (select position from target) - (m.through - m.articles) as within
      from (select month, articles, sum(articles) over (order by month desc) as through from news_published_months) as m
      where m.through > (select position from target)
      order by m.month desc
      limit 1
    ),
    start as (
      select d.day, month.within - (d.through - d.articles) as skip
      from month cross join lateral (
        select day, articles, sum(articles) over (order by day desc) as through from news_published_days
        where day >= month.month and day < (month.month + interval '1 month')::date
      ) as d
      where d.through > month.within
      order by d.day desc
      limit 1
    )
    select n.total_count, p.*, ${attachmentColumns('p')}
    from (select ((select articles from news_published_count) - (select count from scheduled))::int as total_count) as n
    left join lateral (
      select page.* from start cross join lateral (
        select * from news_articles
        where state = 'published' and published_at < (start.day + 1)::timestamp at time zone 'UTC'
        order by published_at desc, id desc
        limit $2 offset start.skip
      ) as page
    ) as p on true
    order by p.published_at desc, p.id desc`;

  /** Stores an article's search document, in the transaction that writes the article. */
  async function writeSearchDocument(tx: Queryable, row: ArticleRow): Promise<void> {
    const { document, head } = searchDocument({ title: row.title, summary: row.summary, topics: row.topics, bodyHtml: row.body_html });
    await tx.query(
      `insert into news_article_search (article_id, state, published_at, document, head) values ($1, $2, $3, $4::tsvector, $5::tsvector)
       on conflict (article_id) do update set state = excluded.state, published_at = excluded.published_at, document = excluded.document, head = excluded.head`,
      [row.id, row.state, toIsoOrNull(row.published_at), document, head],
    );
  }

  /** Copies a publication or withdrawal to the search document, in the transaction that writes it. */
  async function writeSearchVisibility(tx: Queryable, row: ArticleRow): Promise<void> {
    await tx.query('update news_article_search set state = $2, published_at = $3 where article_id = $1', [row.id, row.state, toIsoOrNull(row.published_at)]);
  }

  /**
   * Computes the search documents of articles written before search documents existed (the
   * migration cannot: the words are folded in JavaScript), a batch at a time, in id order. An
   * article written meanwhile keeps the document its own write stored.
   */
  async function backfillSearchDocuments(): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (let written = 0; ; ) {
      const rows = await db.query<Pick<ArticleRow, 'id' | 'state' | 'published_at' | 'title' | 'summary' | 'topics' | 'body_html'>>(
        `select a.id, a.state, a.published_at, a.title, a.summary, a.topics, a.body_html from news_articles a
         where a.id > $1 and not exists (select 1 from news_article_search s where s.article_id = a.id)
         order by a.id limit ${BACKFILL_BATCH}`,
        [after],
      );
      if (rows.length === 0) {
        // The planner's statistics describe the table as it was before these rows until autovacuum
        // analyzes it (never where it is off; PGlite has none): a search planned on them read every document.
        if (written > 0) await db.exec('analyze news_article_search');
        return;
      }
      written += rows.length;
      const documents = rows.map((row) => searchDocument({ title: row.title, summary: row.summary, topics: row.topics, bodyHtml: row.body_html }));
      await db.query(
        `insert into news_article_search (article_id, state, published_at, document, head)
         select id, state, published_at, document::tsvector, head::tsvector
         from unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::text[], $5::text[]) as d (id, state, published_at, document, head)
         on conflict (article_id) do nothing`,
        [
          rows.map((row) => row.id),
          rows.map((row) => row.state),
          rows.map((row) => (row.published_at === null ? null : toIso(row.published_at))),
          documents.map((d) => d.document),
          documents.map((d) => d.head),
        ],
      );
      after = (rows.at(-1) as ArticleRow).id;
      await new Promise((resolve) => setImmediate(resolve)); // let other requests run between batches
    }
  }

  /** "Every query word ($1) starts a word of the article", as the GIN index answers it. */
  const matching = (alias: string) => `${alias}.document @@ $1::tsquery`;

  // Once per repository: every later write stores its document itself.
  let searchable: Promise<void> | null = null;
  const ensureSearchable = () =>
    (searchable ??= backfillSearchDocuments().catch((error: unknown) => {
      searchable = null;
      throw error;
    }));

  /**
   * A page of the articles matching a query, best first (see `searchColumns`), read and ranked by
   * the database: the GIN index finds the matches, the score reads their small head vector and
   * asks the body only what the head cannot answer.
   */
  async function searchPage(query: string, request: SearchPageRequest, read: ReadOptions = {}): Promise<{ rows: SearchHit[]; more: boolean }> {
    const words = queryWords(query);
    if (words.length === 0) return { rows: [], more: false };
    await ensureSearchable();
    const params: unknown[] = [matchQuery(words), read.includeUnpublished ?? false, (read.now ?? clock()).toISOString()];
    const param = (tsquery: string) => {
      params.push(tsquery);
      return `$${params.length}::tsquery`;
    };
    const range: KeysetRange = 'range' in request ? request.range : { size: request.first, backward: false, after: null, before: null };
    const headFirst = await headFirstRanking(db, {
      words,
      range,
      offset: 'offset' in request ? request.offset : 0,
      includeUnpublished: read.includeUnpublished ?? false,
      now: (read.now ?? clock()).toISOString(),
      pageObject: (id) => `(select to_jsonb(p) from (select a.*, ${attachmentColumns('a')} from news_articles a where a.id = ${id}) as p)`,
    });
    if (headFirst) return rankedPage(headFirst, range);
    const score = searchScoreSql(words, 's.head', (tsquery) => `s.document @@ ${param(tsquery)}`, param);
    const page = keysetSql(range, searchColumns, params.length + 1);
    params.push(...page.params, 'offset' in request ? request.offset : 0);
    const rows = await db.query<ArticleRow & AttachmentColumns & { score: number; published_key: string }>(
      // The ranking carries ids, times and scores only; the page's rows alone are read in full.
      `select a.*, p.score, case when a.published_at is null then '-infinity'
                  else to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') end as published_key,
              ${attachmentColumns('a')}
       from (
         select * from (
           select s.article_id as id, coalesce(s.published_at, '-infinity'::timestamptz) as published_sort, (${score}) as score
           from news_article_search s
           where ${matching('s')} and ($2::boolean or ${visibleAt(3, 's')})
         ) as matched
         where ${page.where}
         order by ${page.orderBy}
         ${page.limit} offset $${params.length}
       ) as p
       join news_articles a on a.id = p.id
       order by ${page.orderBy}`,
      params,
    );
    const { rows: shown, more } = keysetRows(rows, range);
    return {
      rows: shown.map((row) => ({
        article: toArticle(row, row.attached_images, row.attached_units),
        position: [row.score, row.published_key, row.id],
      })),
      more,
    };
  }

  /** The page of results `headFirstRanking` found, with the articles it read. */
  function rankedPage(hits: readonly RankedHit[], range: KeysetRange): { rows: SearchHit[]; more: boolean } {
    const { rows: shown, more } = keysetRows(hits, range);
    return {
      rows: shown.flatMap((hit) => {
        const row = hit.page as (ArticleRow & AttachmentColumns) | null;
        // An article deleted while it was ranked is left out, as a later search would.
        return row ? [{ article: toArticle(row, row.attached_images, row.attached_units), position: [hit.score, hit.publishedKey, hit.id] as SearchHit['position'] }] : [];
      }),
      more,
    };
  }

  async function getMany(ids: readonly string[]): Promise<(Article | null)[]> {
    const wanted = ids.filter(isUuid);
    const rows = wanted.length ? await db.query<ArticleRow>('select * from news_articles where id = any($1::uuid[])', [wanted]) : [];
    const byId = new Map((await hydrate(db, rows)).map((article) => [article.id, article]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  return {
    /**
     * How far what the public reads at `now` has changed, without reading an article (for the
     * feed's ETag): publishing, an edit or a withdrawal changes the count, a version or a time of
     * the visible articles, as does a scheduled article whose time comes; a draft changes nothing.
     */
    async publishedChangeStamp(now: Date = clock()): Promise<string> {
      const [row] = await db.query<{ stamp: string }>(
        `select count(*)::text || '/' || coalesce(sum(version), 0)::text || '/' ||
                coalesce(to_char(max(updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '') as stamp
         from news_articles where ${visibleAt(1)}`,
        [now.toISOString()],
      );
      return row?.stamp ?? '';
    },

    /**
     * The years (Vietnamese time) in which the public can read an article at `now`, oldest first:
     * the sitemap's article files. Two lookups of the public index, whatever the number of articles.
     */
    async publishedYears(now: Date = clock()): Promise<number[]> {
      const [row] = await db.query<{ first: Date | string | null; last: Date | string | null }>(
        `select min(published_at) as first, max(published_at) as last from news_articles where ${visibleAt(1)}`,
        [now.toISOString()],
      );
      if (!row?.first || !row.last) return [];
      const yearOf = (at: Date | string) => Number(dayInVietnam(new Date(at)).slice(0, 4));
      const [from, to] = [yearOf(row.first), yearOf(row.last)];
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    },

    /**
     * Every article the public can read at `now` published in `year` (Vietnamese time), newest
     * first, at most `limit` (a sitemap file holds 50,000): its slug and when it last changed as a
     * reader sees it (its publication, or a later edit with a change note). A range of the public index.
     */
    async publishedInYear(year: number, now: Date = clock(), limit = 50_000): Promise<Array<{ slug: string; lastChanged: string }>> {
      // Viet Nam keeps UTC+7 all year.
      const startOf = (y: number) => `${y}-01-01T00:00:00+07:00`;
      const rows = await db.query<{ slug: string; last_changed: Date | string }>(
        `select slug, case when change_note is not null and updated_at > published_at then updated_at else published_at end as last_changed
         from news_articles
         where ${visibleAt(1)} and published_at >= $2::timestamptz and published_at < $3::timestamptz
         order by published_at desc, id desc
         limit $4`,
        [now.toISOString(), startOf(year), startOf(year + 1), limit],
      );
      return rows.map((row) => ({ slug: row.slug, lastChanged: new Date(row.last_changed).toISOString() }));
    },

    /** Published articles the public can see at `now`, newest first, by cursor or by offset. */
    async listPublished(request: PublishedPageRequest = {}): Promise<ArticlePage> {
      const page = validate(pageSchema, { first: request.first, after: request.after, offset: request.offset });
      const now = request.now ?? clock();
      const cursor = page.after ? decodeCursor(page.after) : null;
      const skip = page.offset ?? 0;
      // One statement: the count, the page and each article's images and units. The count is the
      // left side of the join, so it comes back even when the page is empty (one row of nulls).
      const joined = await db.query<Partial<ArticleRow> & Partial<AttachmentColumns> & { total_count: number }>(
        skip > 0
          ? deepPageSql
          : `select n.total_count, p.*, ${attachmentColumns('p')}
             from (select ${visibleCount(1)} as total_count) as n
             left join lateral (
               select * from news_articles
               where ${visibleAt(1)}
                 and ($2::timestamptz is null or (published_at, id) < ($2::timestamptz, $3::uuid))
               order by published_at desc, id desc
               limit $4
             ) as p on true
             order by p.published_at desc, p.id desc`,
        skip > 0 ? [now.toISOString(), page.first + 1, skip] : [now.toISOString(), cursor?.publishedAt ?? null, cursor?.id ?? null, page.first + 1],
      );
      const rows = joined.filter((row) => row.id != null) as (ArticleRow & AttachmentColumns)[];
      const shown = rows.slice(0, page.first);
      const last = shown.at(-1);
      return {
        items: shown.map((row) => toArticle(row, row.attached_images, row.attached_units)),
        totalCount: joined[0]?.total_count ?? 0,
        hasNextPage: rows.length > page.first,
        endCursor: last ? encodeCursor(last) : null,
      };
    },

    /**
     * The editors' work list: every article the public does not see at `now` (drafts, articles
     * scheduled for later, withdrawn ones), last saved first, by offset, with their total. A page
     * reads its rows from indexes (news/003), never the articles the public sees.
     */
    async listUnpublished(request: Omit<PublishedPageRequest, 'after'> = {}): Promise<Omit<ArticlePage, 'endCursor'>> {
      const page = validate(pageSchema, { first: request.first, offset: request.offset });
      const now = request.now ?? clock();
      const joined = await db.query<Partial<ArticleRow> & Partial<AttachmentColumns> & { total_count: number }>(
        `select n.total_count, p.*, ${attachmentColumns('p')}
         from (select ((select count(*) from news_articles where state <> 'published') + (${scheduledCount(1)}))::int as total_count) as n
         left join lateral (
           select * from (
             -- Each part stops at the page's end: drafts and withdrawn articles in order from
             -- news_articles_work_list_idx, scheduled ones (few) sorted; the parts are merged.
             (select * from news_articles where state <> 'published' order by updated_at desc, id desc limit $2::int + $3::int)
             union all
             (select * from news_articles where ${scheduledAt(1)} order by updated_at desc, id desc limit $2::int + $3::int)
           ) as work
           order by updated_at desc, id desc
           limit $2 offset $3
         ) as p on true
         order by p.updated_at desc, p.id desc`,
        [now.toISOString(), page.first + 1, page.offset ?? 0],
      );
      const rows = joined.filter((row) => row.id != null) as (ArticleRow & AttachmentColumns)[];
      return {
        items: rows.slice(0, page.first).map((row) => toArticle(row, row.attached_images, row.attached_units)),
        totalCount: joined[0]?.total_count ?? 0,
        hasNextPage: rows.length > page.first,
      };
    },

    /** The article at an address; unpublished ones only when asked for (editors). */
    async getBySlug(slug: string, read: ReadOptions = {}): Promise<Article | null> {
      const [row] = await db.query<ArticleRow>(
        `select * from news_articles where slug = $1 and ($2::boolean or ${visibleAt(3)})`,
        [slug, read.includeUnpublished ?? false, (read.now ?? clock()).toISOString()],
      );
      return row ? ((await hydrate(db, [row]))[0] ?? null) : null;
    },

    async get(id: string): Promise<Article | null> {
      const [article] = await getMany([id]);
      return article ?? null;
    },

    /** Articles by id in any state, in the order asked, null for unknown ids (for DataLoader). */
    getMany,

    /** The images of each article, by position, in the order asked (for DataLoader). */
    imagesForArticles: (ids: readonly string[]) => imagesOf(db, ids),

    /** The codes of the units each article concerns, in the editor's order (for DataLoader). */
    unitsForArticles: (ids: readonly string[]) => unitsOf(db, ids),

    /**
     * Articles matching a query ignoring case and diacritics ("hoi nghi" finds "Hội nghị"), best
     * first: the title counts most, then summary and topics, then the body. At most 100 of them;
     * `searchPage` reads any page.
     */
    async search(query: string, read: ReadOptions = {}): Promise<Article[]> {
      const page = await searchPage(query, { offset: 0, first: 100 }, read);
      return page.rows.map((hit) => hit.article);
    },

    searchPage,

    /**
     * Computes the search documents the articles written before them lack (once; the first search
     * does it otherwise): a composition may call it at startup, so no search waits for it.
     */
    prepareSearch: ensureSearchable,

    /**
     * How many articles match a query (for `totalCount`, only when asked), or with `upTo`, at most
     * that many: a common word's every match costs a read, the first `upTo` of them do not.
     */
    async searchCount(query: string, read: ReadOptions = {}, upTo?: number): Promise<number> {
      const words = queryWords(query);
      if (words.length === 0) return 0;
      await ensureSearchable();
      const params: unknown[] = [matchQuery(words), read.includeUnpublished ?? false, (read.now ?? clock()).toISOString()];
      if (upTo !== undefined) params.push(upTo);
      const [row] = await db.query<{ n: number }>(
        `select count(*)::int as n from (
           select 1 from news_article_search s where ${matching('s')} and ($2::boolean or ${visibleAt(3, 's')})
           ${upTo !== undefined ? 'limit $4' : ''}
         ) as matched`,
        params,
      );
      return row?.n ?? 0;
    },

    /** Saves a new draft; its slug comes from the title unless one is given, and must be free. */
    async createDraft(input: ArticleInput, context: AuditContext): Promise<Article> {
      const fields = validate(articleInputSchema, input);
      await assertPeriodKnown(fields);
      const slug = fields.slug ?? articleSlug(fields.title);
      return db.transaction(async (tx) => {
        const [taken] = await tx.query('select 1 from news_articles where slug = $1', [slug]);
        if (taken) {
          const message = `Another article already has the address "${slug}"; choose another slug.`;
          throw new DomainError('DUPLICATE', message, [{ field: ['slug'], message, code: 'DUPLICATE' }]);
        }
        const row = await insertAudited<ArticleRow>(tx, target, { slug, state: 'draft', ...contentColumns(fields) }, {
          ...context,
          action: 'article.create',
        });
        await writeSearchDocument(tx, row);
        await writeAttachments(tx, row.id, fields, { images: [], relatedUnitCodes: [] }, context);
        return (await hydrate(tx, [row]))[0] as Article;
      });
    },

    /**
     * Replaces what an editor wrote, if the article is still at `expectedVersion`. Once published,
     * an edit must carry a change note. The slug never changes, so links keep working.
     */
    async update(id: string, expectedVersion: number, input: ArticleInput, context: AuditContext): Promise<Article> {
      const fields = validate(articleInputSchema, input);
      await assertPeriodKnown(fields);
      return db.transaction(async (tx) => {
        const current = await lockedRow(tx, id, expectedVersion);
        if (fields.slug && fields.slug !== current.slug) {
          throw DomainError.invalid('slug', 'The address (slug) of an article does not change once it exists.');
        }
        assertChangeNoted({ firstPublishedAt: toIsoOrNull(current.first_published_at) }, fields.changeNote, clock());
        const { after } = await updateVersioned<ArticleRow>(tx, target, id, expectedVersion, contentColumns(fields), {
          ...context,
          action: 'article.update',
        });
        await writeSearchDocument(tx, after);
        const [images, units] = await Promise.all([imagesOf(tx, [id]), unitsOf(tx, [id])]);
        await writeAttachments(tx, id, fields, { images: images[0] ?? [], relatedUnitCodes: units[0] ?? [] }, context);
        return (await hydrate(tx, [after]))[0] as Article;
      });
    },

    /**
     * Publishes a draft, or restores a withdrawn article. `at` in the future schedules it; without
     * `at` a draft goes out now and a restored article keeps its original publication time.
     */
    async publish(id: string, expectedVersion: number, publishOptions: PublishOptions, context: AuditContext): Promise<Article> {
      const { at } = validate(publishOptionsSchema, publishOptions ?? {});
      return db.transaction(async (tx) => {
        const current = await lockedRow(tx, id, expectedVersion);
        transitionArticle(current.state, 'published');
        const now = clock();
        const previous = current.published_at === null ? null : new Date(current.published_at);
        const when = at ? new Date(at) : current.state === 'withdrawn' && previous ? previous : now;
        const first = current.first_published_at === null ? null : new Date(current.first_published_at);
        const { after } = await updateVersioned<ArticleRow>(
          tx,
          target,
          id,
          expectedVersion,
          {
            state: 'published',
            published_at: when.toISOString(),
            // A first publication that never came to pass (scheduled, then withdrawn) does not count.
            first_published_at: (first && first <= now ? first : when).toISOString(),
            withdrawal_reason: null,
          },
          { ...context, action: 'article.publish' },
        );
        await writeSearchVisibility(tx, after);
        return (await hydrate(tx, [after]))[0] as Article;
      });
    },

    /** Takes a published article off the portal, saying why. */
    async withdraw(id: string, expectedVersion: number, reason: string, context: AuditContext): Promise<Article> {
      const { reason: why } = validate(z.object({ reason: withdrawalReasonSchema }), { reason });
      return db.transaction(async (tx) => {
        const current = await lockedRow(tx, id, expectedVersion);
        transitionArticle(current.state, 'withdrawn');
        const { after } = await updateVersioned<ArticleRow>(
          tx,
          target,
          id,
          expectedVersion,
          { state: 'withdrawn', withdrawal_reason: why },
          { ...context, action: 'article.withdraw' },
        );
        await writeSearchVisibility(tx, after);
        return (await hydrate(tx, [after]))[0] as Article;
      });
    },
  };
}

export type NewsRepository = ReturnType<typeof createNewsRepository>;
