import { keysetConnection, type KeysetOrder, keysetRange, type PageArgs, type RequestContext, requireRoleToRead } from '@egov/graphql';
import type { User } from '@egov/users-model';
import { GraphQLError } from 'graphql';
import { usersByEmail } from '../../users-repository';
import { userLoader } from '../loaders';
import type { UsersSources } from '../sources';

const byEmail: KeysetOrder<User> = { name: 'users-by-email', columns: usersByEmail, position: (user) => [user.email] };

export const queryResolvers = ({ users }: UsersSources) => ({
  viewer: (_: unknown, __: unknown, context: RequestContext) => (context.viewer ? userLoader(context, users).load(context.viewer.userId) : null),
  users: async (_: unknown, args: PageArgs, context: RequestContext) => {
    requireRoleToRead(context);
    const range = keysetRange(args, byEmail);
    const page = await users.page(range);
    const loader = userLoader(context, users);
    for (const user of page.rows) loader.prime(user.id, user);
    return keysetConnection(page, range, byEmail, () => users.count());
  },
  viewerSessions: (_: unknown, __: unknown, context: RequestContext) => {
    if (!context.viewer) throw new GraphQLError('Sign in to see your sessions.', { extensions: { code: 'FORBIDDEN' } });
    return users.sessions.listOpen(context.viewer.userId);
  },
});
