import { PortalClientProvider } from '@egov/client';
import { hasRole, useSignedInUser, type RemoteServices } from '@egov/federation';
import { useI18n, withLanguage } from '@egov/i18n';
import { RouterProvider, useLocation } from '@egov/routing';
import { Alert, Link, Skeleton } from '@egov/ui';
import { lazy, Suspense, useMemo } from 'react';
import { inspectionsMessages } from './messages';
import { RegisterPage } from './pages/register-page';
import { InspectionsContextValue, useInspections } from './remote-context';
import { isStaffPage, routeOf, type StaffPage } from './routes';
import * as styles from './inspections.module.css';

// The inspector's pages are a chunk of their own: a citizen never downloads them.
const StaffArea = lazy(() => import(/* webpackChunkName: "inspections-staff" */ './staff/staff-area'));

/**
 * The remote as the shell renders it, with the portal's services as props: the shared Apollo
 * Client (one cache for the page), the event bus, the page's router, the language and the route base.
 */
export function InspectionsApp({ client, router, events, basePath }: RemoteServices) {
  const user = useSignedInUser(events);
  const context = useMemo(() => ({ basePath, user, isInspector: hasRole(user, 'inspector') }), [basePath, user]);
  return (
    <RouterProvider router={router}>
      <PortalClientProvider client={client}>
        <InspectionsContextValue.Provider value={context}>
          <InspectionsRoutes />
        </InspectionsContextValue.Provider>
      </PortalClientProvider>
    </RouterProvider>
  );
}

function InspectionsRoutes() {
  const { basePath } = useInspections();
  const route = routeOf(useLocation().pathname, basePath);
  if (route.page === 'register') return <RegisterPage />;
  if (isStaffPage(route)) return <StaffGate page={route.page} />;
  return <NotFound />;
}

/** The inspector's pages for inspectors; a notice with the sign-in link for everyone else. */
function StaffGate({ page }: { page: StaffPage }) {
  const { t, language } = useI18n(inspectionsMessages);
  const { user, isInspector } = useInspections();
  const location = useLocation();
  if (user === undefined) return <Skeleton lines={4} />;
  if (!isInspector) {
    return (
      <div className={styles.page}>
        <h1>{t('staffOnlyTitle')}</h1>
        <Alert variant="info" title={t('staffOnlyTitle')}>
          <p>{t('staffOnlyBody')}</p>
          <p>
            <Link href={withLanguage(`/dang-nhap?tiep=${encodeURIComponent(location.href)}`, language)}>{t('staffSignIn')}</Link>
          </p>
        </Alert>
      </div>
    );
  }
  return (
    <Suspense
      fallback={
        <div className={styles.page} aria-busy="true">
          <p>{t('staffLoading')}</p>
          <Skeleton lines={6} />
        </div>
      }
    >
      <StaffArea page={page} />
    </Suspense>
  );
}

function NotFound() {
  const { t, language } = useI18n(inspectionsMessages);
  const { basePath } = useInspections();
  return (
    <div className={styles.page}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={withLanguage(basePath, language)}>{t('backToRegister')}</Link>
      </p>
    </div>
  );
}
