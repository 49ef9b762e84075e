import { badInput, connectionFromArray, keysetRange, searchText } from '@egov/graphql';
import { GraphQLError } from 'graphql';
import { kpiFields, PERIOD_CODE_PATTERN, type Period } from '@egov/kpis-model';
import type { ObservationChange } from '../../kpis-repository';
import { seesUnpublished } from '../access';
import { checkArea, checkIndicatorCode, checkPeriod, checkUnitCode, INDICATOR_CODE, observationId } from '../inputs';
import { indicatorLoader, observationLoader, primeIndicators, sliceKey, sliceLoader } from '../loaders';
import { observationPage, observationsInOrder } from '../observation-pages';
import type { QueryResolvers } from '../schema-types.generated';
import type { KpisSources } from '../sources';
import { defaultPeriod, refuseUnknownCodes, unknownMessages, visiblePeriod, visiblePeriods } from '../visibility';
import type { ConsistencyResult } from './ConsistencyReport';
import { kpiFieldOf } from './KpiField';
import type { DashboardSource } from './StatisticsDashboard';

export const queryResolvers = (sources: KpisSources): QueryResolvers => {
  const { kpis } = sources;
  return {
    kpiFields: () => kpiFields.map(kpiFieldOf),
    reportingPeriods: (_, __, context) => visiblePeriods(context, sources),
    reportingPeriod: async (_, args, context) => {
      if (args.code === null || args.code === undefined) return defaultPeriod(context, sources);
      return PERIOD_CODE_PATTERN.test(args.code) ? visiblePeriod(context, sources, args.code) : null;
    },
    indicator: (_, args, context) =>
      args.code.length <= 100 && INDICATOR_CODE.test(args.code) ? indicatorLoader(context, kpis).load(args.code) : null,
    indicators: async (_, args, context) => {
      const filter = { ...(args.filter?.field ? { field: args.filter.field } : {}) };
      const query = searchText(args.filter?.query ?? '').trim();
      const list = query ? await kpis.searchIndicators(query, filter) : await kpis.listIndicators(filter);
      primeIndicators(context, kpis, list);
      return connectionFromArray(list, args);
    },
    observations: async (_, args, context) => {
      const filter = args.filter ?? {};
      const codes = {
        period: filter.period ? checkPeriod(filter.period) : null,
        areaCode: filter.areaCode ? checkArea(filter.areaCode) : null,
        indicatorCode: filter.indicatorCode ? checkIndicatorCode(filter.indicatorCode) : null,
        ownerUnitCode: filter.ownerUnitCode ? checkUnitCode(filter.ownerUnitCode) : null,
      };
      const criteria = {
        ...(codes.period ? { period: codes.period } : {}),
        ...(codes.areaCode ? { areaCode: codes.areaCode } : {}),
        ...(filter.field ? { field: filter.field } : {}),
        ...(codes.indicatorCode ? { indicatorCode: codes.indicatorCode } : {}),
        ...(codes.ownerUnitCode ? { ownerUnitCode: codes.ownerUnitCode } : {}),
        ...(seesUnpublished(context) ? {} : { publishedPeriodsOnly: true }),
      };
      const range = keysetRange(args, observationsInOrder);
      const page = await kpis.pageObservations(criteria, range);
      // Nothing found: say so plainly if a code names nothing, rather than answer an empty page.
      if (page.rows.length === 0) await refuseUnknownCodes(context, sources, codes);
      return observationPage(context, kpis, page, range, criteria);
    },
    consistencyChecks: async (_, args, context): Promise<ConsistencyResult> => {
      const periodCode = checkPeriod(args.period);
      const areaCode = checkArea(args.areaCode);
      // A period the caller may not see is refused before its figures are read.
      if (!seesUnpublished(context)) await refuseUnknownCodes(context, sources, { period: periodCode });
      const report = await kpis.consistencyChecks(periodCode, areaCode);
      // A check made proves its period and area exist; an empty report may hide an unknown code.
      if (report.ratios.length === 0 && report.population.estimates.length === 0) await refuseUnknownCodes(context, sources, { period: periodCode, areaCode });
      return { periodCode, areaCode, ...report };
    },
    statisticsDashboard: async (_, args, context): Promise<DashboardSource | null> => {
      const areaCode = checkArea(args.areaCode);
      let period: Period | null;
      if (args.period) {
        const code = checkPeriod(args.period);
        period = await visiblePeriod(context, sources, code);
        if (!period) throw badInput(unknownMessages.period(code), 'period');
      } else {
        period = await defaultPeriod(context, sources);
      }
      if (!period) return null;
      const [indicators, observations] = await Promise.all([kpis.listIndicators(), kpis.listObservations({ period: period.code, areaCode })]);
      // Figures prove the area exists; only a dashboard without any asks (and primes the loader of its area field).
      if (observations.length === 0) await refuseUnknownCodes(context, sources, { areaCode });
      // Every nested field of the dashboard is answered from these three reads.
      primeIndicators(context, kpis, indicators);
      sliceLoader(context, kpis).prime(sliceKey(period.code, areaCode), observations);
      for (const observation of observations) observationLoader(context, kpis).prime(observation.id, observation);
      return { period, areaCode, indicators, observations };
    },
    observationHistory: async (_, args, context): Promise<ObservationChange[]> => {
      if (!context.viewer) throw new GraphQLError('Sign in to see the history of a figure.', { extensions: { code: 'FORBIDDEN' } });
      const id = observationId(args.id);
      if (id === null) throw badInput('"id" is not the id of a figure.', 'id');
      return kpis.observationHistory(id);
    },
  };
};
