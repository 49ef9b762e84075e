import { fineInWords, type PeriodTotals, type TotalsDifference } from '@egov/inspections-model';
import type { InspectionTotalsResolvers } from '../schema-types.generated';

/** A period's totals with the days they cover and, when a report's figures were given, how they compare. */
export type TotalsResult = PeriodTotals & { from: string; to: string; differences: TotalsDifference[] | null; consistent: boolean | null };

export const inspectionTotalsResolvers: InspectionTotalsResolvers = {
  finesInWords: (totals) => fineInWords(totals.finesVnd),
};
