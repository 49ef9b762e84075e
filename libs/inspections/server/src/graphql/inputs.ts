import { badInput, dayArgument } from '@egov/graphql';
import type { InspectionInput, PeriodTotals } from '@egov/inspections-model';
import type { RegisterFilter } from '../inspections-repository';
import type { InspectionFilter, InspectionRecordInput, InspectionReportedTotals, SanctionDecisionFilter } from './schema-types.generated';

/** The day an optional `Date` argument names, or null when it is left out. */
export const asDay = (value: Date | string | null | undefined): string | null => (value === null || value === undefined ? null : dayArgument(value));

export const registerFilter = (filter: InspectionFilter | SanctionDecisionFilter | null | undefined, status: string | null | undefined): RegisterFilter => ({
  start: asDay(filter?.from),
  end: asDay(filter?.to),
  field: filter?.field ?? null,
  status: status ?? null,
});

export const inspectionInput = (input: InspectionRecordInput): InspectionInput => ({
  decisionNumber: input.decisionNumber,
  kind: input.kind,
  activity: input.activity,
  field: input.field,
  subjects: input.subjects,
  startedOn: dayArgument(input.startedOn),
  endedOn: asDay(input.endedOn),
  status: input.status,
  conclusionVi: input.conclusionVi ?? null,
  concludedOn: asDay(input.concludedOn),
  leadUnitCode: input.leadUnitCode,
});

const REPORTED_FIGURES = ['inspections', 'inspectedSubjects', 'checks', 'checkedSubjects', 'decisions', 'finesVnd'] as const;

/** The reported figures given, each a whole number ≥ 0. */
export function reportedTotals(reported: InspectionReportedTotals): Partial<PeriodTotals> {
  const figures: Partial<PeriodTotals> = {};
  for (const figure of REPORTED_FIGURES) {
    const value = reported[figure];
    if (value === null || value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw badInput(`reported.${figure} must be a whole number, 0 or more.`, 'reported');
    figures[figure] = value;
  }
  return figures;
}
