import { DomainError } from '@egov/errors';
import {
  connectionTypeDefs,
  defineLoader,
  type GraphQLModule,
  keyOfGlobalId,
  keysetConnection,
  type KeysetOrder,
  keysetRange,
  mutationPayload,
  type PageArgs,
  type RequestContext,
  requireRole,
  requireRoleToRead,
  roles,
} from '@egov/graphql';
import { userRoles, type User, type UserRole } from '@egov/users-model';
import { GraphQLError } from 'graphql';
import type { SessionControl, UsersRequestContext } from './session-context';
import type { SessionService } from './sessions';
import type { StaffSession } from './sessions-repository';
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
    """
    What happened to the account, newest first: its creation and changes, password changes and
    resets, sign-ins and sessions ended. Admins, and the account's own user.
    """
    auditLog(first: Int = 50): [UserAuditEntry!]!
  }

  ${connectionTypeDefs('User', 'A page of users.')}

  "One entry of an account's audit log (nhật ký)."
  type UserAuditEntry {
    "When it happened."
    occurredAt: DateTime!
    "What happened: user.create, user.roles-set, user.disable, user.enable, user.password-change, user.password-reset, user.password-reset-complete, session.create, session.end, session.end-others."
    action: String!
    "Who did it; null for the command line or another system actor (see actorName)."
    actor: User
    "The actor as recorded: a user's id, or a system actor such as cli."
    actorName: String!
  }

  "A signed-in session (phiên đăng nhập) of the viewer. Each sign-in starts a new one; a password change, reset or disabling ends them all."
  type Session implements Node {
    id: ID!
    "Whether this is the session the request came with."
    current: Boolean!
    "When it was signed in."
    createdAt: DateTime!
    "When it was last used (to the minute)."
    lastSeenAt: DateTime!
    "When it ends by itself."
    expiresAt: DateTime!
    "The browser or program that signed in, as it named itself (at most 300 characters)."
    userAgent: String
  }

  "Ends one of the viewer's own sessions."
  input SessionEndInput {
    "The session's global id (from viewerSessions)."
    id: ID!
  }

  "The result of sessionEnd."
  type SessionEndPayload {
    "The id of the session now ended; null when refused."
    endedSessionId: ID
    userErrors: [UserError!]!
  }

  "The result of sessionEndOthers."
  type SessionEndOthersPayload {
    "How many of the viewer's other sessions were ended; null when refused."
    endedCount: Int
    userErrors: [UserError!]!
  }

  "A staff member's change of their own password."
  input ViewerPasswordChangeInput {
    "The password used now."
    currentPassword: String!
    "The new password, following the policy: at least 12 characters, two kinds of characters, six different ones, not the e-mail name."
    newPassword: String!
  }

  "The result of viewerPasswordChange: every session of the account has ended, this one included; sign in again."
  type ViewerPasswordChangePayload {
    user: User
    userErrors: [UserError!]!
  }

  "Enables a disabled account again (admins only)."
  input UserEnableInput {
    id: ID!
    "The version of the user the change is based on; a stale one is a CONFLICT."
    version: Int!
  }

  "The result of userEnable."
  type UserEnablePayload {
    user: User
    userErrors: [UserError!]!
  }

  "Resets another account's password (admins only)."
  input UserPasswordResetInput {
    id: ID!
    "The version of the user the change is based on; a stale one is a CONFLICT."
    version: Int!
  }

  "The result of userPasswordReset: a one-time code to give the person. It is shown this once and never again."
  type UserPasswordResetPayload {
    user: User
    "The code (16 letters and digits in groups of four) with which the person sets a new password on the portal."
    code: String
    "When the code stops working (24 hours)."
    codeExpiresAt: DateTime
    userErrors: [UserError!]!
  }

  "Setting a new password with a reset code an admin gave."
  input PasswordResetCompleteInput {
    "The account's e-mail address."
    email: String!
    "The code, with or without its dashes; case does not matter."
    code: String!
    "The new password, following the policy."
    newPassword: String!
  }

  "The result of passwordResetComplete: the account, whose new password now opens it."
  type PasswordResetCompletePayload {
    user: User
    userErrors: [UserError!]!
  }

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
    "The viewer's open sessions, newest first, the current one marked (signed-in staff)."
    viewerSessions: [Session!]!
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
    "Disables a user (admins only) and ends every session of the account; an admin cannot disable their own account or the last admin."
    userDisable(input: UserDisableInput!): UserDisablePayload!
    "Enables a disabled user again (admins only)."
    userEnable(input: UserEnableInput!): UserEnablePayload!
    "Gives a one-time code for another user to set a new password (admins only); ends every session of that account."
    userPasswordReset(input: UserPasswordResetInput!): UserPasswordResetPayload!
    "Sets a new password with a reset code (anyone holding the code); the code works once, for 24 hours and 5 wrong tries. Ends every session of the account."
    passwordResetComplete(input: PasswordResetCompleteInput!): PasswordResetCompletePayload!
    "Changes the viewer's own password, the current one required; ends every session of the account, this one included."
    viewerPasswordChange(input: ViewerPasswordChangeInput!): ViewerPasswordChangePayload!
    "Ends one of the viewer's sessions (signed-in staff)."
    sessionEnd(input: SessionEndInput!): SessionEndPayload!
    "Ends every session of the viewer but this one (signed-in staff)."
    sessionEndOthers: SessionEndOthersPayload!
  }
`;

/** GraphQL's ADMIN ↔ the model's admin, for every role. */
const roleEnum = Object.fromEntries(userRoles.map((role) => [role.toUpperCase(), role]));

/** The request's loader of users by id. */
export const userLoader = defineLoader<string, User | null, UsersRepository>('user', (ids, users) => users.getMany(ids));

/** The key of a User global id; anything else is NOT_FOUND on `id`. */
function userKey(id: string): string {
  const key = keyOfGlobalId(id, 'User');
  if (!key) throw new DomainError('NOT_FOUND', 'No user has this id.', [{ field: ['id'], message: 'No user has this id.', code: 'NOT_FOUND' }]);
  return key;
}

const sessionNotFound = () =>
  new DomainError('NOT_FOUND', 'You have no open session with this id.', [{ field: ['id'], message: 'You have no open session with this id.', code: 'NOT_FOUND' }]);

/** The key of a Session global id; anything else is NOT_FOUND on `id`. */
function sessionKey(id: string): string {
  const key = keyOfGlobalId(id, 'Session');
  if (!key) throw sessionNotFound();
  return key;
}

/** Any signed-in staff member (every role): their own sessions and password. */
const requireSignedIn = (context: RequestContext) => requireRole(context, ...roles);

/** Audit entries shown per account at most. */
const MAX_AUDIT_ENTRIES = 100;

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
      User: {
        auditLog: (user: User, args: { first?: number | null }, context: RequestContext) => {
          if (!maySee(context, user.id)) throw new GraphQLError('Only admins and the account itself see its audit log.', { extensions: { code: 'FORBIDDEN' } });
          const first = args.first ?? 50;
          if (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_ENTRIES) {
            throw new GraphQLError(`first must be between 1 and ${MAX_AUDIT_ENTRIES}.`, { extensions: { code: 'BAD_USER_INPUT' } });
          }
          return users.auditLog(user.id, first);
        },
      },
      UserAuditEntry: {
        actorName: (entry: { actor: string }) => entry.actor,
        actor: (entry: { actor: string }, _: unknown, context: RequestContext) => userLoader(context, users).load(entry.actor),
      },
      Session: {
        current: (session: StaffSession, _: unknown, context: UsersRequestContext) => context.session?.current?.sessionId === session.id,
      },
      Query: {
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
      },
      Mutation: {
        sessionCreate: (_: unknown, args: { input: { email: string; password: string } }, context: UsersRequestContext) =>
          mutationPayload(async () => {
            const session: SessionControl | undefined = context.session;
            const { user, token, claims } = await sessions.signIn(args.input, session?.address ?? NO_ADDRESS, session?.userAgent ?? null);
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
        userEnable: (_: unknown, args: { input: { id: string; version: number } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'admin');
            return { user: await users.setDisabled(userKey(args.input.id), args.input.version, false, { actor }) };
          }),
        userPasswordReset: (_: unknown, args: { input: { id: string; version: number } }, context: RequestContext) =>
          mutationPayload(async () => {
            const actor = requireRole(context, 'admin');
            const { user, code, expiresAt } = await users.resetPassword(userKey(args.input.id), args.input.version, { actor });
            return { user, code, codeExpiresAt: expiresAt };
          }),
        passwordResetComplete: (_: unknown, args: { input: { email: string; code: string; newPassword: string } }) =>
          mutationPayload(async () => ({ user: await users.completePasswordReset(args.input) })),
        viewerPasswordChange: (_: unknown, args: { input: { currentPassword: string; newPassword: string } }, context: UsersRequestContext) =>
          mutationPayload(async () => {
            const actor = requireSignedIn(context);
            const current = await users.get(actor);
            if (!current) throw new DomainError('FORBIDDEN', 'Sign in to do this.');
            const user = await users.changePassword(actor, current.version, args.input, { actor });
            // Every session ended with the change, this one too: the browser forgets its cookie.
            context.session?.clearCookie();
            return { user };
          }),
        sessionEnd: (_: unknown, args: { input: { id: string } }, context: UsersRequestContext) =>
          mutationPayload(async () => {
            const actor = requireSignedIn(context);
            const id = sessionKey(args.input.id);
            if (!(await users.sessions.end(actor, id, actor))) throw sessionNotFound();
            if (context.session?.current?.sessionId === id) context.session.clearCookie();
            return { endedSessionId: args.input.id };
          }),
        sessionEndOthers: (_: unknown, __: unknown, context: UsersRequestContext) =>
          mutationPayload(async () => {
            const actor = requireSignedIn(context);
            const current = context.session?.current;
            if (!current) throw new DomainError('FORBIDDEN', 'Only a session signed in over HTTP can end the others.');
            return { endedCount: await users.sessions.endOthers(actor, current.sessionId, actor) };
          }),
      },
    },
    nodeTypes: {
      User: {
        key: (user: User) => user.id,
        load: async (id, context) => (maySee(context, id) ? ((await userLoader(context, users).load(id)) as never) : null),
      },
      Session: {
        key: (session: StaffSession) => session.id,
        // Only its owner finds a session; to anyone else it does not exist.
        load: async (id, context) => (context.viewer ? ((await users.sessions.getOpen(context.viewer.userId, id)) as never) : null),
      },
    },
  };
}
