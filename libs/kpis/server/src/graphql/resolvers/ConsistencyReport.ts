import type { ConsistencyReport } from '@egov/kpis-model';
import { periodLoader } from '../loaders';
import type { KpisSources } from '../sources';
import type { ConsistencyReportResolvers } from '../schema-types.generated';

/** A report with the period and area it is about. */
export type ConsistencyResult = ConsistencyReport & { periodCode: string; areaCode: string };

export const consistencyReportResolvers = ({ kpis }: KpisSources): ConsistencyReportResolvers => ({
  period: (report, _, context) => periodLoader(context, kpis).load(report.periodCode),
});
