import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  Role,
  SessionCreateMutation,
  SessionCreateMutationVariables,
  SessionDeleteMutation,
  SessionDeleteMutationVariables,
  UserErrorFieldsFragment,
  ViewerFieldsFragment,
  ViewerQuery,
  ViewerQueryVariables,
} from './session.generated';

export type { SessionCreateMutation, SessionDeleteMutation, ViewerQuery };
/** A staff role, as the gateway names it. */
export type StaffRole = Role;
/** A mutation's refusal of the caller's input (`UserError`): which field (the input path, e.g. `['input', 'title']`), why, and a code to act on. */
export type UserErrorFields = UserErrorFieldsFragment;
/** The signed-in staff member, as the portal shows them. */
export type ViewerFields = ViewerFieldsFragment;

/** What every mutation's `userErrors` holds: spread it, and interpolate this document beside. */
export const USER_ERROR_FIELDS = gql`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`;

const VIEWER_FIELDS = gql`
  fragment ViewerFields on User {
    id
    email
    displayName
    roles
  }
`;

/** Who is signed in (the session cookie decides); `null` for a citizen. */
export const VIEWER_QUERY: TypedDocumentNode<ViewerQuery, ViewerQueryVariables> = gql`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

/** Signs in: the gateway sets the session cookie; a wrong password is a `userError`, never a detail of which part was wrong. */
export const SESSION_CREATE_MUTATION: TypedDocumentNode<SessionCreateMutation, SessionCreateMutationVariables> = gql`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      user {
        ...ViewerFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${VIEWER_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Signs out: the session is revoked on the server, not only forgotten by the browser. */
export const SESSION_DELETE_MUTATION: TypedDocumentNode<SessionDeleteMutation, SessionDeleteMutationVariables> = gql`
  mutation SessionDelete {
    sessionDelete {
      signedOut
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;
