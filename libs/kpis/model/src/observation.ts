import { validate } from '@egov/errors';
import { periodCodeSchema } from '@egov/periods';
import { unitCodeSchema } from '@egov/units-model';
import { z } from 'zod';
import { indicatorCodeSchema, type IndicatorFields, type Measure } from './indicator';

/** `provisional` (số liệu ước, sơ bộ) until the period has closed and the figure is confirmed; then `final`. */
export const observationStatuses = ['provisional', 'final'] as const;
export type ObservationStatus = (typeof observationStatuses)[number];

/** The id of a figure in the first data set's fact table (FACTS.md): `F07`. */
export const factIdSchema = z.string().regex(/^F\d{2,3}$/, 'A fact id is F followed by its number: F07');

const wholeCount = (label: string) =>
  z.number().int(`${label} is a whole number`).nonnegative(`${label} cannot be negative`);

/**
 * One figure (số liệu) of an indicator for a period and an area, with the words of the source it
 * stands on. These are the rules that hold whatever the indicator; `observationSchemaFor` adds
 * those of the indicator's measure.
 */
export const observationSchema = z
  .object({
    indicatorCode: indicatorCodeSchema,
    period: periodCodeSchema,
    /** GSO code of the province or district the figure is about. */
    areaCode: z.string().regex(/^\d{2,5}$/, 'An area is given by its GSO code'),
    value: z.number(),
    /** The parts of a percentage when the source gives them (187 of 200 communes). */
    numerator: wholeCount('A numerator').nullable(),
    denominator: wholeCount('A denominator').nullable(),
    /** The figure planned for the period (chỉ tiêu), in the unit of the value. */
    target: z.number().nullable(),
    status: z.enum(observationStatuses),
    /** The words of the source the figure is read from, verbatim. */
    sourceQuote: z.string().trim().min(1).max(2000),
    factId: factIdSchema.nullable(),
    /** The unit that reports the figure. */
    ownerUnitCode: unitCodeSchema.nullable(),
    noteVi: z.string().trim().min(1).max(1000).nullable(),
    noteEn: z.string().trim().min(1).max(1000).nullable(),
  })
  .superRefine((observation, ctx) => {
    const { numerator, denominator } = observation;
    if ((numerator === null) !== (denominator === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [numerator === null ? 'numerator' : 'denominator'],
        message: 'A ratio gives both its numerator and its denominator',
      });
      return;
    }
    if (denominator === null || numerator === null) return;
    if (denominator === 0) {
      ctx.addIssue({ code: 'custom', path: ['denominator'], message: 'A denominator is greater than zero' });
    }
    if (numerator > denominator) {
      ctx.addIssue({ code: 'custom', path: ['numerator'], message: 'A numerator cannot exceed its denominator' });
    }
  });

export type ObservationInput = z.input<typeof observationSchema>;
export type ObservationFields = z.output<typeof observationSchema>;
export interface Observation extends ObservationFields {
  id: number;
  version: number;
}

type AddIssue = (path: string, message: string) => void;

/** The values a figure of this measure may take; the same rule applies to its target. */
function checkMeasure(measure: Measure, path: string, value: number, addIssue: AddIssue): void {
  switch (measure) {
    case 'percent':
      if (value < 0 || value > 100) addIssue(path, 'A percentage lies between 0 and 100');
      return;
    case 'count':
    case 'amount_vnd': {
      const what = measure === 'count' ? 'A count' : 'An amount in đồng';
      if (!Number.isInteger(value)) addIssue(path, `${what} is a whole number`);
      if (value < 0) addIssue(path, `${what} cannot be negative`);
      return;
    }
    case 'per_100_inhabitants':
    case 'inhabitants_per_point':
      if (value < 0) addIssue(path, 'A density cannot be negative');
      return;
  }
}

/** The observation schema with the rules of one indicator's measure added. */
export function observationSchemaFor(indicator: Pick<IndicatorFields, 'code' | 'measure'>) {
  return observationSchema.superRefine((observation, ctx) => {
    const addIssue: AddIssue = (path, message) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (observation.indicatorCode !== indicator.code) {
      addIssue('indicatorCode', `This figure belongs to ${observation.indicatorCode}, not to ${indicator.code}`);
    }
    checkMeasure(indicator.measure, 'value', observation.value, addIssue);
    if (observation.target !== null) checkMeasure(indicator.measure, 'target', observation.target, addIssue);
    if (observation.numerator !== null && indicator.measure !== 'percent') {
      addIssue('numerator', 'Only a percentage is given as a ratio of two counts');
    }
  });
}

/**
 * Judges a figure against its indicator: returns the parsed figure, or throws one VALIDATION
 * DomainError listing every wrong field (`value`, `target`, `numerator`…).
 */
export function validateObservation(indicator: Pick<IndicatorFields, 'code' | 'measure'>, input: unknown): ObservationFields {
  return validate(observationSchemaFor(indicator), input);
}
