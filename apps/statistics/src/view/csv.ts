import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ExportTable } from './export-table';

/** The byte order mark that makes Excel read a CSV file as UTF-8 (Vietnamese letters intact). */
export const UTF8_BOM = '\ufeff';

/**
 * The CSV file of a table: a UTF-8 BOM, the headers the reader saw, then one line per row
 * shown; numbers as plain numbers (32.4), empty cells for missing values, CRLF line ends.
 */
export function toCsv(table: ExportTable): string {
  const records = [
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => table.columns.map((column) => {
      const value = row[column.key];
      return value === null || value === undefined ? '' : typeof value === 'boolean' ? String(value) : value;
    })),
  ];
  return UTF8_BOM + stringify(records, { record_delimiter: 'windows' });
}
