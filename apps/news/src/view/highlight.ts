import { normalizeVietnamese, searchTokens } from '@egov/text';

/** A run of text, marked when it is (part of) a word the search matched. */
export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into runs, marking each word that a word of `query` starts, ignoring case and
 * diacritics as the API's search does ("hoi nghi" marks "Hội nghị"). The folded text is built
 * character by character, so each match maps back to the original characters, accents and all.
 */
export function highlightSegments(text: string, query: string): Segment[] {
  const words = searchTokens(query);
  if (words.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];

  // folded[i] came from the original characters starting at origin[i].
  let folded = '';
  const origin: number[] = [];
  const chars = Array.from(text);
  let offset = 0;
  for (const char of chars) {
    const start = offset;
    offset += char.length;
    if (/^\p{M}$/u.test(char)) continue; // a combining accent of the previous letter
    const piece = normalizeVietnamese(char) || ' ';
    for (const foldedChar of piece) {
      folded += foldedChar;
      origin.push(start);
    }
  }
  origin.push(text.length);
  const endOf = (foldedEnd: number) => {
    // Up to the start of the next folded character, minus trailing spaces and punctuation.
    let end = origin[foldedEnd] ?? text.length;
    while (end > 0 && /[^\p{L}\p{N}\p{M}]/u.test(text[end - 1] ?? '')) end -= 1;
    return end;
  };

  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    let at = folded.indexOf(word);
    while (at >= 0) {
      const startsWord = at === 0 || folded[at - 1] === ' ';
      if (startsWord) ranges.push([origin[at] as number, endOf(at + word.length)]);
      at = folded.indexOf(word, at + 1);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];

  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    // Overlapping marks, and marks only a space apart ("Hội nghị"), make one.
    if (last && (range[0] <= last[1] || /^[^\S\n]+$/.test(text.slice(last[1], range[0])))) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
