import { describe, expect, it } from 'vitest';
import { dayInVietnam } from './vietnam-day';

describe('dayInVietnam', () => {
  it('counts the day in Vietnam: 17:00 UTC is already the next morning there', () => {
    expect(dayInVietnam(new Date('2020-06-30T16:59:59Z'))).toBe('2020-06-30');
    expect(dayInVietnam(new Date('2020-06-30T17:00:00Z'))).toBe('2020-07-01');
  });

  it('pads month and day: 9 January is 2026-01-09', () => {
    expect(dayInVietnam(new Date('2026-01-09T03:00:00Z'))).toBe('2026-01-09');
  });
});
