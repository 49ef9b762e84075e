import { useQuery } from '@apollo/client/react';
import { NEWS_ARTICLE_QUERY, NEWS_EDITORIAL_ARTICLES_QUERY } from '@egov/client-operations/news';
import { useI18n } from '@egov/i18n';
import { useLocation, useRouter } from '@egov/routing';
import { Alert, Link, Pagination, Skeleton } from '@egov/ui';
import { newsMessages } from '../messages';
import * as newsStyles from '../news.module.css';
import { PAGE_SIZE, pageCount, pageOffset, readListState, type NewsRoute } from '../routes';
import { useAlertLabels } from '../view/alert-labels';
import { editorialStatus } from '../view/dates';
import { useNewsLinks } from '../view/use-news-paths';
import { ArticleForm } from './article-form';
import { editorMessages } from './editor-messages';
import * as styles from './editor.module.css';

export interface EditorPagesProps {
  route: Extract<NewsRoute, { page: 'desk' | 'new' | 'edit' }>;
  displayName: string;
}

/** The editors' pages, loaded only for a signed-in editor. */
export default function EditorPages({ route, displayName }: EditorPagesProps) {
  switch (route.page) {
    case 'desk':
      return <Desk />;
    case 'new':
      return <ArticleForm displayName={displayName} />;
    case 'edit':
      return <EditArticle slug={route.slug} displayName={displayName} />;
  }
}

function EditArticle({ slug, displayName }: { slug: string; displayName: string }) {
  const news = useI18n(newsMessages);
  const links = useNewsLinks();
  // The version edited is the one read now, not one cached earlier.
  const result = useQuery(NEWS_ARTICLE_QUERY, { variables: { slug }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const article = result.data?.newsArticle;
  if (!result.data && result.loading) return <Skeleton lines={8} />;
  if (!article) {
    return (
      <>
        <h1 className={newsStyles.title}>{news.t('notFoundTitle')}</h1>
        <p>
          <Link href={links.desk()}>{news.t('deskLink')}</Link>
        </p>
      </>
    );
  }
  return <ArticleForm key={article.id} article={article} displayName={displayName} />;
}

/** Drafts, scheduled and withdrawn articles, last edited first, 20 a page (`?trang=`). */
function Desk() {
  const { t } = useI18n(editorMessages);
  const news = useI18n(newsMessages);
  const labels = useAlertLabels();
  const links = useNewsLinks();
  const router = useRouter();
  const { page } = readListState(useLocation().search);
  const result = useQuery(NEWS_EDITORIAL_ARTICLES_QUERY, { variables: { first: PAGE_SIZE, offset: pageOffset(page) }, fetchPolicy: 'cache-and-network' });
  const connection = result.data?.newsEditorialArticles;
  const statusLabel = {
    draft: news.t('statusDraft'),
    scheduled: news.t('statusScheduled'),
    published: news.t('statusPublished'),
    withdrawn: news.t('statusWithdrawn'),
  };
  const deskHref = (target: number) => links.withLanguage(`${links.plain.desk()}${target > 1 ? `?trang=${target}` : ''}`);

  return (
    <>
      <h1 className={newsStyles.title}>{t('deskTitle')}</h1>
      <p className={newsStyles.lead}>{t('deskIntro')}</p>
      <p className={newsStyles.toolbar}>
        <Link href={links.create()}>{news.t('newArticleLink')}</Link>
        <Link href={links.list()}>{news.t('backToList')}</Link>
      </p>
      {!connection && result.loading && <Skeleton lines={6} />}
      {!connection && result.error && (
        <Alert variant="warning" labels={labels}>
          <p>{news.t('apiUnavailable')}</p>
        </Alert>
      )}
      {connection && connection.totalCount === 0 && (
        <Alert variant="info" labels={labels}>
          <p>{t('deskEmpty')}</p>
        </Alert>
      )}
      {connection && connection.totalCount > 0 && (
        <>
          <p className={newsStyles.pageInfo}>{t('deskCount', { count: connection.totalCount })}</p>
          <table className={styles.table}>
            <caption className={newsStyles.visuallyHiddenHeading}>{t('deskTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fieldTitle')}</th>
                <th scope="col">{t('statusColumn')}</th>
                <th scope="col">{t('updatedColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {connection.nodes.map((article) => {
                const status = editorialStatus(article);
                return (
                  <tr key={article.id}>
                    <td>
                      <Link href={links.article(article.slug)}>{article.title}</Link>
                    </td>
                    <td>
                      {statusLabel[status]}
                      {status === 'scheduled' && article.publishedAt && <> ({news.format.dateTime(article.publishedAt)})</>}
                    </td>
                    <td>
                      <time dateTime={article.updatedAt}>{news.format.dateTime(article.updatedAt)}</time>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Pagination
            page={page}
            pageCount={pageCount(connection.totalCount)}
            hrefForPage={deskHref}
            onPageChange={(target, event) => {
              event.preventDefault();
              router.navigate(deskHref(target));
            }}
            labels={{ navigation: news.t('paginationLabel'), previous: news.t('previous'), next: news.t('next'), page: (n) => news.t('pageNumber', { page: n }) }}
          />
        </>
      )}
    </>
  );
}
