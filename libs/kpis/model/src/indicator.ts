import { z } from 'zod';
import { kpiFields } from './field';

/** An indicator code: upper-case ASCII words joined by underscores (`IT_ONLINE_SERVICES_LEVEL4_RATE`). */
export const indicatorCodeSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/, 'An indicator code is upper-case words joined by underscores');

/**
 * What kind of number an indicator is, which decides the values it may take:
 * a count (whole, not negative), a percentage (0–100), a density per 100 inhabitants,
 * inhabitants per service point, an amount of money in đồng (whole, not negative).
 */
export const measures = ['count', 'percent', 'per_100_inhabitants', 'inhabitants_per_point', 'amount_vnd'] as const;
export type Measure = (typeof measures)[number];

/** Which way is better, for judging a target: more, less, or neither. */
export const directions = ['higher_is_better', 'lower_is_better', 'neutral'] as const;
export type Direction = (typeof directions)[number];

/** Measures that are computed on a count of something: subscribers per 100 inhabitants, inhabitants per point. */
export const measuresWithBase: readonly Measure[] = ['per_100_inhabitants', 'inhabitants_per_point'];

/** A statistics indicator (chỉ tiêu thống kê): what is counted, in which unit, and why. */
export const indicatorSchema = z
  .object({
    code: indicatorCodeSchema,
    nameVi: z.string().trim().min(1).max(300),
    nameEn: z.string().trim().min(1).max(300),
    field: z.enum(kpiFields),
    unitVi: z.string().trim().min(1).max(100),
    unitEn: z.string().trim().min(1).max(100),
    measure: z.enum(measures),
    direction: z.enum(directions),
    definitionVi: z.string().trim().min(1).max(2000),
    definitionEn: z.string().trim().min(1).max(2000),
    /** The legal text that sets the indicator or its target, as the source names it. */
    legalBasis: z.string().trim().min(1).max(500).nullable(),
    /**
     * For a density or a per-point figure, the count indicator it is computed on (the subscribers
     * behind a telephone density, the service points behind inhabitants per point). It lets the
     * figures be checked against each other through the population they imply.
     */
    baseIndicatorCode: indicatorCodeSchema.nullable(),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.baseIndicatorCode === null) return;
    if (!measuresWithBase.includes(indicator.measure)) {
      ctx.addIssue({
        code: 'custom',
        path: ['baseIndicatorCode'],
        message: 'Only a density or a per-point indicator is computed on a base count',
      });
    }
    if (indicator.baseIndicatorCode === indicator.code) {
      ctx.addIssue({ code: 'custom', path: ['baseIndicatorCode'], message: 'An indicator cannot be its own base' });
    }
  });

export type IndicatorInput = z.input<typeof indicatorSchema>;
export type IndicatorFields = z.output<typeof indicatorSchema>;
export interface Indicator extends IndicatorFields {
  version: number;
}
