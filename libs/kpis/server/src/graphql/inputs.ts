import { codeArgument, keyOfGlobalId } from '@egov/graphql';
import { PERIOD_CODE_PATTERN, type ObservationInput } from '@egov/kpis-model';
import type { ObservationUpsertInput } from './schema-types.generated';

export const AREA_CODE = /^\d{2,5}$/;
export const INDICATOR_CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const UNIT_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const checkPeriod = (value: string, argument = 'period') =>
  codeArgument(value, argument, PERIOD_CODE_PATTERN, 'a period code: 2020, 2020-H1, 2020-Q3 or 2020-06');
export const checkArea = (value: string, argument = 'areaCode') => codeArgument(value, argument, AREA_CODE, 'a GSO area code of 2 to 5 digits');
export const checkIndicatorCode = (value: string) => codeArgument(value, 'indicatorCode', INDICATOR_CODE, 'an indicator code');
export const checkUnitCode = (value: string) => codeArgument(value, 'ownerUnitCode', UNIT_CODE, 'a unit code');

/** The number of a figure from its global id, or null when the id names no figure. */
export const observationId = (id: string): number | null => {
  const key = keyOfGlobalId(id, 'Observation');
  return key !== null && /^\d{1,9}$/.test(key) ? Number(key) : null;
};

/** The model's names of the figure's fields that the mutation's input names otherwise (its refusals name the input's). */
export const observationInputNames: Readonly<Record<string, string>> = { target: 'targetValue' };

/** The figure an upsert's input describes, absent fields as the model's defaults. */
export function observationFromInput({ version: _version, targetValue, ...input }: ObservationUpsertInput): ObservationInput {
  return {
    indicatorCode: input.indicatorCode,
    period: input.period,
    areaCode: input.areaCode,
    value: input.value,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    target: targetValue ?? null,
    status: input.status ?? 'provisional',
    sourceQuote: input.sourceQuote,
    factId: input.factId ?? null,
    ownerUnitCode: input.ownerUnitCode ?? null,
    noteVi: input.noteVi ?? null,
    noteEn: input.noteEn ?? null,
  };
}
