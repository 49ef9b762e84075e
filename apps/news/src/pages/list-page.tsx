import { useQuery } from '@apollo/client/react';
import { NEWS_ARTICLES_QUERY, NEWS_SEARCH_QUERY, type NewsListItemFields } from '@egov/client-operations/news';
import { LanguageField, useI18n } from '@egov/i18n';
import { useLocation, useRouter } from '@egov/routing';
import { MAX_QUERY_LENGTH } from '@egov/text';
import { Alert, Button, FormField, Link, Pagination, Skeleton, TextInput } from '@egov/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { newsMessages } from '../messages';
import * as styles from '../news.module.css';
import { NEWS_FEED_PATH, PAGE_SIZE, pageCount, pageOffset, QUERY_PARAM, readListState } from '../routes';
import { portalDay } from '../view/dates';
import { Highlighted } from '../view/highlighted';
import { useAlertLabels } from '../view/alert-labels';
import { useNewsLinks } from '../view/use-news-paths';

/**
 * The list of published articles, newest first, 20 a page, or the results of a search: the page
 * and the search are in the address (`?trang=2`, `?tim=hoi+nghi`), so they can be shared.
 */
export function ListPage({ editorTools }: { editorTools?: React.ReactNode }) {
  const { t } = useI18n(newsMessages);
  const location = useLocation();
  const router = useRouter();
  const links = useNewsLinks();
  const { page, query } = readListState(location.search);
  const [typed, setTyped] = useState(query);
  useEffect(() => setTyped(query), [query]);

  function search(event: FormEvent) {
    event.preventDefault();
    router.navigate(links.list({ query: typed.slice(0, MAX_QUERY_LENGTH) }));
  }

  return (
    <>
      <h1 className={styles.title}>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      <p className={styles.toolbar}>
        <Link href={NEWS_FEED_PATH} type="application/atom+xml">
          {t('feed')}
        </Link>
      </p>
      {editorTools}
      {/* Without JavaScript it is a plain GET form: `?tim=` is the search's address. */}
      <form role="search" method="get" action={links.plain.list()} className={styles.search} onSubmit={search} aria-label={t('searchLabel')}>
        <LanguageField />
        <FormField id="news-search" label={t('searchLabel')} hint={t('searchHint')} className={styles.searchField}>
          {(control) => (
            <TextInput {...control} type="search" name={QUERY_PARAM} value={typed} maxLength={MAX_QUERY_LENGTH} onChange={(event) => setTyped(event.target.value)} />
          )}
        </FormField>
        <Button type="submit">{t('searchButton')}</Button>
        {query && (
          <Link href={links.list()} className={styles.clear}>
            {t('clearSearch')}
          </Link>
        )}
      </form>
      {query ? <SearchResults query={query} page={page} /> : <LatestArticles page={page} />}
    </>
  );
}

function LatestArticles({ page }: { page: number }) {
  const { t } = useI18n(newsMessages);
  const result = useQuery(NEWS_ARTICLES_QUERY, { variables: { first: PAGE_SIZE, offset: pageOffset(page) } });
  const connection = result.data?.newsArticles;
  return (
    <section aria-labelledby="news-list-heading">
      <h2 id="news-list-heading" className={styles.visuallyHiddenHeading}>
        {t('listHeading')}
      </h2>
      <ArticlePage
        loading={result.loading && !connection}
        failed={!!result.error && !connection}
        retry={() => void result.refetch()}
        page={page}
        total={connection?.totalCount ?? 0}
        articles={connection?.nodes ?? []}
        query=""
        empty={t('noArticles')}
      />
    </section>
  );
}

function SearchResults({ query, page }: { query: string; page: number }) {
  const { t } = useI18n(newsMessages);
  const result = useQuery(NEWS_SEARCH_QUERY, { variables: { query, first: PAGE_SIZE, offset: pageOffset(page) } });
  const connection = result.data?.newsSearch;
  const counted = result.data?.newsSearchCount;
  const moreThanCounted = counted?.precision === 'AT_LEAST';
  return (
    <section aria-labelledby="news-results-heading">
      <h2 id="news-results-heading">{t('resultsHeading')}</h2>
      {counted && counted.count > 0 && (
        <p role="status" className={styles.pageInfo}>
          {t(moreThanCounted ? 'resultsCountAtLeast' : 'resultsCount', { count: counted.count, query })}
        </p>
      )}
      <ArticlePage
        loading={result.loading && !connection}
        failed={!!result.error && !connection}
        retry={() => void result.refetch()}
        page={page}
        total={counted?.count ?? 0}
        moreThanTotal={moreThanCounted ? { hasNextPage: connection?.pageInfo.hasNextPage ?? false } : null}
        articles={connection?.nodes ?? []}
        query={query}
        empty={t('noResults', { query })}
        emptyHint={t('noResultsHint')}
      />
    </section>
  );
}

interface ArticlePageProps {
  loading: boolean;
  failed: boolean;
  retry: () => void;
  page: number;
  total: number;
  /** When more articles exist than `total` (a count that stopped at its limit): whether a page follows this one. */
  moreThanTotal?: { hasNextPage: boolean } | null;
  articles: readonly NewsListItemFields[];
  query: string;
  empty: string;
  emptyHint?: string;
}

function ArticlePage({ loading, failed, retry, page, total, moreThanTotal, articles, query, empty, emptyHint }: ArticlePageProps) {
  const { t, language, format } = useI18n(newsMessages);
  const links = useNewsLinks();
  const router = useRouter();
  const labels = useAlertLabels();
  if (loading) return <Skeleton lines={6} />;
  if (failed) {
    return (
      <Alert variant="warning" labels={labels}>
        <p>{t('apiUnavailable')}</p>
        <Button variant="secondary" onClick={retry}>
          {t('retry')}
        </Button>
      </Alert>
    );
  }
  if (total === 0) {
    return (
      <Alert variant="info" title={empty} labels={labels}>
        {emptyHint && <p>{emptyHint}</p>}
      </Alert>
    );
  }
  // Beyond a count's limit, the pager offers the pages counted, and the next one while there is one.
  const pages = moreThanTotal ? Math.max(pageCount(total), page + (moreThanTotal.hasNextPage ? 1 : 0)) : pageCount(total);
  if (articles.length === 0) {
    return (
      <Alert variant="info" title={t('pageEmpty', { page })} labels={labels}>
        <p>
          <Link href={links.list({ query })}>{t('backToFirstPage')}</Link>
        </p>
      </Alert>
    );
  }
  return (
    <>
      {pages > 1 && <p className={styles.pageInfo}>{moreThanTotal ? t('pageNumber', { page }) : t('pageOf', { page, pages })}</p>}
      <ul className={styles.list}>
        {articles.map((article) => (
          <li key={article.id} className={styles.item}>
            <h3 className={styles.itemTitle}>
              <Link href={links.article(article.slug)}>
                <Highlighted text={article.title} query={query} />
              </Link>
            </h3>
            <dl className={styles.meta}>
              {article.publishedAt && (
                <>
                  <dt>{t('publishedOn')}</dt>
                  <dd>
                    <time dateTime={article.publishedAt}>{format.date(portalDay(article.publishedAt))}</time>
                  </dd>
                </>
              )}
              <dt>{t('authorUnit')}</dt>
              <dd>{language === 'vi' ? article.authorUnit.nameVi : article.authorUnit.nameEn}</dd>
            </dl>
            <p className={styles.summary}>
              <Highlighted text={article.summary} query={query} />
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        page={Math.min(page, pages)}
        pageCount={pages}
        hrefForPage={(target) => links.list({ page: target, query })}
        onPageChange={(target, event) => {
          event.preventDefault();
          router.navigate(links.list({ page: target, query }));
          window.scrollTo?.({ top: 0 });
        }}
        labels={{ navigation: t('paginationLabel'), previous: t('previous'), next: t('next'), page: (n) => t('pageNumber', { page: n }) }}
      />
    </>
  );
}
