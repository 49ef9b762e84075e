/**
 * What an article body may contain, in one place for every sanitiser of it: the server's on each
 * write (sanitize-html) and again where the body is served as HTML (the Atom feed), and the
 * browser's where it is inserted into a page (DOMPurify). Ordinary formatting, links to web pages
 * and e-mail, figures, quotes and simple tables; no scripts, event handlers, styles or frames.
 */
export const articleHtmlPolicy = {
  tags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
    'ul', 'ol', 'li', 'a', 'figure', 'figcaption', 'blockquote',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  ],
  attributes: { a: ['href', 'title', 'rel'], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'] } as Readonly<Record<string, readonly string[]>>,
  /** The schemes a link may use; a link without a scheme (relative) is kept too. */
  linkSchemes: ['http', 'https', 'mailto'],
  /** Added to links leaving for another site, so the page they open cannot reach back (window.opener). */
  externalLinkRel: 'noopener noreferrer',
} as const;

/** A link to another web site (http or https), which gets `externalLinkRel`. */
export const isExternalLink = (href: string | null | undefined): boolean => /^https?:/i.test(href ?? '');
