import { useId, useState, type Key, type ReactNode } from 'react';
import { classNames } from '../internal/class-names';
import * as styles from './DataTable.module.css';
import { nextSort, sortRows, type SortValue, type TableSort } from './sort';

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Unique among the columns; names the column in {@link TableSort}. */
  key: string;
  /** The column header, a `th scope="col"`. */
  header: ReactNode;
  /** What a row shows in this column. */
  cell: (row: Row) => ReactNode;
  /** Numbers: right-aligned, with digits of equal width, so magnitudes line up. */
  numeric?: boolean;
  /** The cell names its row (a district's name): rendered as `th scope="row"`. */
  rowHeader?: boolean;
  /**
   * The value the table sorts rows by when this column is chosen. Leave it out and set
   * `sortable` when the rows come sorted from the server (listen to `onSortChange`).
   */
  sortValue?: (row: Row) => SortValue;
  /** The header is a button that sorts by this column; defaults to whether `sortValue` is given. */
  sortable?: boolean;
}

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** Says what the table holds; required, as it names the table for screen readers. */
  caption: ReactNode;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  /** A stable key for each row (its id). */
  rowKey: (row: Row, index: number) => Key;
  /** Shown in a single row when there are no rows; defaults to "Không có dữ liệu". */
  emptyText?: ReactNode;
  /** The current sort, when the page owns it (rows sorted by the server, sort kept in the URL). */
  sort?: TableSort;
  /** The sort the table starts with when it owns its sort. */
  defaultSort?: TableSort;
  /** Called with the new sort when a sortable header is pressed. */
  onSortChange?: (sort: TableSort) => void;
  /** The language whose alphabetical order sorts text; defaults to `vi`. */
  locale?: string;
  className?: string;
}

/**
 * A data table with a caption, column headers (`scope="col"`), optional row headers, numeric
 * columns aligned right and sortable columns announced with `aria-sort`. It scrolls sideways
 * inside a focusable region on narrow screens.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  emptyText = 'Không có dữ liệu',
  sort: givenSort,
  defaultSort,
  onSortChange,
  locale = 'vi',
  className,
}: DataTableProps<Row>) {
  const captionId = useId();
  const [ownSort, setOwnSort] = useState(defaultSort);
  const sort = givenSort ?? ownSort;

  const sortedColumn = columns.find((column) => column.key === sort?.columnKey);
  const shownRows =
    sort && sortedColumn?.sortValue ? sortRows(rows, sortedColumn.sortValue, sort.direction, locale) : rows;

  function sortBy(columnKey: string) {
    const changed = nextSort(sort, columnKey);
    setOwnSort(changed);
    onSortChange?.(changed);
  }

  return (
    <div className={classNames(styles.scroller, className)} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const isSorted = sort?.columnKey === column.key;
              const isSortable = column.sortable ?? column.sortValue !== undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={isSorted && isSortable ? sort.direction : undefined}
                  className={classNames(column.numeric && styles.numeric)}
                >
                  {isSortable ? (
                    <button type="button" className={styles.sortButton} onClick={() => sortBy(column.key)}>
                      {column.header}
                      <SortIcon direction={isSorted ? sort.direction : undefined} />
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shownRows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className={styles.empty}>
                {emptyText}
              </td>
            </tr>
          ) : (
            shownRows.map((row, index) => (
              <tr key={rowKey(row, index)}>
                {columns.map((column) => {
                  const Cell = column.rowHeader ? 'th' : 'td';
                  return (
                    <Cell
                      key={column.key}
                      scope={column.rowHeader ? 'row' : undefined}
                      className={classNames(column.numeric && styles.numeric)}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Arrows for sighted users; the state itself is in `aria-sort`, so the icon is hidden. */
function SortIcon({ direction }: { direction: TableSort['direction'] | undefined }) {
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '⇅';
  return <span aria-hidden="true">{arrow}</span>;
}
