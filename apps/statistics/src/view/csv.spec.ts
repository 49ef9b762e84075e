import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { downloadFileName, toJson, type ExportTable } from './export-table';

const table: ExportTable = {
  columns: [
    { key: 'indicator', header: 'Chỉ tiêu' },
    { key: 'value', header: 'Giá trị' },
    { key: 'met', header: 'Đạt' },
    { key: 'quote', header: 'Trích dẫn nguồn' },
  ],
  rows: [
    { indicator: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', value: 32.4, met: true, quote: 'hoàn thành chỉ tiêu 30% dịch vụ công trực tuyến mức độ 4, "đạt 32,4%"' },
    { indicator: 'Số cuộc kiểm tra', value: null, met: null, quote: null },
  ],
};

describe('the CSV download', () => {
  it('starts with a UTF-8 BOM so Excel reads Vietnamese, then the headers the reader saw', async () => {
    const csv = await toCsv(table);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Chỉ tiêu,Giá trị,Đạt,Trích dẫn nguồn');
  });

  it('writes one line per row shown, quoting commas and quotes, empty cells for missing figures', async () => {
    const lines = (await toCsv(table)).slice(1).split('\r\n');
    expect(lines[1]).toBe('Tỷ lệ dịch vụ công trực tuyến mức độ 4,32.4,true,"hoàn thành chỉ tiêu 30% dịch vụ công trực tuyến mức độ 4, ""đạt 32,4%"""');
    expect(lines[2]).toBe('Số cuộc kiểm tra,,,');
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it('keeps a note a statistician typed as a formula from running in the reader’s spreadsheet', async () => {
    const typed: ExportTable = { columns: [{ key: 'note', header: 'Ghi chú' }, { key: 'value', header: 'Giá trị' }], rows: [{ note: '=1+1', value: -2.5 }] };
    expect((await toCsv(typed)).slice(1).split('\r\n')[1]).toBe("'=1+1,-2.5");
  });
});

describe('the JSON download', () => {
  it('holds the period and filters with the rows as shown', () => {
    expect(JSON.parse(toJson(table, { period: '2020-H1', field: 'cong-nghe-thong-tin' }))).toEqual({ period: '2020-H1', field: 'cong-nghe-thong-tin', columns: table.columns, rows: table.rows });
  });
});

describe('download file names', () => {
  it('name the page, the period and the filters, in plain ASCII', () => {
    expect(downloadFileName(['thong-ke', '2020-H1', 'linh-vuc-buu-chinh', 'vi'], 'csv')).toBe('thong-ke_2020-H1_linh-vuc-buu-chinh_vi.csv');
    expect(downloadFileName(['khen-thưởng', null, 'Bằng khen', 'vi'], 'json')).toBe('khen-thuong_Bang-khen_vi.json');
    expect(downloadFileName(['thong-ke', '../../etc/passwd'], 'csv')).toBe('thong-ke_etc-passwd.csv');
    expect(downloadFileName(['thong-ke-dia-ban', '2020-H1', 'POST_SERVICE_POINTS'], 'csv')).toBe('thong-ke-dia-ban_2020-H1_POST_SERVICE_POINTS.csv');
  });
});
