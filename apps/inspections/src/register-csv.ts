import type { InspectionRowFields, SanctionDecisionRowFields } from '@egov/client-operations/inspections';
import type { Language } from '@egov/i18n';
import { saveFile } from '@egov/ui';
import { csvText } from '@egov/ui/csv';

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

/** Saves the table as a file named `fileName` through a temporary link (the browser's own download). */
export async function downloadCsv(table: CsvTable, fileName: string): Promise<void> {
  saveFile(fileName, await csvText([table.header, ...table.rows]), 'text/csv;charset=utf-8');
}
