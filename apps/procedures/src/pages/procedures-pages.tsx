import { hasRole, useSignedInUser, type PortalEventBus } from '@egov/federation';
import { useLocation } from '@egov/routing';
import { Alert, Link } from '@egov/ui';
import { lazy, Suspense } from 'react';
import { isOfficerRoute, matchRoute, paths, type Route } from '../routes';
import * as styles from '../procedures.module.css';
import { CataloguePage } from './catalogue-page';
import { Loading, useAlertLabels, useProceduresI18n } from './common';
import { LicencesPage } from './licences-page';
import { LookupPage } from './lookup-page';
import { ProcedurePage } from './procedure-page';

// Officers' pages are a chunk of their own: a citizen's visit never downloads them.
const OfficerArea = lazy(() => import('../officer/officer-area'));

/** The role that receives dossiers and issues licences. */
export const OFFICER_ROLE = 'licensing_officer';

function SectionNav({ route, officer }: { route: Route; officer: boolean }) {
  const { t, href } = useProceduresI18n();
  const items: Array<{ path: string; label: string; current: boolean }> = [
    { path: paths.catalogue, label: t('navCatalogue'), current: route.kind === 'catalogue' || route.kind === 'procedure' },
    { path: paths.lookup(), label: t('navLookup'), current: route.kind === 'lookup' },
    { path: paths.licences, label: t('navLicences'), current: route.kind === 'licences' },
  ];
  if (officer) {
    items.push(
      { path: paths.officerDossiers, label: t('navOfficerDossiers'), current: route.kind === 'officer-dossiers' || route.kind === 'officer-dossier' },
      { path: paths.officerLicences, label: t('navOfficerLicences'), current: route.kind === 'officer-licences' },
    );
  }
  return (
    <nav aria-label={t('sectionNav')} className={styles.sectionNav}>
      <ul>
        {items.map((item) => (
          <li key={item.path}>
            <a href={href(item.path)} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NotFound() {
  const { t, href } = useProceduresI18n();
  return (
    <>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={href(paths.catalogue)}>{t('backToCatalogue')}</Link>
      </p>
    </>
  );
}

/** What a visitor who is not a licensing officer sees on an officer's page: a way to sign in. */
function OfficerOnly({ returnTo }: { returnTo: string }) {
  const { t, href } = useProceduresI18n();
  const labels = useAlertLabels();
  return (
    <>
      <h1>{t('title')}</h1>
      <Alert variant="info" labels={labels}>
        <p>{t('officerOnly')}</p>
        <p>
          <Link href={href(`/dang-nhap?tiep=${encodeURIComponent(returnTo)}`)}>{t('signInLink')}</Link>
        </p>
      </Alert>
    </>
  );
}

/** The remote's pages, chosen from the address; officers' pages only for licensing officers. */
export function ProceduresPages({ events }: { events: PortalEventBus }) {
  const location = useLocation();
  const route = matchRoute(location.pathname);
  const user = useSignedInUser(events);
  const officer = hasRole(user, OFFICER_ROLE);

  let page;
  if (isOfficerRoute(route)) {
    if (user === undefined) page = <Loading />;
    else if (!officer) page = <OfficerOnly returnTo={`${location.pathname}${location.search}`} />;
    else
      page = (
        <Suspense fallback={<Loading />}>
          <OfficerArea route={route} />
        </Suspense>
      );
  } else if (route.kind === 'catalogue') page = <CataloguePage />;
  else if (route.kind === 'procedure') page = <ProcedurePage code={route.code} />;
  else if (route.kind === 'lookup') page = <LookupPage />;
  else if (route.kind === 'licences') page = <LicencesPage />;
  else page = <NotFound />;

  return (
    <>
      <SectionNav route={route} officer={officer} />
      {page}
    </>
  );
}
