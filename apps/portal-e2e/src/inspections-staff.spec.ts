import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, signIn, staffAccount, startPortal, type RunningPortal } from './support';

// An inspector records an inspection, its conclusion and its sanction decisions in the composed
// portal; they then appear in the public register and move its totals towards the half-year
// report's (FACTS.md F30–F32: 2 inspections of 4 units, 5 decisions, 60.000.000 ₫).
const browser = await launchBrowser();
const inspector = staffAccount('inspector');

const MOUNT_TIMEOUT_MS = 15_000;
const noBreakSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const INSPECTED = 'Công ty TNHH Viễn thông Mẫu Sơn';
const SECOND_SUBJECT = 'Đại lý Internet Kỳ Lừa';
const ARTICLE = 'Điểm a khoản 2 Điều 102 Nghị định 15/2020/NĐ-CP';
const PERSON = 'Nguyễn Văn Bình';

describe.skipIf(!browser)('the inspector’s pages of the inspections remote, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  const scripts: string[] = [];

  beforeAll(async () => {
    portal = await startPortal({ staff: [inspector] });
    page = await browser!.newPage();
    // A step that does not happen fails within the test's time, naming the step.
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const summary = () => page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
  /** What a screen reader reads with a control: its hint and its error (aria-describedby). */
  async function descriptionOf(control: Locator): Promise<string> {
    const ids = (await control.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ');
  }
  const label = (text: string) => page.getByLabel(text, { exact: true });
  const totalsCells = async (name: string) =>
    (await page.getByRole('table', { name: /Số liệu báo cáo/ }).getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell').allInnerTexts()).map(noBreakSpaces);
  const decisionsTable = () => page.getByRole('table', { name: /Quyết định xử phạt vi phạm hành chính/ });
  const inspectionsTable = () => page.getByRole('table', { name: /Các cuộc thanh tra, kiểm tra/ });

  it('signs the inspector in, who finds the inspector’s desk from the register', async () => {
    await signIn(page, portal.url, inspector, '/thanh-tra?lang=vi');
    await page.getByRole('link', { name: 'Nghiệp vụ thanh tra' }).click({ timeout: MOUNT_TIMEOUT_MS });
    await page.getByRole('heading', { level: 1, name: 'Nghiệp vụ thanh tra' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(new URL(page.url()).pathname).toBe('/thanh-tra/nghiep-vu');
    expect(scripts.some((url) => url.includes('inspections-staff'))).toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-staff-home');
  });

  it('refuses an inspection with nothing filled in, then one that ends before it starts, keeping everything typed', async () => {
    await page.getByRole('link', { name: 'Ghi sổ cuộc thanh tra, kiểm tra mới' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi sổ cuộc thanh tra, kiểm tra' }).waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    expect(await summary().innerText()).toContain('Nhập số quyết định thanh tra, kiểm tra');
    expect(await summary().innerText()).toContain('Nhập ngày bắt đầu');

    await label('Số quyết định thanh tra, kiểm tra').fill('01/QĐ-TTr');
    await label('Loại').selectOption({ label: 'Thanh tra' });
    await label('Hình thức').selectOption({ label: 'Theo kế hoạch' });
    await label('Lĩnh vực').selectOption({ label: 'Internet' });
    await label('Tên đối tượng 1').fill(INSPECTED);
    await page.getByRole('button', { name: 'Thêm đối tượng' }).click();
    await label('Tên đối tượng 2').fill(SECOND_SUBJECT);
    await label('Ngày bắt đầu').fill('2020-03-02');
    await label('Ngày kết thúc (không bắt buộc)').fill('2020-02-20');
    await page.getByRole('button', { name: 'Lưu' }).click();

    await summary().getByText('Ngày kết thúc không được trước ngày bắt đầu').waitFor();
    expect(await summary().getByRole('listitem').count()).toBe(1);
    expect(await descriptionOf(label('Ngày kết thúc (không bắt buộc)'))).toContain('Ngày kết thúc không được trước ngày bắt đầu');
    expect(await label('Ngày kết thúc (không bắt buộc)').getAttribute('aria-invalid')).toBe('true');
    expect(await label('Số quyết định thanh tra, kiểm tra').inputValue()).toBe('01/QĐ-TTr');
    expect(await label('Tên đối tượng 2').inputValue()).toBe(SECOND_SUBJECT);
    expect(await label('Lĩnh vực').inputValue()).toBe('INTERNET');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-record-inspection-errors');

    await label('Ngày kết thúc (không bắt buộc)').fill('2020-03-20');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi sổ cuộc 01/QĐ-TTr.').waitFor();
  });

  it('records its conclusion, refusing one dated before the work ended', async () => {
    await page.getByRole('link', { name: 'Ghi kết luận cho cuộc này' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi kết luận thanh tra' }).waitFor();
    const chosen = page.getByLabel('Theo cuộc thanh tra, kiểm tra');
    expect(await chosen.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text)).toBe('01/QĐ-TTr · Internet · từ 02/03/2020');
    await label('Nội dung kết luận').fill('Công ty TNHH Viễn thông Mẫu Sơn cung cấp dịch vụ Internet không đúng quy định; kiến nghị xử phạt.');
    await label('Ngày kết luận').fill('2020-03-15');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await summary().getByText('Ngày kết luận không được trước ngày kết thúc').waitFor();
    expect(await label('Nội dung kết luận').inputValue()).toContain('kiến nghị xử phạt');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-conclude-errors');

    await label('Ngày kết luận').fill('2020-03-25');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi kết luận cho cuộc 01/QĐ-TTr.').waitFor();
  });

  it('refuses a negative fine, a fractional fine, and a decision with neither inspection nor reason; then records it', async () => {
    await page.getByRole('link', { name: 'Ghi quyết định xử phạt theo cuộc này' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ghi quyết định xử phạt' }).waitFor();
    const fine = label('Số tiền phạt (đồng)');
    await label('Số quyết định xử phạt').fill('01/QĐ-XPVPHC');
    await label('Ngày ban hành').fill('2020-04-01');
    await label('Tên đối tượng vi phạm').fill(INSPECTED);
    await label('Mô tả hành vi vi phạm 1').fill('Cung cấp dịch vụ Internet khi chưa đăng ký đầy đủ thông tin thuê bao');
    await label('Điều khoản áp dụng cho hành vi 1').fill(ARTICLE);
    await label('Hình thức xử phạt bổ sung, biện pháp khắc phục hậu quả (không bắt buộc)').fill('Buộc cập nhật đầy đủ thông tin thuê bao');

    await fine.fill('-15.000.000');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await summary().getByText('Số tiền phạt phải lớn hơn 0 đồng, không được là số âm').waitFor();
    expect(await descriptionOf(fine)).toContain('Số tiền phạt phải lớn hơn 0 đồng');
    expect(await fine.inputValue()).toBe('-15.000.000');

    await fine.fill('1500000,5');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await summary().getByText('Số tiền phạt là một số nguyên đồng, không có phần lẻ').waitFor();
    expect(await fine.inputValue()).toBe('1500000,5');

    await fine.fill('15.000.000');
    await page.getByText('Bằng chữ: Mười lăm triệu đồng').waitFor();
    await page.getByLabel('Theo cuộc thanh tra, kiểm tra').selectOption({ label: '— Không theo cuộc nào (quyết định độc lập) —' });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await summary().getByText('Chọn cuộc thanh tra mà quyết định theo, hoặc nêu lý do ban hành độc lập').waitFor();
    expect(await descriptionOf(label('Lý do ban hành độc lập'))).toContain('hoặc nêu lý do ban hành độc lập');
    expect(await label('Mô tả hành vi vi phạm 1').inputValue()).toContain('thông tin thuê bao');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-record-decision-errors');

    await page.getByLabel('Theo cuộc thanh tra, kiểm tra').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi quyết định xử phạt 01/QĐ-XPVPHC.').waitFor();
  });

  it('records a standalone decision against an individual who spread false information', async () => {
    await page.goto(`${portal.url}/thanh-tra/nghiep-vu/quyet-dinh-moi?lang=vi`);
    await page.getByRole('heading', { level: 1, name: 'Ghi quyết định xử phạt' }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await label('Số quyết định xử phạt').fill('02/QĐ-XPVPHC');
    await label('Ngày ban hành').fill('2020-04-15');
    await label('Lý do ban hành độc lập').fill('Phát hiện qua giám sát mạng xã hội trong thời gian phòng, chống dịch Covid-19');
    await label('Lĩnh vực vi phạm (không bắt buộc)').selectOption({ label: 'Thông tin điện tử' });
    await label('Tên đối tượng vi phạm').fill(PERSON);
    await label('Loại đối tượng vi phạm').selectOption({ label: 'Cá nhân' });
    await label('Mô tả hành vi vi phạm 1').fill('Đưa tin sai sự thật về dịch Covid-19 trên mạng xã hội');
    await label('Điều khoản áp dụng cho hành vi 1').fill('Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP');
    await label('Số tiền phạt (đồng)').fill('7500000');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi quyết định xử phạt 02/QĐ-XPVPHC.').waitFor();
    expect(noBreakSpaces(await page.getByRole('status').filter({ hasText: '02/QĐ-XPVPHC' }).innerText())).toContain('7.500.000 ₫ · Bảy triệu năm trăm nghìn đồng');
  });

  it('shows the records in the public register, whose totals move towards the reported ones', async () => {
    await page.goto(`${portal.url}/thanh-tra?lang=vi`);
    await page.getByRole('table', { name: /Số liệu báo cáo/ }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await totalsCells('Cuộc thanh tra')).toEqual(['2', '1', '-1']);
    expect(await totalsCells('Đơn vị được thanh tra')).toEqual(['4', '2', '-2']);
    expect(await totalsCells('Cuộc kiểm tra')).toEqual(['6', '0', '-6']);
    expect(await totalsCells('Quyết định xử phạt')).toEqual(['5', '2', '-3']);
    expect(await totalsCells('Tiền phạt')).toEqual(['60.000.000 ₫', '22.500.000 ₫', '-37.500.000 ₫']);
    expect(await page.getByText('Tiền phạt (sổ theo dõi): Hai mươi hai triệu năm trăm nghìn đồng').count()).toBe(1);

    const inspection = inspectionsTable().getByRole('row', { name: /01\/QĐ-TTr/ });
    const inspectionText = noBreakSpaces(await inspection.innerText());
    for (const text of ['Thanh tra', 'Theo kế hoạch', 'Internet', INSPECTED, SECOND_SUBJECT, '02/03/2020 – 20/03/2020', 'Đã kết luận', 'Kết luận ngày 25/03/2020']) {
      expect(inspectionText).toContain(text);
    }
    const decision = noBreakSpaces(await decisionsTable().getByRole('row', { name: /01\/QĐ-XPVPHC/ }).innerText());
    for (const text of ['01/04/2020', INSPECTED, ARTICLE, '15.000.000 ₫', 'Bằng chữ: Mười lăm triệu đồng', 'Buộc cập nhật đầy đủ thông tin thuê bao', 'Theo cuộc thanh tra 01/QĐ-TTr', 'Chưa nộp phạt']) {
      expect(decision).toContain(text);
    }
    // An inspector sees the individual's name; the public will not.
    expect(await decisionsTable().getByRole('row', { name: /02\/QĐ-XPVPHC/ }).innerText()).toContain(PERSON);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-register-recorded');
  });

  it('moves a decision’s fine on to paid', async () => {
    await decisionsTable().getByRole('link', { name: 'Cập nhật thi hành 01/QĐ-XPVPHC' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cập nhật tình trạng thi hành' }).waitFor();
    await page.getByText('Tình trạng hiện tại: Chưa nộp phạt').waitFor();
    expect(await label('Tình trạng thi hành').locator('option').allInnerTexts()).toEqual(['— Chọn —', 'Đã nộp phạt', 'Đã cưỡng chế', 'Đang khiếu nại']);
    await label('Tình trạng thi hành').selectOption({ label: 'Đã nộp phạt' });
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-enforcement');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã cập nhật tình trạng thi hành của quyết định 01/QĐ-XPVPHC: Đã nộp phạt.').waitFor();
  });

  it('filters by field and by status, and downloads exactly the rows shown as CSV', async () => {
    await page.goto(`${portal.url}/thanh-tra?lang=vi`);
    await decisionsTable().waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await label('Lĩnh vực').selectOption({ label: 'Thông tin điện tử' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/linh-vuc=electronic-information/);
    await decisionsTable().getByRole('row', { name: /01\/QĐ-XPVPHC/ }).waitFor({ state: 'detached' });
    // The filtered answer may still be on its way (the table shows its loading state meanwhile).
    await decisionsTable().getByRole('row', { name: /02\/QĐ-XPVPHC/ }).waitFor();
    expect(await decisionsTable().getByRole('row').count()).toBe(2); // the header and 02/QĐ-XPVPHC
    await inspectionsTable().getByText('Sổ chưa có cuộc thanh tra, kiểm tra nào khớp với bộ lọc.').waitFor();

    const decisionsSection = page.getByRole('region', { name: 'Quyết định xử phạt vi phạm hành chính', exact: true });
    const [download] = await Promise.all([page.waitForEvent('download'), decisionsSection.getByRole('button', { name: 'Tải CSV các dòng đang hiển thị' }).click()]);
    expect(download.suggestedFilename()).toBe('quyet-dinh-xu-phat-2020-H1.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // a byte-order mark, so spreadsheets read UTF-8
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'Số quyết định,Ngày ban hành,Lĩnh vực,Loại đối tượng,Đối tượng vi phạm,Hành vi vi phạm,Điều khoản,Tiền phạt (đồng),Tiền phạt bằng chữ,"Biện pháp bổ sung, khắc phục",Theo cuộc thanh tra,Lý do ban hành độc lập,Tình trạng thi hành',
    );
    expect(lines[1]).toBe(
      `02/QĐ-XPVPHC,2020-04-15,Thông tin điện tử,Cá nhân,${PERSON},Đưa tin sai sự thật về dịch Covid-19 trên mạng xã hội,Điểm a khoản 1 Điều 101 Nghị định 15/2020/NĐ-CP,7500000,Bảy triệu năm trăm nghìn đồng,,,"Phát hiện qua giám sát mạng xã hội trong thời gian phòng, chống dịch Covid-19",Chưa nộp phạt`,
    );

    // Status filters: the concluded inspection, the paid decision.
    await page.getByRole('link', { name: 'Xóa bộ lọc' }).click();
    await page.waitForURL((url) => !url.searchParams.has('linh-vuc'));
    await label('Trạng thái cuộc thanh tra').selectOption({ label: 'Đã kết luận' });
    await label('Tình trạng thi hành quyết định').selectOption({ label: 'Đã nộp phạt' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/thi-hanh=paid/);
    await decisionsTable().getByRole('row', { name: /02\/QĐ-XPVPHC/ }).waitFor({ state: 'detached' });
    expect(await decisionsTable().getByRole('row', { name: /01\/QĐ-XPVPHC/ }).innerText()).toContain('Đã nộp phạt');
    const inspectionsSection = page.getByRole('region', { name: 'Các cuộc thanh tra, kiểm tra', exact: true });
    const [inspectionsDownload] = await Promise.all([page.waitForEvent('download'), inspectionsSection.getByRole('button', { name: 'Tải CSV các dòng đang hiển thị' }).click()]);
    const inspectionsCsv = (await readFile((await inspectionsDownload.path())!, 'utf8')).slice(1).trimEnd().split('\r\n');
    expect(inspectionsCsv).toEqual([
      'Số quyết định,Hình thức,Loại,Lĩnh vực,Đối tượng,Ngày bắt đầu,Ngày kết thúc,Trạng thái,Ngày kết luận,Kết luận',
      `01/QĐ-TTr,Theo kế hoạch,Thanh tra,Internet,${INSPECTED}; ${SECOND_SUBJECT},2020-03-02,2020-03-20,Đã kết luận,2020-03-25,Công ty TNHH Viễn thông Mẫu Sơn cung cấp dịch vụ Internet không đúng quy định; kiến nghị xử phạt.`,
    ]);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-register-filtered');
  });

  it('shows a citizen the same register without the individual’s name or the inspector’s links, in Vietnamese and English', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor();
    await page.goto(`${portal.url}/thanh-tra?lang=vi`);
    await decisionsTable().getByRole('row', { name: /02\/QĐ-XPVPHC/ }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await decisionsTable().getByRole('row', { name: /02\/QĐ-XPVPHC/ }).innerText()).toContain('Cá nhân (không công bố tên)');
    expect(await page.getByText(PERSON).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Nghiệp vụ thanh tra|Cập nhật thi hành|Ghi kết luận/ }).count()).toBe(0);

    await page.goto(`${portal.url}/thanh-tra?lang=en`);
    await decisionsTable().or(page.getByRole('table', { name: /Administrative sanction decisions/ })).first().waitFor({ timeout: MOUNT_TIMEOUT_MS });
    const row = noBreakSpaces(await page.getByRole('table', { name: /Administrative sanction decisions/ }).getByRole('row', { name: /01\/QĐ-XPVPHC/ }).innerText());
    for (const text of ['₫15,000,000', 'In words: Mười lăm triệu đồng', 'Paid', 'Follows inspection 01/QĐ-TTr']) expect(row).toContain(text);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-register-recorded-en');
  });
});
