import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  Channel,
  DossierLookupQuery,
  DossierLookupQueryVariables,
  DossierState,
  LicenceFieldsFragment,
  LicenceFilter,
  LicenceStatus,
  LicenceType,
  LicencesQuery,
  LicencesQueryVariables,
  ProcedureDetailFieldsFragment,
  ProcedureField,
  ProcedureFilter,
  ProcedureQuery,
  ProcedureQueryVariables,
  ProcedureSearchQuery,
  ProcedureSearchQueryVariables,
  ProcedureSummaryFieldsFragment,
  ProceduresQuery,
  ProceduresQueryVariables,
  PublicDossierFieldsFragment,
  ServiceLevel,
} from './public.generated';

export type { DossierLookupQuery, LicencesQuery, ProcedureQuery, ProcedureSearchQuery, ProceduresQuery, ProceduresQueryVariables, ProcedureSearchQueryVariables, LicencesQueryVariables };
/** Field of a procedure (`ProcedureField`). */
export type ProcedureFieldValue = ProcedureField;
/** How a dossier comes in or goes back (`Channel`). */
export type ChannelValue = Channel;
/** How much of a procedure is online (`ServiceLevel`). */
export type ServiceLevelValue = ServiceLevel;
/** The ten national states of a dossier (`DossierState`). */
export type DossierStateValue = DossierState;
export type LicenceTypeValue = LicenceType;
export type LicenceStatusValue = LicenceStatus;
export type ProcedureFilterInput = ProcedureFilter;
export type LicenceFilterInput = LicenceFilter;
/** A procedure as the catalogue lists it. */
export type ProcedureSummaryFields = ProcedureSummaryFieldsFragment;
/** The time limit and fee of a procedure through one channel (`feeVnd`: whole đồng, 0 when free, null when not recorded). */
export type ProcedureChannelFields = ProcedureSummaryFields['channels'][number];
/** A procedure with every field of the national public service portal. */
export type ProcedureDetailFields = ProcedureDetailFieldsFragment;
/** What anyone holding a dossier code may see: no applicant data. */
export type PublicDossierFields = PublicDossierFieldsFragment;
/** A step of a dossier's public timeline. */
export type TimelineEntryFields = PublicDossierFields['timeline'][number];
/** A licence as the register lists it (`holderAddress`: staff only, null for anyone else). */
export type LicenceFields = LicenceFieldsFragment;

const PROCEDURE_SUMMARY_FIELDS = gql`
  fragment ProcedureSummaryFields on Procedure {
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
        ...ProcedureSummaryFields
      }
    }
  }
  ${PROCEDURE_SUMMARY_FIELDS}
`;

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
        ...ProcedureSummaryFields
      }
    }
  }
  ${PROCEDURE_SUMMARY_FIELDS}
`;

const PROCEDURE_DETAIL_FIELDS = gql`
  fragment ProcedureDetailFields on Procedure {
    ...ProcedureSummaryFields
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
  ${PROCEDURE_SUMMARY_FIELDS}
`;

/** One procedure by its code. */
export const PROCEDURE_QUERY: TypedDocumentNode<ProcedureQuery, ProcedureQueryVariables> = gql`
  query Procedure($code: String!) {
    procedure(code: $code) {
      ...ProcedureDetailFields
    }
  }
  ${PROCEDURE_DETAIL_FIELDS}
`;

const PUBLIC_DOSSIER_FIELDS = gql`
  fragment PublicDossierFields on PublicDossier {
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
`;

/** The public lookup of a dossier by the code on its receipt (rate-limited per address: RATE_LIMITED). */
export const DOSSIER_LOOKUP_QUERY: TypedDocumentNode<DossierLookupQuery, DossierLookupQueryVariables> = gql`
  query DossierLookup($code: String!) {
    dossierLookup(code: $code) {
      ...PublicDossierFields
    }
  }
  ${PUBLIC_DOSSIER_FIELDS}
`;

export const LICENCE_FIELDS = gql`
  fragment LicenceFields on Licence {
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
  }
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
        ...LicenceFields
      }
    }
  }
  ${LICENCE_FIELDS}
`;
