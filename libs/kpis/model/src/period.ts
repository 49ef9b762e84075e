import { z } from 'zod';

/**
 * A reporting period (kỳ báo cáo), written as a code:
 * `2020` (year), `2020-H1` / `2020-H2` (half year), `2020-Q1`…`2020-Q4` (quarter), `2020-06` (month).
 */
export const PERIOD_CODE_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const periodKinds = ['year', 'half', 'quarter', 'month'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export const periodCodeSchema = z
  .string()
  .regex(PERIOD_CODE_PATTERN, 'A period is written 2020, 2020-H1, 2020-Q3 or 2020-06')
  .refine((code) => {
    const year = Number(code.slice(0, 4));
    return year >= 1990 && year <= 2100;
  }, 'A period year lies between 1990 and 2100');

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

/** True when every day of `inner` lies in `outer` (2020-Q2 within 2020-H1). */
export function periodContains(outer: string, inner: string): boolean {
  const o = parsePeriod(outer);
  const i = parsePeriod(inner);
  return o.startsOn <= i.startsOn && i.endsOn <= o.endsOn;
}

const romanQuarters = ['I', 'II', 'III', 'IV'];
const ordinalsEn = ['First', 'Second', 'Third', 'Fourth'];
const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The name of a period as a Vietnamese report writes it: "6 tháng đầu năm 2020", "Quý II năm 2020". */
export function periodLabelVi(code: string): string {
  const { kind, year, index } = parsePeriod(code);
  switch (kind) {
    case 'year':
      return `Năm ${year}`;
    case 'half':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'quarter':
      return `Quý ${romanQuarters[index - 1]} năm ${year}`;
    case 'month':
      return `Tháng ${index} năm ${year}`;
  }
}

/** The name of a period in English: "First half of 2020", "Second quarter of 2020", "June 2020". */
export function periodLabelEn(code: string): string {
  const { kind, year, index } = parsePeriod(code);
  switch (kind) {
    case 'year':
      return `Year ${year}`;
    case 'half':
      return `${ordinalsEn[index - 1]} half of ${year}`;
    case 'quarter':
      return `${ordinalsEn[index - 1]} quarter of ${year}`;
    case 'month':
      return `${monthsEn[index - 1]} ${year}`;
  }
}

/**
 * A stored period: its code, its days and its names. The days and names follow from the code,
 * so the schema refuses a record whose days disagree with it.
 */
export const periodSchema = z
  .object({
    code: periodCodeSchema,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    labelVi: z.string().trim().min(1).max(200),
    labelEn: z.string().trim().min(1).max(200),
  })
  .superRefine((period, ctx) => {
    if (!PERIOD_CODE_PATTERN.test(period.code)) return;
    const parsed = parsePeriod(period.code);
    if (period.startsOn !== parsed.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['startsOn'], message: `Period ${period.code} starts on ${parsed.startsOn}` });
    }
    if (period.endsOn !== parsed.endsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `Period ${period.code} ends on ${parsed.endsOn}` });
    }
  });

export type PeriodInput = z.input<typeof periodSchema>;
export type Period = z.output<typeof periodSchema>;

/** The full record of a period from its code alone, with its days and its names in both languages. */
export function describePeriod(code: string): Period {
  const { startsOn, endsOn } = parsePeriod(code);
  return { code, startsOn, endsOn, labelVi: periodLabelVi(code), labelEn: periodLabelEn(code) };
}
