import { connectionTypeDefs, payloadTypeDefs } from '@egov/graphql';

/** The users' part of the schema: staff accounts and their audit logs, sessions, sign-in and passwords. */
export const usersTypeDefs = /* GraphQL */ `
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

  ${payloadTypeDefs('SessionEndPayload', 'The result of sessionEnd.', 'endedSessionId', 'ID', 'The id of the session now ended; null when refused.')}

  ${payloadTypeDefs('SessionEndOthersPayload', 'The result of sessionEndOthers.', 'endedCount', 'Int', "How many of the viewer's other sessions were ended; null when refused.")}

  "A staff member's change of their own password."
  input ViewerPasswordChangeInput {
    "The password used now."
    currentPassword: String!
    "The new password, following the policy: at least 12 characters, two kinds of characters, six different ones, not the e-mail name."
    newPassword: String!
  }

  ${payloadTypeDefs('ViewerPasswordChangePayload', 'The result of viewerPasswordChange: every session of the account has ended, this one included; sign in again.', 'user', 'User')}

  "Enables a disabled account again (admins only)."
  input UserEnableInput {
    id: ID!
    "The version of the user the change is based on; a stale one is a CONFLICT."
    version: Int!
  }

  ${payloadTypeDefs('UserEnablePayload', 'The result of userEnable.', 'user', 'User')}

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

  ${payloadTypeDefs('PasswordResetCompletePayload', 'The result of passwordResetComplete: the account, whose new password now opens it.', 'user', 'User')}

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

  ${payloadTypeDefs('UserCreatePayload', 'The result of userCreate: the new account, or why not.', 'user', 'User')}

  "Replaces the roles of a user (admins only)."
  input UserRolesSetInput {
    "The user's global id."
    id: ID!
    "The version of the user the change is based on."
    version: Int!
    "The user's new roles (vai trò), replacing the old ones; at least one."
    roles: [Role!]!
  }

  ${payloadTypeDefs('UserRolesSetPayload', 'The result of userRolesSet: the user with the new roles, or why not.', 'user', 'User')}

  "Disables an account (admins only): it can no longer sign in and its open sessions end."
  input UserDisableInput {
    id: ID!
    "The version of the user the change is based on; a stale one is a CONFLICT."
    version: Int!
  }

  ${payloadTypeDefs('UserDisablePayload', 'The result of userDisable: the disabled user, or why not.', 'user', 'User')}

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
