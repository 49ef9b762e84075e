import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each mapped to the model's value it stands for (the generated types say which, and check it). */
export const kpisEnums = {
  KpiFieldCode: { PUBLISHING: 'publishing', IT: 'it', POST: 'post', TELECOM: 'telecom', INSPECTION: 'inspection' },
  IndicatorMeasure: {
    COUNT: 'count',
    PERCENT: 'percent',
    PER_100_INHABITANTS: 'per_100_inhabitants',
    INHABITANTS_PER_POINT: 'inhabitants_per_point',
    AMOUNT_VND: 'amount_vnd',
  },
  IndicatorDirection: { HIGHER_IS_BETTER: 'higher_is_better', LOWER_IS_BETTER: 'lower_is_better', NEUTRAL: 'neutral' },
  ReportingPeriodKind: { YEAR: 'year', HALF: 'half', QUARTER: 'quarter', MONTH: 'month' },
  ObservationStatus: { PROVISIONAL: 'provisional', FINAL: 'final' },
  PopulationEstimateMethod: { DENSITY: 'density', POINTS: 'points' },
} as const satisfies Pick<
  Resolvers,
  'KpiFieldCode' | 'IndicatorMeasure' | 'IndicatorDirection' | 'ReportingPeriodKind' | 'ObservationStatus' | 'PopulationEstimateMethod'
>;
