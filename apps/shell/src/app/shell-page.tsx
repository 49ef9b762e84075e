import { SignInForm, sessionMessages, type PortalSession, type RemoteDefinition, type RemoteLoader, type RemoteServices } from '@egov/federation';
import { useI18n, withLanguage } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { followInternalLinks, useLocation, usePageHead, useRouter } from '@egov/routing';
import { PageLayout, Progress } from '@egov/ui';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { HomePage } from '../home/home-page';
import { RemoteArea } from '../remotes/remote-area';
import { afterSignIn, isShellRoute, matchRoute } from '../routing/routes';
import { Navigation } from './navigation';
import { NotFound } from './not-found';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { StartupNotices } from './startup-notices';
import { shellMessages } from '../platform/shell-messages';

/** The account pages: a chunk of their own, loaded only when one is opened. */
const AccountPages = lazy(() => import(/* webpackChunkName: "accounts" */ '../accounts/account-pages'));

/** Props of {@link ShellPage}. */
export interface ShellPageProps {
  /** The remotes of the manifest, in navigation order (empty until it is read, or when it cannot be). */
  remotes: readonly RemoteManifestEntry[];
  /** The manifest is still on its way: a path that may be a remote's is not "not found" yet. */
  manifestLoading: boolean;
  manifestUnavailable: boolean;
  apiUnavailable: boolean;
  loader: RemoteLoader;
  /** Remotes loaded before the first render (the one the server rendered this page with). */
  preloadedRemotes?: ReadonlyMap<string, RemoteDefinition>;
  /** The services every remote is handed, except its base path. */
  services: Omit<RemoteServices, 'basePath'>;
  /** Staff sign-in and sign-out. */
  session: PortalSession;
}

/**
 * The page the shell draws: skip link, header, navigation, notices, the route's content (home,
 * a remote's area, or not found) and the footer. Links to the shell's own routes are followed
 * without reloading the page; others (the gateway's `/open-data`, other sites) load as usual.
 */
export function ShellPage({ remotes, manifestLoading, manifestUnavailable, apiUnavailable, loader, preloadedRemotes, services, session }: ShellPageProps) {
  const { t } = useI18n();
  const signInTitle = useI18n(sessionMessages).t('signIn');
  const pageTitles = useI18n(shellMessages).t;
  const router = useRouter();
  const location = useLocation();
  const route = matchRoute(location.pathname, remotes);
  const firstPath = useRef(location.pathname);

  useEffect(() => {
    // After a navigation inside the page, take the reader to the new content, as a page load would.
    if (location.pathname === firstPath.current) return;
    firstPath.current = location.pathname;
    document.getElementById('main-content')?.focus();
  }, [location.pathname]);

  const section = route.kind === 'remote' ? route.remote.nav[services.language] : route.kind === 'home' ? t('home') : route.kind === 'sign-in' ? signInTitle : route.kind === 'account' ? pageTitles(`title_${route.page}`) : t('notFoundTitle');
  // The section names the page until the remote names it more precisely (an article's title).
  usePageHead({ title: section, description: t('portalDescription') }, 0);

  const followShellLinks = followInternalLinks(router, (pathname) => isShellRoute(pathname, remotes));

  return (
    // Delegates link activations only (Enter on a link is a click too); the links are the keyboard path.
    <div onClick={followShellLinks}>
      <PageLayout
        header={<SiteHeader session={session} events={services.events} />}
        navigation={<Navigation remotes={remotes} pathname={location.pathname} />}
        navigationLabel={t('mainNavigation')}
        skipLinkText={t('skipToContent')}
        footer={<SiteFooter />}
      >
        <StartupNotices manifestUnavailable={manifestUnavailable} apiUnavailable={apiUnavailable} />
        {route.kind === 'home' && <HomePage remotes={remotes} />}
        {route.kind === 'remote' && (
          <RemoteArea
            key={route.remote.id}
            remote={route.remote}
            loader={loader}
            preloaded={preloadedRemotes?.get(route.remote.id)}
            services={{ ...services, basePath: route.remote.routeBase }}
          />
        )}
        {route.kind === 'sign-in' && (
          <SignInForm session={session} onSignedIn={() => router.navigate(withLanguage(afterSignIn(location.search), services.language))} />
        )}
        {route.kind === 'account' && (
          <Suspense fallback={<Progress label={t('loading')} />}>
            <AccountPages page={route.page} session={session} events={services.events} />
          </Suspense>
        )}
        {route.kind === 'not-found' && (manifestLoading ? <Progress label={t('loading')} /> : <NotFound />)}
      </PageLayout>
    </div>
  );
}
