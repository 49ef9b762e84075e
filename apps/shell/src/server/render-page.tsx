import { ApolloClient, ApolloLink, type DocumentNode } from '@apollo/client';
import type { FormattedExecutionResult } from 'graphql';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { createPortalCache } from '@egov/client';
import {
  createPortalEventBus,
  createRemoteLoader,
  inNavigationOrder,
  remoteFallbackPlugin,
  type FederationRuntime,
  type RemoteDefinition,
  type RemoteLoader,
  type RemoteLoaderLog,
} from '@egov/federation';
import { memoryLanguageStorage, withLanguage, type Language } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { createFixedRouter, createPageHeadRegistry, type PageHead } from '@egov/routing';
import { getInstance, type ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';
import { prerenderToNodeStream } from 'react-dom/static';
import { Observable } from 'rxjs';
import { ShellApp } from '../app/shell-app';
import { matchRoute } from '../routing/routes';
import type { PageState } from './page-state';

/** A GraphQL operation run in the gateway's own process, as an anonymous reader. */
export interface InProcessOperation {
  query: DocumentNode;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

/** Options of {@link createPageRenderer}, given once by the gateway. */
export interface PageRendererOptions {
  /**
   * Loads a remote's server entry itself: the gateway `require`s its own builds from disk. Undefined
   * leaves the entry to the federation runtime, which fetches it (a remote on another origin).
   */
  loadEntry?: (url: string) => Promise<unknown>;
  /** Where a remote that cannot render on the server is reported. */
  log?: RemoteLoaderLog;
  /** The federation runtime that loads the remotes' server entries: the host instance of this build by default (tests pass a stand-in). */
  runtime?: FederationRuntime & { registerPlugins?: (plugins: ModuleFederationRuntimePlugin[]) => void };
}

/** One page to render. */
export interface PageRenderRequest {
  /** The page's path and query (`/tin-tuc?trang=2`). */
  url: string;
  /** From `?lang=`, else the reader's cookie, else Vietnamese (the gateway decides, as the browser would). */
  language: Language;
  /** The manifest's remotes, as the browser reads them. */
  remotes: readonly RemoteManifestEntry[];
  /** Each remote's server entry as an absolute URL; a remote without one renders in the browser. */
  serverEntries: Readonly<Record<string, string>>;
  /** How long the render may take before the remote's area is left to the browser (default 500 ms). */
  budgetMs?: number;
  /** Runs a query on the gateway's schema as this request's anonymous reader (its limits and cache included), never over HTTP. */
  execute(operation: InProcessOperation): Promise<FormattedExecutionResult>;
}

/** A page rendered to HTML. */
export interface RenderedPage {
  /** The markup of `<div id="root">`. */
  html: string;
  /** What the page declared about itself (title, description, article), or undefined. */
  head: PageHead | undefined;
  /** What the browser hydrates from. */
  state: PageState;
  /** 404 for an address that is no page of the portal. */
  status: 200 | 404;
  /** The remote whose area was left to the browser (no server entry, failed or too slow), with why. */
  remoteOnClient?: { id: string; reason: string };
}

export interface PageRenderer {
  render(request: PageRenderRequest): Promise<RenderedPage>;
}

const DEFAULT_BUDGET_MS = 500;

/** Does nothing: what a server render calls where the browser would change or listen to something. */
const nothing = () => undefined;

function inProcessClient(execute: PageRenderRequest['execute']): ApolloClient {
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        execute({ query: operation.query, variables: operation.variables, operationName: operation.operationName }).then(
          (result) => {
            observer.next(result);
            observer.complete();
          },
          (error: unknown) => observer.error(error),
        );
      }),
  );
  return new ApolloClient({ link, cache: createPortalCache(), ssrMode: true });
}

class BudgetExceeded extends Error {
  override readonly name = 'BudgetExceeded';
}

/**
 * The shell's server render, which the gateway loads from the shell's server build: the same
 * components as in the browser, on the same shared singletons (this build is the federation host),
 * each remote's area rendered from the remote's own server build (`serverEntry` in the manifest),
 * loaded once by the federation runtime and again when its address changes (a new build). Queries
 * run in the gateway's process. A remote without a server entry, or that fails or exceeds the
 * budget, is rendered as its loading state and left to the browser; the page itself never fails
 * because of a remote.
 */
export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  const host = options.runtime ?? getInstance();
  if (!host) throw new Error("createPageRenderer runs inside the shell's server build (a federation host)");
  const { loadEntry } = options;
  host.registerPlugins?.([
    remoteFallbackPlugin(),
    ...(loadEntry ? [{ name: 'egov-server-entries', loadEntry: ({ remoteInfo }: { remoteInfo: { entry: string } }) => loadEntry(remoteInfo.entry) as never }] : []),
  ]);
  const log = options.log ?? console;
  const loaders = new Map<number, RemoteLoader>();
  const loaderFor = (budgetMs: number) => {
    // One loader per budget: it keeps the registered entries, and re-registers one whose address changed.
    let loader = loaders.get(budgetMs);
    if (!loader) {
      loader = createRemoteLoader({ runtime: host, retries: 0, timeoutMs: budgetMs, deadlineMs: budgetMs, log });
      loaders.set(budgetMs, loader);
    }
    return loader;
  };

  /** The gateway renders for readers without a session only: the page says so from the first byte, as it will once hydrated. */
  const signedOutReader = () => {
    const events = createPortalEventBus();
    events.emit('user.signedOut', undefined);
    return events;
  };

  async function renderTree(request: PageRenderRequest, preloaded: ReadonlyMap<string, RemoteDefinition>, signal: AbortSignal) {
    const url = withLanguage(request.url, request.language);
    const client = inProcessClient(request.execute);
    const heads = createPageHeadRegistry({ collectsDuringRender: true });
    const remoteLoader = loaderFor(request.budgetMs ?? DEFAULT_BUDGET_MS);
    const tree = (
      <ShellApp
        router={createFixedRouter(url)}
        loader={remoteLoader}
        client={client}
        events={signedOutReader()}
        apiStatus={{ status: () => 'reachable', subscribe: () => nothing, fetch: globalThis.fetch }}
        storage={memoryLanguageStorage(request.language)}
        fetchManifest={() => Promise.reject(new Error('the server renders with the manifest it was given'))}
        initialManifest={request.remotes}
        preloadedRemotes={preloaded}
        pageHead={heads}
      />
    );
    const { result, aborted } = await prerenderStatic({
      tree,
      context: { client },
      signal,
      renderFunction: (node) => {
        // Each pass declares the page's head again; the last pass's is the page's.
        heads.reset();
        // An error inside a Suspense boundary leaves that boundary to the browser; it is logged here, not lost.
        return prerenderToNodeStream(node, { signal, progressiveChunkSize: Number.MAX_SAFE_INTEGER, onError: (error) => log.warn(`A part of ${request.url} did not render on the server`, error) });
      },
      maxRerenders: 10,
    });
    // Aborted: the markup of the last pass, with what had not arrived in its loading state.
    return { html: result, head: heads.current(), apollo: client.extract() as Record<string, unknown>, aborted };
  }

  return {
    async render(given) {
      // The shell lists the remotes as the browser would after reading the manifest.
      const request = { ...given, remotes: inNavigationOrder(given.remotes) };
      const budgetMs = request.budgetMs ?? DEFAULT_BUDGET_MS;
      const path = new URL(request.url, 'http://portal.invalid').pathname;
      const route = matchRoute(path, request.remotes);
      const status = route.kind === 'not-found' ? 404 : 200;
      const loader = loaderFor(budgetMs);
      loader.register(
        request.remotes.flatMap((remote) => {
          const entry = request.serverEntries[remote.id];
          return entry ? [{ id: remote.id, entry, routeBase: remote.routeBase }] : [];
        }),
      );

      let remoteOnClient: RenderedPage['remoteOnClient'];
      if (route.kind === 'remote') {
        const id = route.remote.id;
        if (!request.serverEntries[id]) {
          remoteOnClient = { id, reason: 'no server entry' };
        } else {
          const started = Date.now();
          const loaded = await loader.load(id);
          if (loaded.ok) {
            const preloaded = new Map([[id, loaded.remote]]);
            const controller = new AbortController();
            const timer = setTimeout(() => controller.abort(new BudgetExceeded(`the render took over ${budgetMs} ms`)), Math.max(0, budgetMs - (Date.now() - started)));
            try {
              const rendered = await renderTree(request, preloaded, controller.signal);
              if (rendered.aborted) throw new BudgetExceeded(`the render took over ${budgetMs} ms`);
              return { html: rendered.html, head: rendered.head, state: { remotes: request.remotes, renderedRemote: id, apollo: rendered.apollo }, status };
            } catch (error) {
              remoteOnClient = { id, reason: controller.signal.aborted ? `over the budget of ${budgetMs} ms` : `its render threw: ${(error as Error).message}` };
              log.warn(`Remote "${id}" is rendered in the browser: ${remoteOnClient.reason}`, error);
            } finally {
              clearTimeout(timer);
            }
          } else {
            remoteOnClient = { id, reason: loaded.failure === 'refused' ? 'refused by the contract' : 'its server entry did not load' };
          }
        }
      }
      // The shell's own pages, and a page whose remote is left to the browser (its area shows its
      // loading state). Within the budget too: what has not arrived by then shows as loading.
      const rendered = await renderTree(request, new Map(), AbortSignal.timeout(budgetMs));
      return { html: rendered.html, head: rendered.head, state: { remotes: request.remotes, renderedRemote: null, apollo: rendered.apollo }, status, ...(remoteOnClient ? { remoteOnClient } : {}) };
    },
  };
}
