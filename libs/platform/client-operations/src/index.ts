export { NODE_TYPES, portalPossibleTypes, type NodeTypeName } from './node-types';
export { PORTAL_SUMMARY_QUERY, type PortalSummaryQuery, type PortalSummaryQueryVariables, type QuickLinkKind } from './portal-summary';
export { portalOperations } from './portal-operations';
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
// Each remote's operations and their answer types, in a folder of its own.
export * from './news';
export * from './statistics';
export * from './procedures';
export * from './inspections';
