import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERIOD_CODE_PATTERN,
  comparePeriods,
  parsePeriod,
  periodCodePatternOf,
  periodCodeSchema,
  periodCodeSchemaOf,
  periodContains,
  periodIncludesDay,
} from './period';

const periodCode = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 18 })).map(([year, part]) => {
  if (part === 0) return String(year);
  if (part <= 2) return `${year}-H${part}`;
  if (part <= 6) return `${year}-Q${part - 2}`;
  return `${year}-${String(part - 6).padStart(2, '0')}`;
});

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('parsePeriod', () => {
  it('reads the first half of 2020 as 1 January to 30 June', () => {
    expect(parsePeriod('2020-H1')).toEqual({
      code: '2020-H1',
      kind: 'half',
      year: 2020,
      index: 1,
      startsOn: '2020-01-01',
      endsOn: '2020-06-30',
    });
  });

  it.each([
    ['2020', 'year', '2020-01-01', '2020-12-31'],
    ['2020-H2', 'half', '2020-07-01', '2020-12-31'],
    ['2020-Q1', 'quarter', '2020-01-01', '2020-03-31'],
    ['2024-Q1', 'quarter', '2024-01-01', '2024-03-31'],
    ['2021-Q2', 'quarter', '2021-04-01', '2021-06-30'],
    ['2020-Q4', 'quarter', '2020-10-01', '2020-12-31'],
    ['2020-02', 'month', '2020-02-01', '2020-02-29'],
    ['2021-02', 'month', '2021-02-01', '2021-02-28'],
    ['2020-12', 'month', '2020-12-01', '2020-12-31'],
  ])('reads %s as a %s from %s to %s', (code, kind, startsOn, endsOn) => {
    expect(parsePeriod(code)).toMatchObject({ kind, startsOn, endsOn });
  });

  it.each(['2020-H3', '2020-Q5', '2020-13', '2020-6', '20-H1', '2020H1', '2020-h1', 'H1-2020'])('refuses the code %s', (code) => {
    expect(() => parsePeriod(code)).toThrow(RangeError);
    expect(periodCodeSchema.safeParse(code).success).toBe(false);
  });

  it('gives every period days inside its year, the first not after the last', () => {
    fc.assert(
      fc.property(periodCode, (code) => {
        const { year, startsOn, endsOn } = parsePeriod(code);
        expect(startsOn <= endsOn).toBe(true);
        expect(startsOn.startsWith(String(year))).toBe(true);
        expect(endsOn.startsWith(String(year))).toBe(true);
        expect(periodContains(String(year), code)).toBe(true);
      }),
    );
  });
});

describe('periodCodeSchema', () => {
  it('accepts every period code of the years 1990 to 2100', () => {
    fc.assert(
      fc.property(periodCode, (code) => {
        expect(periodCodeSchema.parse(code)).toBe(code);
      }),
    );
  });

  it('says how a period is written, and which years it may name', () => {
    expect(messagesOf(periodCodeSchema.safeParse('2020-S1'))).toEqual(['A period is written 2020, 2020-H1, 2020-Q3 or 2020-06']);
    expect(messagesOf(periodCodeSchema.safeParse('20-H1'))).toEqual(['A period is written 2020, 2020-H1, 2020-Q3 or 2020-06']);
    expect(messagesOf(periodCodeSchema.safeParse('1800'))).toEqual(['A period year lies between 1990 and 2100']);
    expect(messagesOf(periodCodeSchema.safeParse('2101-Q1'))).toEqual(['A period year lies between 1990 and 2100']);
  });

  it('matches the one pattern of every kind', () => {
    expect(PERIOD_CODE_PATTERN.source).toBe(String.raw`^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$`);
  });
});

describe('periodCodeSchemaOf', () => {
  const yearsHalvesQuarters = periodCodeSchemaOf(['year', 'half', 'quarter']);

  it('accepts the codes of the kinds it names and no other', () => {
    fc.assert(
      fc.property(periodCode, (code) => {
        expect(yearsHalvesQuarters.safeParse(code).success).toBe(parsePeriod(code).kind !== 'month');
      }),
    );
  });

  it('names in its message only the kinds it accepts, unless given its own', () => {
    expect(messagesOf(yearsHalvesQuarters.safeParse('2020-06'))).toEqual(['A period is written 2020, 2020-H1 or 2020-Q3']);
    expect(messagesOf(periodCodeSchemaOf(['quarter'], 'A quarter, please').safeParse('2020'))).toEqual(['A quarter, please']);
  });

  it('builds a pattern for any choice of kinds, the year optional only when it is one of them', () => {
    expect(periodCodePatternOf(['year']).test('2020')).toBe(true);
    expect(periodCodePatternOf(['year']).test('2020-H1')).toBe(false);
    expect(periodCodePatternOf(['month', 'half']).test('2020')).toBe(false);
    expect(periodCodePatternOf(['month', 'half']).test('2020-11')).toBe(true);
    expect(() => periodCodePatternOf([])).toThrow(RangeError);
  });
});

describe('comparePeriods', () => {
  it('puts a year before its halves, quarters and months, each in time order', () => {
    const codes = ['2020-07', '2020-Q3', '2021', '2020-H2', '2020-Q1', '2020', '2020-H1', '2019-12'];
    expect([...codes].sort(comparePeriods)).toEqual(['2019-12', '2020', '2020-H1', '2020-Q1', '2020-H2', '2020-Q3', '2020-07', '2021']);
  });

  it('is an order: antisymmetric, zero only for the same period, transitive', () => {
    fc.assert(
      fc.property(periodCode, periodCode, periodCode, (a, b, c) => {
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
        expect(comparePeriods(a, b) === 0).toBe(a === b);
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0) expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('periodContains and periodIncludesDay', () => {
  it('holds a quarter in its half and year, not in the other half', () => {
    expect(periodContains('2020-H1', '2020-Q2')).toBe(true);
    expect(periodContains('2020', '2020-06')).toBe(true);
    expect(periodContains('2020-H2', '2020-Q2')).toBe(false);
    expect(periodContains('2020-Q2', '2020-H1')).toBe(false);
  });

  it('holds the conference day of the half-year review in 2020-H1, not in 2020-H2', () => {
    expect(periodIncludesDay('2020-H1', '2020-06-26')).toBe(true);
    expect(periodIncludesDay('2020-H2', '2020-06-26')).toBe(false);
    expect(() => periodIncludesDay('2020-H3', '2020-06-26')).toThrow(RangeError);
  });

  it('puts every day of a year in exactly one half, one quarter and one month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const year = day.slice(0, 4);
        expect(['H1', 'H2'].filter((h) => periodIncludesDay(`${year}-${h}`, day))).toHaveLength(1);
        expect(['Q1', 'Q2', 'Q3', 'Q4'].filter((q) => periodIncludesDay(`${year}-${q}`, day))).toHaveLength(1);
        const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
        expect(months.filter((month) => periodIncludesDay(month, day))).toEqual([day.slice(0, 7)]);
        expect(periodIncludesDay(year, day)).toBe(true);
      }),
    );
  });
});
