import { stringify } from 'csv-stringify/sync';
import { dataDictionary, OPEN_DATA_LICENCE, type CellValue, type DataDictionary, type OpenDataset } from './open-dataset';

/**
 * A table as CSV the way spreadsheet users need it: UTF-8 with a byte-order mark (without it
 * Excel reads "Lạng Sơn" as mojibake), CRLF line ends (RFC 4180), a header row of the stable
 * column names, fields quoted when they hold a comma, a quote or a line break.
 * Text that a spreadsheet would run as a formula (starting with = + - @) is prefixed with `'`
 * (OWASP CSV injection); numbers are left as they are.
 */
export function toCsv(dataset: OpenDataset, rows: readonly Record<string, CellValue>[]): string {
  return stringify(rows as Record<string, CellValue>[], {
    bom: true,
    header: true,
    columns: Object.keys(dataset.columns).map((name) => ({ key: name, header: name })),
    record_delimiter: 'windows',
    escape_formulas: true,
    // csv-stringify writes true as "1" and false as ""; the dictionary promises true/false.
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}

/** The self-describing JSON download: which dataset, when, its dictionary, and typed rows. */
export interface OpenDataJson {
  dataset: {
    id: string;
    titleVi: string;
    titleEn: string;
    licence: typeof OPEN_DATA_LICENCE;
  };
  generatedAt: string;
  dictionary: DataDictionary;
  rows: Record<string, CellValue>[];
}

export function toJson(dataset: OpenDataset, rows: Record<string, CellValue>[], generatedAt: Date): OpenDataJson {
  return {
    dataset: { id: dataset.id, titleVi: dataset.titleVi, titleEn: dataset.titleEn, licence: OPEN_DATA_LICENCE },
    generatedAt: generatedAt.toISOString(),
    dictionary: dataDictionary(dataset),
    rows,
  };
}
