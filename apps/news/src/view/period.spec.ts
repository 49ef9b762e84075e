import { describe, expect, it } from 'vitest';
import { periodLabel } from './period';

describe('period names', () => {
  it('names the seed period as the report does', () => {
    expect(periodLabel('2020-H1', 'vi')).toBe('6 tháng đầu năm 2020');
    expect(periodLabel('2020-H1', 'en')).toBe('First half of 2020');
  });

  it('names years, halves, quarters and months', () => {
    expect(periodLabel('2020', 'vi')).toBe('Năm 2020');
    expect(periodLabel('2020-H2', 'vi')).toBe('6 tháng cuối năm 2020');
    expect(periodLabel('2020-Q3', 'vi')).toBe('Quý III năm 2020');
    expect(periodLabel('2020-Q3', 'en')).toBe('Third quarter of 2020');
    expect(periodLabel('2020-06', 'vi')).toBe('Tháng 6 năm 2020');
    expect(periodLabel('2020-06', 'en')).toBe('June 2020');
    expect(periodLabel('2020-13', 'en')).toBe('2020-13');
  });
});
