import type { GraphQLModule } from '@egov/graphql';
import { usersEnums } from './enums';
import { usersNodeTypes } from './node-types';
import { mutationResolvers } from './resolvers/Mutation';
import { queryResolvers } from './resolvers/Query';
import { sessionResolvers } from './resolvers/Session';
import { userResolvers } from './resolvers/User';
import { userAuditEntryResolvers } from './resolvers/UserAuditEntry';
import { usersTypeDefs } from './schema';
import type { UsersSources } from './sources';

/**
 * Sign-in, sessions and user management in the API. Session cookies are set through the
 * request context's `session` (session-http.ts); without it (a plain `graphql()` call) the
 * token is still returned in the payload.
 */
export function usersGraphQLModule(sources: UsersSources): GraphQLModule {
  return {
    name: 'users',
    typeDefs: usersTypeDefs,
    resolvers: {
      ...usersEnums,
      User: userResolvers(sources),
      UserAuditEntry: userAuditEntryResolvers(sources),
      Session: sessionResolvers,
      Query: queryResolvers(sources),
      Mutation: mutationResolvers(sources),
    },
    nodeTypes: usersNodeTypes(sources),
  };
}
