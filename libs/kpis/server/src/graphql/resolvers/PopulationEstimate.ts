import { existing } from '@egov/graphql';
import { indicatorLoader } from '../loaders';
import type { KpisSources } from '../sources';
import type { PopulationEstimateResolvers } from '../schema-types.generated';

export const populationEstimateResolvers = ({ kpis }: KpisSources): PopulationEstimateResolvers => ({
  indicator: (estimate, _, context) => existing(indicatorLoader(context, kpis).load(estimate.indicatorCode), `Indicator ${estimate.indicatorCode}`),
  baseIndicator: (estimate, _, context) => existing(indicatorLoader(context, kpis).load(estimate.baseIndicatorCode), `Indicator ${estimate.baseIndicatorCode}`),
});
