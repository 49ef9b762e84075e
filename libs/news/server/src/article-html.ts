import sanitizeHtml from 'sanitize-html';

/**
 * What an article body may contain: ordinary formatting, links to web pages and e-mail, figures,
 * quotes and simple tables. Scripts, event handlers (`onerror=`), styles and frames are dropped.
 */
const articleHtmlPolicy: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
    'ul', 'ol', 'li', 'a', 'figure', 'figcaption', 'blockquote',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links leaving the portal must not reach back into it (window.opener).
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs['href'] ?? '') ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
};

/** The body as it may be stored and served: run on every write, so nothing unsafe is ever kept. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, articleHtmlPolicy).trim();
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Paragraphs of plain text as HTML, each `<p>`, with the text escaped. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<p>${text.replace(/[&<>"]/g, (c) => escapes[c] ?? c)}</p>`).join('\n');
}
