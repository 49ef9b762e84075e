import type { InspectionRowFields, SanctionDecisionRowFields } from '@egov/client-operations/inspections';
import { translatorFor } from '@egov/i18n';
import { describe, expect, it } from 'vitest';
import { inspectionsMessages } from './messages';
import { csvText } from '@egov/ui/csv';
import { decisionsCsv, inspectionsCsv } from './register-csv';

const labelIn = (language: 'vi' | 'en') => {
  const t = translatorFor(inspectionsMessages, language) as (key: string) => string;
  return (key: string) => t(key);
};

const inspection: InspectionRowFields = { __typename: 'Inspection' as const,
  id: 'i1',
  decisionNumber: '01/QĐ-TTr',
  kind: 'AD_HOC',
  activity: 'CHECK',
  field: 'POST',
  subjects: [
    { __typename: 'InspectionSubject' as const, name: 'Bưu cục Đồng Đăng', kind: 'ORGANISATION' },
    { __typename: 'InspectionSubject' as const, name: null, kind: 'INDIVIDUAL' },
  ],
  startedOn: '2020-03-02',
  endedOn: null,
  status: 'IN_PROGRESS',
  conclusionVi: null,
  concludedOn: null,
  leadUnit: { __typename: 'Unit' as const, id: 'u', code: 'thanh-tra-so', nameVi: 'Thanh tra Sở', nameEn: 'Inspectorate' },
  sanctionDecisions: [],
  version: 1,
};

const decision: SanctionDecisionRowFields = { __typename: 'SanctionDecision' as const,
  id: 'd1',
  number: '05/QĐ-XPVPHC',
  issuedOn: '2020-04-10',
  inspection: null,
  standaloneReason: 'Phát hiện trên mạng xã hội, qua giám sát',
  field: 'ELECTRONIC_INFORMATION',
  violatorName: '=HYPERLINK("http://x","y")',
  violatorKind: 'ORGANISATION',
  violations: [
    { __typename: 'Violation' as const, descriptionVi: 'Đưa tin sai sự thật', legalArticle: 'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP' },
    { __typename: 'Violation' as const, descriptionVi: 'Không gỡ bỏ tin', legalArticle: 'Khoản 2 Điều 101' },
  ],
  fineVnd: 60_000_000,
  fineInWords: 'Sáu mươi triệu đồng',
  extraMeasures: [],
  enforcementStatus: 'APPEALED',
  version: 2,
};

describe('the CSV of the rows shown', () => {
  it('has a row per inspection, labels in the reader’s language, ISO dates and hidden individuals', () => {
    expect(inspectionsCsv([inspection], 'vi', labelIn('vi'))).toEqual({
      header: ['Số quyết định', 'Hình thức', 'Loại', 'Lĩnh vực', 'Đối tượng', 'Ngày bắt đầu', 'Ngày kết thúc', 'Trạng thái', 'Ngày kết luận', 'Kết luận'],
      rows: [['01/QĐ-TTr', 'Đột xuất', 'Kiểm tra', 'Bưu chính', 'Bưu cục Đồng Đăng; Cá nhân (không công bố tên)', '2020-03-02', '', 'Đang tiến hành', '', '']],
    });
    expect(inspectionsCsv([inspection], 'en', labelIn('en')).rows[0]?.slice(1, 4)).toEqual(['Ad hoc', 'Check', 'Post']);
  });

  it('gives a decision’s fine as a whole number of đồng and in words, each violation with its provision', async () => {
    const table = decisionsCsv([decision], 'vi', labelIn('vi'));
    expect(table.rows[0]).toEqual([
      '05/QĐ-XPVPHC',
      '2020-04-10',
      'Thông tin điện tử',
      'Tổ chức',
      '=HYPERLINK("http://x","y")',
      'Đưa tin sai sự thật\nKhông gỡ bỏ tin',
      'Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP | Khoản 2 Điều 101',
      '60000000',
      'Sáu mươi triệu đồng',
      '',
      '',
      'Phát hiện trên mạng xã hội, qua giám sát',
      'Đang khiếu nại',
    ]);
    const text = await csvText([table.header, ...table.rows]);
    expect(text.startsWith('\ufeffSố quyết định,Ngày ban hành,')).toBe(true);
    // A formula is never run by a spreadsheet; a cell with a comma or a line break is quoted.
    expect(text).toContain(`'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain('"Đưa tin sai sự thật\nKhông gỡ bỏ tin"');
    expect(text).toContain('"Phát hiện trên mạng xã hội, qua giám sát"');
    // The header and one record: the violations' line break stays inside its quoted cell.
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
  });
});
