/** What {@link latestPeriod} compares: a period's first and last day (YYYY-MM-DD). */
export interface PeriodDays {
  startsOn: string;
  endsOn: string;
}

/**
 * The period shown when none is named, by every page and query of the portal: the one ending
 * last, and of those ending together the longest (2020 before 2020-H2 before 2020-Q4).
 */
export function latestPeriod<T extends PeriodDays>(periods: readonly T[]): T | null {
  let latest: T | null = null;
  for (const period of periods) {
    if (!latest || period.endsOn > latest.endsOn || (period.endsOn === latest.endsOn && period.startsOn < latest.startsOn)) latest = period;
  }
  return latest;
}

/**
 * The period the public pages show when none is named: the latest ({@link latestPeriod}) of the
 * published ones. A period opened but not yet published never becomes a public default, however
 * late it ends.
 */
export function latestPublishedPeriod<T extends PeriodDays & { published: boolean }>(periods: readonly T[]): T | null {
  return latestPeriod(periods.filter((period) => period.published));
}
