import { defineLoader, existing, type RequestContext } from '@egov/graphql';
import type { Indicator, KpiField, Observation, StoredPeriod } from '@egov/kpis-model';
import type { KpisRepository } from '../kpis-repository';
import { seesUnpublished } from './access';

export const indicatorLoader = defineLoader<string, Indicator | null, KpisRepository>('kpiIndicator', (codes, kpis) => kpis.getIndicators(codes));

export const periodLoader = defineLoader<string, StoredPeriod | null, KpisRepository>('kpiPeriod', (codes, kpis) => kpis.getPeriods(codes));

export const observationLoader = defineLoader<number, Observation | null, KpisRepository>('kpiObservation', (ids, kpis) => kpis.getObservations(ids));

/** Every indicator of each field, from one read of the table. */
export const fieldIndicatorsLoader = defineLoader<KpiField, Indicator[], KpisRepository>('kpiFieldIndicators', async (fields, kpis, context) => {
  const all = await kpis.listIndicators();
  primeIndicators(context, kpis, all);
  return fields.map((field) => all.filter((indicator) => indicator.field === field));
});

/** The key of a slice of figures: those of a period and/or an area. */
export const sliceKey = (period: string | null, areaCode: string | null) => JSON.stringify([period, areaCode]);

/** The figures of a period and/or area (a "slice"), one read per distinct slice asked in the request. */
export const sliceLoader = defineLoader<string, Observation[], KpisRepository>('kpiObservationSlice', (keys, kpis, context) =>
  Promise.all(
    keys.map((key) => {
      const [period, areaCode] = JSON.parse(key) as [string | null, string | null];
      return kpis.listObservations({
        ...(period ? { period } : {}),
        ...(areaCode ? { areaCode } : {}),
        ...(seesUnpublished(context) ? {} : { publishedPeriodsOnly: true }),
      });
    }),
  ),
);

export function primeIndicators(context: RequestContext, kpis: KpisRepository, indicators: readonly Indicator[]): void {
  const loader = indicatorLoader(context, kpis);
  for (const indicator of indicators) loader.prime(indicator.code, indicator);
}

/** An indicator a figure names; the table's foreign key makes a missing one a broken database, not a user's mistake. */
export const indicatorOf = (observation: Observation, context: RequestContext, kpis: KpisRepository): Promise<Indicator> =>
  existing(indicatorLoader(context, kpis).load(observation.indicatorCode), `Indicator ${observation.indicatorCode} of observation ${observation.id}`);
