import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UserErrorFields } from '../session';
import {
  LICENCE_FIELDS,
  type ChannelValue,
  type DossierStateValue,
  type LicenceFields,
  type LicenceTypeValue,
} from './public';

/** A dossier as licensing officers see it, with the applicant and the full history. */
export interface DossierFields {
  __typename?: 'Dossier';
  id: string;
  code: string;
  procedure: { __typename?: 'Procedure'; id: string; code: string; nameVi: string; nameEn: string } | null;
  channel: ChannelValue;
  returnChannel: ChannelValue | null;
  applicant: { __typename?: 'Applicant'; fullName: string; idNumber: string; phone: string; email: string | null; address: string };
  receivedAt: string;
  dueOn: string;
  state: DossierStateValue;
  stateLabelVi: string;
  stateLabelEn: string;
  allowedNext: DossierStateValue[];
  supplement: { __typename?: 'SupplementRequest'; reason: string; deadline: string } | null;
  history: Array<{
    __typename?: 'DossierHistoryEntry';
    from: DossierStateValue;
    to: DossierStateValue;
    at: string;
    actor: string;
    note: string | null;
    supplement: { __typename?: 'SupplementRequest'; reason: string; deadline: string } | null;
  }>;
  settledOn: string | null;
  onTime: boolean;
  version: number;
}

const DOSSIER_FIELDS = `
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
`;

const USER_ERRORS = `
  userErrors {
    field
    message
    code
  }
`;

export interface DossiersQuery {
  dossiers: { __typename?: 'DossierConnection'; totalCount: number; nodes: DossierFields[] };
}
export interface DossiersQueryVariables {
  filter?: { procedureCode?: string | null; state?: DossierStateValue | null } | null;
  first?: number | null;
}

/** Dossiers, newest first (licensing officers). */
export const DOSSIERS_QUERY: TypedDocumentNode<DossiersQuery, DossiersQueryVariables> = gql`
  query Dossiers($filter: DossierFilter, $first: Int) {
    dossiers(filter: $filter, first: $first) {
      totalCount
      nodes {
        ${DOSSIER_FIELDS}
      }
    }
  }
`;

export interface DossierQuery {
  dossier: DossierFields | null;
}

/** One dossier with the applicant's data (licensing officers). */
export const DOSSIER_QUERY: TypedDocumentNode<DossierQuery, { code: string }> = gql`
  query Dossier($code: String!) {
    dossier(code: $code) {
      ${DOSSIER_FIELDS}
    }
  }
`;

export interface DossierReceiveInput {
  procedureCode: string;
  channel: ChannelValue;
  applicant: { fullName: string; idNumber: string; phone: string; email?: string | null; address: string };
  receivedAt?: string | null;
}
export interface DossierReceiveMutation {
  dossierReceive: { __typename?: 'DossierReceivePayload'; dossier: DossierFields | null; userErrors: UserErrorFields[] };
}

/** Receives a dossier through any channel (licensing officers). */
export const DOSSIER_RECEIVE_MUTATION: TypedDocumentNode<DossierReceiveMutation, { input: DossierReceiveInput }> = gql`
  mutation DossierReceive($input: DossierReceiveInput!) {
    dossierReceive(input: $input) {
      dossier {
        ${DOSSIER_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export interface DossierTransitionInput {
  code: string;
  version: number;
  to: DossierStateValue;
  note?: string | null;
  supplement?: { reason: string; deadline: string } | null;
  returnChannel?: ChannelValue | null;
}
export interface DossierTransitionMutation {
  dossierTransition: { __typename?: 'DossierTransitionPayload'; dossier: DossierFields | null; userErrors: UserErrorFields[] };
}

/** Moves a dossier along the state machine (licensing officers). */
export const DOSSIER_TRANSITION_MUTATION: TypedDocumentNode<DossierTransitionMutation, { input: DossierTransitionInput }> = gql`
  mutation DossierTransition($input: DossierTransitionInput!) {
    dossierTransition(input: $input) {
      dossier {
        ${DOSSIER_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export interface LicenceIssueInput {
  type: LicenceTypeValue;
  number: string;
  holderName: string;
  holderAddress?: string | null;
  subjectVi: string;
  issuedOn: string;
  validFrom?: string | null;
  validUntil?: string | null;
}
export interface LicenceIssueMutation {
  licenceIssue: { __typename?: 'LicenceIssuePayload'; licence: LicenceFields | null; userErrors: UserErrorFields[] };
}

/** Enters a newly issued licence in the register (licensing officers). */
export const LICENCE_ISSUE_MUTATION: TypedDocumentNode<LicenceIssueMutation, { input: LicenceIssueInput }> = gql`
  mutation LicenceIssue($input: LicenceIssueInput!) {
    licenceIssue(input: $input) {
      licence {
        ${LICENCE_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;

export interface LicenceRevokeInput {
  id: string;
  version: number;
  revokedOn: string;
  reason: string;
}
export interface LicenceRevokeMutation {
  licenceRevoke: { __typename?: 'LicenceRevokePayload'; licence: LicenceFields | null; userErrors: UserErrorFields[] };
}

/** Revokes a licence, once (licensing officers). */
export const LICENCE_REVOKE_MUTATION: TypedDocumentNode<LicenceRevokeMutation, { input: LicenceRevokeInput }> = gql`
  mutation LicenceRevoke($input: LicenceRevokeInput!) {
    licenceRevoke(input: $input) {
      licence {
        ${LICENCE_FIELDS}
      }
      ${USER_ERRORS}
    }
  }
`;
