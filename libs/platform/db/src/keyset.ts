/** A value a list is ordered by, as a keyset cursor holds it. */
export type SortValue = string | number | boolean;

/**
 * Which rows of an ordered list to read: a page after one position or before another, read
 * forwards (`first`) or from the end backwards (`last`). Positions are the values of the order's
 * columns of a row, the last of them unique (the id), so every row has its own place.
 */
export interface KeysetRange {
  /** The page size; the statement reads one row more to know whether another page follows. */
  size: number;
  /** Read from the end of the range backwards (`last`). */
  backward: boolean;
  /** Only rows after this position in the list's order. */
  after: readonly SortValue[] | null;
  /** Only rows before this position in the list's order. */
  before: readonly SortValue[] | null;
}

/** One column of a list's order: an SQL expression (never null), its type and its direction. */
export interface KeysetColumn {
  sql: string;
  type: 'text' | 'integer' | 'numeric' | 'date' | 'timestamptz' | 'uuid' | 'boolean';
  descending?: boolean;
}

export interface KeysetClauses {
  /** A condition to `and` with the list's filters (`true` when the range is not bounded). */
  where: string;
  orderBy: string;
  limit: string;
  params: unknown[];
}

/**
 * The SQL of a page of `range` in the order of `columns`: its condition, order and limit, with
 * parameters numbered from `$firstParam`. An index on the columns in that order answers it by
 * reading the page alone, whatever page it is.
 */
export function keysetSql(range: KeysetRange, columns: readonly KeysetColumn[], firstParam: number): KeysetClauses {
  const params: unknown[] = [];
  const param = (value: unknown, type: KeysetColumn['type']) => {
    params.push(value);
    return `$${firstParam + params.length - 1}::${type}`;
  };
  const bounds: string[] = [];
  if (range.after) bounds.push(positionCondition(columns, range.after, 'after', param));
  if (range.before) bounds.push(positionCondition(columns, range.before, 'before', param));
  params.push(range.size + 1);
  const limit = `limit $${firstParam + params.length - 1}`;
  const orderBy = columns
    .map((column) => `${column.sql} ${(column.descending ?? false) !== range.backward ? 'desc' : 'asc'}`)
    .join(', ');
  return { where: bounds.length ? bounds.join(' and ') : 'true', orderBy, limit, params };
}

/**
 * "The row comes after (or before) this position in the list's order". Columns all in one
 * direction compare as a row, which an index range answers; mixed directions need the long form,
 * bounded by the first column so that an index on the order (in its directions) starts there.
 */
function positionCondition(
  columns: readonly KeysetColumn[],
  position: readonly SortValue[],
  side: 'after' | 'before',
  param: (value: unknown, type: KeysetColumn['type']) => string,
): string {
  if (position.length !== columns.length) throw new Error(`A position of this list has ${columns.length} values.`);
  const values = columns.map((column, index) => param(position[index], column.type));
  const beyond = (column: KeysetColumn) => ((column.descending ?? false) === (side === 'after') ? '<' : '>');
  const first = columns[0];
  if (!first) throw new Error('A list is ordered by one column at least.');
  if (columns.every((column) => (column.descending ?? false) === (first.descending ?? false))) {
    return `(${columns.map((column) => column.sql).join(', ')}) ${beyond(first)} (${values.join(', ')})`;
  }
  const alternatives = columns.map((column, index) =>
    [...columns.slice(0, index).map((earlier, e) => `${earlier.sql} = ${values[e]}`), `${column.sql} ${beyond(column)} ${values[index]}`].join(' and '),
  );
  // The first column's own bound, implied by the alternatives, lets an index range start at the position.
  return `(${first.sql} ${beyond(first)}= ${values[0]} and (${alternatives.map((alternative) => `(${alternative})`).join(' or ')}))`;
}

/** The rows of a page in the list's order, from the rows a `keysetSql` statement returned. */
export function keysetRows<T>(rows: readonly T[], range: KeysetRange): { rows: T[]; more: boolean } {
  const page = rows.slice(0, range.size);
  return { rows: range.backward ? page.reverse() : page, more: rows.length > range.size };
}

/**
 * A whole list, read in batches of `size` rows, each batch the rows after the last one of the
 * batch before: an export of any length holds one batch in memory, and every statement is
 * answered by the order's index. Works the same on PGlite, which keeps no cursor between calls.
 */
export async function* keysetBatches<T>(
  readPage: (range: KeysetRange) => Promise<{ rows: T[]; more: boolean }>,
  position: (row: T) => SortValue[],
  size = 500,
): AsyncGenerator<T[]> {
  let after: SortValue[] | null = null;
  for (;;) {
    const page = await readPage({ size, backward: false, after, before: null });
    const last = page.rows.at(-1);
    if (last) yield page.rows;
    if (!page.more || !last) return;
    after = position(last);
  }
}
