import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  describePeriod,
  parsePeriod,
  periodCodeSchema,
  periodContains,
  periodLabelEn,
  periodLabelVi,
  periodSchema,
} from './period';

const periodCode = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 18 })).map(([year, part]) => {
  if (part === 0) return String(year);
  if (part <= 2) return `${year}-H${part}`;
  if (part <= 6) return `${year}-Q${part - 2}`;
  return `${year}-${String(part - 6).padStart(2, '0')}`;
});

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
    ['2021-Q2', 'quarter', '2021-04-01', '2021-06-30'],
    ['2020-02', 'month', '2020-02-01', '2020-02-29'],
    ['2021-02', 'month', '2021-02-01', '2021-02-28'],
    ['2020-12', 'month', '2020-12-01', '2020-12-31'],
  ])('reads %s as a %s from %s to %s', (code, kind, startsOn, endsOn) => {
    expect(parsePeriod(code)).toMatchObject({ kind, startsOn, endsOn });
  });

  it('refuses what is not a period', () => {
    expect(() => parsePeriod('2020-H3')).toThrow(RangeError);
    for (const code of ['2020-H3', '2020-Q5', '2020-13', '2020-6', '20-H1', '1800', 'H1-2020']) {
      expect(periodCodeSchema.safeParse(code).success, code).toBe(false);
    }
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

describe('period labels', () => {
  it('writes periods the way reports do', () => {
    expect(periodLabelVi('2020-H1')).toBe('6 tháng đầu năm 2020');
    expect(periodLabelEn('2020-H1')).toBe('First half of 2020');
    expect(periodLabelVi('2020-H2')).toBe('6 tháng cuối năm 2020');
    expect(periodLabelVi('2020-Q2')).toBe('Quý II năm 2020');
    expect(periodLabelEn('2020-Q4')).toBe('Fourth quarter of 2020');
    expect(periodLabelVi('2020-06')).toBe('Tháng 6 năm 2020');
    expect(periodLabelEn('2020-06')).toBe('June 2020');
    expect(periodLabelVi('2020')).toBe('Năm 2020');
  });
});

describe('periodSchema', () => {
  it('accepts the record describePeriod gives, for any period', () => {
    fc.assert(
      fc.property(periodCode, (code) => {
        expect(periodSchema.parse(describePeriod(code))).toEqual(describePeriod(code));
      }),
    );
  });

  it('refuses days that disagree with the code', () => {
    const result = periodSchema.safeParse({ ...describePeriod('2020-H1'), endsOn: '2020-06-26' });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))).toEqual(['endsOn']);
  });
});
