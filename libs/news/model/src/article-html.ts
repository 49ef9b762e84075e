import { articleHtmlPolicy, isExternalLink } from './article-html-policy';
import sanitizeHtml from 'sanitize-html';

/** The model's policy in sanitize-html's terms. */
const sanitizeHtmlOptions: sanitizeHtml.IOptions = {
  allowedTags: [...articleHtmlPolicy.tags],
  allowedAttributes: Object.fromEntries(Object.entries(articleHtmlPolicy.attributes).map(([tag, names]) => [tag, [...names]])),
  allowedSchemes: [...articleHtmlPolicy.linkSchemes],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: isExternalLink(attribs['href']) ? { ...attribs, rel: articleHtmlPolicy.externalLinkRel } : attribs,
    }),
  },
};

/**
 * The body as it may be stored and served (`articleHtmlPolicy`): run on every write, and again
 * where a server serves a body as HTML (the feed, a server-rendered page), so a row written around
 * the repository is no danger. Node's sanitizer (`@egov/news-model/html`, apart from the model's
 * index so a browser bundle never carries sanitize-html; browsers use DOMPurify with the same policy).
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, sanitizeHtmlOptions).trim();
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Paragraphs of plain text as HTML, each `<p>`, with the text escaped. */
export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<p>${text.replace(/[&<>"]/g, (c) => escapes[c] ?? c)}</p>`).join('\n');
}
