import type { IndicatorMeasureCode } from '@egov/client-operations/statistics';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { Bar, Line } from '@visx/shape';
import { useId } from 'react';
import { columnLayout, type SeriesPoint } from '../view/chart-data';
import { useContainerWidth } from './container-width';
import * as styles from './statistics.module.css';

export interface ColumnChartProps {
  title: string;
  description: string;
  points: readonly SeriesPoint[];
  measure: IndicatorMeasureCode;
  formatValue: (value: number) => string;
  noDataText: string;
  targetText: string;
}

/** A column chart across periods in SVG (@visx), each column with its figure, a target as a dashed line; one period alone is one readable column. */
export function ColumnChart({ title, description, points, measure, formatValue, noDataText, targetText }: ColumnChartProps) {
  const [ref, width] = useContainerWidth<HTMLDivElement>();
  const titleId = useId();
  const descriptionId = useId();
  const height = 300;
  if (width === null) return <div ref={ref} className={styles.chartPending} />;
  const layout = columnLayout(points, { width, height, measure });
  const labelOf = new Map(points.map((point) => [point.key, point.label]));
  return (
    <div ref={ref}>
      <svg className={styles.chart} width={width} height={height} role="img" aria-labelledby={titleId} aria-describedby={descriptionId}>
        <title id={titleId}>{title}</title>
        <desc id={descriptionId}>{description}</desc>
        <Group left={layout.margin.left} top={layout.margin.top}>
          <AxisLeft
            scale={layout.y}
            numTicks={5}
            tickFormat={(value) => formatValue(Number(value))}
            stroke="var(--egov-color-text-muted)"
            tickStroke="var(--egov-color-text-muted)"
            tickLabelProps={{ fill: 'var(--egov-color-text)', fontSize: 12, textAnchor: 'end', dx: -4, dy: 4 }}
          />
          <AxisBottom
            top={layout.plotHeight}
            scale={layout.band}
            tickFormat={(key) => labelOf.get(String(key)) ?? String(key)}
            stroke="var(--egov-color-text-muted)"
            tickStroke="var(--egov-color-text-muted)"
            tickLabelProps={{ fill: 'var(--egov-color-text)', fontSize: 12, textAnchor: 'middle' }}
          />
          {layout.columns.map((column) =>
            column.value === null ? (
              <text key={column.key} x={column.centre} y={layout.plotHeight - 8} fontSize={12} textAnchor="middle" fontStyle="italic" fill="var(--egov-color-text-muted)">
                {noDataText}
              </text>
            ) : (
              <Group key={column.key}>
                <Bar x={column.x} y={column.y} width={column.width} height={column.height} fill="var(--egov-color-primary)" rx={2} />
                <text x={column.centre} y={column.y - 6} fontSize={13} fontWeight={700} textAnchor="middle" fill="var(--egov-color-text)">
                  {formatValue(column.value)}
                </text>
                {column.target !== null && (
                  <>
                    <Line
                      from={{ x: column.x - 12, y: layout.y(column.target) }}
                      to={{ x: column.x + column.width + 12, y: layout.y(column.target) }}
                      stroke="var(--egov-color-text)"
                      strokeWidth={2}
                      strokeDasharray="6 4"
                    />
                    <text x={column.x + column.width + 14} y={layout.y(column.target) + 4} fontSize={12} fill="var(--egov-color-text)">
                      {targetText}: {formatValue(column.target)}
                    </text>
                  </>
                )}
              </Group>
            ),
          )}
        </Group>
      </svg>
    </div>
  );
}
