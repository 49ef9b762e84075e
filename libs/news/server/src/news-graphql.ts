import { DomainError } from '@egov/errors';
import {
  badInput,
  type Connection,
  connectionTypeDefs,
  countUpTo,
  dayArgument,
  DEFAULT_COUNT_LIMIT,
  DEFAULT_PAGE_SIZE,
  defineLoader,
  type GraphQLModule,
  hasRole,
  keyOfGlobalId,
  keysetConnection,
  type KeysetOrder,
  keysetRange,
  MAX_COUNT_LIMIT,
  MAX_PAGE_SIZE,
  mutationPayload,
  type PageArgs,
  type RequestContext,
  requireRole,
  requireRoleToRead,
  searchText,
  withInputNames,
} from '@egov/graphql';
import { isVisibleToPublic, type Article, type ArticleImageInput, type ArticleInput } from '@egov/news-model';
import type { Unit } from '@egov/units-model';
import { unitLoader, type UnitsRepository } from '@egov/units-server';
import pLimit from 'p-limit';
import { articleCursor, searchColumns, type NewsRepository, type SearchHit } from './news-repository';

const typeDefs = /* GraphQL */ `
  "Where an article (bài viết) is in its life."
  enum NewsArticleState {
    "Bản nháp: written, not yet on the portal."
    DRAFT
    "Đã đăng: on the portal (or scheduled, when its publication time lies ahead)."
    PUBLISHED
    "Đã gỡ: taken down, with a reason."
    WITHDRAWN
  }

  "An image of an article (ảnh), by file name, with its caption and alternative text."
  type NewsImage {
    "File name, letters, digits, dots, hyphens and underscores."
    fileName: String!
    "Caption shown under the image (chú thích)."
    captionVi: String!
    "Alternative text for screen readers (văn bản thay thế); the caption when the editor gave none."
    altVi: String!
    "Order among the article's images, from 1."
    position: Int!
  }

  "A news article (tin bài) of the department's portal."
  type NewsArticle implements Node {
    id: ID!
    "The article's address on the portal, lower-case ASCII words joined by hyphens; never changes."
    slug: String!
    "Title (tiêu đề), plain text."
    title: String!
    "Summary (tóm tắt), plain text of at most 300 characters."
    summary: String!
    "Body (nội dung) as HTML, sanitised when written: no scripts, event handlers, styles or frames."
    bodyHtml: String!
    "Where the article is in its life; the public only ever sees PUBLISHED."
    state: NewsArticleState!
    "When the article went (or goes, if scheduled) on the portal (thời điểm đăng)."
    publishedAt: DateTime
    "When the article was first published; stays the same through corrections."
    firstPublishedAt: DateTime
    "When the article was last saved."
    updatedAt: DateTime!
    "What the last correction changed (ghi chú đính chính)."
    changeNote: String
    "Why the article was taken down (lý do gỡ), when withdrawn."
    withdrawalReason: String
    "The day the event reported on took place (ngày diễn ra sự kiện)."
    eventDate: Date
    "The statistics period the article reports on: 2020, 2020-H1, 2020-Q3 or 2020-06."
    reportsPeriod: String
    "Topics (chủ đề), in the editor's order."
    topics: [String!]!
    "Images, by position."
    images: [NewsImage!]!
    "The author's name as printed (tác giả)."
    authorName: String!
    "The unit the author writes for (đơn vị tác giả)."
    authorUnit: Unit!
    "Units the article concerns (đơn vị liên quan), in the editor's order."
    relatedUnits: [Unit!]!
    "Version for optimistic concurrency: name it when changing the article."
    version: Int!
  }

  ${connectionTypeDefs('NewsArticle', 'A page of news articles.')}

  extend type Query {
    """
    Published articles (tin đã đăng), newest first. Pages go forward only: first (1..100, default 20)
    and either after (an endCursor or edge cursor of this list) or offset (to open a numbered page).
    """
    newsArticles(
      first: Int
      after: String
      "How many articles to skip from the newest (page numbers: (page - 1) × first); not with after."
      offset: Int
    ): NewsArticleConnection!
    "The article at an address. The public sees published ones only; editors and admins see drafts and withdrawn ones too."
    newsArticle(slug: String!): NewsArticle
    """
    Published articles matching a query (at most 200 characters), ignoring case and diacritics
    ("hoi nghi" finds "Hội nghị"), best first: the title counts most, then summary and topics, then the body.
    """
    newsSearch(
      query: String!
      first: Int
      after: String
      last: Int
      before: String
      "How many results to skip from the best (page numbers: (page - 1) × first); not with after, last or before."
      offset: Int
    ): NewsArticleConnection!
    """
    How many published articles match a query, as newsSearch finds them, counted up to limit
    (1..10000, default 1000): a common word matches most articles, and counting them all reads them all.
    """
    newsSearchCount(query: String!, limit: Int): Count!
    """
    The editors' work list (bài chờ đăng): articles the public does not see now (drafts, articles
    scheduled for later, withdrawn ones), last saved first; first (1..100, default 20) and offset.
    Role: editor.
    """
    newsEditorialArticles(
      first: Int
      "How many articles to skip from the last saved."
      offset: Int
    ): NewsArticleConnection!
  }

  "An image as the editor gives it."
  input NewsImageInput {
    "File name: letters, digits, dots, hyphens and underscores, no folders (at most 255 characters)."
    fileName: String!
    "Caption shown under the image (chú thích), at most 500 characters."
    captionVi: String!
    "Defaults to the caption."
    altVi: String
    "Order among the article's images, from 1; unique within the article."
    position: Int!
  }

  "What an editor writes when creating a draft (soạn tin)."
  input NewsArticleCreateInput {
    "The address; derived from the title when not given. Must be free."
    slug: String
    "Title (tiêu đề), plain text of at most 300 characters."
    title: String!
    "Derived from the body's first sentences when not given."
    summary: String
    "HTML; sanitised before it is stored."
    bodyHtml: String!
    "The author's name as printed (tác giả), at most 200 characters."
    authorName: String!
    "Code of the author's unit, e.g. trung-tam-cntt-tt."
    authorUnitCode: String!
    "Codes of the units the article concerns."
    relatedUnitCodes: [String!]
    "The day the event reported on took place (ngày diễn ra sự kiện), YYYY-MM-DD; optional."
    eventDate: Date
    "The statistics period the article reports on: 2020, 2020-H1, 2020-Q3 or 2020-06; optional."
    reportsPeriod: String
    "Topics (chủ đề), in the order to show them; at most 20."
    topics: [String!]
    "Images, at most 30, each with a distinct position."
    images: [NewsImageInput!]
  }

  "A whole new text of an article (sửa tin): every field is replaced. The slug never changes."
  input NewsArticleUpdateInput {
    "The article's global id."
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "What changed: required once the article has been published (đính chính)."
    changeNote: String
    "Title (tiêu đề), plain text of at most 300 characters."
    title: String!
    "Summary (tóm tắt), at most 300 characters; derived from the body's first sentences when not given."
    summary: String
    "Body as HTML; sanitised before it is stored."
    bodyHtml: String!
    "The author's name as printed (tác giả), at most 200 characters."
    authorName: String!
    "Code of the author's unit, e.g. trung-tam-cntt-tt."
    authorUnitCode: String!
    "Codes of the units the article concerns (đơn vị liên quan)."
    relatedUnitCodes: [String!]
    "The day the event reported on took place (ngày diễn ra sự kiện), YYYY-MM-DD."
    eventDate: Date
    "The statistics period the article reports on: 2020, 2020-H1, 2020-Q3 or 2020-06."
    reportsPeriod: String
    "Topics (chủ đề), in the order to show them; at most 20."
    topics: [String!]
    "Images, at most 30, each with a distinct position."
    images: [NewsImageInput!]
  }

  "Publish a draft or restore a withdrawn article (đăng tin)."
  input NewsArticlePublishInput {
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "When to publish: a future instant schedules the article; omitted, now (a restored article keeps its time)."
    at: DateTime
  }

  "Take a published article off the portal (gỡ tin)."
  input NewsArticleWithdrawInput {
    id: ID!
    "The version read; a stale one is a CONFLICT."
    version: Int!
    "Why, kept in the audit trail (at most 1000 characters)."
    reason: String!
  }

  "The result of newsArticleCreate."
  type NewsArticleCreatePayload {
    "The new draft; null when userErrors says why not."
    newsArticle: NewsArticle
    userErrors: [UserError!]!
  }
  "The result of newsArticleUpdate."
  type NewsArticleUpdatePayload {
    newsArticle: NewsArticle
    userErrors: [UserError!]!
  }
  "The result of newsArticlePublish."
  type NewsArticlePublishPayload {
    newsArticle: NewsArticle
    userErrors: [UserError!]!
  }
  "The result of newsArticleWithdraw."
  type NewsArticleWithdrawPayload {
    newsArticle: NewsArticle
    userErrors: [UserError!]!
  }

  extend type Mutation {
    "Saves a new draft. Role: editor."
    newsArticleCreate(input: NewsArticleCreateInput!): NewsArticleCreatePayload!
    "Replaces what an editor wrote, if the article is still at the version given. Role: editor."
    newsArticleUpdate(input: NewsArticleUpdateInput!): NewsArticleUpdatePayload!
    "Publishes a draft (now or at a given time) or restores a withdrawn article. Role: editor."
    newsArticlePublish(input: NewsArticlePublishInput!): NewsArticlePublishPayload!
    "Takes a published article off the portal, saying why. Role: editor."
    newsArticleWithdraw(input: NewsArticleWithdrawInput!): NewsArticleWithdrawPayload!
  }
`;

const states = { DRAFT: 'draft', PUBLISHED: 'published', WITHDRAWN: 'withdrawn' } as const;

/** The furthest a numbered page may start: far beyond any list of a department's news. */
const MAX_OFFSET = 100_000;
/** Longer than any slug the model accepts (120), so an address this long is a mistake. */
const MAX_SLUG_LENGTH = 200;

const isEditor = (context: RequestContext) => hasRole(context, 'editor');

/** The request's loader of articles by id (any state); callers decide what the viewer may see. */
const articleLoader = defineLoader<string, Article | null, NewsRepository>('newsArticle', (ids, repository) => repository.getMany(ids));

/** The uuid of an article's global id; NOT_FOUND (as a user error) for anything else. */
function articleKey(id: string): string {
  const key = keyOfGlobalId(id, 'NewsArticle');
  if (!key) throw DomainError.notFound('article', id);
  return key;
}


interface ContentArgs {
  slug?: string | null;
  title: string;
  summary?: string | null;
  bodyHtml: string;
  authorName: string;
  authorUnitCode: string;
  relatedUnitCodes?: string[] | null;
  eventDate?: Date | string | null;
  reportsPeriod?: string | null;
  topics?: string[] | null;
  images?: ArticleImageInput[] | null;
  changeNote?: string | null;
}

/** The model's input from the GraphQL one: the same field names, so user errors point at the right field. */
const articleInput = (input: ContentArgs): ArticleInput => ({
  slug: input.slug ?? null,
  title: input.title,
  summary: input.summary ?? null,
  bodyHtml: input.bodyHtml,
  authorName: input.authorName,
  authorUnitCode: input.authorUnitCode,
  relatedUnitCodes: input.relatedUnitCodes ?? [],
  eventDate: input.eventDate == null ? null : dayArgument(input.eventDate),
  reportsPeriod: input.reportsPeriod ?? null,
  topics: input.topics ?? [],
  images: input.images ?? [],
  changeNote: input.changeNote ?? null,
});

/** Fields named by the database (in camelCase, from the column) that the GraphQL input names otherwise. */
const inputFieldOfColumn: Record<string, string> = {
  // news_article_units.unit_code: one of the article's related units.
  unitCode: 'relatedUnitCodes',
};

/** Runs a write, pointing a refusal by the database at the input field (not the column) it concerns. */
const naming = <T>(work: () => Promise<T>) => withInputNames(work, inputFieldOfColumn);

/** A page size of 1..MAX_PAGE_SIZE, as the platform's connections bound it. */
function pageSize(first: number | null | undefined): number | undefined {
  if (first === null || first === undefined) return undefined;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badInput(`"first" must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  return first;
}

/** A number of items to skip: 0..MAX_OFFSET. */
function pageOffset(offset: number | null | undefined): number | undefined {
  if (offset === null || offset === undefined) return undefined;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw badInput(`"offset" must be between 0 and ${MAX_OFFSET}.`, 'offset');
  return offset;
}

/**
 * A numbered page of a list: `items` start at `offset` of `total`. Cursors are offsets in the
 * platform's own form (as connectionFromArray gives them), so `after` continues from any of them.
 */
function offsetConnection<T>(items: readonly T[], offset: number, total: number): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: Buffer.from(`offset:${offset + index}`, 'utf8').toString('base64url'), node }));
  return {
    edges,
    nodes: [...items],
    totalCount: total,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: offset + items.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Search results by relevance; their cursors hold the score, publication time and id. */
const searchOrder: KeysetOrder<SearchHit> = { name: 'relevance', columns: searchColumns, position: (hit) => hit.position };

const requireEditorRead = (context: RequestContext) => requireRoleToRead(context, 'editor');

/**
 * How many searches one process runs at once; the others wait their turn. A search keeps the
 * database and the process busier than any other read: ten at once held /healthz for 58 ms at
 * the p99 (100,000 articles), two at a time 26 ms, the ten done in 210 ms instead of 170.
 */
export const SEARCHES_AT_ONCE = 2;

/** News articles in the API: public lists, article by slug and search; editors write and publish. */
export function newsGraphQLModule(repos: { news: NewsRepository; units: UnitsRepository }): GraphQLModule {
  const { news, units } = repos;
  const searching = pLimit(SEARCHES_AT_ONCE);
  const visibleTo = (context: RequestContext, article: Article | null) =>
    article && (isEditor(context) || isVisibleToPublic(article)) ? article : null;

  return {
    name: 'news',
    typeDefs,
    resolvers: {
      NewsArticleState: states,
      NewsArticle: {
        authorUnit: (article: Article, _: unknown, context: RequestContext) => unitLoader(context, units).load(article.authorUnitCode),
        relatedUnits: async (article: Article, _: unknown, context: RequestContext) =>
          (await unitLoader(context, units).loadMany(article.relatedUnitCodes)).filter((unit): unit is Unit => !!unit && !(unit instanceof Error)),
      },
      Query: {
        newsArticles: async (_: unknown, args: { first?: number | null; after?: string | null; offset?: number | null }) => {
          const first = pageSize(args.first);
          const offset = pageOffset(args.offset);
          if (args.after !== null && args.after !== undefined && (args.after.length === 0 || args.after.length > 200)) {
            throw badInput('"after" is not a cursor this API gave out.', 'after');
          }
          if (offset !== undefined && args.after) throw badInput('Give "after" or "offset", not both.', 'offset');
          try {
            const page = await news.listPublished({ ...(first ? { first } : {}), after: args.after ?? null, offset: offset ?? null });
            const edges = page.items.map((node) => ({ cursor: articleCursor(node) as string, node }));
            return {
              edges,
              nodes: page.items,
              totalCount: page.totalCount,
              pageInfo: {
                hasNextPage: page.hasNextPage,
                hasPreviousPage: !!args.after || !!offset,
                startCursor: edges[0]?.cursor ?? null,
                endCursor: page.endCursor,
              },
            };
          } catch (error) {
            if (error instanceof DomainError) throw badInput('"after" is not a cursor this API gave out.', 'after');
            throw error;
          }
        },
        newsArticle: async (_: unknown, args: { slug: string }, context: RequestContext) => {
          if (args.slug.length > MAX_SLUG_LENGTH) throw badInput(`A slug is at most ${MAX_SLUG_LENGTH} characters.`, 'slug');
          return news.getBySlug(args.slug, { includeUnpublished: isEditor(context) });
        },
        newsSearch: async (_: unknown, args: PageArgs & { query: string; offset?: number | null }) => {
          searchText(args.query);
          const offset = pageOffset(args.offset);
          if (offset !== undefined && (args.after || args.before || args.last)) {
            throw badInput('Give "offset" with "first" only.', 'offset');
          }
          const totalCount = () => searching(() => news.searchCount(args.query));
          // A numbered page is read by offset; its cursors are keyset cursors, so `after` continues from it.
          const range = offset === undefined ? keysetRange(args, searchOrder) : { size: pageSize(args.first) ?? DEFAULT_PAGE_SIZE, backward: false, after: null, before: null };
          const page = await searching(() => news.searchPage(args.query, offset === undefined ? { range } : { offset, first: range.size }));
          const connection = keysetConnection(page, range, searchOrder, totalCount);
          return {
            ...connection,
            nodes: page.rows.map((hit) => hit.article),
            edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.article })),
            pageInfo: { ...connection.pageInfo, hasPreviousPage: connection.pageInfo.hasPreviousPage || !!offset },
          };
        },
        newsSearchCount: async (_: unknown, args: { query: string; limit?: number | null }) => {
          searchText(args.query);
          const limit = args.limit ?? DEFAULT_COUNT_LIMIT;
          if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COUNT_LIMIT) throw badInput(`"limit" must be between 1 and ${MAX_COUNT_LIMIT}.`, 'limit');
          return countUpTo(await searching(() => news.searchCount(args.query, {}, limit + 1)), limit);
        },
        newsEditorialArticles: async (_: unknown, args: { first?: number | null; offset?: number | null }, context: RequestContext) => {
          requireEditorRead(context);
          const first = pageSize(args.first);
          const offset = pageOffset(args.offset);
          const page = await news.listUnpublished({ ...(first ? { first } : {}), offset: offset ?? null });
          return offsetConnection(page.items, offset ?? 0, page.totalCount);
        },
      },
      Mutation: {
        newsArticleCreate: (_: unknown, args: { input: ContentArgs }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'editor');
            return { newsArticle: await naming(() => news.createDraft(articleInput(args.input), { actor })) };
          }),
        newsArticleUpdate: (_: unknown, args: { input: ContentArgs & { id: string; version: number } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'editor');
            const { id, version, ...content } = args.input;
            return { newsArticle: await naming(() => news.update(articleKey(id), version, articleInput(content), { actor })) };
          }),
        newsArticlePublish: (_: unknown, args: { input: { id: string; version: number; at?: Date | null } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'editor');
            const { id, version, at } = args.input;
            return { newsArticle: await news.publish(articleKey(id), version, { at: at ? at.toISOString() : null }, { actor }) };
          }),
        newsArticleWithdraw: (_: unknown, args: { input: { id: string; version: number; reason: string } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'editor');
            const { id, version, reason } = args.input;
            return { newsArticle: await news.withdraw(articleKey(id), version, reason, { actor }) };
          }),
      },
    },
    nodeTypes: {
      NewsArticle: {
        key: (article: Article) => article.id,
        load: async (id, context) => visibleTo(context, await articleLoader(context, news).load(id)) as never,
      },
    },
  };
}
