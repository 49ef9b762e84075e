/** Which column a table is sorted by, and which way (the words of `aria-sort`). */
export interface TableSort {
  columnKey: string;
  direction: 'ascending' | 'descending';
}

/** The sort after a click on a column's header: ascending first, then the other way. */
export function nextSort(current: TableSort | undefined, columnKey: string): TableSort {
  if (current?.columnKey === columnKey) {
    return { columnKey, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { columnKey, direction: 'ascending' };
}

/** A value to sort a row by; empty values go last whichever the direction. */
export type SortValue = string | number | Date | null | undefined;

/**
 * Rows in a new array, sorted by a value; strings compare as the language sorts them (Vietnamese
 * letters in Vietnamese order), and rows with equal values keep their order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  sortValue: (row: Row) => SortValue,
  direction: TableSort['direction'],
  locale = 'vi',
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((a, b) => {
      const aEmpty = a.value === null || a.value === undefined || a.value === '';
      const bEmpty = b.value === null || b.value === undefined || b.value === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.index - b.index : aEmpty ? 1 : -1;
      return sign * compareValues(a.value as NonNullable<SortValue>, b.value as NonNullable<SortValue>, collator) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

function compareValues(a: string | number | Date, b: string | number | Date, collator: Intl.Collator): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}
