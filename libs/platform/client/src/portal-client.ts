import { ApolloClient, HttpLink } from '@apollo/client';
import { createPortalCache } from './portal-cache';

/** Options of {@link createPortalClient}. */
export interface PortalClientOptions {
  /** The GraphQL endpoint (default `/graphql`, on the portal's own origin). */
  uri?: string;
  /** A `fetch` to use instead of the global one (tests, server rendering). */
  fetch?: typeof fetch;
}

/** The portal's Apollo Client. */
export type PortalClient = ApolloClient;

/**
 * Makes an Apollo Client for the portal: POST JSON to `/graphql` with the session cookie
 * (`credentials: 'same-origin'`; the gateway's CSRF prevention accepts JSON posts as they are),
 * and the portal's cache ({@link createPortalCache}). The shell makes one and hands it to every
 * remote; prefer {@link getOrCreateClient} unless you need a separate one.
 */
export function createPortalClient(options: PortalClientOptions = {}): PortalClient {
  return new ApolloClient({
    link: new HttpLink({
      uri: options.uri ?? '/graphql',
      credentials: 'same-origin',
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
    cache: createPortalCache(),
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
