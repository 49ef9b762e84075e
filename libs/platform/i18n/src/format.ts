import { intlLocales, type Language } from './language';

/** How many fraction digits a decimal or a percentage shows. */
export interface FractionDigits {
  /** Digits always shown, padded with zeros (default 0). */
  minimumFractionDigits?: number;
  /** Digits shown at most, rounding half away from zero (default 2 for decimals, 1 for percentages). */
  maximumFractionDigits?: number;
}

/**
 * What kind of number a figure is; the names are those of the statistics indicators
 * (`Measure` in `@egov/kpis-model`), so a figure's `measure` can be passed as it comes.
 */
export type MeasureKind = 'count' | 'percent' | 'per_100_inhabitants' | 'inhabitants_per_point' | 'amount_vnd';

/** Formatters for one language; get them with {@link formattersFor} or from `useI18n().format`. */
export interface Formatters {
  readonly language: Language;
  /** A whole number, rounded: vi `10.641`, en `10,641`. */
  integer(value: number): string;
  /** A decimal number: vi `8.323,6`, en `8,323.6` (at most 2 fraction digits unless told). */
  decimal(value: number, digits?: FractionDigits): string;
  /**
   * A percentage from a value already in percent (32.4, not 0.324): vi `32,4 %` with a no-break
   * space (U+00A0) before the sign, as Vietnamese typesetting and the issue write it; en `32.4%`.
   */
  percent(valueInPercent: number, digits?: FractionDigits): string;
  /** An amount in đồng, whole: vi `60.000.000 ₫` (no-break space), en `₫60,000,000`. */
  money(amountInDong: number): string;
  /** A calendar date from `YYYY-MM-DD`, never shifted by a time zone: `30/06/2020` in both languages. */
  date(isoDate: string): string;
  /** A calendar date in words: vi `30 tháng 6, 2020`, en `30 June 2020`. */
  longDate(isoDate: string): string;
  /**
   * An instant in Vietnam's time (Asia/Ho_Chi_Minh), day first then 24-hour time, in both
   * languages: `30/06/2020 15:54`. Takes a Date, epoch milliseconds, or an ISO string with an offset.
   */
  dateTime(instant: Date | number | string): string;
  /** A large number in words, for headlines: vi `1,2 triệu`, en `1.2 million`. */
  compact(value: number): string;
  /** A figure by its kind: counts whole, percentages with their sign, amounts in đồng, ratios as decimals. */
  measure(value: number, kind: MeasureKind): string;
}

/** Vietnam's time zone; every date-time on the portal is shown in it, wherever the reader is. */
export const portalTimeZone = 'Asia/Ho_Chi_Minh';

const percentSuffix: Readonly<Record<Language, string>> = { vi: '\u00a0%', en: '%' };

// Intl objects are costly to build and immutable, so each configuration is built once per language.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    // 'negative' keeps a figure that rounds to zero from reading "-0".
    format = new Intl.NumberFormat(intlLocales[language], { signDisplay: 'negative', ...options });
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(language: Language, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${name}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

function decimalOptions(digits: FractionDigits, defaultMaximum: number): Intl.NumberFormatOptions {
  const minimumFractionDigits = digits.minimumFractionDigits ?? 0;
  const maximumFractionDigits = Math.max(digits.maximumFractionDigits ?? defaultMaximum, minimumFractionDigits);
  return { minimumFractionDigits, maximumFractionDigits };
}

/**
 * Reads a `YYYY-MM-DD` calendar date as midnight UTC, so formatting it in UTC gives back the
 * same day whatever the host's time zone. Throws a RangeError for anything else (2021-02-30 too).
 */
export function parseCalendarDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(0);
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date;
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
}

/**
 * Reads an instant. A string must carry its offset (`Z` or `+07:00`): without one, JavaScript
 * would read it in the host's time zone and the same data would show different times.
 */
export function parseInstant(instant: Date | number | string): Date {
  if (typeof instant === 'string' && !/T.*(Z|[+-]\d{2}:?\d{2})$/i.test(instant)) {
    throw new RangeError(`An instant needs a time and an offset (2020-06-30T08:54:00Z): "${instant}"`);
  }
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an instant: "${String(instant)}"`);
  return date;
}

function createFormatters(language: Language): Formatters {
  const integer = (value: number) => numberFormat(language, { maximumFractionDigits: 0 }).format(value);
  const decimal = (value: number, digits: FractionDigits = {}) =>
    numberFormat(language, decimalOptions(digits, 2)).format(value);
  const percent = (valueInPercent: number, digits: FractionDigits = {}) =>
    // Formatted as a decimal plus the sign rather than Intl's percent style: that style wants a
    // fraction (32.4 / 100 is not exact) and writes vi "32,4%" with no space in Node and Chromium.
    numberFormat(language, decimalOptions(digits, 1)).format(valueInPercent) + percentSuffix[language];
  const money = (amountInDong: number) =>
    numberFormat(language, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amountInDong);

  const date = (isoDate: string) =>
    dateFormat(language, 'date', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
      parseCalendarDate(isoDate),
    );
  const longDate = (isoDate: string) =>
    dateFormat(language, 'longDate', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
      parseCalendarDate(isoDate),
    );
  const dateTime = (instant: Date | number | string) => {
    const when = parseInstant(instant);
    // Two formats joined, because Intl orders them differently by language (vi puts the time first).
    const day = dateFormat(language, 'portalDate', {
      timeZone: portalTimeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(when);
    const time = dateFormat(language, 'portalTime', {
      timeZone: portalTimeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(when);
    return `${day} ${time}`;
  };
  const compact = (value: number) =>
    numberFormat(language, { notation: 'compact', compactDisplay: 'long' }).format(value);

  const measure = (value: number, kind: MeasureKind) => {
    switch (kind) {
      case 'count':
        return integer(value);
      case 'percent':
        return percent(value);
      case 'amount_vnd':
        return money(value);
      case 'per_100_inhabitants':
      case 'inhabitants_per_point':
        return decimal(value);
    }
  };

  return Object.freeze({ language, integer, decimal, percent, money, date, longDate, dateTime, compact, measure });
}

const formattersByLanguage = new Map<Language, Formatters>();

/** The formatters of a language; the same object every time, so it is safe in React dependencies. */
export function formattersFor(language: Language): Formatters {
  let formatters = formattersByLanguage.get(language);
  if (!formatters) {
    formatters = createFormatters(language);
    formattersByLanguage.set(language, formatters);
  }
  return formatters;
}

/**
 * Builds a language's date and number formats ahead of their first use. The first Intl format a
 * page builds loads the locale's and the time zone's data (tens of milliseconds on a phone): done
 * in a task of its own before a page is hydrated, it does not lengthen the render that needs it.
 */
export function prepareFormatters(language: Language): void {
  const formatters = formattersFor(language);
  formatters.dateTime(0);
  formatters.date('2020-01-01');
  formatters.integer(0);
}
