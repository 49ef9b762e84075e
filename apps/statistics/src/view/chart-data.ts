import type { IndicatorMeasureCode, ReportingPeriodFields, SeriesObservationFields } from '@egov/client-operations/statistics';
import { scaleBand, scaleLinear } from '@visx/scale';
import type { DashboardField, DashboardIndicator } from './dashboard-view';

/** One bar of a chart: what it names, its figure (null: no data, no bar) and the figure written out. */
export interface ChartBar {
  key: string;
  label: string;
  value: number | null;
}

/** One period of an indicator's series, in time order; null where the period has no figure. */
export interface SeriesPoint extends ChartBar {
  target: number | null;
}

/** An indicator's figures in every period (earliest first), a period without a figure kept as a gap. */
export function seriesPoints(periods: readonly ReportingPeriodFields[], observations: readonly SeriesObservationFields[], label: (period: ReportingPeriodFields) => string): SeriesPoint[] {
  const byPeriod = new Map(observations.map((observation) => [observation.period.code, observation]));
  return [...periods]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || b.endsOn.localeCompare(a.endsOn))
    .map((period) => {
      const found = byPeriod.get(period.code);
      return { key: period.code, label: label(period), value: found?.value ?? null, target: found?.targetValue ?? null };
    });
}

/** The percentage indicators of each field for the period, fields side by side on one 0–100 scale. */
export function fieldPercentBars(fields: readonly DashboardField[], label: (item: DashboardIndicator) => string): Array<{ field: DashboardField['field']; bars: ChartBar[] }> {
  return fields
    .map((field) => ({
      field: field.field,
      bars: field.indicators
        .filter((each) => each.indicator.measure === 'PERCENT')
        .map((each) => ({ key: each.indicator.code, label: label(each), value: each.observation?.value ?? null })),
    }))
    .filter((group) => group.bars.length > 0);
}

/**
 * The upper end of a value axis: 100 for percentages (a share is read against the whole), else
 * the largest figure or target, rounded up to a readable tick; 1 when nothing is recorded.
 */
export function valueDomainMax(values: ReadonlyArray<number | null>, measure: IndicatorMeasureCode | null): number {
  if (measure === 'PERCENT') return 100;
  const max = Math.max(0, ...values.filter((value): value is number => value !== null));
  if (max === 0) return 1;
  const [, upper] = scaleLinear({ domain: [0, max], nice: true }).domain();
  return upper ?? max;
}

/** Where the bars of a horizontal bar chart go: one row per bar, its length on a linear scale from zero. */
export function horizontalLayout(bars: readonly ChartBar[], options: { width: number; measure: IndicatorMeasureCode | null; labelSpace?: number; rowHeight?: number; valueSpace?: number }) {
  const rowHeight = options.rowHeight ?? 48;
  const valueSpace = options.valueSpace ?? 120;
  const plotWidth = Math.max(40, options.width - valueSpace);
  const x = scaleLinear({ domain: [0, valueDomainMax(bars.map((bar) => bar.value), options.measure)], range: [0, plotWidth] });
  return {
    x,
    height: bars.length * rowHeight + 32,
    rows: bars.map((bar, index) => ({ ...bar, y: index * rowHeight, length: bar.value === null ? 0 : Math.max(bar.value > 0 ? 1 : 0, x(bar.value)) })),
    rowHeight,
    plotWidth,
  };
}

/** The widest a column of a period chart grows: one period alone is a column, not a wall. */
export const MAX_COLUMN_WIDTH = 96;

/** Where the columns of a chart across periods go: periods on a band scale, figures on a linear one from zero. */
export function columnLayout(points: readonly SeriesPoint[], options: { width: number; height: number; measure: IndicatorMeasureCode }) {
  const margin = { top: 28, right: 16, bottom: 40, left: 64 };
  const plotWidth = Math.max(40, options.width - margin.left - margin.right);
  const plotHeight = Math.max(40, options.height - margin.top - margin.bottom);
  const band = scaleBand({ domain: points.map((point) => point.key), range: [0, plotWidth], padding: 0.3 });
  const columnWidth = Math.min(band.bandwidth(), MAX_COLUMN_WIDTH);
  const y = scaleLinear({ domain: [0, valueDomainMax(points.flatMap((point) => [point.value, point.target]), options.measure)], range: [plotHeight, 0], nice: options.measure !== 'PERCENT' });
  return {
    margin,
    plotWidth,
    plotHeight,
    band,
    y,
    columns: points.map((point) => {
      const centre = (band(point.key) ?? 0) + band.bandwidth() / 2;
      const top = point.value === null ? plotHeight : y(point.value);
      return { ...point, x: centre - columnWidth / 2, width: columnWidth, y: top, height: plotHeight - top, centre };
    }),
  };
}
