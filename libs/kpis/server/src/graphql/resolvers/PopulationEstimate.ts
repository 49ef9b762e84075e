import type { RequestContext } from '@egov/graphql';
import { indicatorLoader } from '../loaders';
import type { KpisSources } from '../sources';

export const populationEstimateResolvers = ({ kpis }: KpisSources) => ({
  indicator: (estimate: { indicatorCode: string }, _: unknown, context: RequestContext) => indicatorLoader(context, kpis).load(estimate.indicatorCode),
  baseIndicator: (estimate: { baseIndicatorCode: string }, _: unknown, context: RequestContext) => indicatorLoader(context, kpis).load(estimate.baseIndicatorCode),
});
