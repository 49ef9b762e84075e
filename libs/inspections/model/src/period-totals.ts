import type { Inspection, SanctionDecision } from './inspection';

/** The figures the half-year report gives for the inspectorate (F30–F32). */
export interface PeriodTotals {
  /** Inspections (cuộc thanh tra) carried out: "thanh tra 02 cuộc". */
  inspections: number;
  /** Units inspected: "/04 đơn vị". */
  inspectedSubjects: number;
  /** Checks (cuộc kiểm tra): "06 cuộc". */
  checks: number;
  /** Subjects checked: "/07 đối tượng". */
  checkedSubjects: number;
  /** Sanction decisions issued: "Ban hành 05 quyết định xử phạt". */
  decisions: number;
  /** Their fines in đồng: "60.000.000đ". */
  finesVnd: number;
}

export const periodTotalFigures = ['inspections', 'inspectedSubjects', 'checks', 'checkedSubjects', 'decisions', 'finesVnd'] as const;

const within = (day: string, start: string, end: string) => start <= day && day <= end;

/**
 * The register's totals for a period (ISO dates, both ends included). An inspection counts in the
 * period it started in, once carried out (not while only planned); a decision in the period it was
 * issued in. So consecutive periods add up to the whole, with nothing counted twice.
 */
export function periodTotals(
  inspections: readonly Pick<Inspection, 'activity' | 'status' | 'startedOn' | 'subjects'>[],
  decisions: readonly Pick<SanctionDecision, 'issuedOn' | 'fineVnd'>[],
  start: string,
  end: string,
): PeriodTotals {
  const totals: PeriodTotals = { inspections: 0, inspectedSubjects: 0, checks: 0, checkedSubjects: 0, decisions: 0, finesVnd: 0 };
  for (const inspection of inspections) {
    if (inspection.status === 'planned' || !within(inspection.startedOn, start, end)) continue;
    if (inspection.activity === 'inspection') {
      totals.inspections += 1;
      totals.inspectedSubjects += inspection.subjects.length;
    } else {
      totals.checks += 1;
      totals.checkedSubjects += inspection.subjects.length;
    }
  }
  for (const decision of decisions) {
    if (!within(decision.issuedOn, start, end)) continue;
    totals.decisions += 1;
    totals.finesVnd += decision.fineVnd;
  }
  return totals;
}

/** One figure on which the register and a published report disagree. */
export interface TotalsDifference {
  figure: keyof PeriodTotals;
  register: number;
  reported: number;
  /** register − reported: positive when the register holds more than the report says. */
  difference: number;
}

/**
 * Each figure a report gives that the register does not bear out. A report need not give every
 * figure: missing ones are not compared.
 */
export function compareWithReported(register: PeriodTotals, reported: Partial<PeriodTotals>): TotalsDifference[] {
  return periodTotalFigures.flatMap((figure) => {
    const value = reported[figure];
    if (value === undefined || value === register[figure]) return [];
    return [{ figure, register: register[figure], reported: value, difference: register[figure] - value }];
  });
}
