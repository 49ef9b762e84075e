import type { InspectionRowFields, SanctionDecisionRowFields } from '@egov/client-operations/inspections';
import type { Language } from '@egov/i18n';
import { saveFile } from '@egov/ui';

/** A CSV table: its header row and its rows, every cell text. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** The labels a CSV needs, in the reader's language (from the remote's catalogue). */
export type Label = (key: string) => string;

const headers = {
  inspections: {
    vi: ['Số quyết định', 'Hình thức', 'Loại', 'Lĩnh vực', 'Đối tượng', 'Ngày bắt đầu', 'Ngày kết thúc', 'Trạng thái', 'Ngày kết luận', 'Kết luận'],
    en: ['Decision number', 'Form', 'Type', 'Field', 'Subjects', 'Started on', 'Ended on', 'Status', 'Concluded on', 'Conclusion'],
  },
  decisions: {
    vi: [
      'Số quyết định',
      'Ngày ban hành',
      'Lĩnh vực',
      'Loại đối tượng',
      'Đối tượng vi phạm',
      'Hành vi vi phạm',
      'Điều khoản',
      'Tiền phạt (đồng)',
      'Tiền phạt bằng chữ',
      'Biện pháp bổ sung, khắc phục',
      'Theo cuộc thanh tra',
      'Lý do ban hành độc lập',
      'Tình trạng thi hành',
    ],
    en: [
      'Decision number',
      'Issued on',
      'Field',
      'Violator kind',
      'Violator',
      'Violations',
      'Provisions breached',
      'Fine (VND)',
      'Fine in words',
      'Additional and remedial measures',
      'Follows inspection',
      'Standalone reason',
      'Enforcement status',
    ],
  },
} as const;

/**
 * The inspections shown, one row each. Dates stay ISO (YYYY-MM-DD) so a spreadsheet reads them as
 * dates; an individual's name, hidden from the public, stays empty.
 */
export function inspectionsCsv(rows: readonly InspectionRowFields[], language: Language, label: Label): CsvTable {
  return {
    header: [...headers.inspections[language]],
    rows: rows.map((row) => [
      row.decisionNumber,
      label(`kind_${row.kind}`),
      label(`activity_${row.activity}`),
      label(`field_${row.field}`),
      row.subjects.map((subject) => subject.name ?? label('individualHidden')).join('; '),
      row.startedOn,
      row.endedOn ?? '',
      label(`status_${row.status}`),
      row.concludedOn ?? '',
      row.conclusionVi ?? '',
    ]),
  };
}

/** The sanction decisions shown, one row each; the fine a whole number of đồng, and in words. */
export function decisionsCsv(rows: readonly SanctionDecisionRowFields[], language: Language, label: Label): CsvTable {
  return {
    header: [...headers.decisions[language]],
    rows: rows.map((row) => [
      row.number,
      row.issuedOn,
      row.field ? label(`field_${row.field}`) : '',
      label(`subject_${row.violatorKind}`),
      row.violatorName ?? '',
      row.violations.map((violation) => violation.descriptionVi).join('\n'),
      row.violations.map((violation) => violation.legalArticle).join(' | '),
      String(row.fineVnd),
      row.fineInWords,
      row.extraMeasures.join('\n'),
      row.inspection?.decisionNumber ?? '',
      row.standaloneReason ?? '',
      label(`enforcement_${row.enforcementStatus}`),
    ]),
  };
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is quoted with a leading
 * apostrophe, so a decision's text never executes on an officer's computer.
 */
export const neutraliseFormula = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** The CSV text (UTF-8 with a byte-order mark, so spreadsheets read Vietnamese right), made by csv-stringify's browser build. */
export async function csvText(table: CsvTable): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  // Records end in CRLF (RFC 4180); a cell holding a line break of its own is quoted too, which
  // csv-stringify does not do by itself for a lone LF when the record delimiter is CRLF.
  return stringify([table.header, ...table.rows.map((row) => row.map(neutraliseFormula))], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** Saves the table as a file named `fileName` through a temporary link (the browser's own download). */
export async function downloadCsv(table: CsvTable, fileName: string): Promise<void> {
  saveFile(fileName, await csvText(table), 'text/csv;charset=utf-8');
}
