import { gql, type TypedDocumentNode } from '@apollo/client';
import { USER_ERROR_FIELDS } from '../session';
import type {
  EnforcementStatus,
  InspectionActivity,
  InspectionChoicesQuery,
  InspectionChoicesQueryVariables,
  InspectionConcludeInput,
  InspectionConcludeMutation,
  InspectionConcludeMutationVariables,
  InspectionField,
  InspectionKind,
  InspectionNodeQuery,
  InspectionNodeQueryVariables,
  InspectionPeriodReportQuery,
  InspectionPeriodReportQueryVariables,
  InspectionPeriodsQuery,
  InspectionPeriodsQueryVariables,
  InspectionRecordInput,
  InspectionRecordMutation,
  InspectionRecordMutationVariables,
  InspectionRegisterQuery,
  InspectionRegisterQueryVariables,
  InspectionReportingPeriodFieldsFragment,
  InspectionRowFragment,
  InspectionStatus,
  SanctionDecisionChoicesQuery,
  SanctionDecisionChoicesQueryVariables,
  SanctionDecisionEnforcementUpdateMutation,
  SanctionDecisionEnforcementUpdateMutationVariables,
  SanctionDecisionNodeQuery,
  SanctionDecisionNodeQueryVariables,
  SanctionDecisionRecordInput,
  SanctionDecisionRecordMutation,
  SanctionDecisionRecordMutationVariables,
  SanctionDecisionRowFragment,
  SubjectKind,
} from './inspections-operations.generated';

export type { InspectionChoicesQuery, InspectionConcludeInput, InspectionRecordInput, InspectionRegisterQuery, InspectionRegisterQueryVariables, SanctionDecisionRecordInput };
/** Sector the department oversees, as the gateway names it (InspectionField). */
export type InspectionFieldCode = InspectionField;
export type InspectionKindCode = InspectionKind;
export type InspectionActivityCode = InspectionActivity;
export type InspectionStatusCode = InspectionStatus;
export type SubjectKindCode = SubjectKind;
export type EnforcementStatusCode = EnforcementStatus;
/** A reporting period of the statistics (2020-H1), the periods the reported totals are given for; `published` is false for a period open to statisticians only. */
export type InspectionReportingPeriod = InspectionReportingPeriodFieldsFragment;
/** A period with what its report says of the inspectorate and the register's totals for its days. */
export type InspectionPeriodReport = NonNullable<InspectionPeriodReportQuery['reportingPeriod']>;
/** One figure a published report gives for the inspectorate (an observation of an INSPECTION indicator). */
export type InspectionReportedObservation = InspectionPeriodReport['observations']['nodes'][number];
export type InspectionTotalsFields = InspectionPeriodReport['inspectionTotals'];
/** An inspection as the register lists it (a subject's `name` is null for an individual unless the reader is an inspector). */
export type InspectionRowFields = InspectionRowFragment;
export type InspectionSubjectFields = InspectionRowFields['subjects'][number];
/** A sanction decision as the register lists it (`violatorName` is null for an individual unless the reader is an inspector). */
export type SanctionDecisionRowFields = SanctionDecisionRowFragment;
/** A page of a register list, as Relay pages it: forward from `after`, or back from `before`. */
export type RegisterPageInfo = InspectionRegisterQuery['inspections']['pageInfo'];
/** A decision as an inspector picks it to move its fine on. */
export type SanctionDecisionChoice = SanctionDecisionChoicesQuery['pending']['nodes'][number];

/**
 * The figures of a report to check against the register: the schema's `InspectionReportedTotals`
 * input, which the page builds from the report's observations and compares on its own.
 */
export interface InspectionReportedTotalsInput {
  inspections?: number;
  inspectedSubjects?: number;
  checks?: number;
  checkedSubjects?: number;
  decisions?: number;
  finesVnd?: number;
}

const REPORTING_PERIOD_FIELDS = gql`
  fragment InspectionReportingPeriodFields on ReportingPeriod {
    id
    code
    kind
    startsOn
    endsOn
    labelVi
    labelEn
    published
  }
`;

/** The reporting periods of the statistics: the periods a report gives the inspectorate's totals for. */
export const INSPECTION_PERIODS_QUERY: TypedDocumentNode<InspectionPeriodsQuery, InspectionPeriodsQueryVariables> = gql`
  query InspectionPeriods {
    reportingPeriods {
      ...InspectionReportingPeriodFields
    }
  }
  ${REPORTING_PERIOD_FIELDS}
`;

/**
 * A period (the latest published when none is named: the one ending last, the longest of those) with what
 * its report says of the inspectorate (F30–F33: observations of the statistics' INSPECTION field)
 * and the register's totals for its days, in one round trip. The page compares the two with
 * `compareWithReported` of @egov/inspections-model (the rule the gateway's `inspectionTotals(reported:)` applies).
 */
export const INSPECTION_PERIOD_REPORT_QUERY: TypedDocumentNode<InspectionPeriodReportQuery, InspectionPeriodReportQueryVariables> = gql`
  query InspectionPeriodReport($period: String) {
    reportingPeriod(code: $period) {
      ...InspectionReportingPeriodFields
      observations(filter: { field: INSPECTION, areaCode: "20" }, first: 20) {
        totalCount
        nodes {
          id
          value
          factId
          sourceQuote
          unitVi
          unitEn
          period {
            id
            code
          }
          indicator {
            id
            code
            nameVi
            nameEn
          }
        }
      }
      inspectionTotals {
        from
        to
        inspections
        inspectedSubjects
        checks
        checkedSubjects
        decisions
        finesVnd
        finesInWords
      }
    }
  }
  ${REPORTING_PERIOD_FIELDS}
`;

const INSPECTION_ROW = gql`
  fragment InspectionRow on Inspection {
    id
    decisionNumber
    kind
    activity
    field
    subjects {
      name
      kind
    }
    startedOn
    endedOn
    status
    conclusionVi
    concludedOn
    leadUnit {
      id
      code
      nameVi
      nameEn
    }
    sanctionDecisions {
      id
      number
    }
    version
  }
`;

const SANCTION_DECISION_ROW = gql`
  fragment SanctionDecisionRow on SanctionDecision {
    id
    number
    issuedOn
    inspection {
      id
      decisionNumber
    }
    standaloneReason
    field
    violatorName
    violatorKind
    violations {
      descriptionVi
      legalArticle
    }
    fineVnd
    fineInWords
    extraMeasures
    enforcementStatus
    version
  }
`;

/** The public register for a period and filters: a page of each list, newest first. */
export const INSPECTION_REGISTER_QUERY: TypedDocumentNode<InspectionRegisterQuery, InspectionRegisterQueryVariables> = gql`
  query InspectionRegister(
    $inspectionFilter: InspectionFilter
    $decisionFilter: SanctionDecisionFilter
    $inspectionsFirst: Int
    $inspectionsAfter: String
    $inspectionsLast: Int
    $inspectionsBefore: String
    $decisionsFirst: Int
    $decisionsAfter: String
    $decisionsLast: Int
    $decisionsBefore: String
  ) {
    inspections(
      filter: $inspectionFilter
      orderBy: { direction: DESC }
      first: $inspectionsFirst
      after: $inspectionsAfter
      last: $inspectionsLast
      before: $inspectionsBefore
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...InspectionRow
      }
    }
    sanctionDecisions(
      filter: $decisionFilter
      orderBy: { direction: DESC }
      first: $decisionsFirst
      after: $decisionsAfter
      last: $decisionsLast
      before: $decisionsBefore
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...SanctionDecisionRow
      }
    }
  }
  ${INSPECTION_ROW}
  ${SANCTION_DECISION_ROW}
`;

/** One inspection by its global id, for the conclusion form. */
export const INSPECTION_NODE_QUERY: TypedDocumentNode<InspectionNodeQuery, InspectionNodeQueryVariables> = gql`
  query InspectionNode($id: ID!) {
    node(id: $id) {
      id
      ... on Inspection {
        ...InspectionRow
      }
    }
  }
  ${INSPECTION_ROW}
`;

/** One sanction decision by its global id, for the enforcement form. */
export const SANCTION_DECISION_NODE_QUERY: TypedDocumentNode<SanctionDecisionNodeQuery, SanctionDecisionNodeQueryVariables> = gql`
  query SanctionDecisionNode($id: ID!) {
    node(id: $id) {
      id
      ... on SanctionDecision {
        ...SanctionDecisionRow
      }
    }
  }
  ${SANCTION_DECISION_ROW}
`;

/** The latest 50 inspections (optionally at one status), for an inspector choosing which one a record follows. */
export const INSPECTION_CHOICES_QUERY: TypedDocumentNode<InspectionChoicesQuery, InspectionChoicesQueryVariables> = gql`
  query InspectionChoices($status: InspectionStatus) {
    inspections(filter: { status: $status }, orderBy: { direction: DESC }, first: 50) {
      totalCount
      nodes {
        id
        decisionNumber
        field
        startedOn
        endedOn
        status
        version
        subjects {
          name
          kind
        }
      }
    }
  }
`;

/** Records an inspection or check in the register (role: inspector). */
export const INSPECTION_RECORD_MUTATION: TypedDocumentNode<InspectionRecordMutation, InspectionRecordMutationVariables> = gql`
  mutation InspectionRecord($input: InspectionRecordInput!) {
    inspectionRecord(input: $input) {
      inspection {
        ...InspectionRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${INSPECTION_ROW}
  ${USER_ERROR_FIELDS}
`;

/** Records an inspection's conclusion (role: inspector); a stale version is a CONFLICT. */
export const INSPECTION_CONCLUDE_MUTATION: TypedDocumentNode<InspectionConcludeMutation, InspectionConcludeMutationVariables> = gql`
  mutation InspectionConclude($input: InspectionConcludeInput!) {
    inspectionConclude(input: $input) {
      inspection {
        ...InspectionRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${INSPECTION_ROW}
  ${USER_ERROR_FIELDS}
`;

/** Records a sanction decision (role: inspector). */
export const SANCTION_DECISION_RECORD_MUTATION: TypedDocumentNode<SanctionDecisionRecordMutation, SanctionDecisionRecordMutationVariables> = gql`
  mutation SanctionDecisionRecord($input: SanctionDecisionRecordInput!) {
    sanctionDecisionRecord(input: $input) {
      sanctionDecision {
        ...SanctionDecisionRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${SANCTION_DECISION_ROW}
  ${USER_ERROR_FIELDS}
`;

/** Moves a fine on: paid, enforced, appealed, back to pending after an appeal (role: inspector). */
export const SANCTION_DECISION_ENFORCEMENT_UPDATE_MUTATION: TypedDocumentNode<SanctionDecisionEnforcementUpdateMutation, SanctionDecisionEnforcementUpdateMutationVariables> = gql`
  mutation SanctionDecisionEnforcementUpdate($input: SanctionDecisionEnforcementUpdateInput!) {
    sanctionDecisionEnforcementUpdate(input: $input) {
      sanctionDecision {
        ...SanctionDecisionRow
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${SANCTION_DECISION_ROW}
  ${USER_ERROR_FIELDS}
`;

/** The latest 50 decisions whose fine can still move on: awaiting payment, or under appeal. */
export const SANCTION_DECISION_CHOICES_QUERY: TypedDocumentNode<SanctionDecisionChoicesQuery, SanctionDecisionChoicesQueryVariables> = gql`
  query SanctionDecisionChoices {
    pending: sanctionDecisions(filter: { enforcementStatus: PENDING }, orderBy: { direction: DESC }, first: 50) {
      totalCount
      nodes {
        id
        number
        issuedOn
        fineVnd
        enforcementStatus
        version
      }
    }
    appealed: sanctionDecisions(filter: { enforcementStatus: APPEALED }, orderBy: { direction: DESC }, first: 50) {
      totalCount
      nodes {
        id
        number
        issuedOn
        fineVnd
        enforcementStatus
        version
      }
    }
  }
`;
