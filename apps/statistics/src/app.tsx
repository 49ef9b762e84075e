import { PortalClientProvider } from '@egov/client';
import { hasRole, useSignedInUser, type RemoteServices } from '@egov/federation';
import { useI18n, withLanguage } from '@egov/i18n';
import { RouterProvider, useLocation, useSearchParam } from '@egov/routing';
import { Alert } from '@egov/ui';
import { lazy, Suspense } from 'react';
import { Loading } from './components/query-state';
import { SectionNav } from './components/section-nav';
import { statisticsMessages } from './messages';
import { DashboardPage } from './pages/dashboard-page';
import { AwardsPage } from './pages/awards-page';
import { hrefOf, pageOf, params, periodParam } from './routes';

// Pages with charts load @visx with them; the statistician's form is for staff only. Neither is
// part of a citizen's first visit to the figures.
const ChartsPage = lazy(() => import('./pages/charts-page'));
const DistrictsPage = lazy(() => import('./pages/districts-page'));
const EditorPage = lazy(() => import('./pages/editor-page'));

/** The remote's pages, chosen from the address below its route base. */
export function StatisticsPages({ events }: Pick<RemoteServices, 'events'>) {
  const { t, language } = useI18n(statisticsMessages);
  const { pathname, href } = useLocation();
  const period = periodParam(useSearchParam(params.period));
  const user = useSignedInUser(events);
  const canEdit = hasRole(user, 'statistician');
  const page = pageOf(pathname);

  let content;
  switch (page) {
    case 'dashboard':
      content = <DashboardPage canEdit={canEdit} />;
      break;
    case 'charts':
      content = <ChartsPage />;
      break;
    case 'districts':
      content = <DistrictsPage />;
      break;
    case 'awards':
      content = <AwardsPage />;
      break;
    case 'editor':
      content =
        user === undefined ? (
          <>
            <h1>{t('navEditor')}</h1>
            <p role="status">{t('checkingSession')}</p>
          </>
        ) : canEdit ? (
          <EditorPage />
        ) : (
          <>
            <h1>{t('navEditor')}</h1>
            <Alert variant="info" title={t('staffOnlyTitle')} labels={{ info: t('alertInfo') }}>
              <p>{t('staffOnlyBody')}</p>
              {!user && (
                <p>
                  <a href={withLanguage(`/dang-nhap?tiep=${encodeURIComponent(href)}`, language)}>{t('signInLink')}</a>
                </p>
              )}
            </Alert>
          </>
        );
      break;
    case 'not-found':
      content = (
        <>
          <h1>{t('notFoundTitle')}</h1>
          <p>{t('notFoundBody')}</p>
          <p>
            <a href={withLanguage(hrefOf('dashboard'), language)}>{t('backToDashboard')}</a>
          </p>
        </>
      );
      break;
  }

  return (
    <>
      <SectionNav current={page} period={page === 'awards' ? null : period} canEdit={canEdit} />
      <Suspense fallback={<Loading />}>{content}</Suspense>
    </>
  );
}

/**
 * The remote as the shell renders it, with the portal's services as props: the shared Apollo
 * Client (one cache for the page), the event bus, the page's router, the language and the route base.
 */
export function StatisticsApp({ client, router, events }: RemoteServices) {
  return (
    <RouterProvider router={router}>
      <PortalClientProvider client={client}>
        <StatisticsPages events={events} />
      </PortalClientProvider>
    </RouterProvider>
  );
}
