import { badInput } from './arguments';

/** Most items one page may hold; a client asking for more gets a clear error, not a silent cut. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * What a resolver of a connection field returns, whatever its order: a page of records, its
 * count given or counted when asked (`KeysetConnection`), and any field a list adds (awards' totals).
 * The server's generated types map every `…Connection` type to it.
 */
export interface ConnectionResult {
  edges: ReadonlyArray<{ cursor: string; node: unknown }>;
  nodes: readonly unknown[];
  pageInfo: Connection<unknown>['pageInfo'];
  totalCount: number | (() => Promise<number>);
}

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string, argument: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,64}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = decoded.match(/^offset:(\d{1,9})$/);
  if (!match) throw badInput(`"${argument}" is not a cursor this API gave out.`, argument);
  return Number(match[1]);
}

/** A page size argument (`first`, `last`): 1..MAX_PAGE_SIZE, or null when not given. */
export function pageSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badInput(`"${argument}" must be between 1 and ${MAX_PAGE_SIZE}.`, argument);
  }
  return value;
}

/** The furthest a numbered page may start: far beyond any list a department keeps. */
export const MAX_OFFSET = 100_000;

/** How many items a numbered page skips (`offset`): 0..MAX_OFFSET, or null when not given. */
export function pageOffset(offset: number | null | undefined): number | null {
  if (offset === null || offset === undefined) return null;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) throw badInput(`"offset" must be between 0 and ${MAX_OFFSET}.`, 'offset');
  return offset;
}

/**
 * A numbered page of a list read from the database: `items` start at `offset` of `total`. Its
 * cursors are offsets in the same form as connectionFromArray's, so `after` continues from any.
 */
export function offsetConnection<T>(items: readonly T[], offset: number, total: number): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
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

/** The window `[start, end)` of a list of `total` items that the page arguments ask for. */
export function pageWindow(args: PageArgs, total: number): { start: number; end: number } {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== null && last !== null) throw badInput('Give "first" or "last", not both.', 'last');
  let start = args.after ? decodeCursor(args.after, 'after') + 1 : 0;
  let end = args.before ? decodeCursor(args.before, 'before') : total;
  start = Math.min(start, total);
  end = Math.max(start, Math.min(end, total));
  if (last !== null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? DEFAULT_PAGE_SIZE));
  return { start, end };
}

/** A page of a list already in memory, as a Relay-style connection with offsets as cursors. */
export function connectionFromArray<T>(items: readonly T[], args: PageArgs): Connection<T> {
  const { start, end } = pageWindow(args, items.length);
  const nodes = items.slice(start, end);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(start + index), node }));
  return {
    edges,
    nodes,
    totalCount: items.length,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The SDL of `<Type>Connection` and `<Type>Edge`. */
export function connectionTypeDefs(typeName: string, description: string): string {
  return `
    """${description}"""
    type ${typeName}Connection {
      edges: [${typeName}Edge!]!
      "The items of this page (the same as edges' nodes)."
      nodes: [${typeName}!]!
      pageInfo: PageInfo!
      "How many items match, over all pages."
      totalCount: Int!
    }
    type ${typeName}Edge {
      cursor: String!
      node: ${typeName}!
    }
  `;
}
