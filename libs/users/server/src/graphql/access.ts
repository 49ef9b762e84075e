import type { RequestContext } from '@egov/graphql';

/** A user is visible to themselves and to admins; to anyone else it does not exist. */
export const maySee = (context: RequestContext, userId: string) =>
  context.viewer !== null && (context.viewer.userId === userId || context.viewer.roles.includes('admin'));
