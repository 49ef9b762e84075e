import { ApolloClient, HttpLink } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createPortalCache } from './portal-cache';
import { queryHash } from './query-hash';

/** Options of {@link createPortalClient}. */
export interface PortalClientOptions {
  /** The GraphQL endpoint (default `/graphql`, on the portal's own origin). */
  uri?: string;
  /** A `fetch` to use instead of the global one (tests, server rendering). */
  fetch?: typeof fetch;
  /**
   * For a page rendered on the server: how long after start queries are answered from the cache
   * the page arrived with, whatever their fetch policy, so hydrating sends no request.
   */
  ssrForceFetchDelay?: number;
}

/** The portal's Apollo Client. */
export type PortalClient = ApolloClient;

/**
 * Makes an Apollo Client for the portal, with the session cookie of the same origin
 * (`credentials: 'same-origin'`) and the portal's cache ({@link createPortalCache}):
 * - queries are GETs naming the query by its SHA-256 (automatic persisted queries). A GET is
 *   idempotent: a reverse proxy retries it on another gateway replica when one dies under it
 *   (deploy/nginx.conf), which it never does for a POST. A query the gateway does not know yet
 *   (`PersistedQueryNotFound`) is sent once more with its text, still as a GET, which registers it:
 *   the longest portal query is under 3 kB in the address (the gateway allows 1000 tokens);
 * - mutations are POSTs of JSON, never retried by the proxy;
 * - every request carries `apollo-require-preflight`, which the gateway's CSRF prevention asks of
 *   a GET: a cross-site page cannot send it without a CORS preflight the gateway does not grant.
 * The shell makes one and hands it to every remote; prefer {@link getOrCreateClient} unless you
 * need a separate one.
 */
export function createPortalClient(options: PortalClientOptions = {}): PortalClient {
  const persisted = new PersistedQueryLink({ sha256: queryHash, useGETForHashedQueries: true });
  const http = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'same-origin',
    // Also the registration of a persisted query (the link restores the method it found): a GET.
    useGETForQueries: true,
    headers: { 'apollo-require-preflight': 'true' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return new ApolloClient({
    link: persisted.concat(http),
    cache: createPortalCache(),
    ...(options.ssrForceFetchDelay ? { ssrForceFetchDelay: options.ssrForceFetchDelay } : {}),
  });
}

let shared: PortalClient | undefined;

/**
 * The one client of this page: made on first call (with these options), the same one after.
 * The shell calls it at start; a remote run on its own for development calls it in its bootstrap
 * and so makes its own. Since `@egov/client` is a federation singleton, both get the same client
 * inside the portal.
 */
export function getOrCreateClient(options: PortalClientOptions = {}): PortalClient {
  shared ??= createPortalClient(options);
  return shared;
}
