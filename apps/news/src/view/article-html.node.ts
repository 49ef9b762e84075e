// The server build's article-html (tools/rspack/server-config.mjs resolves `*.node.ts` first):
// DOMPurify needs a browser's DOM, so a server render sanitises with sanitize-html and the same policy.
export { sanitizeArticleHtml } from '@egov/news-model/html';
