import { describe, expect, it } from 'vitest';
import { columnLayout, fieldPercentBars, horizontalLayout, MAX_COLUMN_WIDTH, seriesPoints, valueDomainMax } from './chart-data';
import { dashboardFixture, period } from './test-fixtures';

const h2 = { ...period, id: 'p2', code: '2020-H2', labelVi: '6 tháng cuối năm 2020', labelEn: 'Second half of 2020', startsOn: '2020-07-01', endsOn: '2020-12-31' };
const year = { ...period, id: 'p3', code: '2020', labelVi: 'Năm 2020', labelEn: '2020', startsOn: '2020-01-01', endsOn: '2020-12-31' };
const node = (code: string, value: number, targetValue: number | null = null) => ({
  __typename: 'Observation' as const,
  id: code,
  value,
  targetValue,
  period: { __typename: 'ReportingPeriod' as const, id: code, code },
  area: { __typename: 'Area' as const, id: '20', code: '20' },
});

describe('an indicator across periods', () => {
  it('orders periods in time (the year before its halves), keeping a period without a figure as a gap', () => {
    const points = seriesPoints([h2, period, year], [node('2020-H1', 32.4, 30)], (each) => each.labelVi);
    expect(points.map((point) => [point.key, point.value, point.target])).toEqual([
      ['2020', null, null],
      ['2020-H1', 32.4, 30],
      ['2020-H2', null, null],
    ]);
  });

  it('draws one period as one column no wider than a column should be, centred', () => {
    const layout = columnLayout(seriesPoints([period], [node('2020-H1', 32.4, 30)], (each) => each.labelVi), { width: 640, height: 300, measure: 'PERCENT' });
    const [column] = layout.columns;
    expect(column!.width).toBe(MAX_COLUMN_WIDTH);
    expect(column!.centre).toBeCloseTo(layout.plotWidth / 2, 5);
    // 32.4 % of a 0–100 axis.
    expect(column!.height / layout.plotHeight).toBeCloseTo(0.324, 5);
  });
});

describe('value axes', () => {
  it('reads percentages against 100 and other figures against a round number above the largest', () => {
    expect(valueDomainMax([32.4, 16.2], 'PERCENT')).toBe(100);
    // The next multiple of the axis' tick step above the largest figure (steps of 20 for 238).
    expect(valueDomainMax([238, null], 'COUNT')).toBe(240);
    expect(valueDomainMax([819_000, 91_000], 'COUNT')).toBe(900_000);
    expect(valueDomainMax([null, null], 'COUNT')).toBe(1);
  });

  it('gives bars lengths in proportion to their figures, and none to a district without data', () => {
    const layout = horizontalLayout(
      [
        { key: 'a', label: 'A', value: 100 },
        { key: 'b', label: 'B', value: 50 },
        { key: 'c', label: 'C', value: null },
      ],
      { width: 520, measure: 'COUNT', valueSpace: 120 },
    );
    const [a, b, c] = layout.rows;
    expect(a!.length).toBe(400);
    expect(b!.length).toBe(200);
    expect(c!.length).toBe(0);
    expect(c!.y).toBeGreaterThan(b!.y);
  });
});

describe('fields side by side', () => {
  it('puts the percentage indicators of each field together, leaving out fields without any', () => {
    const groups = fieldPercentBars(dashboardFixture.fields, (item) => item.indicator.nameVi);
    expect(groups.map((group) => [group.field.code, group.bars.map((bar) => bar.value)])).toEqual([
      ['IT', [32.4]],
      ['POST', [94]],
    ]);
  });
});
