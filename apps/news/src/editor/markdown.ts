import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * The HTML of the editor's Markdown (HTML written in it is kept, as Markdown allows), sanitised
 * with DOMPurify: what the preview shows and what is sent. The gateway sanitises again on save.
 */
export function markdownToSafeHtml(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'], FORBID_ATTR: ['style'] });
}
