export { normalizeVietnamese, searchTokens, slugify } from './normalize';
export { matchesSearch, searchScore, rankBySearch, type SearchField } from './match';

/** The longest search text: the gateway refuses a longer one, and the search boxes cut at the same length. */
export const MAX_QUERY_LENGTH = 200;
