/**
 * What the unit tests of the inspections remote answer for the gateway: the half-year report of
 * 2020 (its inspection figures, FACTS.md F30–F33), one inspection and one sanction decision.
 */
import { graphqlRequestOf } from '@egov/client';

export const H1 = { __typename: 'ReportingPeriod', id: 'p1', code: '2020-H1', kind: 'HALF', startsOn: '2020-01-01', endsOn: '2020-06-30', labelVi: '6 tháng đầu năm 2020', labelEn: 'First half of 2020', published: true };

const observation = (code: string, value: number, factId: string, sourceQuote: string) => ({
  __typename: 'Observation',
  id: code,
  value,
  factId,
  sourceQuote,
  unitVi: '',
  unitEn: '',
  period: { __typename: 'ReportingPeriod', id: 'p1', code: '2020-H1' },
  indicator: { __typename: 'Indicator', id: code, code, nameVi: code, nameEn: code },
});
const F32 = 'Ban hành 05 quyết định xử phạt vi phạm hành chính, nộp ngân sách nhà nước số tiền là 60.000.000đ';
/** The figures the half-year report gives, as the statistics hold them. */
export const reported = { inspections: 2, inspectedSubjects: 4, checks: 6, checkedSubjects: 7, decisions: 5, finesVnd: 60_000_000, falseInformationSubjects: 2 };
export const observations = [
  observation('INSPECTION_INSPECTIONS', reported.inspections, 'F30', 'thanh tra 02 cuộc/04 đơn vị'),
  observation('INSPECTION_INSPECTED_UNITS', reported.inspectedSubjects, 'F30', 'thanh tra 02 cuộc/04 đơn vị'),
  observation('INSPECTION_CHECKS', reported.checks, 'F31', '06 cuộc/07 đối tượng'),
  observation('INSPECTION_CHECKED_SUBJECTS', reported.checkedSubjects, 'F31', '06 cuộc/07 đối tượng'),
  observation('INSPECTION_SANCTION_DECISIONS', reported.decisions, 'F32', F32),
  observation('INSPECTION_FINES_PAID', reported.finesVnd, 'F32', F32),
  observation('INSPECTION_FALSE_INFORMATION_SUBJECTS', reported.falseInformationSubjects, 'F33', 'xử lý 02 đối tượng đưa tin sai sự thật'),
];

export const pageInfo = { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'b2Zmc2V0OjA', endCursor: 'b2Zmc2V0OjA' };
export const inspection = {
  __typename: 'Inspection',
  id: 'SW5zcGVjdGlvbjox',
  decisionNumber: '01/QĐ-TTr',
  kind: 'PLANNED',
  activity: 'INSPECTION',
  field: 'INTERNET',
  subjects: [{ __typename: 'InspectionSubject', name: 'Công ty A', kind: 'ORGANISATION' }],
  startedOn: '2020-03-02',
  endedOn: '2020-03-20',
  status: 'IN_PROGRESS',
  conclusionVi: null,
  concludedOn: null,
  leadUnit: { __typename: 'Unit', id: 'VW5pdDp0dHM', code: 'thanh-tra-so', nameVi: 'Thanh tra Sở', nameEn: 'Inspectorate' },
  sanctionDecisions: [],
  version: 1,
};
/** An inspection older than the latest 50, as the gateway gives it by its id. */
export const olderInspection = { ...inspection, id: 'SW5zcGVjdGlvbjo3', decisionNumber: '07/QĐ-TTr', startedOn: '2019-05-06', endedOn: '2019-05-17' };
export const decision = {
  __typename: 'SanctionDecision',
  id: 'U2FuY3Rpb25EZWNpc2lvbjox',
  number: '05/QĐ-XPVPHC',
  issuedOn: '2020-04-15',
  inspection: null,
  standaloneReason: 'Phát hiện trên mạng xã hội',
  field: 'ELECTRONIC_INFORMATION',
  violatorName: null,
  violatorKind: 'INDIVIDUAL',
  violations: [{ __typename: 'Violation', descriptionVi: 'Đưa tin sai sự thật', legalArticle: 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP' }],
  fineVnd: 7_500_000,
  fineInWords: 'Bảy triệu năm trăm nghìn đồng',
  extraMeasures: [],
  enforcementStatus: 'PENDING',
  version: 1,
};
/** The register's own totals for the half year: what the register holds (the inspection and the decision above). */
export const registerTotals = {
  __typename: 'InspectionTotals',
  from: '2020-01-01',
  to: '2020-06-30',
  inspections: 1,
  inspectedSubjects: 1,
  checks: 0,
  checkedSubjects: 0,
  decisions: 1,
  finesVnd: decision.fineVnd,
  finesInWords: decision.fineInWords,
};

/** The gateway's answers, by operation name. */
export const answers: Readonly<Record<string, unknown>> = {
  InspectionPeriods: { reportingPeriods: [H1] },
  InspectionPeriodReport: {
    reportingPeriod: {
      ...H1,
      observations: { __typename: 'ObservationConnection', totalCount: observations.length, nodes: observations },
      inspectionTotals: registerTotals,
    },
  },
  // The latest 50 inspections hold only the first; the older one is read by its id.
  InspectionChoices: { inspections: { __typename: 'InspectionConnection', totalCount: 51, nodes: [inspection] } },
  InspectionNode: { node: olderInspection },
  InspectionRegister: {
    inspections: { __typename: 'InspectionConnection', totalCount: 1, pageInfo, nodes: [inspection] },
    sanctionDecisions: { __typename: 'SanctionDecisionConnection', totalCount: 1, pageInfo, nodes: [decision] },
  },
};

/** A request the page made of the gateway. */
export interface AskedOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * A gateway stand-in answering each operation with {@link answers}; what the page asked is kept to
 * check its variables. The operation named `held` is answered only once `release` is called.
 */
export function fakeGateway(held?: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const asked: AskedOperation[] = [];
  const fetch = async (input: unknown, init?: RequestInit) => {
    const body = graphqlRequestOf(input, init);
    asked.push(body);
    if (body.operationName === held) await released;
    const data = answers[body.operationName];
    if (!data) return new Response(JSON.stringify({ errors: [{ message: `unexpected ${body.operationName}` }] }), { status: 400 });
    return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, asked, release };
}
