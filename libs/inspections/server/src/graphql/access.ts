import { hasRole, type RequestContext } from '@egov/graphql';

/** Inspectors and admins see the names of individuals; nobody else does. */
export const seesPersons = (context: RequestContext) => hasRole(context, 'inspector');
