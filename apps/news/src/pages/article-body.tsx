import { useMemo } from 'react';
import * as styles from '../news.module.css';
import { sanitizeArticleHtml } from '../view/article-html';

/**
 * An article's body, sanitised on every write and again here with the same policy: a row written
 * around the portal runs nothing. A module of its own, loaded by the article page alone, so that a
 * reader of the lists never downloads the sanitiser.
 */
export default function ArticleBody({ html }: { html: string }) {
  const safe = useMemo(() => sanitizeArticleHtml(html), [html]);
  return <div className={styles.body} dangerouslySetInnerHTML={{ __html: safe }} />;
}
