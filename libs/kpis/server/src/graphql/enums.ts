import { enumOf } from '@egov/graphql';
import { directions, kpiFields, measures, observationStatuses } from '@egov/kpis-model';
import { periodKinds } from '@egov/periods';
import type { Resolvers } from './schema-types.generated';

/** The schema's enum values, each the model's value under its upper-case name (the generated types check both). */
export const kpisEnums = {
  KpiFieldCode: enumOf(kpiFields),
  IndicatorMeasure: enumOf(measures),
  IndicatorDirection: enumOf(directions),
  ReportingPeriodKind: enumOf(periodKinds),
  ObservationStatus: enumOf(observationStatuses),
  PopulationEstimateMethod: enumOf(['density', 'points']),
} satisfies Pick<
  Resolvers,
  'KpiFieldCode' | 'IndicatorMeasure' | 'IndicatorDirection' | 'ReportingPeriodKind' | 'ObservationStatus' | 'PopulationEstimateMethod'
>;
