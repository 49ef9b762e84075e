import { gql, type TypedDocumentNode } from '@apollo/client';
import type { UserErrorFields } from '../session';

/** Sector the department oversees, as the gateway names it (InspectionField). */
export type InspectionFieldCode =
  | 'PRESS'
  | 'PUBLISHING'
  | 'POST'
  | 'TELECOM'
  | 'INTERNET'
  | 'IT'
  | 'BROADCASTING'
  | 'RADIO_FREQUENCY'
  | 'ELECTRONIC_INFORMATION'
  | 'INFORMATION_SECURITY'
  | 'OTHER';
export type InspectionKindCode = 'PLANNED' | 'AD_HOC';
export type InspectionActivityCode = 'INSPECTION' | 'CHECK';
export type InspectionStatusCode = 'PLANNED' | 'IN_PROGRESS' | 'CONCLUDED';
export type SubjectKindCode = 'ORGANISATION' | 'INDIVIDUAL';
export type EnforcementStatusCode = 'PENDING' | 'PAID' | 'ENFORCED' | 'APPEALED';

/** A reporting period of the statistics (2020-H1), the periods the reported totals are given for. */
export interface InspectionReportingPeriod {
  id: string;
  code: string;
  kind: 'YEAR' | 'HALF' | 'QUARTER' | 'MONTH';
  startsOn: string;
  endsOn: string;
  labelVi: string;
  labelEn: string;
  /** False for a period open to statisticians only (a statistician's list holds those too). */
  published: boolean;
}

/** One figure a published report gives for the inspectorate (an observation of an INSPECTION indicator). */
export interface InspectionReportedObservation {
  id: string;
  value: number;
  factId: string | null;
  sourceQuote: string;
  unitVi: string;
  unitEn: string;
  period: { id: string; code: string };
  indicator: { id: string; code: string; nameVi: string; nameEn: string };
}

export interface InspectionPeriodsQuery {
  reportingPeriods: InspectionReportingPeriod[];
}

/** The reporting periods of the statistics: the periods a report gives the inspectorate's totals for. */
export const INSPECTION_PERIODS_QUERY: TypedDocumentNode<InspectionPeriodsQuery, Record<string, never>> = gql`
  query InspectionPeriods {
    reportingPeriods {
      id
      code
      kind
      startsOn
      endsOn
      labelVi
      labelEn
      published
    }
  }
`;

export interface InspectionSubjectFields {
  /** Null for an individual unless the reader is an inspector (personal data). */
  name: string | null;
  kind: SubjectKindCode;
}

export interface InspectionRowFields {
  id: string;
  decisionNumber: string;
  kind: InspectionKindCode;
  activity: InspectionActivityCode;
  field: InspectionFieldCode;
  subjects: InspectionSubjectFields[];
  startedOn: string;
  endedOn: string | null;
  status: InspectionStatusCode;
  conclusionVi: string | null;
  concludedOn: string | null;
  leadUnit: { id: string; code: string; nameVi: string; nameEn: string };
  sanctionDecisions: Array<{ id: string; number: string }>;
  version: number;
}

export interface SanctionDecisionRowFields {
  id: string;
  number: string;
  issuedOn: string;
  inspection: { id: string; decisionNumber: string } | null;
  standaloneReason: string | null;
  field: InspectionFieldCode | null;
  /** Null for an individual unless the reader is an inspector (personal data). */
  violatorName: string | null;
  violatorKind: SubjectKindCode;
  violations: Array<{ descriptionVi: string; legalArticle: string }>;
  fineVnd: number;
  fineInWords: string;
  extraMeasures: string[];
  enforcementStatus: EnforcementStatusCode;
  version: number;
}

export interface InspectionTotalsFields {
  from: string;
  to: string;
  inspections: number;
  inspectedSubjects: number;
  checks: number;
  checkedSubjects: number;
  decisions: number;
  finesVnd: number;
  finesInWords: string;
}

/** The figures of a report to check against the register (InspectionReportedTotals). */
export interface InspectionReportedTotalsInput {
  inspections?: number;
  inspectedSubjects?: number;
  checks?: number;
  checkedSubjects?: number;
  decisions?: number;
  finesVnd?: number;
}

/** A page of a register list, as Relay pages it: forward from `after`, or back from `before`. */
export interface RegisterPageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface InspectionRegisterQuery {
  inspections: { totalCount: number; pageInfo: RegisterPageInfo; nodes: InspectionRowFields[] };
  sanctionDecisions: { totalCount: number; pageInfo: RegisterPageInfo; nodes: SanctionDecisionRowFields[] };
}

/** Where a list's page starts: `first` after a cursor, or `last` before one. */
export interface RegisterPageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface InspectionRegisterQueryVariables {
  inspectionFilter: { from?: string; to?: string; field?: InspectionFieldCode; status?: InspectionStatusCode };
  decisionFilter: { from?: string; to?: string; field?: InspectionFieldCode; enforcementStatus?: EnforcementStatusCode };
  inspectionsFirst?: number | null;
  inspectionsAfter?: string | null;
  inspectionsLast?: number | null;
  inspectionsBefore?: string | null;
  decisionsFirst?: number | null;
  decisionsAfter?: string | null;
  decisionsLast?: number | null;
  decisionsBefore?: string | null;
}

/** A period with what its report says of the inspectorate and the register's totals for its days. */
export interface InspectionPeriodReport extends InspectionReportingPeriod {
  observations: { totalCount: number; nodes: InspectionReportedObservation[] };
  inspectionTotals: InspectionTotalsFields;
}

export interface InspectionPeriodReportQuery {
  reportingPeriod: InspectionPeriodReport | null;
}

/**
 * A period (the latest published when none is named: the one ending last, the longest of those) with what
 * its report says of the inspectorate (F30–F33: observations of the statistics' INSPECTION field)
 * and the register's totals for its days, in one round trip. The page compares the two with
 * `compareWithReported` of @egov/inspections-model (the rule the gateway's `inspectionTotals(reported:)` applies).
 */
export const INSPECTION_PERIOD_REPORT_QUERY: TypedDocumentNode<InspectionPeriodReportQuery, { period: string | null }> = gql`
  query InspectionPeriodReport($period: String) {
    reportingPeriod(code: $period) {
      id
      code
      kind
      startsOn
      endsOn
      labelVi
      labelEn
      published
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

export interface InspectionNodeQuery {
  node: (InspectionRowFields & { __typename: 'Inspection' }) | { __typename: string } | null;
}

/** One inspection by its global id, for the conclusion form. */
export const INSPECTION_NODE_QUERY: TypedDocumentNode<InspectionNodeQuery, { id: string }> = gql`
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

export interface SanctionDecisionNodeQuery {
  node: (SanctionDecisionRowFields & { __typename: 'SanctionDecision' }) | { __typename: string } | null;
}

/** One sanction decision by its global id, for the enforcement form. */
export const SANCTION_DECISION_NODE_QUERY: TypedDocumentNode<SanctionDecisionNodeQuery, { id: string }> = gql`
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

export interface InspectionChoicesQuery {
  inspections: {
    totalCount: number;
    nodes: Array<Pick<InspectionRowFields, 'id' | 'decisionNumber' | 'field' | 'startedOn' | 'endedOn' | 'status' | 'version' | 'subjects'>>;
  };
}

/** The latest 50 inspections (optionally at one status), for an inspector choosing which one a record follows. */
export const INSPECTION_CHOICES_QUERY: TypedDocumentNode<InspectionChoicesQuery, { status?: InspectionStatusCode | null }> = gql`
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

export interface InspectionRecordInput {
  decisionNumber: string;
  kind: InspectionKindCode;
  activity: InspectionActivityCode;
  field: InspectionFieldCode;
  subjects: Array<{ name: string; kind: SubjectKindCode }>;
  startedOn: string;
  endedOn?: string | null;
  status: InspectionStatusCode;
  conclusionVi?: string | null;
  concludedOn?: string | null;
  leadUnitCode: string;
}

export interface InspectionRecordMutation {
  inspectionRecord: { inspection: InspectionRowFields | null; userErrors: UserErrorFields[] };
}

/** Records an inspection or check in the register (role: inspector). */
export const INSPECTION_RECORD_MUTATION: TypedDocumentNode<InspectionRecordMutation, { input: InspectionRecordInput }> = gql`
  mutation InspectionRecord($input: InspectionRecordInput!) {
    inspectionRecord(input: $input) {
      inspection {
        ...InspectionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${INSPECTION_ROW}
`;

export interface InspectionConcludeInput {
  id: string;
  version: number;
  conclusionVi: string;
  concludedOn: string;
  endedOn?: string | null;
}

export interface InspectionConcludeMutation {
  inspectionConclude: { inspection: InspectionRowFields | null; userErrors: UserErrorFields[] };
}

/** Records an inspection's conclusion (role: inspector); a stale version is a CONFLICT. */
export const INSPECTION_CONCLUDE_MUTATION: TypedDocumentNode<InspectionConcludeMutation, { input: InspectionConcludeInput }> = gql`
  mutation InspectionConclude($input: InspectionConcludeInput!) {
    inspectionConclude(input: $input) {
      inspection {
        ...InspectionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${INSPECTION_ROW}
`;

export interface SanctionDecisionRecordInput {
  number: string;
  issuedOn: string;
  inspectionId?: string | null;
  standaloneReason?: string | null;
  field?: InspectionFieldCode | null;
  violatorName: string;
  violatorKind: SubjectKindCode;
  violations: Array<{ descriptionVi: string; legalArticle: string }>;
  fineVnd: number;
  extraMeasures?: string[];
  enforcementStatus?: EnforcementStatusCode;
}

export interface SanctionDecisionRecordMutation {
  sanctionDecisionRecord: { sanctionDecision: SanctionDecisionRowFields | null; userErrors: UserErrorFields[] };
}

/** Records a sanction decision (role: inspector). */
export const SANCTION_DECISION_RECORD_MUTATION: TypedDocumentNode<SanctionDecisionRecordMutation, { input: SanctionDecisionRecordInput }> = gql`
  mutation SanctionDecisionRecord($input: SanctionDecisionRecordInput!) {
    sanctionDecisionRecord(input: $input) {
      sanctionDecision {
        ...SanctionDecisionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${SANCTION_DECISION_ROW}
`;

export interface SanctionDecisionEnforcementUpdateMutation {
  sanctionDecisionEnforcementUpdate: { sanctionDecision: SanctionDecisionRowFields | null; userErrors: UserErrorFields[] };
}

/** Moves a fine on: paid, enforced, appealed, back to pending after an appeal (role: inspector). */
export const SANCTION_DECISION_ENFORCEMENT_UPDATE_MUTATION: TypedDocumentNode<
  SanctionDecisionEnforcementUpdateMutation,
  { input: { id: string; version: number; enforcementStatus: EnforcementStatusCode } }
> = gql`
  mutation SanctionDecisionEnforcementUpdate($input: SanctionDecisionEnforcementUpdateInput!) {
    sanctionDecisionEnforcementUpdate(input: $input) {
      sanctionDecision {
        ...SanctionDecisionRow
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${SANCTION_DECISION_ROW}
`;

/** A decision as an inspector picks it to move its fine on. */
export type SanctionDecisionChoice = Pick<SanctionDecisionRowFields, 'id' | 'number' | 'issuedOn' | 'fineVnd' | 'enforcementStatus' | 'version'>;

export interface SanctionDecisionChoicesQuery {
  pending: { totalCount: number; nodes: SanctionDecisionChoice[] };
  appealed: { totalCount: number; nodes: SanctionDecisionChoice[] };
}

/** The latest 50 decisions whose fine can still move on: awaiting payment, or under appeal. */
export const SANCTION_DECISION_CHOICES_QUERY: TypedDocumentNode<SanctionDecisionChoicesQuery, Record<string, never>> = gql`
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
