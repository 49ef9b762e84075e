import { gql, type TypedDocumentNode } from '@apollo/client';
import { USER_ERROR_FIELDS } from '../session';
import type {
  DossierFieldsFragment,
  DossierQuery,
  DossierQueryVariables,
  DossierReceiveInput,
  DossierReceiveMutation,
  DossierReceiveMutationVariables,
  DossierTransitionInput,
  DossierTransitionMutation,
  DossierTransitionMutationVariables,
  DossiersQuery,
  DossiersQueryVariables,
  LicenceIssueInput,
  LicenceIssueMutation,
  LicenceIssueMutationVariables,
  LicenceRevokeInput,
  LicenceRevokeMutation,
  LicenceRevokeMutationVariables,
} from './officer.generated';
import { LICENCE_FIELDS } from './public';

export type { DossierQuery, DossiersQuery, DossiersQueryVariables, DossierReceiveInput, DossierReceiveMutation, DossierTransitionInput, DossierTransitionMutation, LicenceIssueInput, LicenceIssueMutation, LicenceRevokeInput, LicenceRevokeMutation };
/** A dossier as licensing officers see it, with the applicant and the full history. */
export type DossierFields = DossierFieldsFragment;

const DOSSIER_FIELDS = gql`
  fragment DossierFields on Dossier {
    id
    code
    procedure {
      id
      code
      nameVi
      nameEn
    }
    channel
    returnChannel
    applicant {
      fullName
      idNumber
      phone
      email
      address
    }
    receivedAt
    dueOn
    state
    stateLabelVi
    stateLabelEn
    allowedNext
    supplement {
      reason
      deadline
    }
    history {
      from
      to
      at
      actor
      note
      supplement {
        reason
        deadline
      }
    }
    settledOn
    onTime
    version
  }
`;

/** Dossiers, newest first (licensing officers). */
export const DOSSIERS_QUERY: TypedDocumentNode<DossiersQuery, DossiersQueryVariables> = gql`
  query Dossiers($filter: DossierFilter, $first: Int) {
    dossiers(filter: $filter, first: $first) {
      totalCount
      nodes {
        ...DossierFields
      }
    }
  }
  ${DOSSIER_FIELDS}
`;

/** One dossier with the applicant's data (licensing officers). */
export const DOSSIER_QUERY: TypedDocumentNode<DossierQuery, DossierQueryVariables> = gql`
  query Dossier($code: String!) {
    dossier(code: $code) {
      ...DossierFields
    }
  }
  ${DOSSIER_FIELDS}
`;

/** Receives a dossier through any channel (licensing officers). */
export const DOSSIER_RECEIVE_MUTATION: TypedDocumentNode<DossierReceiveMutation, DossierReceiveMutationVariables> = gql`
  mutation DossierReceive($input: DossierReceiveInput!) {
    dossierReceive(input: $input) {
      dossier {
        ...DossierFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${DOSSIER_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Moves a dossier along the state machine (licensing officers). */
export const DOSSIER_TRANSITION_MUTATION: TypedDocumentNode<DossierTransitionMutation, DossierTransitionMutationVariables> = gql`
  mutation DossierTransition($input: DossierTransitionInput!) {
    dossierTransition(input: $input) {
      dossier {
        ...DossierFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${DOSSIER_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Enters a newly issued licence in the register (licensing officers). */
export const LICENCE_ISSUE_MUTATION: TypedDocumentNode<LicenceIssueMutation, LicenceIssueMutationVariables> = gql`
  mutation LicenceIssue($input: LicenceIssueInput!) {
    licenceIssue(input: $input) {
      licence {
        ...LicenceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${LICENCE_FIELDS}
  ${USER_ERROR_FIELDS}
`;

/** Revokes a licence, once (licensing officers). */
export const LICENCE_REVOKE_MUTATION: TypedDocumentNode<LicenceRevokeMutation, LicenceRevokeMutationVariables> = gql`
  mutation LicenceRevoke($input: LicenceRevokeInput!) {
    licenceRevoke(input: $input) {
      licence {
        ...LicenceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${LICENCE_FIELDS}
  ${USER_ERROR_FIELDS}
`;
