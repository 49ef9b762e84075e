import { describe, expect, it } from 'vitest';
import { inspectionSchema, sanctionDecisionSchema, type InspectionInput, type SanctionDecisionInput } from './inspection';

const check: InspectionInput = {
  decisionNumber: '12/QĐ-TTr',
  kind: 'planned',
  activity: 'check',
  field: 'internet',
  subjects: [{ name: 'Chi nhánh Viettel Lạng Sơn', kind: 'organisation' }],
  startedOn: '2020-03-02',
  status: 'in_progress',
  leadUnitCode: 'thanh-tra-so',
};

const decision: SanctionDecisionInput = {
  number: '05/QĐ-XPVPHC',
  issuedOn: '2020-04-10',
  inspectionId: '6d040ba7-3c2f-4c00-9a63-a9ac70089261',
  violatorName: 'Đại lý Internet X',
  violatorKind: 'organisation',
  violations: [{ descriptionVi: 'Không niêm yết giờ mở cửa', legalArticle: 'Điều 102 Nghị định 15/2020/NĐ-CP' }],
  fineVnd: 12_000_000,
};

const issues = (schema: typeof inspectionSchema | typeof sanctionDecisionSchema, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('inspectionSchema', () => {
  it('accepts a check under way, with no end or conclusion yet', () => {
    expect(inspectionSchema.parse(check)).toMatchObject({ endedOn: null, conclusionVi: null, concludedOn: null });
  });

  it('accepts a conclusion on the day the work ends or later', () => {
    const concluded = { ...check, status: 'concluded', conclusionVi: 'Chấp hành đúng quy định', endedOn: '2020-03-20' } as const;
    expect(issues(inspectionSchema, { ...concluded, concludedOn: '2020-03-20' })).toEqual([]);
    expect(issues(inspectionSchema, { ...concluded, concludedOn: '2020-04-02' })).toEqual([]);
  });

  it.each([
    ['an end before the start', { endedOn: '2020-03-01' }, 'endedOn'],
    ['a conclusion before the start', { status: 'concluded', conclusionVi: 'Đạt', concludedOn: '2020-03-01' }, 'concludedOn'],
    ['a concluded inspection without its conclusion', { status: 'concluded', concludedOn: '2020-03-05' }, 'conclusionVi'],
    ['a conclusion on an unfinished inspection', { conclusionVi: 'Đạt' }, 'status'],
    ['a conclusion before the work ended', { status: 'concluded', conclusionVi: 'Đạt', endedOn: '2020-03-20', concludedOn: '2020-03-19' }, 'concludedOn'],
    ['no subjects', { subjects: [] }, 'subjects'],
    ['a decision number without its symbol', { decisionNumber: '12' }, 'decisionNumber'],
    ['an unknown field', { field: 'banking' }, 'field'],
  ])('refuses %s', (_, change, field) => {
    expect(issues(inspectionSchema, { ...check, ...change })).toContain(field);
  });
});

describe('sanctionDecisionSchema', () => {
  it('accepts a decision after an inspection, pending by default', () => {
    expect(sanctionDecisionSchema.parse(decision)).toMatchObject({ enforcementStatus: 'pending', extraMeasures: [], standaloneReason: null });
  });

  it('accepts a decision on its own when it says why', () => {
    expect(
      sanctionDecisionSchema.safeParse({ ...decision, inspectionId: null, standaloneReason: 'Đưa tin sai sự thật trên mạng xã hội' }).success,
    ).toBe(true);
  });

  it.each([
    ['a decision with neither inspection nor reason', { inspectionId: null }, 'standaloneReason'],
    ['a decision after an inspection that also claims to stand alone', { standaloneReason: 'Phát hiện trên mạng' }, 'standaloneReason'],
    ['a fine of 0 đồng', { fineVnd: 0 }, 'fineVnd'],
    ['a negative fine', { fineVnd: -5_000_000 }, 'fineVnd'],
    ['a fine in fractions of a đồng', { fineVnd: 1500.5 }, 'fineVnd'],
    ['no violation', { violations: [] }, 'violations'],
    ['an unknown enforcement status', { enforcementStatus: 'forgiven' }, 'enforcementStatus'],
  ])('refuses %s', (_, change, field) => {
    expect(issues(sanctionDecisionSchema, { ...decision, ...change })).toContain(field);
  });
});
