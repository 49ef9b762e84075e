import './global.css';
import { createPortalClient } from '@egov/client';
import { createPortalEventBus, type RemoteDefinition } from '@egov/federation';
import { browserLanguageStorage, prepareFormatters, resolveLanguage, withLanguage } from '@egov/i18n';
import { createHistoryRouter, createPageHeadRegistry } from '@egov/routing';
import { startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ShellApp } from './app/shell-app';
import { createApiStatusTracker } from './platform/api-status';
import { nextTask } from './platform/next-task';
import { createShellRemoteLoader } from './remotes/remote-runtime';
import { readPageState } from './server/page-state';
import { documentTitle } from './server/page-title';

const storage = browserLanguageStorage();
const router = createHistoryRouter();
// The language is always written in the address (`?lang=vi` too), so a copied link opens as it was seen.
const language = resolveLanguage({ url: window.location.href, stored: storage.read() });
router.navigate(withLanguage(router.location().href, language), { replace: true });

// A server-rendered page carries the state it was rendered with: the client starts from it and
// asks the gateway nothing it already answered; `ssrForceFetchDelay` keeps queries that would
// refresh on mount (cache-and-network) from doing so while the page hydrates.
const pageState = readPageState(document);
const apiStatus = createApiStatusTracker();
const client = createPortalClient({ fetch: apiStatus.fetch, ...(pageState ? { ssrForceFetchDelay: 1000 } : {}) });
const events = createPortalEventBus();
events.emit('language.changed', { language });
const loader = createShellRemoteLoader();
const pageHead = createPageHeadRegistry({
  onChange: (head) => {
    if (!head) return;
    const current = resolveLanguage({ url: window.location.href });
    document.title = documentTitle(head, current);
    document.querySelector('meta[name="description"]')?.setAttribute('content', head.description ?? '');
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('The shell needs <div id="root"> in index.html');

function shell(extra: { initialManifest?: PageStateRemotes; preloadedRemotes?: ReadonlyMap<string, RemoteDefinition>; knownSignedOut?: boolean } = {}): ReactNode {
  return (
    <ShellApp
      router={router}
      loader={loader}
      client={client}
      events={events}
      apiStatus={apiStatus}
      storage={storage}
      fetchManifest={(url, init) => fetch(url, init)}
      pageHead={pageHead}
      {...extra}
    />
  );
}
type PageStateRemotes = NonNullable<ReturnType<typeof readPageState>>['remotes'];

// The gateway renders pages for readers without a session only (a staff member's pages are
// rendered here, with their rights), so a rendered page's reader is known to be signed out.
async function hydrate(state: NonNullable<typeof pageState>, root: HTMLElement) {
  // This task has run the shell's modules; each step below takes tasks of its own.
  await nextTask();
  client.cache.restore(state.apollo as never);
  loader.register(state.remotes.map((remote) => ({ id: remote.id, entry: remote.entry, routeBase: remote.routeBase })));
  // The remote the server rendered is loaded before hydrating, so the first render matches the HTML.
  const preloaded = new Map<string, RemoteDefinition>();
  const rendered = state.renderedRemote ? await loader.load(state.renderedRemote) : null;
  if (rendered?.ok) preloaded.set(rendered.remote.id, rendered.remote);
  await nextTask();
  // Its dates and figures are formatted during hydration: their locale data is loaded first, apart.
  prepareFormatters(language);
  await nextTask();
  // Known before hydrating, as the server knew it: no component changes its mind mid-hydration (an
  // update there would render a lazy page's boundary afresh, its loading state in place of the HTML).
  events.emit('user.signedOut', undefined);
  // In a transition, React hydrates in slices of a few milliseconds and lets the browser answer
  // the reader between them, instead of one task that freezes a slow phone for most of a second.
  startTransition(() => {
    hydrateRoot(root, shell({ initialManifest: state.remotes, preloadedRemotes: preloaded, knownSignedOut: true }), {
      onRecoverableError: (error) => console.error('Hydration mismatch: the page was rendered again in the browser', error),
    });
  });
}

// main.ts runs this once the server's page is painted: it is taken over at once.
if (pageState) void hydrate(pageState, container);
else createRoot(container).render(shell());
