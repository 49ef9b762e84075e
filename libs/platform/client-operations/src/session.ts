import { gql, type TypedDocumentNode } from '@apollo/client';

/** A staff role, as the gateway names it. */
export type StaffRole = 'ADMIN' | 'EDITOR' | 'STATISTICIAN' | 'LICENSING_OFFICER' | 'INSPECTOR';

/** A mutation's refusal of the caller's input (`UserError`): which field, why, and a code to act on. */
export interface UserErrorFields {
  __typename?: 'UserError';
  /** The input path, e.g. `['input', 'title']`. */
  field: string[];
  message: string;
  code: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'DUPLICATE' | 'UNKNOWN_REFERENCE' | 'INVALID_TRANSITION' | 'FORBIDDEN' | 'RATE_LIMITED';
}

/** The signed-in staff member, as the portal shows them. */
export interface ViewerFields {
  __typename?: 'User';
  id: string;
  email: string;
  displayName: string;
  roles: StaffRole[];
}

export interface ViewerQuery {
  viewer: ViewerFields | null;
}

/** Who is signed in (the session cookie decides); `null` for a citizen. */
export const VIEWER_QUERY: TypedDocumentNode<ViewerQuery, Record<string, never>> = gql`
  query Viewer {
    viewer {
      id
      email
      displayName
      roles
    }
  }
`;

export interface SessionCreateMutation {
  sessionCreate: { user: ViewerFields | null; userErrors: UserErrorFields[] };
}

/** Signs in: the gateway sets the session cookie; a wrong password is a `userError`, never a detail of which part was wrong. */
export const SESSION_CREATE_MUTATION: TypedDocumentNode<SessionCreateMutation, { input: { email: string; password: string } }> = gql`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      user {
        id
        email
        displayName
        roles
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface SessionDeleteMutation {
  sessionDelete: { signedOut: boolean; userErrors: UserErrorFields[] };
}

/** Signs out: the session is revoked on the server, not only forgotten by the browser. */
export const SESSION_DELETE_MUTATION: TypedDocumentNode<SessionDeleteMutation, Record<string, never>> = gql`
  mutation SessionDelete {
    sessionDelete {
      signedOut
      userErrors {
        field
        message
        code
      }
    }
  }
`;
