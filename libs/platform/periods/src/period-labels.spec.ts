import { describe, expect, it } from 'vitest';
import { periodLabelEn, periodLabelVi } from './period-labels';

describe('period labels', () => {
  it('writes periods the way reports do', () => {
    expect(periodLabelVi('2020-H1')).toBe('6 tháng đầu năm 2020');
    expect(periodLabelEn('2020-H1')).toBe('First half of 2020');
    expect(periodLabelVi('2020-H2')).toBe('6 tháng cuối năm 2020');
    expect(periodLabelEn('2020-H2')).toBe('Second half of 2020');
    expect(periodLabelVi('2020-Q2')).toBe('Quý II năm 2020');
    expect(periodLabelEn('2020-Q4')).toBe('Fourth quarter of 2020');
    expect(periodLabelVi('2020-06')).toBe('Tháng 6 năm 2020');
    expect(periodLabelEn('2020-06')).toBe('June 2020');
    expect(periodLabelVi('2020')).toBe('Năm 2020');
    expect(periodLabelEn('2020')).toBe('Year 2020');
  });

  it('refuses what is not a period code', () => {
    expect(() => periodLabelVi('2020-H3')).toThrow(RangeError);
    expect(() => periodLabelEn('2020-13')).toThrow(RangeError);
  });
});
