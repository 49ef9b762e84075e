import { hasRole, type RequestContext } from '@egov/graphql';

/** Who sees the periods not yet published, and their figures: statisticians, and admins (who may do anything). */
export const seesUnpublished = (context: RequestContext) => hasRole(context, 'statistician');
