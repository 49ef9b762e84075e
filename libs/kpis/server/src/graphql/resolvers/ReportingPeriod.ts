import { keysetRange } from '@egov/graphql';
import { parsePeriod } from '@egov/kpis-model';
import { checkArea } from '../inputs';
import { observationPage, observationsInOrder } from '../observation-pages';
import type { ReportingPeriodResolvers } from '../schema-types.generated';
import type { KpisSources } from '../sources';
import { refuseUnknownCodes } from '../visibility';

export const reportingPeriodResolvers = (sources: KpisSources): ReportingPeriodResolvers => ({
  published: (period) => period.publishedAt !== null,
  kind: (period) => parsePeriod(period.code).kind,
  year: (period) => parsePeriod(period.code).year,
  observations: async (period, args, context) => {
    const areaCode = args.filter?.areaCode ? checkArea(args.filter.areaCode) : null;
    const filter = { period: period.code, ...(areaCode ? { areaCode } : {}), ...(args.filter?.field ? { field: args.filter.field } : {}) };
    const range = keysetRange(args, observationsInOrder);
    const page = await sources.kpis.pageObservations(filter, range);
    if (page.rows.length === 0 && areaCode) await refuseUnknownCodes(context, sources, { areaCode });
    return observationPage(context, sources.kpis, page, range, filter);
  },
});
