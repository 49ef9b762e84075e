import { describe, expect, it } from 'vitest';
import { csvText } from './csv-text';

const BOM = '\ufeff';

describe('a CSV file made on the page', () => {
  it('starts with a byte-order mark, so a spreadsheet reads the Vietnamese letters, and ends records with CRLF', async () => {
    const text = await csvText([
      ['Chỉ tiêu', 'Giá trị'],
      ['Tỷ lệ dịch vụ công trực tuyến mức độ 4', 32.4],
    ]);
    expect(text).toBe(`${BOM}Chỉ tiêu,Giá trị\r\nTỷ lệ dịch vụ công trực tuyến mức độ 4,32.4\r\n`);
  });

  it('quotes a cell with a comma, a quote or a line break, and leaves a missing value empty', async () => {
    const text = await csvText([['hoàn thành chỉ tiêu 30%, "đạt 32,4%"', 'Đưa tin sai sự thật\nKhông gỡ bỏ tin', null, undefined, true, false]]);
    expect(text).toBe(`${BOM}"hoàn thành chỉ tiêu 30%, ""đạt 32,4%""","Đưa tin sai sự thật\nKhông gỡ bỏ tin",,,true,false\r\n`);
  });

  it('never lets a spreadsheet run text as a formula, and keeps numbers numbers, negative ones too', async () => {
    const text = await csvText([['=HYPERLINK("http://x","y")', '+84 25 3871 234', '-5 đơn vị', '@SUM(A1)', '\t=1', -52_500_000, 0]]);
    expect(text).toBe(`${BOM}"'=HYPERLINK(""http://x"",""y"")",'+84 25 3871 234,'-5 đơn vị,'@SUM(A1),'\t=1,-52500000,0\r\n`);
  });
});
