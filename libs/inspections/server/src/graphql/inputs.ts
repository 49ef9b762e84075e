import type { DomainError } from '@egov/errors';
import { columnToInputName, fromGlobalId, withInputNames } from '@egov/graphql';
import type { EnforcementStatus, Inspection, InspectionInput, PeriodTotals, SanctionDecisionInput } from '@egov/inspections-model';
import { GraphQLError } from 'graphql';
import type { RegisterFilter } from '../inspections-repository';

export const badInput = (message: string, argument: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });

export const asDay = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value;

/** The uuid of a global id of the given type; `fail` decides the user error for anything else. */
export function keyOf(id: string, typeName: string, fail: () => DomainError): string {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.typeName !== typeName) throw fail();
  return parsed.key;
}

/** Runs a write, naming a refusal by the database after the input field (lead_unit_code → leadUnitCode). */
export const naming = <T>(work: () => Promise<T>) => withInputNames(work, columnToInputName);

export type Direction = 'ASC' | 'DESC';
export type FilterArgs = { from?: Date | null; to?: Date | null; field?: Inspection['field'] | null; status?: string | null; enforcementStatus?: string | null };

export const registerFilter = (filter: FilterArgs | null | undefined, status: string | null | undefined): RegisterFilter => ({
  start: asDay(filter?.from),
  end: asDay(filter?.to),
  field: filter?.field ?? null,
  status: status ?? null,
});

export type InspectionArgs = Omit<InspectionInput, 'startedOn' | 'endedOn' | 'concludedOn'> & {
  startedOn: Date | string;
  endedOn?: Date | string | null;
  concludedOn?: Date | string | null;
};

export const inspectionInput = (input: InspectionArgs): InspectionInput => ({
  decisionNumber: input.decisionNumber,
  kind: input.kind,
  activity: input.activity,
  field: input.field,
  subjects: input.subjects,
  startedOn: asDay(input.startedOn) as string,
  endedOn: asDay(input.endedOn),
  status: input.status,
  conclusionVi: input.conclusionVi ?? null,
  concludedOn: asDay(input.concludedOn),
  leadUnitCode: input.leadUnitCode,
});

export type DecisionArgs = Omit<SanctionDecisionInput, 'issuedOn' | 'inspectionId' | 'extraMeasures' | 'enforcementStatus'> & {
  issuedOn: Date | string;
  inspectionId?: string | null;
  extraMeasures?: string[] | null;
  enforcementStatus?: EnforcementStatus | null;
};

const REPORTED_FIGURES = ['inspections', 'inspectedSubjects', 'checks', 'checkedSubjects', 'decisions', 'finesVnd'] as const;

/** The reported figures given, each a whole number ≥ 0. */
export function reportedTotals(reported: Partial<Record<keyof PeriodTotals, number | null>>): Partial<PeriodTotals> {
  const figures: Partial<PeriodTotals> = {};
  for (const figure of REPORTED_FIGURES) {
    const value = reported[figure];
    if (value === null || value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) throw badInput(`reported.${figure} must be a whole number, 0 or more.`, 'reported');
    figures[figure] = value;
  }
  return figures;
}
