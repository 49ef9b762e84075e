import { fineInWords, type PeriodTotals } from '@egov/inspections-model';

export const inspectionTotalsResolvers = {
  finesInWords: (totals: PeriodTotals) => fineInWords(totals.finesVnd),
};
