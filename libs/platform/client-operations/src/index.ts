export { NODE_TYPES, portalPossibleTypes, type NodeTypeName } from './node-types';
export { PORTAL_SUMMARY_QUERY, type PortalSummaryQuery, type PortalSummaryQueryVariables, type QuickLinkKind } from './portal-summary';
export { portalSummaryFixture } from './portal-summary.fixture';
export {
  SESSION_CREATE_MUTATION,
  SESSION_DELETE_MUTATION,
  VIEWER_QUERY,
  type SessionCreateMutation,
  type SessionDeleteMutation,
  type StaffRole,
  type UserErrorFields,
  type ViewerFields,
  type ViewerQuery,
} from './session';
// Each remote's operations live in an entry of their own (`@egov/client-operations/news`…), bundled
// by that remote only: the shell's first visit does not carry every remote's documents.
// `@egov/client-operations/all` lists every document, for the gateway's schema test.
