import { csvText } from '@egov/ui/csv';
import type { ExportTable } from './export-table';

/**
 * The CSV file of a table (see `csvText` of @egov/ui/csv: UTF-8 with a BOM, CRLF, formulas
 * neutralised): the headers the reader saw, then one line per row shown; numbers as plain
 * numbers (32.4), empty cells for missing values.
 */
export function toCsv(table: ExportTable): Promise<string> {
  return csvText([table.columns.map((column) => column.header), ...table.rows.map((row) => table.columns.map((column) => row[column.key]))]);
}
