import type { NodeType } from '@egov/graphql';
import type { User } from '@egov/users-model';
import type { StaffSession } from '../sessions-repository';
import { maySee } from './access';
import { userLoader } from './loaders';
import type { UsersSources } from './sources';

/** How `node(id)` finds the users' types: a user only by themselves and admins, a session only by its owner. */
export const usersNodeTypes = ({ users }: UsersSources) => ({
  User: {
    key: (user: User) => user.id,
    load: async (id, context) => (maySee(context, id) ? await userLoader(context, users).load(id) : null),
  } satisfies NodeType<User>,
  Session: {
    key: (session: StaffSession) => session.id,
    // Only its owner finds a session; to anyone else it does not exist.
    load: async (id, context) => (context.viewer ? await users.sessions.getOpen(context.viewer.userId, id) : null),
  } satisfies NodeType<StaffSession>,
});
