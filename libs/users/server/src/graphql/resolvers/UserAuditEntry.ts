import type { RequestContext } from '@egov/graphql';
import { userLoader } from '../loaders';
import type { UsersSources } from '../sources';

export const userAuditEntryResolvers = ({ users }: UsersSources) => ({
  actorName: (entry: { actor: string }) => entry.actor,
  actor: (entry: { actor: string }, _: unknown, context: RequestContext) => userLoader(context, users).load(entry.actor),
});
