import { ApolloProvider, getApolloContext } from '@apollo/client/react';
import { useContext, type ReactNode } from 'react';
import { getOrCreateClient, type PortalClient } from '../portal-client';

/** Props of {@link PortalClientProvider}. */
export interface PortalClientProviderProps {
  /** The client to hand down: the one in the remote's services; the page's own one when left out. */
  client?: PortalClient;
  children?: ReactNode;
}

/**
 * Makes a client available to `useQuery` and {@link usePortalClient} below it. A remote wraps its
 * view in `<PortalClientProvider client={services.client}>` so it shares the shell's cache.
 */
export function PortalClientProvider({ client, children }: PortalClientProviderProps) {
  return <ApolloProvider client={client ?? getOrCreateClient()}>{children}</ApolloProvider>;
}

/** The client of the nearest {@link PortalClientProvider}; throws, saying so, when there is none. */
export function usePortalClient(): PortalClient {
  const { client } = useContext(getApolloContext());
  if (!client) throw new Error('usePortalClient: no PortalClientProvider above this component; wrap the remote in <PortalClientProvider client={services.client}>.');
  return client;
}
