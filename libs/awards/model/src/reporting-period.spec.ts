import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodBounds, periodContains, reportingPeriodSchema } from './reporting-period';

describe('reporting periods', () => {
  it.each([
    ['2020', '2020-01-01', '2020-12-31'],
    ['2020-H1', '2020-01-01', '2020-06-30'],
    ['2020-H2', '2020-07-01', '2020-12-31'],
    ['2020-Q1', '2020-01-01', '2020-03-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2020-Q4', '2020-10-01', '2020-12-31'],
  ])('%s runs from %s to %s', (period, start, end) => {
    expect(periodBounds(period)).toEqual({ start, end });
  });

  it('holds the conference day of the half-year review in 2020-H1, not in 2020-H2', () => {
    expect(periodContains('2020-H1', '2020-06-26')).toBe(true);
    expect(periodContains('2020-H2', '2020-06-26')).toBe(false);
  });

  it.each(['2020-H3', '2020-Q5', '20-H1', '2020H1', '2020-h1'])('refuses the code %s', (code) => {
    expect(reportingPeriodSchema.safeParse(code).success).toBe(false);
    expect(() => periodBounds(code)).toThrow();
  });

  it('puts every day of a year in exactly one half and one quarter', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const year = day.slice(0, 4);
        expect(['H1', 'H2'].filter((h) => periodContains(`${year}-${h}`, day))).toHaveLength(1);
        expect(['Q1', 'Q2', 'Q3', 'Q4'].filter((q) => periodContains(`${year}-${q}`, day))).toHaveLength(1);
        expect(periodContains(year, day)).toBe(true);
      }),
    );
  });
});
