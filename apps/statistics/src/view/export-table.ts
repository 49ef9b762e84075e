/** A cell of a downloaded table: numbers stay numbers, so a spreadsheet can add them up. */
export type ExportValue = string | number | boolean | null;

/** What a download holds: the columns (a stable key and the header the reader sees) and exactly the rows on screen. */
export interface ExportTable {
  columns: ReadonlyArray<{ key: string; header: string }>;
  rows: ReadonlyArray<Readonly<Record<string, ExportValue>>>;
}

/**
 * The name of a downloaded file from what the page shows (the page, the period, each filter), so
 * two downloads of different views never share a name: `thong-ke_2020-H1_linh-vuc-buu-chinh.csv`.
 */
export function downloadFileName(parts: ReadonlyArray<string | null | undefined>, extension: 'csv' | 'json'): string {
  const safe = parts
    .filter((part): part is string => Boolean(part))
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .replace(/Đ/g, 'D')
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean);
  return `${safe.join('_')}.${extension}`;
}

/** The JSON file: what was shown, with its period and filters, rows keyed by column. */
export function toJson(table: ExportTable, context: Readonly<Record<string, string | null>>): string {
  return `${JSON.stringify({ ...context, columns: table.columns, rows: table.rows }, null, 2)}\n`;
}
