/** The longest summary (tóm tắt) shown in lists and search results, in characters. */
export const SUMMARY_MAX_LENGTH = 300;

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", '#39': "'", lt: '', gt: '' };

/**
 * The readable text of an HTML fragment: tags dropped, block ends turned into spaces, common
 * entities decoded, whitespace collapsed. Angle brackets never survive, so the text can be put
 * anywhere (a meta description, a plain-text e-mail) without being parsed as markup again.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      const known = ENTITIES[name.toLowerCase()];
      if (known !== undefined) return known;
      const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? Number(name.slice(1)) : NaN;
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a plain text: one ends at . ! ? or … followed by a space (so "10.641" stays whole). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/).filter(Boolean);
}

/**
 * A summary derived from an article body when the editor gave none: the first sentence(s) that
 * fit in `maxLength` characters; a first sentence longer than that is cut at a word and ends in "…".
 * Plain text, never longer than `maxLength`, never containing markup.
 */
export function deriveSummary(bodyHtml: string, maxLength = SUMMARY_MAX_LENGTH): string {
  if (maxLength < 1) return '';
  const text = htmlToText(bodyHtml);
  if (text.length <= maxLength) return text;
  let summary = '';
  for (const sentence of sentencesOf(text)) {
    const next = summary ? `${summary} ${sentence}` : sentence;
    if (next.length > maxLength) break;
    summary = next;
  }
  if (summary) return summary;
  const room = text.slice(0, maxLength - 1);
  const atWord = room.replace(/\s+\S*$/, '');
  return `${(atWord.length > 0 ? atWord : room).trimEnd()}…`;
}
