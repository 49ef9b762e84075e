import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, dueDateFor, isWorkingDay, vietnamDateOf, weekdayOf } from './due-date';

// 2020-06-26 was a Friday.
describe('addWorkingDays', () => {
  it('skips the weekend', () => {
    expect(addWorkingDays('2020-06-26', 1)).toBe('2020-06-29');
    expect(addWorkingDays('2020-06-26', 5)).toBe('2020-07-03');
    expect(addWorkingDays('2020-06-26', 15)).toBe('2020-07-17');
  });

  it('skips listed holidays: 2 September 2020 (Wednesday) was National Day', () => {
    expect(addWorkingDays('2020-09-01', 1)).toBe('2020-09-02');
    expect(addWorkingDays('2020-09-01', 1, ['2020-09-02'])).toBe('2020-09-03');
  });

  it('with zero days gives the first working day on or after the day', () => {
    expect(addWorkingDays('2020-06-26', 0)).toBe('2020-06-26');
    expect(addWorkingDays('2020-06-27', 0)).toBe('2020-06-29');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays('2020-06-26', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2020-06-26', 1.5)).toThrow(RangeError);
  });
});

describe('dueDateFor', () => {
  it('counts from the day of receipt in Vietnam, not in UTC', () => {
    // 18:00 UTC on Friday is 01:00 on Saturday in Lạng Sơn.
    expect(vietnamDateOf('2020-06-26T18:00:00Z')).toBe('2020-06-27');
    expect(dueDateFor('2020-06-26T18:00:00Z', 1)).toBe('2020-06-29');
    expect(dueDateFor('2020-06-26T16:59:59Z', 1)).toBe('2020-06-29');
    expect(dueDateFor('2020-06-25T16:59:59Z', 1)).toBe('2020-06-26');
  });
});

const days = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const holidays = fc.array(days, { maxLength: 20 });

describe('due dates (properties)', () => {
  it('never fall on a weekend or a holiday, and never before the receipt', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 60 }), holidays, (from, n, off) => {
        const due = addWorkingDays(from, n, off);
        expect([0, 6]).not.toContain(weekdayOf(due));
        expect(isWorkingDay(due, off)).toBe(true);
        expect(due >= from).toBe(true);
        if (n > 0) expect(due > from).toBe(true);
      }),
    );
  });

  it('grow with the time limit, one more working day each time', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 60 }), holidays, (from, n, off) => {
        const due = addWorkingDays(from, n, off);
        const later = addWorkingDays(from, n + 1, off);
        expect(later > due).toBe(true);
        expect(addWorkingDays(due, 1, off)).toBe(later);
        expect(addWorkingDays(from, 0, off) <= addWorkingDays(from, 1, off)).toBe(true);
      }),
    );
  });
});
