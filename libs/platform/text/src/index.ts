export { normalizeVietnamese, searchTokens, slugify } from './normalize';
export { matchesSearch, searchScore, rankBySearch, type SearchField } from './match';
