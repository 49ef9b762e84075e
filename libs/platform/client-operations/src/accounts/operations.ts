import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StaffRole, UserErrorFields } from '../session';

const USER_ERRORS = 'userErrors { field message code }';

/** One of the viewer's signed-in sessions. */
export interface StaffSessionFields {
  __typename?: 'Session';
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
}

export const VIEWER_SESSIONS_QUERY: TypedDocumentNode<{ viewerSessions: StaffSessionFields[] }, Record<string, never>> = gql`
  query ViewerSessions {
    viewerSessions {
      id
      current
      createdAt
      lastSeenAt
      userAgent
    }
  }
`;

export const SESSION_END_MUTATION: TypedDocumentNode<
  { sessionEnd: { endedSessionId: string | null; userErrors: UserErrorFields[] } },
  { input: { id: string } }
> = gql`
  mutation SessionEnd($input: SessionEndInput!) {
    sessionEnd(input: $input) {
      endedSessionId
      ${USER_ERRORS}
    }
  }
`;

export const SESSION_END_OTHERS_MUTATION: TypedDocumentNode<
  { sessionEndOthers: { endedCount: number | null; userErrors: UserErrorFields[] } },
  Record<string, never>
> = gql`
  mutation SessionEndOthers {
    sessionEndOthers {
      endedCount
      ${USER_ERRORS}
    }
  }
`;

export const VIEWER_PASSWORD_CHANGE_MUTATION: TypedDocumentNode<
  { viewerPasswordChange: { user: { id: string } | null; userErrors: UserErrorFields[] } },
  { input: { currentPassword: string; newPassword: string } }
> = gql`
  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {
    viewerPasswordChange(input: $input) {
      user {
        id
      }
      ${USER_ERRORS}
    }
  }
`;

export const PASSWORD_RESET_COMPLETE_MUTATION: TypedDocumentNode<
  { passwordResetComplete: { user: { id: string; email: string } | null; userErrors: UserErrorFields[] } },
  { input: { email: string; code: string; newPassword: string } }
> = gql`
  mutation PasswordResetComplete($input: PasswordResetCompleteInput!) {
    passwordResetComplete(input: $input) {
      user {
        id
        email
      }
      ${USER_ERRORS}
    }
  }
`;

/** A staff account as the admins' page lists it. */
export interface StaffAccountFields {
  __typename?: 'User';
  id: string;
  email: string;
  displayName: string;
  roles: StaffRole[];
  disabled: boolean;
  version: number;
  createdAt: string;
}

const ACCOUNT_FIELDS = 'id email displayName roles disabled version createdAt';

export const STAFF_ACCOUNTS_QUERY: TypedDocumentNode<
  { users: { totalCount: number; nodes: StaffAccountFields[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { after?: string | null }
> = gql`
  query StaffAccounts($after: String) {
    users(first: 100, after: $after) {
      totalCount
      nodes {
        ${ACCOUNT_FIELDS}
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** One entry of an account's audit log. */
export interface AccountAuditEntryFields {
  occurredAt: string;
  action: string;
  actorName: string;
  actor: { id: string; displayName: string } | null;
}

export const ACCOUNT_AUDIT_LOG_QUERY: TypedDocumentNode<
  { node: { id: string; auditLog?: AccountAuditEntryFields[] } | null },
  { id: string }
> = gql`
  query AccountAuditLog($id: ID!) {
    node(id: $id) {
      id
      ... on User {
        auditLog(first: 50) {
          occurredAt
          action
          actorName
          actor {
            id
            displayName
          }
        }
      }
    }
  }
`;

type AccountPayload<Name extends string> = { [K in Name]: { user: StaffAccountFields | null; userErrors: UserErrorFields[] } };

export const USER_CREATE_MUTATION: TypedDocumentNode<
  AccountPayload<'userCreate'>,
  { input: { email: string; displayName: string; password: string; roles: StaffRole[] } }
> = gql`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        ${ACCOUNT_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export const USER_ROLES_SET_MUTATION: TypedDocumentNode<AccountPayload<'userRolesSet'>, { input: { id: string; version: number; roles: StaffRole[] } }> = gql`
  mutation UserRolesSet($input: UserRolesSetInput!) {
    userRolesSet(input: $input) {
      user {
        ${ACCOUNT_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export const USER_DISABLE_MUTATION: TypedDocumentNode<AccountPayload<'userDisable'>, { input: { id: string; version: number } }> = gql`
  mutation UserDisable($input: UserDisableInput!) {
    userDisable(input: $input) {
      user {
        ${ACCOUNT_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export const USER_ENABLE_MUTATION: TypedDocumentNode<AccountPayload<'userEnable'>, { input: { id: string; version: number } }> = gql`
  mutation UserEnable($input: UserEnableInput!) {
    userEnable(input: $input) {
      user {
        ${ACCOUNT_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export const USER_PASSWORD_RESET_MUTATION: TypedDocumentNode<
  { userPasswordReset: { user: StaffAccountFields | null; code: string | null; codeExpiresAt: string | null; userErrors: UserErrorFields[] } },
  { input: { id: string; version: number } }
> = gql`
  mutation UserPasswordReset($input: UserPasswordResetInput!) {
    userPasswordReset(input: $input) {
      user {
        ${ACCOUNT_FIELDS}
      }
      code
      codeExpiresAt
      ${USER_ERRORS}
    }
  }
`;
