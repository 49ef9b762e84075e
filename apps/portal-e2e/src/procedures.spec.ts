import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, rowsOf, screenshot, startPortal, type RunningPortal } from './support';

// What a citizen sees of the procedures remote, signed out: catalogue, procedure page, lookup, register.
// The officers' flows (and the lookup of a dossier an officer moved) are in procedures-officer.spec.ts.
const browser = await launchBrowser();

/** An ASCII name only the officers' chunk holds (a key of its messages), to see which scripts carry it. */
const OFFICER_CHUNK_MARKER = 'errRevokeReason';

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


describe.skipIf(!browser)('the procedures remote for citizens, in Chromium', () => {
  let portal: RunningPortal;
  let citizen: Page;
  let citizenScripts: string[];

  beforeAll(async () => {
    portal = await startPortal();
    citizen = await browser!.newPage();
    citizenScripts = recordScripts(citizen);
  });

  afterAll(async () => {
    await browser?.close();
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
    expect(await citizen.getByLabel('Lĩnh vực', { exact: true }).locator('option:checked').innerText()).toBe('Trò chơi điện tử');
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
    await citizen.getByRole('link', { name: 'English' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Licence to publish non-commercial documents' }).waitFor();
    expect(await citizen.getByText('Sample data').count()).toBeGreaterThan(0);
    expect(await citizen.getByRole('heading', { level: 2, name: 'Required documents' }).count()).toBe(1);
    const channels = await rowsOf(citizen, 'Time limits, fees and charges by channel');
    expect(channels[3]).toMatch(/^Public postal service\s+10 working days\s+Free/);
    expect(await citizen.getByRole('link', { name: 'Apply online on the National Public Service Portal' }).count()).toBe(1);
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-procedure-en');
    await citizen.getByRole('link', { name: 'Tiếng Việt' }).click();
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
    // The answer is read out by a screen reader: it comes in a live region.
    expect(await citizen.locator('[aria-live="polite"]').filter({ hasText: 'Không tìm thấy hồ sơ' }).count()).toBe(1);
    expect(await checkAccessibility(citizen)).toEqual([]);
    await screenshot(citizen, 'procedures-lookup-unknown');

    // A code typed wrong next: its error alone, not the answer to the code before.
    await lookUp('LSN-1');
    await citizen.getByRole('alert').filter({ hasText: 'Mã hồ sơ gồm LSN' }).waitFor();
    expect(await citizen.getByText('Không tìm thấy hồ sơ').count()).toBe(0);
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
