import { DomainError } from '@egov/errors';
import {
  badInput,
  countUpTo,
  DEFAULT_COUNT_LIMIT,
  DEFAULT_PAGE_SIZE,
  keysetConnection,
  keysetRange,
  MAX_COUNT_LIMIT,
  offsetConnection,
  pageOffset,
  pageSize,
  type RequestContext,
  requireRoleToRead,
  searchText,
} from '@egov/graphql';
import pLimit from 'p-limit';
import { articleCursor } from '../../news-repository';
import { MAX_SLUG_LENGTH } from '../inputs';
import { SEARCHES_AT_ONCE, searchOrder } from '../search';
import type { QueryResolvers } from '../schema-types.generated';
import type { NewsSources } from '../sources';
import { isEditor } from '../visibility';

const requireEditorRead = (context: RequestContext) => requireRoleToRead(context, 'editor');

export const queryResolvers = ({ news }: NewsSources): QueryResolvers => {
  const searching = pLimit(SEARCHES_AT_ONCE);
  return {
    newsArticles: async (_, args) => {
      const first = pageSize(args.first, 'first');
      const offset = pageOffset(args.offset);
      if (args.after !== null && args.after !== undefined && (args.after.length === 0 || args.after.length > 200)) {
        throw badInput('"after" is not a cursor this API gave out.', 'after');
      }
      if (offset !== null && args.after) throw badInput('Give "after" or "offset", not both.', 'offset');
      try {
        const page = await news.listPublished({ ...(first ? { first } : {}), after: args.after ?? null, offset });
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
    newsArticle: async (_, args, context) => {
      if (args.slug.length > MAX_SLUG_LENGTH) throw badInput(`A slug is at most ${MAX_SLUG_LENGTH} characters.`, 'slug');
      return news.getBySlug(args.slug, { includeUnpublished: isEditor(context) });
    },
    newsSearch: async (_, args) => {
      searchText(args.query);
      const offset = pageOffset(args.offset);
      if (offset !== null && (args.after || args.before || args.last)) {
        throw badInput('Give "offset" with "first" only.', 'offset');
      }
      const totalCount = () => searching(() => news.searchCount(args.query));
      // A numbered page is read by offset; its cursors are keyset cursors, so `after` continues from it.
      const range = offset === null ? keysetRange(args, searchOrder) : { size: pageSize(args.first, 'first') ?? DEFAULT_PAGE_SIZE, backward: false, after: null, before: null };
      const page = await searching(() => news.searchPage(args.query, offset === null ? { range } : { offset, first: range.size }));
      const connection = keysetConnection(page, range, searchOrder, totalCount);
      return {
        ...connection,
        nodes: page.rows.map((hit) => hit.article),
        edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.article })),
        pageInfo: { ...connection.pageInfo, hasPreviousPage: connection.pageInfo.hasPreviousPage || !!offset },
      };
    },
    newsSearchCount: async (_, args) => {
      searchText(args.query);
      const limit = args.limit ?? DEFAULT_COUNT_LIMIT;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COUNT_LIMIT) throw badInput(`"limit" must be between 1 and ${MAX_COUNT_LIMIT}.`, 'limit');
      return countUpTo(await searching(() => news.searchCount(args.query, {}, limit + 1)), limit);
    },
    newsEditorialArticles: async (_, args, context) => {
      requireEditorRead(context);
      const first = pageSize(args.first, 'first');
      const offset = pageOffset(args.offset);
      const page = await news.listUnpublished({ ...(first ? { first } : {}), offset });
      return offsetConnection(page.items, offset ?? 0, page.totalCount);
    },
  };
};
