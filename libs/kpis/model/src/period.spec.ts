import { periodLabelEn, periodLabelVi } from '@egov/periods';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePeriod, periodSchema } from './period';

const periodCode = fc.tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 18 })).map(([year, part]) => {
  if (part === 0) return String(year);
  if (part <= 2) return `${year}-H${part}`;
  if (part <= 6) return `${year}-Q${part - 2}`;
  return `${year}-${String(part - 6).padStart(2, '0')}`;
});

const issuePaths = (result: ReturnType<typeof periodSchema.safeParse>) =>
  result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));

describe('describePeriod', () => {
  it('gives the days and both names of a period from its code', () => {
    expect(describePeriod('2020-H1')).toEqual({
      code: '2020-H1',
      startsOn: '2020-01-01',
      endsOn: '2020-06-30',
      labelVi: '6 tháng đầu năm 2020',
      labelEn: 'First half of 2020',
    });
  });

  it('names every period as the shared labels do', () => {
    fc.assert(
      fc.property(periodCode, (code) => {
        expect(describePeriod(code)).toMatchObject({ labelVi: periodLabelVi(code), labelEn: periodLabelEn(code) });
      }),
    );
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
    expect(issuePaths(periodSchema.safeParse({ ...describePeriod('2020-H1'), endsOn: '2020-06-26' }))).toEqual(['endsOn']);
    expect(issuePaths(periodSchema.safeParse({ ...describePeriod('2020-Q3'), startsOn: '2020-07-02' }))).toEqual(['startsOn']);
  });

  it('refuses a code that is not a period, without judging its days', () => {
    expect(issuePaths(periodSchema.safeParse({ ...describePeriod('2020-H1'), code: '2020-H3' }))).toEqual(['code']);
  });
});
