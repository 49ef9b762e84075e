import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, signIn, staffAccount, startPortal, type PortalBrowser, type RunningPortal } from './support';

// The officer works in one Chromium; a citizen, signed out, in another with a profile of its own.
const browser = await launchBrowser();
const citizenBrowser = await launchBrowser();
const officer = staffAccount('licensing_officer');

/** The applicant of the dossier the officer receives: none of it may ever reach the public lookup. */
const applicant = { fullName: 'Nông Văn Bình', idNumber: '020090001111', phone: '0987654321', address: 'Thôn Nà Pài, xã Hoàng Đồng' };

/** An ASCII name only the officers' chunk holds (a key of its messages), to see which scripts carry it. */
const OFFICER_CHUNK_MARKER = 'errRevokeReason';

const isoDay = (offsetDays: number) => new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function scriptsHolding(page: Page, urls: readonly string[], text: string): Promise<string[]> {
  const holding: string[] = [];
  for (const url of urls) if ((await (await page.request.get(url)).text()).includes(text)) holding.push(url);
  return holding;
}

function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('response', (response) => {
    if (/\.m?js(\?|$)/.test(response.url())) urls.push(response.url());
  });
  return urls;
}

const rowsOf = async (page: Page, caption: string) => page.getByRole('table', { name: caption }).getByRole('row').allInnerTexts();

describe.skipIf(!browser || !citizenBrowser)('the procedures remote in the portal, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  let citizen: Page;
  let citizenScripts: string[];
  let dossierCode = '';

  beforeAll(async () => {
    portal = await startPortal({ staff: [officer] });
    page = await browser!.newPage();
    citizen = await (citizenBrowser as PortalBrowser).newPage();
    citizenScripts = recordScripts(citizen);
  });

  afterAll(async () => {
    await browser?.close();
    await citizenBrowser?.close();
    await portal?.stop();
  });

  const lookUp = async (code: string) => {
    await citizen.getByLabel('Mã hồ sơ', { exact: true }).fill(code);
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
  };

  it('lists the catalogue in Vietnamese with each procedure’s code, name, time limit and fee, marked as samples', async () => {
    await citizen.goto(`${portal.url}/thu-tuc?lang=vi`);
    await citizen.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    await citizen.getByRole('table', { name: 'Danh mục thủ tục hành chính' }).waitFor();
    const rows = await rowsOf(citizen, 'Danh mục thủ tục hành chính');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/LSN-TTTT-01\s+Cấp giấy phép xuất bản bản tin\s*Mẫu\s+15 ngày làm việc\s+Không thu phí/);
    expect(rows[2]).toMatch(/LSN-TTTT-02\s+Cấp giấy phép xuất bản tài liệu không kinh doanh\s*Mẫu\s+10 ngày làm việc\s+Không thu phí/);
    // The fee of the game service point certificate is not recorded: never shown as free.
    expect(rows[3]).toMatch(/LSN-TTTT-03.*10 ngày làm việc\s+Chưa ghi mức phí/);
    expect(await citizen.getByText(/là dữ liệu mẫu, mang mã nội bộ/).count()).toBe(1);
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-catalogue');
  });

  it('searches ignoring case and diacritics and filters by field, keeping both in a shareable address', async () => {
    await citizen.getByLabel('Tìm thủ tục', { exact: true }).fill('GIAY PHEP BAN TIN');
    await citizen.getByRole('button', { name: 'Lọc' }).click();
    await citizen.waitForURL(/q=GIAY\+PHEP\+BAN\+TIN/);
    await citizen.getByText(/^\d+ thủ tục$/).waitFor();
    expect((await rowsOf(citizen, 'Danh mục thủ tục hành chính'))[1]).toContain('Cấp giấy phép xuất bản bản tin');

    await citizen.getByLabel('Tìm thủ tục', { exact: true }).fill('');
    await citizen.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Trò chơi điện tử' });
    await citizen.getByLabel('Cách thức nộp', { exact: true }).selectOption({ label: 'Dịch vụ bưu chính công ích' });
    await citizen.getByRole('button', { name: 'Lọc' }).click();
    await citizen.waitForURL(/linh-vuc=tro-choi-dien-tu/);
    await citizen.getByText('1 thủ tục').waitFor();
    const shared = citizen.url();
    expect(new URL(shared).searchParams.get('kenh')).toBe('buu-chinh-cong-ich');

    await citizen.goto(shared);
    await citizen.getByText('1 thủ tục').waitFor();
    const rows = await rowsOf(citizen, 'Danh mục thủ tục hành chính');
    expect(rows.slice(1).map((row) => row.split(/\s+/)[0])).toEqual(['LSN-TTTT-03']);
    expect(await citizen.getByLabel('Lĩnh vực', { exact: true }).inputValue()).toBe('ELECTRONIC_GAMES');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-catalogue-filtered');
  });

  it('shows a procedure with the national portal’s fields, says it is a sample, and links to apply on the national portal', async () => {
    await citizen.goto(`${portal.url}/thu-tuc?lang=vi`);
    await citizen.getByRole('link', { name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh' }).waitFor();
    expect(new URL(citizen.url()).pathname).toBe('/thu-tuc/LSN-TTTT-02');
    expect(await citizen.getByText(/mang mã nội bộ LSN-TTTT-02, chưa phải mã trên Cổng Dịch vụ công quốc gia/).count()).toBe(1);
    for (const heading of ['Thông tin chung', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Trình tự thực hiện', 'Căn cứ pháp lý', 'Nộp hồ sơ']) {
      expect(await citizen.getByRole('heading', { level: 2, name: heading }).count()).toBe(1);
    }
    const channels = await rowsOf(citizen, 'Thời hạn và phí, lệ phí theo cách thức thực hiện');
    expect(channels.slice(1).map((row) => row.split('\t').slice(0, 3).join(' | '))).toEqual([
      'Trực tiếp | 10 ngày làm việc | Không thu phí',
      'Trực tuyến | 10 ngày làm việc | Không thu phí',
      'Dịch vụ bưu chính công ích | 10 ngày làm việc | Không thu phí',
    ]);
    expect(await citizen.getByText('Sở Thông tin và Truyền thông Lạng Sơn', { exact: true }).count()).toBeGreaterThan(0);
    expect(await citizen.getByText(/Luật Xuất bản 19\/2012\/QH13/).count()).toBe(1);
    expect(await citizen.getByText('Toàn trình').count()).toBe(1);
    const apply = citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia' });
    expect(await apply.getAttribute('href')).toBe('https://dichvucong.gov.vn');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-procedure');
  });

  it('reads in English on the language switch', async () => {
    await citizen.getByRole('button', { name: 'English' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Licence to publish non-commercial documents' }).waitFor();
    expect(await citizen.getByText('Sample data').count()).toBeGreaterThan(0);
    expect(await citizen.getByRole('heading', { level: 2, name: 'Required documents' }).count()).toBe(1);
    const channels = await rowsOf(citizen, 'Time limits, fees and charges by channel');
    expect(channels[3]).toMatch(/^Public postal service\s+10 working days\s+Free/);
    expect(await citizen.getByRole('link', { name: 'Apply online on the National Public Service Portal' }).count()).toBe(1);
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-procedure-en');
    await citizen.getByRole('button', { name: 'Tiếng Việt' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh' }).waitFor();
  });

  it('tells a citizen clearly when a code is malformed or names no dossier', async () => {
    await citizen.goto(`${portal.url}/thu-tuc/tra-cuu-ho-so?lang=vi`);
    await citizen.getByRole('heading', { level: 1, name: 'Tra cứu hồ sơ' }).waitFor();
    await lookUp('LSN-2001-1');
    expect(await citizen.getByRole('alert').innerText()).toContain('Mã hồ sơ gồm LSN, ngày tiếp nhận (6 chữ số) và số thứ tự (4 chữ số)');
    expect(await checkAccessibility(citizen)).toEqual([]);

    await lookUp('lsn-200101-0001');
    await citizen.getByText('Không tìm thấy hồ sơ').waitFor();
    expect(await citizen.getByText('Không có hồ sơ nào mang mã LSN-200101-0001. Kiểm tra lại mã trên giấy tiếp nhận.').count()).toBe(1);
    expect(new URL(citizen.url()).searchParams.get('ma')).toBe('LSN-200101-0001');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-lookup-unknown');
  });

  it('shows a citizen an empty register at first, and no officer’s tools', async () => {
    await citizen.goto(`${portal.url}/thu-tuc/giay-phep?lang=vi`);
    await citizen.getByRole('heading', { level: 1, name: 'Sổ giấy phép' }).waitFor();
    await citizen.getByText('0 giấy phép').waitFor();
    expect(await citizen.getByRole('link', { name: 'Cấp, thu hồi giấy phép' }).count()).toBe(0);
    expect(await checkAccessibility(citizen)).toEqual([]);

    await citizen.goto(`${portal.url}/thu-tuc/can-bo?lang=vi`);
    await citizen.getByText(/Trang này dành cho cán bộ cấp phép/).waitFor();
    expect(await checkAccessibility(citizen)).toEqual([]);
    // Nothing a citizen's visit loaded holds the officers' pages.
    expect(await scriptsHolding(citizen, citizenScripts, OFFICER_CHUNK_MARKER)).toEqual([]);
  });

  it('lets a licensing officer receive a dossier by public post, after saying what is missing', async () => {
    const officerScripts = recordScripts(page);
    await signIn(page, portal.url, officer, '/thu-tuc/can-bo?lang=vi');
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận, xử lý hồ sơ' }).waitFor();
    expect(await scriptsHolding(page, officerScripts, OFFICER_CHUNK_MARKER)).toHaveLength(1);

    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Chọn thủ tục.');
    expect(summary).toContain('Số định danh gồm 12 chữ số');
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByLabel('Thủ tục', { exact: true }).selectOption('LSN-TTTT-01');
    await page.getByLabel('Hình thức nộp', { exact: true }).selectOption({ label: 'Dịch vụ bưu chính công ích' });
    await page.getByLabel('Họ và tên', { exact: true }).fill(applicant.fullName);
    await page.getByLabel('Số định danh cá nhân / CMND', { exact: true }).fill(applicant.idNumber);
    await page.getByLabel('Số điện thoại', { exact: true }).fill(applicant.phone);
    await page.getByLabel('Địa chỉ', { exact: true }).fill(applicant.address);
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const receipt = await page.getByText(/^Đã tiếp nhận hồ sơ LSN-\d{6}-\d{4}/).innerText();
    dossierCode = /LSN-\d{6}-\d{4}/.exec(receipt)![0];
    expect(dossierCode).toBe(`LSN-${isoDay(0).slice(2).replaceAll('-', '')}-0001`);
    const listed = await rowsOf(page, 'Hồ sơ, mới nhất trước');
    expect(listed[1]).toContain(dossierCode);
    expect(listed[1]).toContain('Đã tiếp nhận');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'procedures-officer-receive');
  });

  it('offers only the moves the state machine allows, and asks for more papers with a reason and a deadline', async () => {
    await page.getByRole('link', { name: `Mở hồ sơ ${dossierCode}` }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${dossierCode}` }).waitFor();
    expect(await page.getByLabel('Trạng thái tiếp theo', { exact: true }).locator('option').allInnerTexts()).toEqual(['— Chọn —', 'Đang xử lý', 'Công dân yêu cầu rút hồ sơ']);
    await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: 'Đang xử lý' });
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await page.getByText('Hồ sơ đã chuyển sang “Đang xử lý”.').waitFor();
    expect(await page.getByLabel('Trạng thái tiếp theo', { exact: true }).locator('option').allInnerTexts()).toEqual([
      '— Chọn —',
      'Yêu cầu bổ sung',
      'Yêu cầu thực hiện nghĩa vụ tài chính',
      'Công dân yêu cầu rút hồ sơ',
      'Dừng xử lý',
      'Đã xử lý xong',
    ]);

    await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: 'Yêu cầu bổ sung' });
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Nêu giấy tờ cần bổ sung và lý do.');
    expect(summary).toContain('Chọn hạn nộp bổ sung sau ngày hôm nay.');
    await page.getByLabel('Giấy tờ cần bổ sung và lý do', { exact: true }).fill(`Ông ${applicant.fullName} bổ sung mẫu trình bày bản tin`);
    await page.getByLabel('Hạn nộp bổ sung', { exact: true }).fill(isoDay(7));
    await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
    await page.getByText('Hồ sơ đã chuyển sang “Yêu cầu bổ sung”.').waitFor();
    expect(await page.getByText(applicant.idNumber).count()).toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'procedures-officer-dossier');
  });

  it('shows a signed-out citizen the state the officer set, its timeline and due date, and no personal data', async () => {
    await citizen.goto(`${portal.url}/thu-tuc/tra-cuu-ho-so?lang=vi`);
    await lookUp(dossierCode);
    await citizen.getByRole('heading', { level: 2, name: `Hồ sơ ${dossierCode}` }).waitFor();
    const text = await citizen.locator('main').innerText();
    expect(text).toContain('Cấp giấy phép xuất bản bản tin');
    expect(text).toContain('Dịch vụ bưu chính công ích');
    expect(text).toMatch(/Trạng thái\s+Yêu cầu bổ sung/);
    expect(text).toMatch(/Tiến độ\s+Trong hạn \(còn \d+ ngày\)/);
    const [y, m, d] = isoDay(7).split('-');
    expect(text).toMatch(new RegExp(`Hạn nộp bổ sung\\s+${d}/${m}/${y}`));
    const steps = await citizen.locator('ol li').allInnerTexts();
    expect(steps.map((step) => step.split(' — ')[0])).toEqual(['Đã tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung (hiện tại)']);
    for (const value of Object.values(applicant)) expect(text).not.toContain(value);
    expect(text).not.toContain('mẫu trình bày bản tin');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-lookup-found');
  });

  it('returns the result by post, which the public lookup shows settled on time and the postal statistics count', async () => {
    for (const state of ['Đang xử lý', 'Đã xử lý xong', 'Đã trả kết quả']) {
      await page.getByLabel('Trạng thái tiếp theo', { exact: true }).selectOption({ label: state });
      if (state === 'Đã trả kết quả') await page.getByLabel('Hình thức trả kết quả', { exact: true }).selectOption({ label: 'Gửi qua dịch vụ bưu chính công ích' });
      await page.getByRole('button', { name: 'Chuyển trạng thái' }).click();
      await page.getByText(`Hồ sơ đã chuyển sang “${state}”.`).waitFor();
    }
    expect(await page.getByText('Hồ sơ đã ở trạng thái cuối, không thể chuyển tiếp.').count()).toBe(1);

    await lookUp(dossierCode);
    await citizen.getByText(/Giải quyết đúng hạn/).waitFor();
    const text = await citizen.locator('main').innerText();
    expect(text).toMatch(/Hình thức trả kết quả\s+Dịch vụ bưu chính công ích/);
    expect((await citizen.locator('ol li').allInnerTexts()).at(-1)).toMatch(/^Đã trả kết quả \(hiện tại\)/);

    const answer = await citizen.request.post(`${portal.url}/graphql`, {
      data: { query: '{ observations(filter: { field: POST, areaCode: "20" }, first: 100) { nodes { value indicator { code } period { code } } } }' },
    });
    const figures = ((await answer.json()) as { data: { observations: { nodes: Array<{ value: number; indicator: { code: string }; period: { code: string } }> } } }).data.observations.nodes;
    const figure = (code: string, period: string) => figures.find((entry) => entry.indicator.code === code && entry.period.code === period)?.value;
    const half = `${isoDay(0).slice(0, 4)}-H${Number(isoDay(0).slice(5, 7)) <= 6 ? 1 : 2}`;
    // FACTS.md F16, F17: the report's figures stay; this half year counts the new dossier.
    expect(figure('POST_PUBLIC_DOSSIERS_RECEIVED', '2020-H1')).toBe(987);
    expect(figure('POST_PUBLIC_RESULTS_RETURNED', '2020-H1')).toBe(2700);
    expect(figure('POST_PUBLIC_DOSSIERS_RECEIVED', half)).toBe(1);
    expect(figure('POST_PUBLIC_RESULTS_RETURNED', half)).toBe(1);
  });

  it('lets the officer issue a licence, after saying what is wrong, which a citizen then finds in the register', async () => {
    await page.goto(`${portal.url}/thu-tuc/can-bo/giay-phep?lang=vi`);
    await page.getByRole('heading', { level: 1, name: 'Cấp, thu hồi giấy phép' }).waitFor();
    await page.getByLabel('Số giấy phép', { exact: true }).fill('04 GP');
    await page.getByRole('button', { name: 'Cấp giấy phép' }).click();
    const summary = await page.getByRole('alert').innerText();
    expect(summary).toContain('Chọn loại giấy phép.');
    expect(summary).toContain('Số giấy phép viết như trên giấy phép, ví dụ 04/GP-STTTT.');
    expect(await page.getByLabel('Số giấy phép', { exact: true }).inputValue()).toBe('04 GP');
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByLabel('Loại giấy phép', { exact: true }).selectOption({ label: 'Giấy phép xuất bản bản tin' });
    await page.getByLabel('Số giấy phép', { exact: true }).fill('04/GP-STTTT');
    await page.getByLabel('Tổ chức, cá nhân được cấp', { exact: true }).fill('Hội Nông dân tỉnh Lạng Sơn');
    await page.getByLabel('Địa chỉ (không công khai, không bắt buộc)', { exact: true }).fill('Số 2 đường Hùng Vương, thành phố Lạng Sơn');
    await page.getByLabel('Nội dung cấp phép', { exact: true }).fill('Bản tin Nông dân Lạng Sơn');
    await page.getByLabel('Ngày hết hiệu lực (để trống: không thời hạn)', { exact: true }).fill(isoDay(365));
    await page.getByRole('button', { name: 'Cấp giấy phép' }).click();
    await page.getByText('Đã ghi giấy phép 04/GP-STTTT vào sổ.').waitFor();
    await page.getByRole('rowheader', { name: '04/GP-STTTT' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'procedures-officer-licences');

    await citizen.goto(`${portal.url}/thu-tuc/giay-phep?lang=vi`);
    await citizen.getByLabel('Tìm theo tổ chức, cá nhân được cấp hoặc số giấy phép', { exact: true }).fill('hoi nong dan');
    await citizen.getByLabel('Tình trạng', { exact: true }).selectOption({ label: 'Còn hiệu lực' });
    await citizen.getByRole('button', { name: 'Lọc' }).click();
    await citizen.getByText('1 giấy phép').waitFor();
    expect(new URL(citizen.url()).searchParams.get('tinh-trang')).toBe('con-hieu-luc');
    const rows = await rowsOf(citizen, 'Sổ giấy phép');
    expect(rows[1]).toMatch(/04\/GP-STTTT\s+Giấy phép xuất bản bản tin\s+Hội Nông dân tỉnh Lạng Sơn\s+Bản tin Nông dân Lạng Sơn/);
    expect(rows[1]).toContain('Còn hiệu lực');
    expect(await citizen.locator('main').innerText()).not.toContain('Hùng Vương');
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-licences');
  });

  it('lets the officer revoke the licence, which the register then shows revoked', async () => {
    await page.getByRole('button', { name: 'Thu hồi giấy phép 04/GP-STTTT' }).click();
    await page.getByLabel('Lý do thu hồi', { exact: true }).fill('Tổ chức đề nghị thu hồi');
    await page.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await page.getByText('Đã thu hồi giấy phép 04/GP-STTTT.').waitFor();

    await citizen.getByLabel('Tình trạng', { exact: true }).selectOption({ label: 'Đã thu hồi' });
    await citizen.getByRole('button', { name: 'Lọc' }).click();
    await citizen.waitForURL(/tinh-trang=da-thu-hoi/);
    await citizen.getByText('1 giấy phép').waitFor();
    expect((await rowsOf(citizen, 'Sổ giấy phép'))[1]).toMatch(/Đã thu hồi\s+Thu hồi ngày/);
  });

  it('refuses repeated guessing with a clear, translated message', async () => {
    await citizen.goto(`${portal.url}/thu-tuc/tra-cuu-ho-so?lang=vi`);
    let refused = false;
    for (let guess = 2; guess <= 14 && !refused; guess += 1) {
      await lookUp(`LSN-200101-${String(guess).padStart(4, '0')}`);
      await citizen.getByText(/Không tìm thấy hồ sơ|Tra cứu quá nhiều lần/).first().waitFor();
      refused = (await citizen.getByText('Tra cứu quá nhiều lần').count()) > 0;
    }
    expect(refused).toBe(true);
    expect(await citizen.getByRole('alert').innerText()).toMatch(/Bạn đã tra cứu quá nhiều lần trong thời gian ngắn\. Vui lòng thử lại sau \d+ phút\./);
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-lookup-rate-limited');
  });
});
