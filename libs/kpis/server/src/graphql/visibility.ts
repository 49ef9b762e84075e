import { areaLoader } from '@egov/districts-server';
import { badInput, type RequestContext } from '@egov/graphql';
import type { StoredPeriod } from '@egov/kpis-model';
import { latestPeriod } from '@egov/periods';
import { unitLoader } from '@egov/units-server';
import type { PeriodFilter } from '../kpis-repository';
import { seesUnpublished } from './access';
import { indicatorLoader, periodLoader } from './loaders';
import type { KpisSources } from './sources';

/**
 * A period as the caller may see it: a published one, or any for a statistician; null for a
 * period not yet published asked by anyone else, as for one that does not exist.
 */
export async function visiblePeriod(context: RequestContext, { kpis }: Pick<KpisSources, 'kpis'>, code: string): Promise<StoredPeriod | null> {
  const period = await periodLoader(context, kpis).load(code);
  return period && (period.publishedAt !== null || seesUnpublished(context)) ? period : null;
}

/** Periods read as a list, each primed in the request's loader. */
async function primedPeriods(context: RequestContext, { kpis }: Pick<KpisSources, 'kpis'>, filter: PeriodFilter): Promise<StoredPeriod[]> {
  const periods = await kpis.listPeriods(filter);
  for (const period of periods) periodLoader(context, kpis).prime(period.code, period);
  return periods;
}

/** The periods the caller may see, earliest first. */
export const visiblePeriods = (context: RequestContext, sources: Pick<KpisSources, 'kpis'>) =>
  primedPeriods(context, sources, seesUnpublished(context) ? {} : { published: true });

/** The period shown when none is named, to everyone (statisticians too): the latest published one. */
export const defaultPeriod = async (context: RequestContext, sources: Pick<KpisSources, 'kpis'>) =>
  latestPeriod(await primedPeriods(context, sources, { published: true }));

/** What a well-formed code may name, and how to say that it names nothing. */
export const unknownMessages = {
  period: (code: string) => `There is no reporting period "${code}".`,
  areaCode: (code: string) => `There is no administrative area with GSO code "${code}".`,
  indicatorCode: (code: string) => `There is no indicator "${code}".`,
  ownerUnitCode: (code: string) => `There is no unit "${code}".`,
} as const;

/** Codes of a request to prove, by the argument that gave each. */
export type CodesToCheck = Partial<Record<keyof typeof unknownMessages, string | null>>;

/**
 * Refuses, as BAD_USER_INPUT naming the argument and the code, the first well-formed code that
 * names no period, area or indicator. Call it only when an answer came back empty: a figure
 * found for a code proves the code exists (the observations table's foreign keys), so answers
 * with figures cost no extra read. The reads go through the request's loaders, so a field that
 * shows the period or area afterwards reads nothing again.
 */
export async function refuseUnknownCodes(context: RequestContext, sources: KpisSources, codes: CodesToCheck): Promise<void> {
  const [period, area, indicator, unit] = await Promise.all([
    codes.period ? visiblePeriod(context, sources, codes.period) : undefined,
    codes.areaCode ? areaLoader(context, sources.districts).load(codes.areaCode) : undefined,
    codes.indicatorCode ? indicatorLoader(context, sources.kpis).load(codes.indicatorCode) : undefined,
    codes.ownerUnitCode ? unitLoader(context, sources.units).load(codes.ownerUnitCode) : undefined,
  ]);
  if (codes.period && !period) throw badInput(unknownMessages.period(codes.period), 'period');
  if (codes.areaCode && !area) throw badInput(unknownMessages.areaCode(codes.areaCode), 'areaCode');
  if (codes.indicatorCode && !indicator) throw badInput(unknownMessages.indicatorCode(codes.indicatorCode), 'indicatorCode');
  if (codes.ownerUnitCode && !unit) throw badInput(unknownMessages.ownerUnitCode(codes.ownerUnitCode), 'ownerUnitCode');
}
