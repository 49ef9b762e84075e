import { normalizeVietnamese, searchTokens } from './normalize';

/** A text to search in, with a weight: a match in a title counts more than one in a body. */
export interface SearchField {
  text: string | null | undefined;
  weight?: number;
}

/**
 * True when every word of the query starts a word of the text, ignoring case and diacritics:
 * "thanh tra" matches "Thanh tra Sở", "lang son" matches "Lạng Sơn".
 */
export function matchesSearch(query: string, text: string): boolean {
  return searchScore(query, [{ text }]) > 0;
}

/**
 * Ranks a record for a query. Zero when a query word is found in no field; otherwise higher for
 * whole-word matches, for the whole phrase, and for heavier fields.
 */
export function searchScore(query: string, fields: readonly SearchField[]): number {
  const queryWords = searchTokens(query);
  if (queryWords.length === 0) return 0;
  const phrase = queryWords.join(' ');
  const folded = fields.map((field) => ({
    words: searchTokens(field.text ?? ''),
    text: normalizeVietnamese(field.text ?? ''),
    weight: field.weight ?? 1,
  }));

  let score = 0;
  for (const queryWord of queryWords) {
    let best = 0;
    for (const field of folded) {
      for (const word of field.words) {
        if (word === queryWord) best = Math.max(best, 2 * field.weight);
        else if (word.startsWith(queryWord)) best = Math.max(best, field.weight);
      }
    }
    if (best === 0) return 0;
    score += best;
  }
  for (const field of folded) {
    if (queryWords.length > 1 && ` ${field.text} `.includes(` ${phrase} `)) score += 3 * field.weight;
  }
  return score;
}

/** Records that match a query, best first; equal scores keep their given order. */
export function rankBySearch<T>(query: string, records: readonly T[], fields: (record: T) => SearchField[]): T[] {
  return records
    .map((record, index) => ({ record, index, score: searchScore(query, fields(record)) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.record);
}
