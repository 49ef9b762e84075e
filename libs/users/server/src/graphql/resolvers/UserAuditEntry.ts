import { userLoader } from '../loaders';
import type { UserAuditEntryResolvers } from '../schema-types.generated';
import type { UsersSources } from '../sources';

export const userAuditEntryResolvers = ({ users }: UsersSources): UserAuditEntryResolvers => ({
  actorName: (entry) => entry.actor,
  actor: (entry, _, context) => userLoader(context, users).load(entry.actor),
});
