/**
 * The statistician's choice of a period to open: a year and what part of it (the whole year, a
 * half or a quarter), which give the period's code as the gateway names it (2020, 2020-H2, 2020-Q3).
 */
export const periodParts = ['YEAR', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type PeriodPart = (typeof periodParts)[number];

/** The years a period code may name (as @egov/periods accepts them). */
export const PERIOD_YEAR_RANGE = { min: 1990, max: 2100 } as const;

export type PeriodFormProblem = 'enterYear' | 'yearRange';

/** The code of the period chosen, or why there is none: a year that is not four digits in range. */
export function periodCodeOf(yearText: string, part: PeriodPart): { code: string } | { problem: PeriodFormProblem } {
  const year = yearText.trim();
  if (year === '') return { problem: 'enterYear' };
  if (!/^\d{4}$/.test(year) || Number(year) < PERIOD_YEAR_RANGE.min || Number(year) > PERIOD_YEAR_RANGE.max) return { problem: 'yearRange' };
  return { code: part === 'YEAR' ? year : `${year}-${part}` };
}
