/** A cell of a CSV file made on the page: text, a number, a yes/no, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) gets a leading
 * apostrophe, so what an officer or a citizen typed never executes on the reader's computer.
 * Numbers are not text: -1.5 stays a number.
 */
const neutraliseFormula = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * The text of a CSV file as spreadsheets read it: UTF-8 with a byte-order mark (Vietnamese letters
 * intact in Excel), CRLF between records (RFC 4180), a cell holding a line break quoted, numbers in
 * machine form (32.4), yes/no as `true`/`false`, nothing as an empty cell, and formulas neutralised.
 * csv-stringify is loaded on the first download, so it is part of no first visit.
 */
export async function csvText(records: ReadonlyArray<ReadonlyArray<CsvCell>>): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  return stringify(
    records.map((record) => [...record]),
    {
      bom: true,
      record_delimiter: 'windows',
      // csv-stringify quotes a lone LF by itself only when it is the record delimiter.
      quoted_match: /[\r\n]/,
      cast: { string: neutraliseFormula, boolean: (value) => String(value) },
    },
  );
}
