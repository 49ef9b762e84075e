import { keysetRange, type PageArgs, type RequestContext } from '@egov/graphql';
import { parsePeriod, type KpiField, type Period, type StoredPeriod } from '@egov/kpis-model';
import { checkArea } from '../inputs';
import { observationPage, observationsInOrder } from '../observation-pages';
import type { KpisSources } from '../sources';
import { refuseUnknownCodes } from '../visibility';

export const reportingPeriodResolvers = (sources: KpisSources) => ({
  published: (period: StoredPeriod) => period.publishedAt !== null,
  kind: (period: Period) => parsePeriod(period.code).kind,
  year: (period: Period) => parsePeriod(period.code).year,
  observations: async (period: Period, args: PageArgs & { filter?: { areaCode?: string | null; field?: KpiField | null } | null }, context: RequestContext) => {
    const areaCode = args.filter?.areaCode ? checkArea(args.filter.areaCode) : null;
    const filter = { period: period.code, ...(areaCode ? { areaCode } : {}), ...(args.filter?.field ? { field: args.filter.field } : {}) };
    const range = keysetRange(args, observationsInOrder);
    const page = await sources.kpis.pageObservations(filter, range);
    if (page.rows.length === 0 && areaCode) await refuseUnknownCodes(context, sources, { areaCode });
    return observationPage(context, sources.kpis, page, range, filter);
  },
});
