/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces.
 * "Lạng Sơn" and "LANG  son" both become "lang son".
 */
export function normalizeVietnamese(text: string): string {
  return text
    .normalize('NFKD')
    // Upper then lower case is full case folding for search: ß and SS meet as ss, ı and I as i.
    .toUpperCase()
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct words of a text, folded for search. */
export function searchTokens(text: string): string[] {
  const folded = normalizeVietnamese(text);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/** A URL-safe slug in ASCII: "Hội nghị sơ kết" → "hoi-nghi-so-ket". */
export function slugify(text: string, maxLength = 120): string {
  return normalizeVietnamese(text)
    .replace(/[^a-z0-9 ]/g, '')
    .trim()
    .split(/\s+/)
    .join('-')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
