export { createPortalClient, getOrCreateClient, type PortalClient, type PortalClientOptions } from './portal-client';
export { createPortalCache } from './portal-cache';
export { PortalClientProvider, usePortalClient, type PortalClientProviderProps } from './react/portal-client-provider';
// The operations are isomorphic (the gateway validates them against its schema); re-exported here for remotes.
export {
  NODE_TYPES,
  PORTAL_SUMMARY_QUERY,
  portalPossibleTypes,
  type NodeTypeName,
  type PortalSummaryQuery,
  type PortalSummaryQueryVariables,
  type QuickLinkKind,
} from '@egov/client-operations';
export { graphqlRequestOf, type GraphQLRequest } from './graphql-request';
