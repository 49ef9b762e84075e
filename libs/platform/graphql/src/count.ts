/**
 * Counts that stop at a limit, as Shopify's API gives them: a list's exact size can cost as much
 * as reading the whole list (every article holding a common word), while a reader wants to know
 * "about how many", and a pager how many pages to offer.
 */
export const countTypeDefs = /* GraphQL */ `
  "How many items there are, counted up to a limit."
  type Count {
    "The items counted: at most the limit asked for."
    count: Int!
    "EXACT when every item was counted; AT_LEAST when more items exist than count."
    precision: CountPrecision!
  }

  "Whether a Count counted every item."
  enum CountPrecision {
    "count is the number of items."
    EXACT
    "More items exist than count: counting stopped at the limit."
    AT_LEAST
  }
`;

/** The largest `limit` a count takes. */
export const MAX_COUNT_LIMIT = 10_000;
/** The `limit` of a count when none is given. */
export const DEFAULT_COUNT_LIMIT = 1_000;

export interface Count {
  count: number;
  precision: 'EXACT' | 'AT_LEAST';
}

/**
 * A Count from a count that read at most `limit + 1` items: one more than the limit tells that
 * more exist without counting them.
 */
export function countUpTo(counted: number, limit: number): Count {
  return counted > limit ? { count: limit, precision: 'AT_LEAST' } : { count: counted, precision: 'EXACT' };
}
