import type { DocumentNode } from 'graphql';
import { accountsOperations } from './accounts';
import { inspectionsOperations } from './inspections';
import { newsOperations } from './news';
import { PORTAL_SUMMARY_QUERY } from './portal-summary';
import { proceduresOperations } from './procedures';
import { SESSION_CREATE_MUTATION, SESSION_DELETE_MUTATION, VIEWER_QUERY } from './session';
import { statisticsOperations } from './statistics';

/**
 * Every GraphQL document this library sends, by operation name: what a gateway test validates
 * against the composed schema so a renamed field fails there, not in a reader's browser.
 */
export const portalOperations: Readonly<Record<string, DocumentNode>> = {
  PortalSummary: PORTAL_SUMMARY_QUERY,
  Viewer: VIEWER_QUERY,
  SessionCreate: SESSION_CREATE_MUTATION,
  SessionDelete: SESSION_DELETE_MUTATION,
  ...accountsOperations,
  ...newsOperations,
  ...statisticsOperations,
  ...proceduresOperations,
  ...inspectionsOperations,
};
