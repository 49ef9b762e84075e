import { z } from 'zod';

/**
 * A reporting period (kỳ báo cáo), written as a code:
 * `2020` (year), `2020-H1` / `2020-H2` (half year), `2020-Q1`…`2020-Q4` (quarter), `2020-06` (month).
 */
export const periodKinds = ['year', 'half', 'quarter', 'month'] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** What follows the year and its hyphen, for each kind but the year (which has nothing). */
const kindSuffixes: Record<Exclude<PeriodKind, 'year'>, string> = { half: 'H[12]', quarter: 'Q[1-4]', month: '0[1-9]|1[0-2]' };
const kindExamples: Record<PeriodKind, string> = { year: '2020', half: '2020-H1', quarter: '2020-Q3', month: '2020-06' };

/** The earliest and latest year a period code may name. */
export const PERIOD_YEARS = { min: 1990, max: 2100 } as const;

/**
 * The pattern of the codes of some kinds of period; group 1 is the year, group 2 what follows
 * the hyphen, if anything.
 */
export function periodCodePatternOf(kinds: readonly PeriodKind[]): RegExp {
  if (kinds.length === 0) throw new RangeError('A period code pattern needs at least one kind');
  const suffixes = periodKinds.flatMap((kind) => (kind !== 'year' && kinds.includes(kind) ? [kindSuffixes[kind]] : []));
  if (suffixes.length === 0) return /^(\d{4})$/;
  return new RegExp(`^(\\d{4})(?:-(${suffixes.join('|')}))${kinds.includes('year') ? '?' : ''}$`);
}

/** Every period code: `^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$`. */
export const PERIOD_CODE_PATTERN = periodCodePatternOf(periodKinds);

const orList = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

/**
 * The schema of the codes of some kinds of period, for a domain that reports in fewer kinds than
 * all of them (awards: year, half and quarter). `message` replaces the default one for a code of
 * another kind or no code at all ("A period is written 2020, 2020-H1 or 2020-Q3").
 */
export function periodCodeSchemaOf(kinds: readonly PeriodKind[], message?: string) {
  const accepted = periodKinds.filter((kind) => kinds.includes(kind));
  const pattern = periodCodePatternOf(accepted);
  return z
    .string()
    .regex(pattern, message ?? `A period is written ${orList(accepted.map((kind) => kindExamples[kind]))}`)
    .refine((code) => {
      // A string that is no code at all has had its one message from the pattern.
      if (!pattern.test(code)) return true;
      const year = Number(code.slice(0, 4));
      return year >= PERIOD_YEARS.min && year <= PERIOD_YEARS.max;
    }, `A period year lies between ${PERIOD_YEARS.min} and ${PERIOD_YEARS.max}`);
}

/** A period code of any kind, its year between 1990 and 2100. */
export const periodCodeSchema = periodCodeSchemaOf(periodKinds);

/** What a period code means: its kind, year, index within the year and its first and last day. */
export interface ParsedPeriod {
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1 for a year; the half (1–2), quarter (1–4) or month (1–12) otherwise. */
  index: number;
  /** First day, ISO date. */
  startsOn: string;
  /** Last day, ISO date. */
  endsOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12), leap years included. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads a period code; throws a RangeError for a code that is not one (validate input with the schema first). */
export function parsePeriod(code: string): ParsedPeriod {
  const match = PERIOD_CODE_PATTERN.exec(code);
  if (!match) throw new RangeError(`"${code}" is not a period code`);
  const year = Number(match[1]);
  const part = match[2];
  let kind: PeriodKind;
  let index: number;
  let firstMonth: number;
  let months: number;
  if (!part) [kind, index, firstMonth, months] = ['year', 1, 1, 12];
  else if (part.startsWith('H')) {
    index = Number(part.slice(1));
    [kind, firstMonth, months] = ['half', (index - 1) * 6 + 1, 6];
  } else if (part.startsWith('Q')) {
    index = Number(part.slice(1));
    [kind, firstMonth, months] = ['quarter', (index - 1) * 3 + 1, 3];
  } else {
    index = Number(part);
    [kind, firstMonth, months] = ['month', index, 1];
  }
  const lastMonth = firstMonth + months - 1;
  return {
    code,
    kind,
    year,
    index,
    startsOn: `${year}-${pad(firstMonth)}-01`,
    endsOn: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

/**
 * Orders periods by their first day; of periods starting together the longer comes first
 * (2020, 2020-H1, 2020-Q1, 2020-01), so a year heads the parts it contains.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (pa.startsOn !== pb.startsOn) return pa.startsOn < pb.startsOn ? -1 : 1;
  if (pa.endsOn !== pb.endsOn) return pa.endsOn > pb.endsOn ? -1 : 1;
  return 0;
}

/** True when every day of the period `inner` lies in the period `outer` (2020-Q2 within 2020-H1). */
export function periodContains(outer: string, inner: string): boolean {
  const o = parsePeriod(outer);
  const i = parsePeriod(inner);
  return o.startsOn <= i.startsOn && i.endsOn <= o.endsOn;
}

/** True when the day (ISO date, `2020-06-26`) falls within the period (`2020-H1`). */
export function periodIncludesDay(code: string, day: string): boolean {
  const { startsOn, endsOn } = parsePeriod(code);
  return startsOn <= day && day <= endsOn;
}
