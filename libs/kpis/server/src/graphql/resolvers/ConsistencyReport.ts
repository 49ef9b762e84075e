import type { RequestContext } from '@egov/graphql';
import type { ConsistencyReport } from '@egov/kpis-model';
import { periodLoader } from '../loaders';
import type { KpisSources } from '../sources';

/** A report with the period and area it is about. */
export type ConsistencyResult = ConsistencyReport & { periodCode: string; areaCode: string };

export const consistencyReportResolvers = ({ kpis }: KpisSources) => ({
  period: (report: ConsistencyResult, _: unknown, context: RequestContext) => periodLoader(context, kpis).load(report.periodCode),
});
