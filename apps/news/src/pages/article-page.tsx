import { useQuery } from '@apollo/client/react';
import { NEWS_ARTICLE_QUERY, type NewsArticleFields, type NewsImageFields } from '@egov/client-operations/news';
import { useI18n } from '@egov/i18n';
import { usePageHead } from '@egov/routing';
import { Alert, Button, Link, Skeleton } from '@egov/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { newsMessages } from '../messages';
import * as styles from '../news.module.css';
import { statisticsDashboardPath } from '../routes';
import { useAlertLabels } from '../view/alert-labels';
import { editorialStatus } from '../view/dates';
import { periodLabel } from '../view/period';
import { useNewsLinks } from '../view/use-news-paths';

const ArticleBody = lazy(() => import('./article-body'));

export interface ArticlePageProps {
  slug: string;
  /** Signed in as an editor: the latest version is always read, and the editor's tools shown. */
  editor: boolean;
  /** The editor's tools for this article (loaded only for editors). */
  renderTools?: (article: NewsArticleFields) => ReactNode;
}

/** One article: title, dates, body, figures with captions, author, related units and its figures' period. */
export function ArticlePage({ slug, editor, renderTools }: ArticlePageProps) {
  const { t } = useI18n(newsMessages);
  const labels = useAlertLabels();
  const links = useNewsLinks();
  const result = useQuery(NEWS_ARTICLE_QUERY, { variables: { slug }, fetchPolicy: editor ? 'cache-and-network' : 'cache-first' });
  const article = result.data?.newsArticle;
  usePageHead(
    article
      ? {
          title: article.title,
          description: article.summary,
          // Images are file names without a file on the portal yet (no upload), so no preview image.
          ...(article.publishedAt ? { article: { publishedTime: article.publishedAt } } : {}),
        }
      : null,
  );

  if (result.loading && !result.data) {
    return (
      <>
        <Skeleton lines={1} />
        <Skeleton lines={8} />
      </>
    );
  }
  if (result.error && !result.data) {
    return (
      <>
        <h1 className={styles.title}>{t('title')}</h1>
        <Alert variant="warning" labels={labels}>
          <p>{t('apiUnavailable')}</p>
          <Button variant="secondary" onClick={() => void result.refetch()}>
            {t('retry')}
          </Button>
        </Alert>
      </>
    );
  }
  if (!article) {
    return (
      <>
        <h1 className={styles.title}>{t('notFoundTitle')}</h1>
        <p>{t('notFoundBody')}</p>
        <p>
          <Link href={links.list()}>{t('backToList')}</Link>
        </p>
      </>
    );
  }
  return (
    <article className={styles.article}>
      <p>
        <Link href={links.list()}>{t('backToList')}</Link>
      </p>
      <h1 className={styles.title}>{article.title}</h1>
      <ArticleMeta article={article} showStatus={editor} />
      {renderTools?.(article)}
      <p className={styles.lead}>
        <strong>{article.summary}</strong>
      </p>
      {/* On a server-rendered page React keeps the body's HTML while its module loads, then hydrates it. */}
      <Suspense fallback={<Skeleton lines={6} />}>
        <ArticleBody html={article.bodyHtml} />
      </Suspense>
      <Figures images={article.images} />
      <ArticleFooter article={article} />
    </article>
  );
}

function ArticleMeta({ article, showStatus }: { article: NewsArticleFields; showStatus: boolean }) {
  const { t, format } = useI18n(newsMessages);
  const status = editorialStatus(article);
  const updated = article.publishedAt !== null && Date.parse(article.updatedAt) > Date.parse(article.publishedAt);
  const statusLabel = { draft: t('statusDraft'), scheduled: t('statusScheduled'), published: t('statusPublished'), withdrawn: t('statusWithdrawn') }[status];
  return (
    <dl className={styles.articleMeta}>
      {showStatus && (
        <>
          <dt>{t('statusLabel')}</dt>
          <dd>
            <span className={styles.status}>{statusLabel}</span>
            {status === 'scheduled' && article.publishedAt && <> {t('scheduledFor', { time: format.dateTime(article.publishedAt) })}</>}
            {status === 'withdrawn' && article.withdrawalReason && <> {t('withdrawnBecause', { reason: article.withdrawalReason })}</>}
          </dd>
        </>
      )}
      {article.publishedAt && (
        <>
          <dt>{t('published')}</dt>
          <dd>
            <time dateTime={article.publishedAt}>{format.dateTime(article.publishedAt)}</time>
          </dd>
        </>
      )}
      {(updated || !article.publishedAt) && (
        <>
          <dt>{t('updated')}</dt>
          <dd>
            <time dateTime={article.updatedAt}>{format.dateTime(article.updatedAt)}</time>
          </dd>
        </>
      )}
      {article.changeNote && (
        <>
          <dt>{t('changeNoteLabel')}</dt>
          <dd>{article.changeNote}</dd>
        </>
      )}
      {article.eventDate && (
        <>
          <dt>{t('eventDate')}</dt>
          <dd>
            <time dateTime={article.eventDate}>{format.date(article.eventDate)}</time>
          </dd>
        </>
      )}
    </dl>
  );
}

/** The figures; their files are not on the portal, so each is a labelled placeholder with its caption. */
function Figures({ images }: { images: readonly NewsImageFields[] }) {
  const { t } = useI18n(newsMessages);
  if (images.length === 0) return null;
  return (
    <div className={styles.figures}>
      {[...images]
        .sort((a, b) => a.position - b.position)
        .map((image) => (
          <figure key={image.position} className={styles.figure}>
            <div role="img" aria-label={image.altVi} className={styles.placeholder} data-file={image.fileName}>
              <span className={styles.placeholderIcon} aria-hidden="true">
                🖼
              </span>
              <span aria-hidden="true">
                {t('figureLabel', { position: image.position })} · {t('imageMissing')}
              </span>
            </div>
            <figcaption className={styles.caption}>{image.captionVi}</figcaption>
          </figure>
        ))}
    </div>
  );
}

function ArticleFooter({ article }: { article: NewsArticleFields }) {
  const { t, language } = useI18n(newsMessages);
  const links = useNewsLinks();
  const unitName = (unit: { nameVi: string; nameEn: string }) => (language === 'vi' ? unit.nameVi : unit.nameEn);
  return (
    <>
      <dl className={styles.articleMeta}>
        <dt>{t('author')}</dt>
        <dd>
          {article.authorName} ({unitName(article.authorUnit)})
        </dd>
      </dl>
      {article.reportsPeriod && (
        <section className={styles.section} aria-labelledby="news-indicators">
          <h2 id="news-indicators">{t('indicatorsHeading')}</h2>
          <p>{t('indicatorsIntro', { period: periodLabel(article.reportsPeriod, language) })}</p>
          <p>
            <Link href={links.withLanguage(statisticsDashboardPath(article.reportsPeriod))}>
              {t('indicatorsLink', { period: periodLabel(article.reportsPeriod, language) })}
            </Link>
          </p>
        </section>
      )}
      {article.relatedUnits.length > 0 && (
        <section className={styles.section} aria-labelledby="news-related-units">
          <h2 id="news-related-units">{t('relatedUnits')}</h2>
          <ul className={styles.plainList}>
            {article.relatedUnits.map((unit) => (
              <li key={unit.code}>{unitName(unit)}</li>
            ))}
          </ul>
        </section>
      )}
      {article.topics.length > 0 && (
        <section className={styles.section} aria-labelledby="news-topics">
          <h2 id="news-topics">{t('topics')}</h2>
          <ul className={styles.plainList}>
            {article.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <Link href={links.list()}>{t('backToList')}</Link>
      </p>
    </>
  );
}
