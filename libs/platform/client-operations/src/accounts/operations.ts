import { gql, type TypedDocumentNode } from '@apollo/client';
import { USER_ERROR_FIELDS } from '../session';
import type {
  AccountAuditLogQuery,
  AccountAuditLogQueryVariables,
  PasswordResetCompleteMutation,
  PasswordResetCompleteMutationVariables,
  SessionEndMutation,
  SessionEndMutationVariables,
  SessionEndOthersMutation,
  SessionEndOthersMutationVariables,
  StaffAccountFieldsFragment,
  StaffAccountsQuery,
  StaffAccountsQueryVariables,
  StaffSessionFieldsFragment,
  UserCreateMutation,
  UserCreateMutationVariables,
  UserDisableMutation,
  UserDisableMutationVariables,
  UserEnableMutation,
  UserEnableMutationVariables,
  UserPasswordResetMutation,
  UserPasswordResetMutationVariables,
  UserRolesSetMutation,
  UserRolesSetMutationVariables,
  ViewerPasswordChangeMutation,
  ViewerPasswordChangeMutationVariables,
  ViewerSessionsQuery,
  ViewerSessionsQueryVariables,
} from './operations.generated';

/** One of the viewer's signed-in sessions. */
export type StaffSessionFields = StaffSessionFieldsFragment;
/** A staff account as the admins' page lists it. */
export type StaffAccountFields = StaffAccountFieldsFragment;
/** One entry of an account's audit log. */
export type AccountAuditEntryFields = Extract<NonNullable<AccountAuditLogQuery['node']>, { __typename: 'User' }>['auditLog'][number];

const SESSION_FIELDS = gql`
  fragment StaffSessionFields on Session {
    id
    current
    createdAt
    lastSeenAt
    userAgent
  }
`;

export const VIEWER_SESSIONS_QUERY: TypedDocumentNode<ViewerSessionsQuery, ViewerSessionsQueryVariables> = gql`
  query ViewerSessions {
    viewerSessions {
      ...StaffSessionFields
    }
  }
  ${SESSION_FIELDS}
`;

export const SESSION_END_MUTATION: TypedDocumentNode<SessionEndMutation, SessionEndMutationVariables> = gql`
  mutation SessionEnd($input: SessionEndInput!) {
    sessionEnd(input: $input) {
      endedSessionId
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

export const SESSION_END_OTHERS_MUTATION: TypedDocumentNode<SessionEndOthersMutation, SessionEndOthersMutationVariables> = gql`
  mutation SessionEndOthers {
    sessionEndOthers {
      endedCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

export const VIEWER_PASSWORD_CHANGE_MUTATION: TypedDocumentNode<ViewerPasswordChangeMutation, ViewerPasswordChangeMutationVariables> = gql`
  mutation ViewerPasswordChange($input: ViewerPasswordChangeInput!) {
    viewerPasswordChange(input: $input) {
      user {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

export const PASSWORD_RESET_COMPLETE_MUTATION: TypedDocumentNode<PasswordResetCompleteMutation, PasswordResetCompleteMutationVariables> = gql`
  mutation PasswordResetComplete($input: PasswordResetCompleteInput!) {
    passwordResetComplete(input: $input) {
      user {
        id
        email
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

const ACCOUNT_FIELDS = gql`
  fragment StaffAccountFields on User {
    id
    email
    displayName
    roles
    disabled
    version
    createdAt
  }
`;

export const STAFF_ACCOUNTS_QUERY: TypedDocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables> = gql`
  query StaffAccounts($after: String) {
    users(first: 100, after: $after) {
      totalCount
      nodes {
        ...StaffAccountFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${ACCOUNT_FIELDS}
`;

export const ACCOUNT_AUDIT_LOG_QUERY: TypedDocumentNode<AccountAuditLogQuery, AccountAuditLogQueryVariables> = gql`
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

export const USER_CREATE_MUTATION: TypedDocumentNode<UserCreateMutation, UserCreateMutationVariables> = gql`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        ...StaffAccountFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ACCOUNT_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const USER_ROLES_SET_MUTATION: TypedDocumentNode<UserRolesSetMutation, UserRolesSetMutationVariables> = gql`
  mutation UserRolesSet($input: UserRolesSetInput!) {
    userRolesSet(input: $input) {
      user {
        ...StaffAccountFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ACCOUNT_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const USER_DISABLE_MUTATION: TypedDocumentNode<UserDisableMutation, UserDisableMutationVariables> = gql`
  mutation UserDisable($input: UserDisableInput!) {
    userDisable(input: $input) {
      user {
        ...StaffAccountFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ACCOUNT_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const USER_ENABLE_MUTATION: TypedDocumentNode<UserEnableMutation, UserEnableMutationVariables> = gql`
  mutation UserEnable($input: UserEnableInput!) {
    userEnable(input: $input) {
      user {
        ...StaffAccountFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ACCOUNT_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const USER_PASSWORD_RESET_MUTATION: TypedDocumentNode<UserPasswordResetMutation, UserPasswordResetMutationVariables> = gql`
  mutation UserPasswordReset($input: UserPasswordResetInput!) {
    userPasswordReset(input: $input) {
      user {
        ...StaffAccountFields
      }
      code
      codeExpiresAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${ACCOUNT_FIELDS}
  ${USER_ERROR_FIELDS}
`;
