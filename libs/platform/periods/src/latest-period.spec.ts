import { describe, expect, it } from 'vitest';
import { latestPeriod, latestPublishedPeriod } from './latest-period';
import { parsePeriod } from './period';

const periods = (...codes: string[]) => codes.map((code) => parsePeriod(code));

describe('latestPeriod', () => {
  it('is the period ending last, the longest of those ending together, whatever the order given', () => {
    expect(latestPeriod(periods('2020-H1', '2019-12'))?.code).toBe('2020-H1');
    expect(latestPeriod(periods('2020-Q4', '2020-H2', '2020', '2020-H1'))?.code).toBe('2020');
    expect(latestPeriod(periods('2020-Q4', '2020-H2'))?.code).toBe('2020-H2');
    expect(latestPeriod([])).toBeNull();
  });
});

describe('latestPublishedPeriod', () => {
  it('is the latest of the published periods: a later period opened but not published is passed over', () => {
    const published = (code: string, isPublished: boolean) => ({ ...parsePeriod(code), published: isPublished });
    expect(latestPublishedPeriod([published('2020-H1', true), published('2020-H2', false), published('2026-H2', false)])?.code).toBe('2020-H1');
    expect(latestPublishedPeriod([published('2020-H1', true), published('2020-H2', true)])?.code).toBe('2020-H2');
    expect(latestPublishedPeriod([published('2020-H2', false)])).toBeNull();
  });
});
