import { connectionFromArray, type RequestContext } from '@egov/graphql';
import type { Indicator, Observation } from '@egov/kpis-model';
import type { KpisRepository } from '../../kpis-repository';
import { checkArea, checkPeriod } from '../inputs';
import { indicatorLoader, sliceKey, sliceLoader } from '../loaders';
import type { IndicatorResolvers } from '../schema-types.generated';
import type { KpisSources } from '../sources';
import { kpiFieldOf } from './KpiField';

/** An indicator's figures in a slice the request reads once for all its indicators. */
async function observationsOf(indicator: Indicator, period: string | null, areaCode: string | null, context: RequestContext, kpis: KpisRepository): Promise<Observation[]> {
  const slice = await sliceLoader(context, kpis).load(sliceKey(period, areaCode));
  return slice.filter((observation) => observation.indicatorCode === indicator.code);
}

export const indicatorResolvers = ({ kpis }: KpisSources): IndicatorResolvers => ({
  field: (indicator) => kpiFieldOf(indicator.field),
  baseIndicator: (indicator, _, context) =>
    indicator.baseIndicatorCode ? indicatorLoader(context, kpis).load(indicator.baseIndicatorCode) : null,
  observations: async (indicator, args, context) => {
    const period = args.filter?.period ? checkPeriod(args.filter.period) : null;
    const areaCode = args.filter?.areaCode ? checkArea(args.filter.areaCode) : null;
    return connectionFromArray(await observationsOf(indicator, period, areaCode, context, kpis), args);
  },
  observation: async (indicator, args, context) => {
    const [found] = await observationsOf(indicator, checkPeriod(args.period), checkArea(args.areaCode), context, kpis);
    return found ?? null;
  },
});
