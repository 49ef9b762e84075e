import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inspection, SanctionDecision } from './inspection';
import { compareWithReported, periodTotalFigures, periodTotals, type PeriodTotals } from './period-totals';

type InspectionFacts = Pick<Inspection, 'activity' | 'status' | 'startedOn' | 'subjects'>;
type DecisionFacts = Pick<SanctionDecision, 'issuedOn' | 'fineVnd'>;

const subjects = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Đối tượng ${i + 1}`, kind: 'organisation' as const }));

/** A register that bears out the half-year report: 2 inspections of 4 units, 6 checks of 7 subjects, 5 decisions, 60,000,000 đ. */
const register: InspectionFacts[] = [
  { activity: 'inspection', status: 'concluded', startedOn: '2020-02-10', subjects: subjects(2) },
  { activity: 'inspection', status: 'in_progress', startedOn: '2020-05-04', subjects: subjects(2) },
  ...[1, 1, 1, 1, 1, 2].map((n, i) => ({ activity: 'check' as const, status: 'concluded' as const, startedOn: `2020-0${i + 1}-15`, subjects: subjects(n) })),
  { activity: 'check', status: 'planned', startedOn: '2020-06-20', subjects: subjects(3) },
  { activity: 'check', status: 'concluded', startedOn: '2020-07-01', subjects: subjects(1) },
];
const decisions: DecisionFacts[] = [
  { issuedOn: '2020-02-20', fineVnd: 15_000_000 },
  { issuedOn: '2020-03-20', fineVnd: 10_000_000 },
  { issuedOn: '2020-04-20', fineVnd: 7_500_000 },
  { issuedOn: '2020-05-20', fineVnd: 7_500_000 },
  { issuedOn: '2020-06-30', fineVnd: 20_000_000 },
  { issuedOn: '2019-12-31', fineVnd: 1_000_000 },
];

const reportedH1: PeriodTotals = { inspections: 2, inspectedSubjects: 4, checks: 6, checkedSubjects: 7, decisions: 5, finesVnd: 60_000_000 };

describe('periodTotals', () => {
  it('counts what was carried out and issued in the period, not what was only planned or fell outside', () => {
    expect(periodTotals(register, decisions, '2020-01-01', '2020-06-30')).toEqual(reportedH1);
  });

  const day = fc.integer({ min: 0, max: 365 }).map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));
  const inspection = fc.record({
    activity: fc.constantFrom('inspection' as const, 'check' as const),
    status: fc.constantFrom('planned' as const, 'in_progress' as const, 'concluded' as const),
    startedOn: day,
    subjects: fc.integer({ min: 1, max: 5 }).map(subjects),
  });
  const decision = fc.record({ issuedOn: day, fineVnd: fc.integer({ min: 1, max: 500_000_000 }) });
  const add = (a: PeriodTotals, b: PeriodTotals) =>
    Object.fromEntries(periodTotalFigures.map((figure) => [figure, a[figure] + b[figure]])) as unknown as PeriodTotals;

  it('adds up: two halves give the year, and two registers give their union', () => {
    fc.assert(
      fc.property(fc.array(inspection, { maxLength: 20 }), fc.array(decision, { maxLength: 20 }), fc.array(inspection, { maxLength: 10 }), (i, d, more) => {
        const year = periodTotals(i, d, '2020-01-01', '2020-12-31');
        const halves = add(periodTotals(i, d, '2020-01-01', '2020-06-30'), periodTotals(i, d, '2020-07-01', '2020-12-31'));
        expect(halves).toEqual(year);
        expect(periodTotals([...i, ...more], d, '2020-01-01', '2020-12-31')).toEqual(add(year, periodTotals(more, [], '2020-01-01', '2020-12-31')));
        expect(year.finesVnd).toBe(d.filter((x) => x.issuedOn <= '2020-12-31').reduce((sum, x) => sum + x.fineVnd, 0));
        expect(year.inspections + year.checks).toBe(i.filter((x) => x.status !== 'planned' && x.startedOn <= '2020-12-31').length);
      }),
    );
  });
});

describe('compareWithReported', () => {
  it('finds nothing to say when the register bears out the report', () => {
    expect(compareWithReported(reportedH1, reportedH1)).toEqual([]);
  });

  it('lists each figure that differs, and ignores figures the report leaves out', () => {
    const registerTotals = { ...reportedH1, decisions: 4, finesVnd: 40_000_000 };
    expect(compareWithReported(registerTotals, { decisions: 5, finesVnd: 60_000_000, checks: 6 })).toEqual([
      { figure: 'decisions', register: 4, reported: 5, difference: -1 },
      { figure: 'finesVnd', register: 40_000_000, reported: 60_000_000, difference: -20_000_000 },
    ]);
  });
});
