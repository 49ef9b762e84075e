import type { DocumentNode } from 'graphql';
import {
  ACCOUNT_AUDIT_LOG_QUERY,
  PASSWORD_RESET_COMPLETE_MUTATION,
  SESSION_END_MUTATION,
  SESSION_END_OTHERS_MUTATION,
  STAFF_ACCOUNTS_QUERY,
  USER_CREATE_MUTATION,
  USER_DISABLE_MUTATION,
  USER_ENABLE_MUTATION,
  USER_PASSWORD_RESET_MUTATION,
  USER_ROLES_SET_MUTATION,
  VIEWER_PASSWORD_CHANGE_MUTATION,
  VIEWER_SESSIONS_QUERY,
} from './operations';

export * from './operations';
export type { StaffRole, UserErrorFields } from '../session';

/** Every GraphQL document of the shell's account pages, by operation name (validated by the gateway's tests). */
export const accountsOperations: Readonly<Record<string, DocumentNode>> = {
  ViewerSessions: VIEWER_SESSIONS_QUERY,
  SessionEnd: SESSION_END_MUTATION,
  SessionEndOthers: SESSION_END_OTHERS_MUTATION,
  ViewerPasswordChange: VIEWER_PASSWORD_CHANGE_MUTATION,
  PasswordResetComplete: PASSWORD_RESET_COMPLETE_MUTATION,
  StaffAccounts: STAFF_ACCOUNTS_QUERY,
  AccountAuditLog: ACCOUNT_AUDIT_LOG_QUERY,
  UserCreate: USER_CREATE_MUTATION,
  UserRolesSet: USER_ROLES_SET_MUTATION,
  UserDisable: USER_DISABLE_MUTATION,
  UserEnable: USER_ENABLE_MUTATION,
  UserPasswordReset: USER_PASSWORD_RESET_MUTATION,
};
