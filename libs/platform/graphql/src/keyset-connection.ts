import type { KeysetColumn, KeysetRange, SortValue } from '@egov/db';
import { badInput } from './arguments';
import { DEFAULT_PAGE_SIZE, pageSize, type PageArgs } from './connection';

/**
 * A connection read from the database page by page. `totalCount` is a function, which the
 * GraphQL executor calls only when a client selects the field: a count is not free at scale.
 */
export interface KeysetConnection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** A list's order as its cursors know it: a name, so a cursor of one order is refused by another. */
export interface KeysetOrder<T> {
  name: string;
  columns: readonly KeysetColumn[];
  /** The values of the columns for one item, in the same order. */
  position: (item: T) => SortValue[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a cursor's value can stand for a column of this type (a forged one must not reach SQL). */
function fits(value: unknown, type: KeysetColumn['type']): value is SortValue {
  switch (type) {
    case 'integer':
      return Number.isSafeInteger(value);
    case 'numeric':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
    case 'timestamptz':
      return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
    case 'text':
      return typeof value === 'string' && value.length <= 1000;
  }
}

export function encodeKeysetCursor(order: string, position: readonly SortValue[]): string {
  return Buffer.from(JSON.stringify([order, ...position]), 'utf8').toString('base64url');
}

function decodeKeysetCursor(cursor: string, order: KeysetOrder<unknown>, argument: string): SortValue[] {
  const refused = badInput(`"${argument}" is not a cursor of this list in this order.`, argument);
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw refused;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused;
  }
  if (!Array.isArray(decoded) || decoded[0] !== order.name) throw refused;
  const values = decoded.slice(1);
  if (values.length !== order.columns.length) throw refused;
  if (!order.columns.every((column, index) => fits(values[index], column.type))) throw refused;
  return values as SortValue[];
}

/** The range of rows the page arguments ask for, checked: sizes 1..100, cursors of this order. */
export function keysetRange(args: PageArgs, order: KeysetOrder<never>): KeysetRange {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== null && last !== null) throw badInput('Give "first" or "last", not both.', 'last');
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    backward: last !== null,
    after: args.after ? decodeKeysetCursor(args.after, order as KeysetOrder<unknown>, 'after') : null,
    before: args.before ? decodeKeysetCursor(args.before, order as KeysetOrder<unknown>, 'before') : null,
  };
}

/**
 * The connection of one page: `items` are the page's rows in the list's order, `more` says
 * whether rows lie beyond them in the direction read (from `keysetRows`).
 */
export function keysetConnection<T>(
  page: { rows: readonly T[]; more: boolean },
  range: KeysetRange,
  order: KeysetOrder<T>,
  totalCount: () => Promise<number>,
): KeysetConnection<T> {
  const edges = page.rows.map((node) => ({ cursor: encodeKeysetCursor(order.name, order.position(node)), node }));
  return {
    edges,
    nodes: [...page.rows],
    totalCount,
    pageInfo: {
      hasNextPage: range.backward ? range.before !== null : page.more,
      hasPreviousPage: range.backward ? page.more : range.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
