import type { InspectionReportedObservation, InspectionReportedTotalsInput, InspectionTotalsFields } from '@egov/client-operations/inspections';
import { compareWithReported, periodTotalFigures } from '@egov/inspections-model';

/** The figures of the period totals, in the report's order. */
export type TotalsFigure = keyof InspectionReportedTotalsInput;
export const totalsFigures: readonly TotalsFigure[] = periodTotalFigures;

/** The statistics indicator that holds each reported figure (the half-year report's F30–F32). */
export const indicatorOfFigure: Readonly<Record<TotalsFigure, string>> = {
  inspections: 'INSPECTION_INSPECTIONS',
  inspectedSubjects: 'INSPECTION_INSPECTED_UNITS',
  checks: 'INSPECTION_CHECKS',
  checkedSubjects: 'INSPECTION_CHECKED_SUBJECTS',
  decisions: 'INSPECTION_SANCTION_DECISIONS',
  finesVnd: 'INSPECTION_FINES_PAID',
};

/** F33: subjects who spread false information, found and dealt with; the register does not count them. */
export const FALSE_INFORMATION_INDICATOR = 'INSPECTION_FALSE_INFORMATION_SUBJECTS';

/** What the report of `periodCode` gives, as the totals to check the register against; none given, none compared. */
export function reportedTotals(observations: readonly InspectionReportedObservation[], periodCode: string): InspectionReportedTotalsInput {
  const ofPeriod = observations.filter((o) => o.period.code === periodCode);
  const totals: InspectionReportedTotalsInput = {};
  for (const figure of totalsFigures) {
    const observation = ofPeriod.find((o) => o.indicator.code === indicatorOfFigure[figure]);
    if (observation) totals[figure] = observation.value;
  }
  return totals;
}

/** One line of the totals table: the report's figure beside the register's. */
export interface TotalsLine {
  figure: TotalsFigure;
  /** Null when the report does not give this figure. */
  reported: number | null;
  register: number;
  /** register − reported, when the report gives it. */
  difference: number | null;
}

/**
 * The lines of the totals table, compared by the inspections domain's own rule (the one the
 * gateway applies): a figure it does not list as different agrees with the report.
 */
export function totalsLines(totals: InspectionTotalsFields, reported: InspectionReportedTotalsInput): TotalsLine[] {
  const differences = new Map(compareWithReported(totals, reported).map((d) => [d.figure, d.difference]));
  return totalsFigures.map((figure) => {
    const value = reported[figure];
    return {
      figure,
      reported: value ?? null,
      register: totals[figure],
      difference: value === undefined ? null : (differences.get(figure) ?? 0),
    };
  });
}

/** The distinct source quotes of a period's reported figures, in the report's order (F30, F31…). */
export function sourceQuotes(observations: readonly InspectionReportedObservation[], periodCode: string): Array<{ factId: string | null; quote: string }> {
  const seen = new Set<string>();
  return observations
    .filter((o) => o.period.code === periodCode)
    .sort((a, b) => (a.factId ?? '').localeCompare(b.factId ?? ''))
    .flatMap((o) => {
      if (seen.has(o.sourceQuote)) return [];
      seen.add(o.sourceQuote);
      return [{ factId: o.factId, quote: o.sourceQuote }];
    });
}
