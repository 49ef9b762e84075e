import type { PortalClient } from '@egov/client';
import { PortalClientProvider } from '@egov/client';
import { createPortalSession, loadManifest, type FetchManifest, type PortalEventBus, type RemoteDefinition, type RemoteLoader } from '@egov/federation';
import { I18nProvider, defaultLanguage, languageFromUrl, withLanguage, type Language, type LanguageStorage } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { PageHeadProvider, RouterProvider, useLocation, type HistoryRouter, type PageHeadRegistry } from '@egov/routing';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { ApiStatusTracker } from '../platform/api-status';
import { ShellPage } from './shell-page';

/** What the shell is made of; bootstrap.tsx makes the real ones, tests pass fakes. */
export interface ShellAppProps {
  router: HistoryRouter;
  loader: RemoteLoader;
  client: PortalClient;
  events: PortalEventBus;
  apiStatus: ApiStatusTracker;
  storage: LanguageStorage;
  /** How `/remotes.json` is fetched (the page's `fetch`). */
  fetchManifest: FetchManifest;
  /** Where the manifest is (default `/remotes.json`). */
  manifestUrl?: string;
  /** The manifest's remotes when the page was rendered with them (on the server): not fetched again. */
  initialManifest?: readonly RemoteManifestEntry[];
  /** Remotes loaded before the first render: the one a server-rendered page shows, so it hydrates as rendered. */
  preloadedRemotes?: ReadonlyMap<string, RemoteDefinition>;
  /** Where the page's components declare its title and description. */
  pageHead: PageHeadRegistry;
  /**
   * Nobody is signed in (a page rendered on the server, which it does only for a request without
   * a session cookie): the shell does not ask the gateway, so a first visit sends no request.
   */
  knownSignedOut?: boolean;
}

type ManifestState = { status: 'loading' } | { status: 'ready'; remotes: readonly RemoteManifestEntry[] } | { status: 'unavailable' };

/**
 * The shell: reads the manifest (and starts without it, saying so), registers the remotes, keeps
 * the language in the URL (`?lang=`, the one source of truth; the provider stores the choice), and
 * hands the one Apollo Client and the event bus to the page and every remote.
 */
export function ShellApp(props: ShellAppProps) {
  return (
    <RouterProvider router={props.router}>
      <ShellWithLanguage {...props} />
    </RouterProvider>
  );
}

function ShellWithLanguage(props: ShellAppProps) {
  const { router, loader, client, events, apiStatus, storage, fetchManifest, manifestUrl = '/remotes.json', initialManifest } = props;
  const location = useLocation();
  const language: Language = languageFromUrl(location.href) ?? defaultLanguage;
  const [manifest, setManifest] = useState<ManifestState>(initialManifest ? { status: 'ready', remotes: initialManifest } : { status: 'loading' });
  const api = useSyncExternalStore(apiStatus.subscribe, apiStatus.status, apiStatus.status);

  useEffect(() => {
    // Read with the page on the server; the loader was given it before the first render.
    if (initialManifest) return undefined;
    let current = true;
    void loadManifest(fetchManifest, manifestUrl).then((result) => {
      if (!current) return;
      if (result.ok) {
        loader.register(result.remotes.map((remote) => ({ id: remote.id, entry: remote.entry, routeBase: remote.routeBase })));
        setManifest({ status: 'ready', remotes: result.remotes });
      } else {
        console.error(`The remotes manifest ${manifestUrl} is ${result.failure}:`, result.failure === 'invalid' ? result.reasons.join('; ') : result.reason);
        setManifest({ status: 'unavailable' });
      }
    });
    return () => {
      current = false;
    };
  }, [fetchManifest, manifestUrl, loader, initialManifest]);

  const session = useMemo(() => createPortalSession(client, events), [client, events]);
  const { knownSignedOut } = props;
  useEffect(() => {
    if (knownSignedOut) {
      events.emit('user.signedOut', undefined);
      return;
    }
    // Unreachable gateway: nobody can be signed in, and the notice already says why.
    session.refresh().catch(() => events.emit('user.signedOut', undefined));
  }, [session, events, knownSignedOut]);

  const onLanguageChange = useCallback(
    (next: Language) => {
      router.navigate(withLanguage(router.location().href, next), { replace: true });
      events.emit('language.changed', { language: next });
    },
    [router, events],
  );

  const services = useMemo(() => ({ client, events, language, router }), [client, events, language, router]);

  return (
    <I18nProvider language={language} storage={storage} onLanguageChange={onLanguageChange}>
      <PortalClientProvider client={client}>
        <PageHeadProvider registry={props.pageHead}>
          <ShellPage
            remotes={manifest.status === 'ready' ? manifest.remotes : []}
            manifestLoading={manifest.status === 'loading'}
            manifestUnavailable={manifest.status === 'unavailable'}
            apiUnavailable={api === 'unreachable'}
            loader={loader}
            preloadedRemotes={props.preloadedRemotes}
            services={services}
            session={session}
          />
        </PageHeadProvider>
      </PortalClientProvider>
    </I18nProvider>
  );
}
