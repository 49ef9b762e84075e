import { articleHtmlPolicy, isExternalLink } from '@egov/news-model';
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';

const allowedTags = new Set<string>(articleHtmlPolicy.tags);
const schemes = articleHtmlPolicy.linkSchemes.join('|');
// A link with one of the policy's schemes, or without any (relative): DOMPurify's own pattern, narrowed.
const allowedUri = new RegExp(`^(?:(?:${schemes}):|[^a-z]|[a-z+.-]+(?:[^a-z+.\\-:]|$))`, 'i');

let purifier: Purifier | undefined;

/** A DOMPurify of its own (hooks are per instance), set to the model's policy. */
function articlePurifier(): Purifier {
  if (purifier) return purifier;
  const instance = DOMPurify(window);
  // DOMPurify allows attributes for every element; the policy allows each on some elements only.
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    const allowed = articleHtmlPolicy.attributes[node.nodeName.toLowerCase()] ?? [];
    if (!allowed.includes(data.attrName)) data.keepAttr = false;
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && isExternalLink(node.getAttribute('href'))) node.setAttribute('rel', articleHtmlPolicy.externalLinkRel);
  });
  purifier = instance;
  return instance;
}

/**
 * An article body made safe to insert into the page with the same policy the server applies on
 * every write: the stored HTML is not trusted as it is, since a row can be written around the
 * portal (by hand, from a restored copy).
 */
export function sanitizeArticleHtml(html: string): string {
  return articlePurifier().sanitize(html, {
    ALLOWED_TAGS: [...allowedTags],
    ALLOWED_ATTR: [...new Set(Object.values(articleHtmlPolicy.attributes).flat())],
    ALLOWED_URI_REGEXP: allowedUri,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
