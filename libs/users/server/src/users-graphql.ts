import { DomainError } from '@egov/errors';
import {
  connectionTypeDefs,
  fromGlobalId,
  keysetConnection,
  keysetRange,
  mutationPayload,
  requireRole,
  type GraphQLModule,
  type KeysetOrder,
  type PageArgs,
  type RequestContext,
} from '@egov/graphql';
import { userRoles, type User, type UserRole } from '@egov/users-model';
import { GraphQLError } from 'graphql';
import type { SessionControl, UsersRequestContext } from './session-context';
import type { SessionService } from './sessions';
import { usersByEmail, type UsersRepository } from './users-repository';

const byEmail: KeysetOrder<User> = { name: 'users-by-email', columns: usersByEmail, position: (user) => [user.email] };

const typeDefs = /* GraphQL */ `
  "A role of the department's staff (vai trò); each mutation names the roles it accepts, and an admin may do anything."
  enum Role {
    "Quản trị: everything, and managing users."
    ADMIN
    "Biên tập viên: news."
    EDITOR
    "Thống kê: observations of the indicators."
    STATISTICIAN
    "Cán bộ cấp phép: procedures, dossiers and licences."
    LICENSING_OFFICER
    "Thanh tra viên: inspections and sanction decisions."
    INSPECTOR
  }

  "A staff account (tài khoản). Only its owner and admins can see it."
  type User implements Node {
    id: ID!
    "The sign-in e-mail address, lower-case."
    email: String!
    "The name shown in the portal (tên hiển thị)."
    displayName: String!
    "What the account may do (vai trò); at least one."
    roles: [Role!]!
    "A disabled account cannot sign in, and its sessions stop working."
    disabled: Boolean!
    "Give it back when changing the user: a stale version is a CONFLICT."
    version: Int!
    "When the account was created."
    createdAt: DateTime!
  }

  ${connectionTypeDefs('User', 'A page of users.')}

  "Credentials for signing in (đăng nhập)."
  input SessionCreateInput {
    "The account's e-mail address; case does not matter."
    email: String!
    "The account's password."
    password: String!
  }

  "The result of sessionCreate: the signed-in user and session, or why the sign-in was refused."
  type SessionCreatePayload {
    "The signed-in user; null when the sign-in was refused."
    user: User
    "The session token, for API clients that send it as \\"Authorization: Bearer <token>\\"; browsers use the httpOnly cookie set with it."
    token: String
    "When the session ends."
    expiresAt: DateTime
    userErrors: [UserError!]!
  }

  "The result of sessionDelete."
  type SessionDeletePayload {
    "Whether a session was open and is now ended (false when the caller was not signed in)."
    signedOut: Boolean!
    userErrors: [UserError!]!
  }

  "A new account (admins only). The password follows the policy: at least 12 characters, two kinds of characters, six different ones."
  input UserCreateInput {
    "The sign-in e-mail address; stored lower-case and unique."
    email: String!
    "The name shown in the portal (tên hiển thị), at most 120 characters."
    displayName: String!
    "The initial password, following the policy above."
    password: String!
    "What the account may do (vai trò); at least one."
    roles: [Role!]!
  }

  "The result of userCreate: the new account, or why not."
  type UserCreatePayload {
    user: User
    userErrors: [UserError!]!
  }

  "Replaces the roles of a user (admins only)."
  input UserRolesSetInput {
    "The user's global id."
    id: ID!
    "The version of the user the change is based on."
    version: Int!
    "The user's new roles (vai trò), replacing the old ones; at least one."
    roles: [Role!]!
  }

  "The result of userRolesSet: the user with the new roles, or why not."
  type UserRolesSetPayload {
    user: User
    userErrors: [UserError!]!
  }

  "Disables an account (admins only): it can no longer sign in and its open sessions end."
  input UserDisableInput {
    id: ID!
    "The version of the user the change is based on; a stale one is a CONFLICT."
    version: Int!
  }

  "The result of userDisable: the disabled user, or why not."
  type UserDisablePayload {
    user: User
    userErrors: [UserError!]!
  }

  extend type Query {
    "The signed-in user, or null for an anonymous caller."
    viewer: User
    "Every account, by e-mail (admins only)."
    users(first: Int, after: String, last: Int, before: String): UserConnection!
  }

  extend type Mutation {
    "Signs in: sets the session cookie and returns the user. Wrong e-mail or password gives one message; repeated failures are refused for a while."
    sessionCreate(input: SessionCreateInput!): SessionCreatePayload!
    "Signs out: ends the session and clears the cookie."
    sessionDelete: SessionDeletePayload!
    "Creates a staff account (admins only)."
    userCreate(input: UserCreateInput!): UserCreatePayload!
    "Replaces a user's roles (admins only); the last enabled admin keeps the admin role."
    userRolesSet(input: UserRolesSetInput!): UserRolesSetPayload!
    "Disables a user (admins only); an admin cannot disable their own account or the last admin."
    userDisable(input: UserDisableInput!): UserDisablePayload!
  }
`;

/** GraphQL's ADMIN ↔ the model's admin, for every role. */
const roleEnum = Object.fromEntries(userRoles.map((role) => [role.toUpperCase(), role]));

/** The request's loader of users by id. */
export function userLoader(context: RequestContext, users: UsersRepository) {
  return context.loader<string, User | null>('user', (ids) => users.getMany(ids));
}

/** The key of a User global id; anything else is NOT_FOUND on `id`. */
function userKey(id: string): string {
  const parsed = fromGlobalId(id);
  if (parsed?.typeName !== 'User') {
    throw new DomainError('NOT_FOUND', 'No user has this id.', [{ field: ['id'], message: 'No user has this id.', code: 'NOT_FOUND' }]);
  }
  return parsed.key;
}

/** A user is visible to themselves and to admins; to anyone else it does not exist. */
const maySee = (context: RequestContext, userId: string) =>
  context.viewer !== null && (context.viewer.userId === userId || context.viewer.roles.includes('admin'));

/** The address a sign-in counts against when the request did not come over HTTP (tests, scripts). */
const NO_ADDRESS = 'local';

/**
 * Sign-in, sessions and user management in the API. Session cookies are set through the
 * request context's `session` (session-http.ts); without it (a plain `graphql()` call) the
 * token is still returned in the payload.
 */
export function usersGraphQLModule(deps: { users: UsersRepository; sessions: SessionService }): GraphQLModule {
  const { users, sessions } = deps;
  return {
    name: 'users',
    typeDefs,
    resolvers: {
      Role: roleEnum,
      Query: {
        viewer: (_: unknown, __: unknown, context: RequestContext) => (context.viewer ? userLoader(context, users).load(context.viewer.userId) : null),
        users: async (_: unknown, args: PageArgs, context: RequestContext) => {
          if (!context.viewer?.roles.includes('admin')) {
            throw new GraphQLError(context.viewer ? 'This needs the role admin.' : 'Sign in to do this.', { extensions: { code: 'FORBIDDEN' } });
          }
          const range = keysetRange(args, byEmail);
          const page = await users.page(range);
          const loader = userLoader(context, users);
          for (const user of page.rows) loader.prime(user.id, user);
          return keysetConnection(page, range, byEmail, () => users.count());
        },
      },
      Mutation: {
        sessionCreate: (_: unknown, args: { input: { email: string; password: string } }, context: UsersRequestContext) =>
          mutationPayload(async () => {
            const session: SessionControl | undefined = context.session;
            const { user, token, claims } = await sessions.signIn(args.input, session?.address ?? NO_ADDRESS);
            session?.setCookie(token, claims.expiresAt);
            return { user, token, expiresAt: claims.expiresAt };
          }),
        sessionDelete: (_: unknown, __: unknown, context: UsersRequestContext) =>
          mutationPayload(async () => {
            const current = context.session?.current ?? null;
            if (current) await sessions.signOut(current);
            context.session?.clearCookie();
            return { signedOut: current !== null };
          }),
        userCreate: (_: unknown, args: { input: { email: string; displayName: string; password: string; roles: UserRole[] } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'admin');
            return { user: await users.create(args.input, { actor }) };
          }),
        userRolesSet: (_: unknown, args: { input: { id: string; version: number; roles: UserRole[] } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'admin');
            return { user: await users.setRoles(userKey(args.input.id), args.input.version, args.input.roles, { actor }) };
          }),
        userDisable: (_: unknown, args: { input: { id: string; version: number } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'admin');
            return { user: await users.setDisabled(userKey(args.input.id), args.input.version, true, { actor }) };
          }),
      },
    },
    nodeTypes: {
      User: {
        key: (user: User) => user.id,
        load: async (id, context) => (maySee(context, id) ? ((await userLoader(context, users).load(id)) as never) : null),
      },
    },
  };
}
