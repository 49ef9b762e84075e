import { hasRole, type RequestContext, requireRoleToRead } from '@egov/graphql';

/** Officials who handle dossiers; admins may do anything. */
export const OFFICIAL = 'licensing_officer' as const;

export const requireOfficialRead = (context: RequestContext) => requireRoleToRead(context, OFFICIAL);
export const isOfficial = (context: RequestContext) => hasRole(context, OFFICIAL);
