export { createPortalClient, getOrCreateClient, type PortalClient, type PortalClientOptions } from './portal-client';
export { createPortalCache } from './portal-cache';
export { PortalClientProvider, usePortalClient, type PortalClientProviderProps } from './react/portal-client-provider';
export { NODE_TYPES, portalPossibleTypes, type NodeTypeName } from './operations/node-types';
export {
  PORTAL_SUMMARY_QUERY,
  type PortalSummaryQuery,
  type PortalSummaryQueryVariables,
  type QuickLinkKind,
} from './operations/portal-summary';
export { portalOperations } from './operations/portal-operations';
