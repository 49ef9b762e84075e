import { gql, type TypedDocumentNode } from '@apollo/client';

/** Field of a procedure (`ProcedureField`). */
export type ProcedureFieldValue =
  | 'PUBLISHING'
  | 'PRESS'
  | 'ELECTRONIC_GAMES'
  | 'POST'
  | 'TELECOM_INTERNET'
  | 'RADIO_FREQUENCY'
  | 'INFORMATION_TECHNOLOGY'
  | 'ELECTRONIC_INFORMATION'
  | 'BROADCASTING';
/** How a dossier comes in or goes back (`Channel`). */
export type ChannelValue = 'IN_PERSON' | 'ONLINE' | 'POSTAL';
/** How much of a procedure is online (`ServiceLevel`). */
export type ServiceLevelValue = 'FULL_PROCESS' | 'PARTIAL_PROCESS';
/** The ten national states of a dossier (`DossierState`). */
export type DossierStateValue =
  | 'NEW'
  | 'RECEIVED'
  | 'NOT_ACCEPTED'
  | 'PROCESSING'
  | 'SUPPLEMENT_REQUESTED'
  | 'FINANCIAL_OBLIGATION'
  | 'WITHDRAWAL_REQUESTED'
  | 'STOPPED'
  | 'PROCESSED'
  | 'RETURNED';
export type LicenceTypeValue = 'BULLETIN_PUBLISHING' | 'NON_COMMERCIAL_PUBLICATION' | 'GAME_SERVICE_POINT_CERTIFICATE';
export type LicenceStatusValue = 'VALID' | 'EXPIRED' | 'REVOKED';

/** The time limit and fee of a procedure through one channel. */
export interface ProcedureChannelFields {
  __typename?: 'ProcedureChannel';
  channel: ChannelValue;
  timeLimitWorkingDays: number;
  /** Whole đồng: 0 when free, null when not recorded (see feeNote). */
  feeVnd: number | null;
  feeNote: string | null;
}

/** A procedure as the catalogue lists it. */
export interface ProcedureSummaryFields {
  __typename?: 'Procedure';
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  field: ProcedureFieldValue;
  serviceLevel: ServiceLevelValue;
  isSample: boolean;
  channels: ProcedureChannelFields[];
}

interface PageInfoFields {
  __typename?: 'PageInfo';
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export interface ProcedureFilterInput {
  field?: ProcedureFieldValue | null;
  serviceLevel?: ServiceLevelValue | null;
  channel?: ChannelValue | null;
}

export interface ProceduresQuery {
  procedures: { __typename?: 'ProcedureConnection'; totalCount: number; pageInfo: PageInfoFields; nodes: ProcedureSummaryFields[] };
}
export interface ProceduresQueryVariables {
  filter?: ProcedureFilterInput | null;
  first?: number | null;
  after?: string | null;
}

const PROCEDURE_SUMMARY = `
  id
  code
  nameVi
  nameEn
  field
  serviceLevel
  isSample
  channels {
    channel
    timeLimitWorkingDays
    feeVnd
    feeNote
  }
`;

/** The catalogue, filtered by field, service level and channel, in code order. */
export const PROCEDURES_QUERY: TypedDocumentNode<ProceduresQuery, ProceduresQueryVariables> = gql`
  query Procedures($filter: ProcedureFilter, $first: Int, $after: String) {
    procedures(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ${PROCEDURE_SUMMARY}
      }
    }
  }
`;

export interface ProcedureSearchQuery {
  procedureSearch: { __typename?: 'ProcedureConnection'; totalCount: number; pageInfo: PageInfoFields; nodes: ProcedureSummaryFields[] };
}
export interface ProcedureSearchQueryVariables extends ProceduresQueryVariables {
  query: string;
}

/** The catalogue searched ignoring case and diacritics, best match first. */
export const PROCEDURE_SEARCH_QUERY: TypedDocumentNode<ProcedureSearchQuery, ProcedureSearchQueryVariables> = gql`
  query ProcedureSearch($query: String!, $filter: ProcedureFilter, $first: Int, $after: String) {
    procedureSearch(query: $query, filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ${PROCEDURE_SUMMARY}
      }
    }
  }
`;

/** A procedure with every field of the national public service portal. */
export interface ProcedureDetailFields extends ProcedureSummaryFields {
  performingAgency: { __typename?: 'Unit'; id: string; code: string; nameVi: string; nameEn: string };
  decidingAuthorityVi: string;
  requiredDocuments: Array<{ __typename?: 'RequiredDocument'; nameVi: string; copies: number; note: string | null }>;
  steps: string[];
  legalBasis: Array<{ __typename?: 'LegalBasis'; reference: string; title: string; issuedOn: string | null }>;
  resultVi: string;
  nationalPortalUrl: string | null;
  sourceFactId: string | null;
  sourceQuote: string | null;
}

export interface ProcedureQuery {
  procedure: ProcedureDetailFields | null;
}

/** One procedure by its code. */
export const PROCEDURE_QUERY: TypedDocumentNode<ProcedureQuery, { code: string }> = gql`
  query Procedure($code: String!) {
    procedure(code: $code) {
      ${PROCEDURE_SUMMARY}
      performingAgency {
        id
        code
        nameVi
        nameEn
      }
      decidingAuthorityVi
      requiredDocuments {
        nameVi
        copies
        note
      }
      steps
      legalBasis {
        reference
        title
        issuedOn
      }
      resultVi
      nationalPortalUrl
      sourceFactId
      sourceQuote
    }
  }
`;

/** A step of a dossier's public timeline. */
export interface TimelineEntryFields {
  __typename?: 'DossierTimelineEntry';
  from: DossierStateValue | null;
  state: DossierStateValue;
  labelVi: string;
  labelEn: string;
  /** ISO instant. */
  at: string;
}

/** What anyone holding a dossier code may see: no applicant data. */
export interface PublicDossierFields {
  __typename?: 'PublicDossier';
  code: string;
  procedure: { __typename?: 'Procedure'; id: string; code: string; nameVi: string; nameEn: string } | null;
  channel: ChannelValue;
  returnChannel: ChannelValue | null;
  receivedAt: string;
  dueOn: string;
  state: DossierStateValue;
  stateLabelVi: string;
  stateLabelEn: string;
  supplementDeadline: string | null;
  settledOn: string | null;
  onTime: boolean;
  timeline: TimelineEntryFields[];
}

export interface DossierLookupQuery {
  dossierLookup: PublicDossierFields | null;
}

/** The public lookup of a dossier by the code on its receipt (rate-limited per address: RATE_LIMITED). */
export const DOSSIER_LOOKUP_QUERY: TypedDocumentNode<DossierLookupQuery, { code: string }> = gql`
  query DossierLookup($code: String!) {
    dossierLookup(code: $code) {
      code
      procedure {
        id
        code
        nameVi
        nameEn
      }
      channel
      returnChannel
      receivedAt
      dueOn
      state
      stateLabelVi
      stateLabelEn
      supplementDeadline
      settledOn
      onTime
      timeline {
        from
        state
        labelVi
        labelEn
        at
      }
    }
  }
`;

/** A licence as the register lists it. */
export interface LicenceFields {
  __typename?: 'Licence';
  id: string;
  type: LicenceTypeValue;
  typeLabelVi: string;
  typeLabelEn: string;
  number: string;
  holderName: string;
  /** Staff only; null for anyone else. */
  holderAddress: string | null;
  subjectVi: string;
  issuedOn: string;
  validFrom: string;
  validUntil: string | null;
  revokedOn: string | null;
  revocationReason: string | null;
  status: LicenceStatusValue;
  isSample: boolean;
  version: number;
}

export interface LicenceFilterInput {
  type?: LicenceTypeValue | null;
  status?: LicenceStatusValue | null;
  holder?: string | null;
}

export interface LicencesQuery {
  licences: { __typename?: 'LicenceConnection'; totalCount: number; pageInfo: PageInfoFields; nodes: LicenceFields[] };
}
export interface LicencesQueryVariables {
  filter?: LicenceFilterInput | null;
  first?: number | null;
  after?: string | null;
}

export const LICENCE_FIELDS = `
  id
  type
  typeLabelVi
  typeLabelEn
  number
  holderName
  holderAddress
  subjectVi
  issuedOn
  validFrom
  validUntil
  revokedOn
  revocationReason
  status
  isSample
  version
`;

/** The licence register: by kind, status and words of the holder, number or subject. */
export const LICENCES_QUERY: TypedDocumentNode<LicencesQuery, LicencesQueryVariables> = gql`
  query Licences($filter: LicenceFilter, $first: Int, $after: String) {
    licences(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
      }
      nodes {
        ${LICENCE_FIELDS}
      }
    }
  }
`;
