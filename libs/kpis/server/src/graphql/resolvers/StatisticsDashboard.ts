import { areaLoader } from '@egov/districts-server';
import { checkConsistency, kpiFields, type Indicator, type Observation, type Period } from '@egov/kpis-model';
import type { KpisSources } from '../sources';
import type { ConsistencyResult } from './ConsistencyReport';
import { kpiFieldOf } from './KpiField';
import type { StatisticsDashboardResolvers } from '../schema-types.generated';

/** A period's figures of one area, read at once, from which every field of the dashboard is answered. */
export interface DashboardSource {
  period: Period;
  areaCode: string;
  indicators: Indicator[];
  observations: Observation[];
}

export const statisticsDashboardResolvers = ({ districts }: KpisSources): StatisticsDashboardResolvers => ({
  area: (dashboard, _, context) => areaLoader(context, districts).load(dashboard.areaCode),
  fields: (dashboard) => {
    const byIndicator = new Map(dashboard.observations.map((observation) => [observation.indicatorCode, observation]));
    return kpiFields.map((field) => ({
      field: kpiFieldOf(field),
      indicators: dashboard.indicators
        .filter((indicator) => indicator.field === field)
        .map((indicator) => ({ indicator, observation: byIndicator.get(indicator.code) ?? null })),
    }));
  },
  consistency: (dashboard): ConsistencyResult => ({
    periodCode: dashboard.period.code,
    areaCode: dashboard.areaCode,
    ...checkConsistency(dashboard.indicators, dashboard.observations),
  }),
});
