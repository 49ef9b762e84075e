import { z } from 'zod';

/**
 * A reporting period code: a year (`2020`), a half (`2020-H1`) or a quarter (`2020-Q3`).
 * Awards are reported in the period they were conferred in, as the department's reports are.
 */
export const reportingPeriodSchema = z
  .string()
  .regex(/^\d{4}(-(H[12]|Q[1-4]))?$/, 'A reporting period is a year, a half or a quarter: 2020, 2020-H1, 2020-Q3');

/** The first and last day (ISO dates) of a reporting period code. */
export function periodBounds(period: string): { start: string; end: string } {
  const match = /^(\d{4})(?:-(?:H([12])|Q([1-4])))?$/.exec(period);
  if (!match) throw new Error(`Not a reporting period code: ${period}`);
  const [, year, half, quarter] = match;
  const months = half ? 6 : quarter ? 3 : 12;
  const first = (Number(half ?? quarter ?? 1) - 1) * months + 1;
  const last = first + months - 1;
  const lastDay = new Date(Date.UTC(Number(year), last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay)}` };
}

/** True when the day (ISO date) falls within the reporting period. */
export function periodContains(period: string, date: string): boolean {
  const { start, end } = periodBounds(period);
  return start <= date && date <= end;
}
