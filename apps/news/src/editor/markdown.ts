import { marked } from 'marked';
import { sanitizeArticleHtml } from '../view/article-html';

/**
 * The HTML of the editor's Markdown (HTML written in it is kept, as Markdown allows), sanitised
 * with the article policy the gateway applies on save: the preview shows what will be stored.
 */
export function markdownToSafeHtml(markdown: string): string {
  return sanitizeArticleHtml(marked.parse(markdown, { async: false, gfm: true, breaks: false }));
}
