import type { IndicatorMeasureCode } from '@egov/client-operations/statistics';
import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { Bar } from '@visx/shape';
import { useId } from 'react';
import { horizontalLayout, type ChartBar } from '../view/chart-data';
import { useContainerWidth } from './container-width';
import * as styles from './statistics.module.css';

export interface BarChartProps {
  title: string;
  description: string;
  bars: readonly ChartBar[];
  measure: IndicatorMeasureCode | null;
  /** The figure written for the language. */
  formatValue: (value: number) => string;
  /** Said where a bar has no figure: "chưa có số liệu". */
  noDataText: string;
}

/**
 * A horizontal bar chart in SVG (@visx): each row names its bar above it and writes its figure
 * after it; a row without a figure has no bar and says so. The SVG is an image with a title and a
 * description; the page gives the same figures as a table beside it.
 */
export function BarChart({ title, description, bars, measure, formatValue, noDataText }: BarChartProps) {
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const titleId = useId();
  const descriptionId = useId();
  // Its height depends on the rows alone: the server's HTML keeps that room, so nothing below moves when it is drawn.
  const height = horizontalLayout(bars, { width: 640, measure }).height + 8;
  if (width === null) {
    return (
      <div ref={ref}>
        <svg className={styles.chart} width="100%" height={height} aria-hidden="true" focusable="false" />
      </div>
    );
  }
  // Room on both sides for the axis' first and last tick labels, centred on their ticks.
  const layout = horizontalLayout(bars, { width: width - 48, measure });
  const labelHeight = 18;
  return (
    <div ref={ref}>
      <svg className={styles.chart} width={width} height={height} role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <Group left={24} top={4}>
          {layout.rows.map((row) => (
            <Group key={row.key} top={row.y}>
              <text x={0} y={14} fontSize={14} fill="var(--egov-color-text)">
                {row.label}
              </text>
              {row.value === null ? (
                <text x={0} y={labelHeight + 14} fontSize={13} fontStyle="italic" fill="var(--egov-color-text-muted)">
                  {noDataText}
                </text>
              ) : (
                <>
                  <Bar x={0} y={labelHeight + 2} width={row.length} height={16} fill="var(--egov-color-primary)" rx={2} />
                  <text x={row.length + 6} y={labelHeight + 15} fontSize={13} fontWeight={700} fill="var(--egov-color-text)">
                    {formatValue(row.value)}
                  </text>
                </>
              )}
            </Group>
          ))}
          {/* Without a single figure there is nothing to measure: no axis of empty ticks. */}
          {bars.some((bar) => bar.value !== null) && (
          <AxisBottom
            top={layout.rows.length * layout.rowHeight}
            scale={layout.x}
            numTicks={Math.max(2, Math.floor(layout.plotWidth / 90))}
            tickFormat={(value) => formatValue(Number(value))}
            stroke="var(--egov-color-text-muted)"
            tickStroke="var(--egov-color-text-muted)"
            tickLabelProps={{ fill: 'var(--egov-color-text)', fontSize: 12, textAnchor: 'middle' }}
          />
          )}
        </Group>
      </svg>
    </div>
  );
}
