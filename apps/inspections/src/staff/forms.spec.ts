import { describe, expect, it } from 'vitest';
import {
  conclusionFormProblems,
  decisionIdOf,
  decisionIds,
  decisionInput,
  decisionProblems,
  emptyDecisionForm,
  emptyInspectionForm,
  inspectionIdOf,
  inspectionIds,
  inspectionInput,
  inspectionProblems,
  nextEnforcementStatuses,
  parseFine,
  serverProblems,
  type DecisionForm,
  type InspectionForm,
} from './forms';

const keys = (problems: Array<{ fieldId: string; key: string }>) => problems.map((problem) => [problem.fieldId, problem.key]);

describe('a fine as an officer types it', () => {
  it.each([
    ['60000000', 60_000_000],
    ['60.000.000', 60_000_000],
    ['60,000,000', 60_000_000],
    [' 15 000 000 ', 15_000_000],
    ['1.500', 1500],
    ['1000000000000', 1_000_000_000_000],
  ])('reads %j as %d đồng', (text, value) => {
    expect(parseFine(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'errFineRequired'],
    ['-15.000.000', 'errFineNegative'],
    ['−500', 'errFineNegative'],
    ['0', 'errFineZero'],
    ['000', 'errFineZero'],
    ['1,5', 'errFineFraction'],
    ['1500000.5', 'errFineFraction'],
    ['60.000.00', 'errFineFraction'],
    ['mười triệu', 'errFineNotNumber'],
    ['1e6', 'errFineNotNumber'],
    ['1000000000001', 'errFineTooLarge'],
  ])('refuses %j (%s)', (text, key) => {
    expect(parseFine(text)).toEqual({ ok: false, key });
  });
});

const inspection = (change: Partial<InspectionForm> = {}): InspectionForm => ({
  ...emptyInspectionForm(),
  decisionNumber: '01/QĐ-TTr',
  kind: 'PLANNED',
  activity: 'INSPECTION',
  field: 'INTERNET',
  subjects: [{ name: 'Công ty A', kind: 'ORGANISATION' }],
  startedOn: '2020-03-02',
  ...change,
});

describe('the inspection form', () => {
  it('lists every missing item of an empty form, in the order of its controls', () => {
    expect(keys(inspectionProblems(emptyInspectionForm()))).toEqual([
      [inspectionIds.decisionNumber, 'errDecisionNumberRequired'],
      [inspectionIds.kind, 'errKindRequired'],
      [inspectionIds.activity, 'errActivityRequired'],
      [inspectionIds.field, 'errFieldRequired'],
      [inspectionIds.subjectName(0), 'errSubjectNameRequired'],
      [inspectionIds.startedOn, 'errStartedOnRequired'],
    ]);
  });

  it('refuses an end before the start, a malformed number and an unnamed second subject', () => {
    const form = inspection({ decisionNumber: '12', endedOn: '2020-03-01', subjects: [{ name: 'A', kind: 'ORGANISATION' }, { name: ' ', kind: 'INDIVIDUAL' }] });
    expect(keys(inspectionProblems(form))).toEqual([
      [inspectionIds.decisionNumber, 'errDecisionNumberFormat'],
      [inspectionIds.subjectName(1), 'errSubjectNameRequired'],
      [inspectionIds.endedOn, 'errEndedBeforeStart'],
    ]);
    expect(inspectionProblems(inspection({ endedOn: '2020-03-02' }))).toEqual([]);
  });

  it('asks a concluded inspection for its conclusion, dated after the work ended', () => {
    expect(keys(inspectionProblems(inspection({ status: 'CONCLUDED' })))).toEqual([
      [inspectionIds.conclusionVi, 'errConclusionRequired'],
      [inspectionIds.concludedOn, 'errConcludedOnRequired'],
    ]);
    const concluded = inspection({ status: 'CONCLUDED', conclusionVi: 'Chấp hành đúng', endedOn: '2020-03-20' });
    expect(keys(inspectionProblems({ ...concluded, concludedOn: '2020-03-01' }))).toEqual([[inspectionIds.concludedOn, 'errConcludedBeforeStart']]);
    expect(keys(inspectionProblems({ ...concluded, concludedOn: '2020-03-19' }))).toEqual([[inspectionIds.concludedOn, 'errConcludedBeforeEnd']]);
    expect(inspectionProblems({ ...concluded, concludedOn: '2020-03-20' })).toEqual([]);
  });

  it('sends what was typed, trimmed, with the conclusion only when concluded', () => {
    const input = inspectionInput(inspection({ decisionNumber: ' 01/QĐ-TTr ', conclusionVi: 'left over', concludedOn: '2020-04-01' }));
    expect(input).toMatchObject({ decisionNumber: '01/QĐ-TTr', endedOn: null, status: 'IN_PROGRESS', conclusionVi: null, concludedOn: null, leadUnitCode: 'thanh-tra-so' });
  });
});

describe('the conclusion form', () => {
  const form = { inspectionId: 'i1', conclusionVi: 'Đạt', concludedOn: '2020-03-25', endedOn: '' };
  it('needs an inspection, and a date after its start and after the end recorded', () => {
    expect(keys(conclusionFormProblems({ ...form, inspectionId: '' }, null))).toEqual([['tt-inspection', 'errInspectionRequired']]);
    expect(conclusionFormProblems(form, { startedOn: '2020-03-02', endedOn: '2020-03-20' })).toEqual([]);
    expect(keys(conclusionFormProblems({ ...form, concludedOn: '2020-03-15' }, { startedOn: '2020-03-02', endedOn: '2020-03-20' }))).toEqual([
      ['tt-concluded-on', 'errConcludedBeforeEnd'],
    ]);
    // An end typed here is checked too, against the start.
    expect(keys(conclusionFormProblems({ ...form, endedOn: '2020-02-01' }, { startedOn: '2020-03-02', endedOn: null }))).toEqual([['tt-ended-on', 'errEndedBeforeStart']]);
  });
});

const decision = (change: Partial<DecisionForm> = {}): DecisionForm => ({
  ...emptyDecisionForm('SW5zcGVjdGlvbjox'),
  number: '05/QĐ-XPVPHC',
  issuedOn: '2020-04-10',
  violatorName: 'Công ty A',
  violations: [{ descriptionVi: 'Vi phạm', legalArticle: 'Điều 102 Nghị định 15/2020/NĐ-CP' }],
  fine: '15.000.000',
  ...change,
});

describe('the decision form', () => {
  it('takes a decision after an inspection, or one standing alone with its reason', () => {
    expect(decisionProblems(decision(), '2020-03-02')).toEqual([]);
    expect(decisionProblems(decision({ inspectionId: '', standaloneReason: 'Phát hiện trên mạng xã hội' }), null)).toEqual([]);
  });

  it('refuses a decision with neither inspection nor reason, and one with both', () => {
    expect(keys(decisionProblems(decision({ inspectionId: '' }), null))).toEqual([[decisionIds.standaloneReason, 'errReasonRequired']]);
    expect(keys(decisionProblems(decision({ standaloneReason: 'x' }), '2020-03-02'))).toEqual([[decisionIds.standaloneReason, 'errReasonWithInspection']]);
  });

  it('refuses a decision issued before its inspection started, a negative and a fractional fine', () => {
    expect(decisionProblems(decision({ issuedOn: '2020-03-01' }), '2020-03-02')).toEqual([
      { fieldId: decisionIds.issuedOn, key: 'errIssuedBeforeInspection', values: { date: '2020-03-02' } },
    ]);
    expect(keys(decisionProblems(decision({ fine: '-5' }), null))).toEqual([[decisionIds.fine, 'errFineNegative']]);
    expect(keys(decisionProblems(decision({ fine: '2,5' }), null))).toEqual([[decisionIds.fine, 'errFineFraction']]);
  });

  it('sends the fine as a number of đồng, the measures one per line, no reason after an inspection', () => {
    expect(decisionInput(decision({ extraMeasures: 'Buộc gỡ bỏ\n\n  Tịch thu tang vật  \n', field: 'INTERNET' }))).toEqual({
      number: '05/QĐ-XPVPHC',
      issuedOn: '2020-04-10',
      inspectionId: 'SW5zcGVjdGlvbjox',
      standaloneReason: null,
      field: 'INTERNET',
      violatorName: 'Công ty A',
      violatorKind: 'ORGANISATION',
      violations: [{ descriptionVi: 'Vi phạm', legalArticle: 'Điều 102 Nghị định 15/2020/NĐ-CP' }],
      fineVnd: 15_000_000,
      extraMeasures: ['Buộc gỡ bỏ', 'Tịch thu tang vật'],
      enforcementStatus: 'PENDING',
    });
  });
});

describe('the gateway’s refusals on the form', () => {
  it('land beside the control the input path names, else on the first control', () => {
    const problems = serverProblems(
      [
        { __typename: 'UserError' as const, field: ['input', 'fineVnd'], message: 'A fine is more than 0 đồng', code: 'VALIDATION' },
        { __typename: 'UserError' as const, field: ['input', 'violations', '1', 'legalArticle'], message: 'Too long', code: 'VALIDATION' },
        { __typename: 'UserError' as const, field: ['input', 'version'], message: 'stale', code: 'CONFLICT' },
        { __typename: 'UserError' as const, field: [], message: 'no', code: 'FORBIDDEN' },
      ],
      decisionIdOf,
      decisionIds.number,
    );
    expect(problems).toEqual([
      { fieldId: decisionIds.fine, key: 'errServer', values: { message: 'A fine is more than 0 đồng' } },
      { fieldId: decisionIds.violationArticle(1), key: 'errServer', values: { message: 'Too long' } },
      { fieldId: decisionIds.number, key: 'errConflict' },
      { fieldId: decisionIds.number, key: 'errForbidden' },
    ]);
    expect(inspectionIdOf(['subjects', '2', 'kind'])).toBe(inspectionIds.subjectKind(2));
    expect(inspectionIdOf(['leadUnitCode'])).toBeNull();
  });
});

describe('enforcement', () => {
  it('moves only forward: paid and enforced are final, an appeal may go back to pending', () => {
    expect(nextEnforcementStatuses.PENDING).toEqual(['PAID', 'ENFORCED', 'APPEALED']);
    expect(nextEnforcementStatuses.APPEALED).toContain('PENDING');
    expect(nextEnforcementStatuses.PAID).toEqual([]);
    expect(nextEnforcementStatuses.ENFORCED).toEqual([]);
  });
});
