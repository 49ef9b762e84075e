import { keysetConnection, type KeysetOrder, keysetRange, requireRoleToRead } from '@egov/graphql';
import type { User } from '@egov/users-model';
import { GraphQLError } from 'graphql';
import { usersByEmail } from '../../users-repository';
import { userLoader } from '../loaders';
import type { QueryResolvers } from '../schema-types.generated';
import type { UsersSources } from '../sources';

const byEmail: KeysetOrder<User> = { name: 'users-by-email', columns: usersByEmail, position: (user) => [user.email] };

export const queryResolvers = ({ users }: UsersSources): QueryResolvers => ({
  viewer: (_, __, context) => (context.viewer ? userLoader(context, users).load(context.viewer.userId) : null),
  users: async (_, args, context) => {
    requireRoleToRead(context);
    const range = keysetRange(args, byEmail);
    const page = await users.page(range);
    const loader = userLoader(context, users);
    for (const user of page.rows) loader.prime(user.id, user);
    return keysetConnection(page, range, byEmail, () => users.count());
  },
  viewerSessions: (_, __, context) => {
    if (!context.viewer) throw new GraphQLError('Sign in to see your sessions.', { extensions: { code: 'FORBIDDEN' } });
    return users.sessions.listOpen(context.viewer.userId);
  },
});
