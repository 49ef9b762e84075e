import { PortalClientProvider } from '@egov/client';
import { hasRole, useSignedInUser, type PortalEventBus, type RemoteServices } from '@egov/federation';
import { useI18n, withLanguage } from '@egov/i18n';
import { RouterProvider, useLocation } from '@egov/routing';
import { Alert, Link, Skeleton } from '@egov/ui';
import { lazy, Suspense } from 'react';
import { newsMessages } from './messages';
import * as styles from './news.module.css';
import { ArticlePage } from './pages/article-page';
import { ListPage } from './pages/list-page';
import { parseRoute, type NewsRoute } from './routes';
import { useAlertLabels } from './view/alert-labels';
import { BasePathContext, useNewsLinks } from './view/use-news-paths';

// Staff-only code (the Markdown editor, marked, the publishing tools) is in chunks of
// its own, fetched only once an editor is signed in: a citizen never downloads it.
const EditorPages = lazy(() => import('./editor/editor-pages'));
const EditorialTools = lazy(() => import('./editor/editorial-tools'));

/**
 * The remote as the shell renders it, with the portal's services as props: the shared Apollo
 * Client (one cache for the page), the event bus, the page's router, the language and the route base.
 */
export function NewsApp({ client, router, events, basePath }: RemoteServices) {
  return (
    <RouterProvider router={router}>
      <PortalClientProvider client={client}>
        <BasePathContext.Provider value={basePath}>
          <NewsRoutes events={events} basePath={basePath} />
        </BasePathContext.Provider>
      </PortalClientProvider>
    </RouterProvider>
  );
}

function NewsRoutes({ events, basePath }: { events: PortalEventBus; basePath: string }) {
  const location = useLocation();
  const user = useSignedInUser(events);
  const editor = hasRole(user, 'editor');
  const route = parseRoute(location.pathname, basePath);

  switch (route.page) {
    case 'list':
      return <ListPage editorTools={editor ? <EditorBar /> : null} />;
    case 'article':
      return (
        <ArticlePage
          slug={route.slug}
          editor={editor}
          renderTools={
            editor
              ? (article) => (
                  <Suspense fallback={<Skeleton lines={2} />}>
                    <EditorialTools article={article} />
                  </Suspense>
                )
              : undefined
          }
        />
      );
    case 'desk':
    case 'new':
    case 'edit':
      if (user === undefined) return <Skeleton lines={4} />;
      if (!editor) return <EditorsOnly signedIn={user !== null} returnTo={`${location.pathname}${location.search}`} />;
      return (
        <Suspense fallback={<Skeleton lines={8} />}>
          <EditorPages route={route as Extract<NewsRoute, { page: 'desk' | 'new' | 'edit' }>} displayName={user?.displayName ?? ''} />
        </Suspense>
      );
    case 'notFound':
      return <NotFound />;
  }
}

/** The editors' links above the list. */
function EditorBar() {
  const { t } = useI18n(newsMessages);
  const links = useNewsLinks();
  return (
    <section className={styles.editorBar} aria-labelledby="news-editor-tools">
      <h2 id="news-editor-tools">{t('editorTools')}</h2>
      <Link href={links.create()}>{t('newArticleLink')}</Link>
      <Link href={links.desk()}>{t('deskLink')}</Link>
    </section>
  );
}

function EditorsOnly({ signedIn, returnTo }: { signedIn: boolean; returnTo: string }) {
  const { t, language } = useI18n(newsMessages);
  const labels = useAlertLabels();
  return (
    <>
      <h1 className={styles.title}>{t('editorsOnlyTitle')}</h1>
      <Alert variant="warning" labels={labels}>
        <p>{t(signedIn ? 'editorsOnlyRole' : 'editorsOnlySignIn')}</p>
        {!signedIn && (
          <p>
            <Link href={withLanguage(`/dang-nhap?tiep=${encodeURIComponent(returnTo)}`, language)}>{t('signIn')}</Link>
          </p>
        )}
      </Alert>
    </>
  );
}

function NotFound() {
  const { t } = useI18n(newsMessages);
  const links = useNewsLinks();
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
