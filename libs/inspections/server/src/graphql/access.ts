import type { RequestContext } from '@egov/graphql';

/** Inspectors and admins see the names of individuals; nobody else does. */
export const seesPersons = (context: RequestContext) => !!context.viewer?.roles.some((role) => role === 'inspector' || role === 'admin');
