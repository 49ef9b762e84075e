import { withLanguage, type Language } from '@egov/i18n';
import type { Preload } from './page-preloads';
import type { PageHead } from './server-render';

/** What goes into the shell's page for one server-rendered address. */
export interface PageDocumentParts {
  /** The shell's built `index.html` (its scripts and styles, hashed). */
  template: string;
  language: Language;
  /** The whole `<title>` (the page's own title and the portal's name). */
  title: string;
  head: PageHead | undefined;
  /** The portal's origin (`https://sotttt.langson.gov.vn`), for the canonical and alternate links. */
  origin: string;
  /** The page's path and query as requested. */
  url: string;
  /** The rendered markup of `#root`. */
  html: string;
  /** The state, already serialised for a script element, and that element's id. */
  state: { id: string; json: string };
  /** The portal's name in the page's language (`og:site_name`, the article's publisher). */
  siteName: string;
  /**
   * The style sheets of the remote whose page this is: linked in the head, so its markup is drawn
   * styled at once instead of changing shape when the script loads them (a late paint, a shift).
   */
  stylesheets?: readonly string[];
  /**
   * Files the page's scripts will ask for (a remote's manifest, entry and first chunk): listed for
   * the shell's starter, which fetches them with the scripts once the page is painted. Preloaded
   * from the head they would share the first round trips with the style sheets.
   */
  afterPaint?: readonly Preload[];
}

/** The element the shell's starter (tools/rspack/start-after-paint.js) reads its preloads from. */
export const START_PRELOADS_ELEMENT_ID = 'start-preloads';

const attributeEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text for an attribute value or an element's content. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => attributeEscapes[char] ?? char);
/** JSON inside a `<script>` data block: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

const ROOT_ELEMENT = '<div id="root"></div>';

/** The page's head tags: canonical and language alternates, description, link previews, and for an article its JSON-LD. */
function headTags({ language, title, head, origin, url, siteName }: PageDocumentParts): string {
  const absolute = (lang: Language) => `${origin}${withLanguage(url, lang)}`;
  const tags = [
    `<link rel="canonical" href="${escapeHtml(absolute(language))}">`,
    `<link rel="alternate" hreflang="vi" href="${escapeHtml(absolute('vi'))}">`,
    `<link rel="alternate" hreflang="en" href="${escapeHtml(absolute('en'))}">`,
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(absolute('vi'))}">`,
    `<meta property="og:site_name" content="${escapeHtml(siteName)}">`,
    `<meta property="og:title" content="${escapeHtml(head?.title ?? title)}">`,
    `<meta property="og:type" content="${head?.article ? 'article' : 'website'}">`,
    `<meta property="og:url" content="${escapeHtml(absolute(language))}">`,
    `<meta property="og:locale" content="${language === 'vi' ? 'vi_VN' : 'en_GB'}">`,
    `<meta name="twitter:card" content="${head?.article?.image ? 'summary_large_image' : 'summary'}">`,
    `<meta name="twitter:title" content="${escapeHtml(head?.title ?? title)}">`,
  ];
  if (head?.description) {
    tags.push(`<meta property="og:description" content="${escapeHtml(head.description)}">`, `<meta name="twitter:description" content="${escapeHtml(head.description)}">`);
  }
  if (head?.article) {
    tags.push(`<meta property="article:published_time" content="${escapeHtml(head.article.publishedTime)}">`);
    if (head.article.image) tags.push(`<meta property="og:image" content="${escapeHtml(head.article.image)}">`);
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: head.title,
      ...(head.description ? { description: head.description } : {}),
      datePublished: head.article.publishedTime,
      ...(head.article.image ? { image: [head.article.image] } : {}),
      inLanguage: 'vi',
      mainEntityOfPage: absolute(language),
      publisher: { '@type': 'GovernmentOrganization', name: siteName },
    };
    tags.push(`<script type="application/ld+json">${scriptJson(article)}</script>`);
  }
  return tags.join('\n    ');
}

function startPreloads(preloads: readonly Preload[] = []): string {
  if (preloads.length === 0) return '';
  const list = preloads.map(({ href, as }) => ({ href, as }));
  return `\n    <script type="application/json" id="${START_PRELOADS_ELEMENT_ID}">${scriptJson(list)}</script>`;
}

/**
 * The shell's page with a server render in it: the language on `<html>`, the page's own title and
 * description, its head tags, the markup inside `#root` followed by the state the browser hydrates
 * from, and no "the portal needs JavaScript" notice (it does not any more). Throws when the
 * template lacks what it fills in, so a changed `index.html` is noticed, not served half-filled.
 */
export function pageDocument(parts: PageDocumentParts): string {
  const { template, language, title, head, html, state } = parts;
  const required = [/<html lang="[a-z-]*">/, /<title>[^<]*<\/title>/, /<meta name="description" content="[^"]*"\s*\/?>/, /<\/head>/];
  for (const pattern of required) if (!pattern.test(template)) throw new Error(`the shell's index.html has no ${pattern.source}`);
  if (!template.includes(ROOT_ELEMENT)) throw new Error(`the shell's index.html has no ${ROOT_ELEMENT}`);
  const description = head?.description;
  return template
    .replace(/<html lang="[a-z-]*">/, `<html lang="${language}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description" content="([^"]*)"\s*\/?>/, (tag, fallback: string) => `<meta name="description" content="${description ? escapeHtml(description) : fallback}">`)
    .replace(/<\/head>/, () => `${(parts.stylesheets ?? []).map((href) => `  <link rel="stylesheet" href="${escapeHtml(href)}">\n  `).join('')}  ${headTags(parts)}\n  </head>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '')
    .replace(ROOT_ELEMENT, () => `<div id="root">${html}</div>\n    <script type="application/json" id="${state.id}">${state.json}</script>${startPreloads(parts.afterPaint)}`);
}
