import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { Download, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, startPortal, type RunningPortal } from './support';

// The Statistics remote as a citizen uses it, on the first data set (FACTS.md: the 2020-H1 report).
const browser = await launchBrowser();
const MOUNT_TIMEOUT_MS = 15_000;
const BOM = '\ufeff';
const NBSP = '\u00a0';

/** A downloaded file's text. */
async function textOf(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

describe.skipIf(!browser)('the statistics remote, as a citizen uses it, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;

  beforeAll(async () => {
    portal = await startPortal();
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  const open = async (path: string, heading: string | RegExp) => {
    const response = await page.goto(`${portal.url}${path}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
  };
  /** An indicator's card, by the indicator's name. */
  const card = (name: string) => page.getByRole('article', { name, exact: true });

  it('opens on the latest period, 2020-H1, grouped by field, in Vietnamese', async () => {
    const js: Response[] = [];
    const collect = (response: Response) => {
      if (response.url().endsWith('.js')) js.push(response);
    };
    page.on('response', collect);
    await open('/thong-ke?lang=vi', 'Số liệu thống kê: 6 tháng đầu năm 2020');
    await page.getByRole('article').first().waitFor();
    page.off('response', collect);
    const fieldHeadings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(fieldHeadings).toEqual(expect.arrayContaining(['Thông tin - Báo chí - Xuất bản', 'Công nghệ thông tin', 'Bưu chính', 'Viễn thông, Internet', 'Thanh tra', 'Đối chiếu số liệu']));

    // The statistician's form and the chart library are not part of a citizen's first visit.
    const bodies = await Promise.all(js.map(async (response) => ({ url: new URL(response.url()).pathname, text: await response.text() })));
    expect(bodies.filter((body) => body.text.includes('Lưu số liệu')).map((body) => body.url)).toEqual([]);
    expect(bodies.filter((body) => body.text.includes('scaleBand')).map((body) => body.url)).toEqual([]);
    // What the first visit costs, gzip-compressed as production serves it: the whole page, and the remote's own files.
    const gzip = (files: typeof bodies) => files.reduce((sum, body) => sum + gzipSync(body.text).length, 0);
    const remote = bodies.filter((body) => body.url.includes('statistics'));
    expect(remote.length).toBeGreaterThan(0);
    console.info(`statistics first visit: ${bodies.length} JS files, ${gzip(bodies)} bytes gzip; the remote's ${remote.length}: ${gzip(remote)} bytes gzip (${remote.map((body) => body.url).join(', ')})`);
  });

  it('shows every indicator with its unit, target and whether it is met, derived figures and the source on demand', async () => {
    await open('/thong-ke?ky=2020-H1&lang=vi', 'Số liệu thống kê: 6 tháng đầu năm 2020');
    const level4 = card('Tỷ lệ dịch vụ công trực tuyến mức độ 4');
    expect(await level4.innerText()).toContain(`32,4${NBSP}% dịch vụ công`);
    expect(await level4.innerText()).toContain(`Chỉ tiêu kế hoạch: 30${NBSP}% · Đạt`);
    expect(await card('Tài khoản người dùng Văn phòng điện tử liên thông 4 cấp').innerText()).toContain('10.641');
    expect(await card('Điểm phục vụ bưu chính').innerText()).toContain('238 điểm phục vụ');
    expect(await card('Tiền xử phạt nộp ngân sách nhà nước').innerText()).toContain(`60.000.000${NBSP}₫`);
    const newspapers = card('Tỷ lệ xã, phường, thị trấn có báo đến trong ngày phát hành');
    expect(await newspapers.innerText()).toContain(`Tính từ tỷ số: 187/200 → 93,5${NBSP}% (báo cáo ghi 94${NBSP}%)`);
    expect(await card('Mật độ thuê bao điện thoại').innerText()).toContain('819.000 : 105 × 100 = 780.000');
    expect(await card('Số dân bình quân được phục vụ trên một điểm phục vụ bưu chính').innerText()).toContain('238 × 3.555 = 846.090');

    const quote = level4.getByText('hoàn thành chỉ tiêu 30%', { exact: false });
    expect(await quote.isVisible()).toBe(false);
    await level4.getByText('Trích dẫn nguồn').click();
    expect(await quote.isVisible()).toBe(true);
    expect(await level4.innerText()).toContain('Mã dữ kiện F07');

    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-dashboard');
  });

  it('shows where the report disagrees with itself, with the arithmetic', async () => {
    const panel = page.getByRole('region', { name: 'Đối chiếu số liệu' });
    const text = await panel.innerText();
    expect(text).toContain(`báo cáo ghi 94${NBSP}%, tính từ 187/200 = 93,5${NBSP}% (chênh 0,5 điểm phần trăm). Chênh lệch do làm tròn.`);
    expect(text).toContain('238 × 3.555 = 846.090 người');
    expect(text).toContain('819.000 : 105 × 100 = 780.000 người');
    expect(text).toContain('91.000 : 12 × 100 ≈ 758.333 người');
    expect(text).toContain('từ 758.333 đến 846.090');
  });

  it('filters by field in the URL, and downloads exactly the rows shown as CSV and JSON', async () => {
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Bưu chính' });
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/linh-vuc=buu-chinh/);
    expect(new URL(page.url()).searchParams.get('ky')).toBe('2020-H1');
    await page.getByRole('heading', { level: 2, name: 'Bưu chính' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Công nghệ thông tin' }).count()).toBe(0);
    const shown = await page.getByRole('article').count();

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('thong-ke_2020-H1_linh-vuc-buu-chinh_vi.csv');
    const csv = await textOf(csvDownload);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Kỳ,Lĩnh vực,Mã chỉ tiêu,Chỉ tiêu,Giá trị,Đơn vị tính,Chỉ tiêu kế hoạch,Đạt chỉ tiêu,Tử số,Mẫu số,Tình trạng,Mã dữ kiện,Trích dẫn nguồn');
    expect(lines).toHaveLength(shown + 1);
    expect(lines.find((line) => line.includes('POST_SERVICE_POINTS'))).toMatch(/^2020-H1,Bưu chính,POST_SERVICE_POINTS,Điểm phục vụ bưu chính,238,/);
    expect(lines.find((line) => line.includes('POST_SAME_DAY'))).toContain(',94,');
    expect(lines.find((line) => line.includes('POST_SAME_DAY'))).toContain(',187,200,');
    expect(lines.some((line) => line.includes('IT_'))).toBe(false);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải JSON' }).click()]);
    expect(jsonDownload.suggestedFilename()).toBe('thong-ke_2020-H1_linh-vuc-buu-chinh_vi.json');
    const json = JSON.parse(await textOf(jsonDownload)) as { period: string; field: string; rows: Array<Record<string, unknown>> };
    expect(json.period).toBe('2020-H1');
    expect(json.field).toBe('buu-chinh');
    expect(json.rows).toHaveLength(shown);
    expect(json.rows.map((row) => [row['code'], row['value']])).toEqual(
      expect.arrayContaining([
        ['POST_SERVICE_POINTS', 238],
        ['POST_INHABITANTS_PER_POINT', 3555],
        ['POST_PUBLIC_DOSSIERS_RECEIVED', 987],
        ['POST_PUBLIC_RESULTS_RETURNED', 2700],
      ]),
    );
  });

  it('charts an indicator across periods and the fields side by side, each with its table', async () => {
    await open('/thong-ke/bieu-do?ky=2020-H1&lang=vi', 'Biểu đồ số liệu');
    await page.getByRole('heading', { level: 2, name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 qua các kỳ' }).waitFor();
    // The charts are drawn once the page has hydrated (their tables come with the server's HTML).
    await page.getByRole('img', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 qua các kỳ' }).waitFor();
    expect(await page.getByRole('img', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4 qua các kỳ' }).count()).toBe(1);
    const series = page.getByRole('table', { name: 'Bảng số liệu: Tỷ lệ dịch vụ công trực tuyến mức độ 4 qua các kỳ' });
    expect(await series.getByRole('row').nth(1).innerText()).toMatch(new RegExp(`6 tháng đầu năm 2020\\s+32,4${NBSP}%\\s+30${NBSP}%`));
    const fields = page.getByRole('table', { name: 'Bảng số liệu: các chỉ tiêu tỷ lệ theo lĩnh vực, 6 tháng đầu năm 2020' });
    expect(await fields.innerText()).toContain(`16,2${NBSP}%`);
    expect(await fields.innerText()).toContain(`94${NBSP}%`);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);

    await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption({ label: 'Điểm phục vụ bưu chính' });
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/chi-tieu=POST_SERVICE_POINTS/);
    await page.getByRole('heading', { level: 2, name: 'Điểm phục vụ bưu chính qua các kỳ' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-charts');
  });

  it('shows a figure by district, saying "no data" where none is recorded, and downloads it', async () => {
    await open('/thong-ke/dia-ban?ky=2020-H1&chi-tieu=POST_SERVICE_POINTS&lang=vi', 'Số liệu theo địa bàn');
    await page.getByText('Toàn tỉnh: 238 điểm phục vụ').waitFor();
    const table = page.getByRole('table', { name: 'Bảng số liệu: Điểm phục vụ bưu chính theo huyện, thành phố, 6 tháng đầu năm 2020' });
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(12);
    expect(rows[1]).toMatch(/Thành phố Lạng Sơn\s+Chưa có số liệu/);
    expect(rows.slice(1).every((row) => row.includes('Chưa có số liệu'))).toBe(true);
    expect(await page.getByText('0/11 huyện, thành phố có số liệu.').count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Điểm phục vụ bưu chính theo huyện, thành phố, 6 tháng đầu năm 2020' }).innerHTML()).toContain('Chưa có số liệu');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('thong-ke-dia-ban_2020-H1_POST_SERVICE_POINTS_vi.csv');
    const lines = (await textOf(download)).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Kỳ,Mã chỉ tiêu,Mã địa bàn,Địa bàn,Giá trị');
    expect(lines.slice(1)).toHaveLength(11);
    expect(lines[1]).toBe('2020-H1,POST_SERVICE_POINTS,178,Thành phố Lạng Sơn,');

    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-districts');
  });

  it('lists the awards of the report, filtered in the URL', async () => {
    await open('/thong-ke/khen-thuong?lang=vi', 'Khen thưởng');
    const table = page.getByRole('table', { name: 'Danh sách khen thưởng' });
    await table.getByRole('row').nth(1).waitFor();
    const rows = await table.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(4);
    expect(rows.join('\n')).toContain('Trung tâm Công nghệ thông tin và Truyền thông');
    expect(rows.join('\n')).toContain('Phòng Thông tin - Báo chí - Xuất bản');
    expect(rows.join('\n')).toContain('6 tập thể và 13 cá nhân');
    expect(await page.getByText('3 quyết định khen thưởng: 8 tập thể, 13 cá nhân.').count()).toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-awards');

    await page.getByLabel('Hình thức').selectOption({ label: 'Giấy khen' });
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.waitForURL(/hinh-thuc=giay-khen/);
    await page.getByText('1 quyết định khen thưởng: 6 tập thể, 13 cá nhân.').waitFor();
    const commendations = await table.getByRole('row').allInnerTexts();
    expect(commendations).toHaveLength(2);
    expect(commendations[1]).toContain('Giấy khen');
    expect(commendations[1]).toContain('Sở');

    await page.goto(`${portal.url}/thong-ke/khen-thuong?cap=tinh&lang=vi`);
    await page.getByText('2 quyết định khen thưởng: 2 tập thể, 0 cá nhân.').waitFor();
    expect(await page.getByLabel('Cấp khen thưởng').inputValue()).toBe('tinh');
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('asks a citizen on the statistician’s page to sign in', async () => {
    await open('/thong-ke/cap-nhat?lang=vi', 'Cập nhật số liệu');
    await page.getByText('Trang này dành cho cán bộ thống kê đã đăng nhập.').waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toContain('/dang-nhap?tiep=');
    expect(await page.getByRole('button', { name: 'Lưu số liệu' }).count()).toBe(0);
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('reads in English on the switch', async () => {
    await open('/thong-ke?ky=2020-H1&lang=en', 'Statistics: First half of 2020');
    expect(await card('Level-4 online public services rate').innerText()).toContain('32.4% public services');
    expect(await card('Level-4 online public services rate').innerText()).toContain('Target: 30% · Met');
    expect(await page.getByRole('region', { name: 'Consistency of the figures' }).innerText()).toContain('238 × 3,555 = 846,090 people');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-dashboard-en');
  });

  it('calls a provisional figure by one name on the home page and on the statistics page', async () => {
    await page.goto(`${portal.url}/?lang=vi`);
    const home = page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"]');
    await home.waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await home.innerText()).toContain('Số liệu ước');
    await open('/thong-ke?lang=vi', 'Số liệu thống kê: 6 tháng đầu năm 2020');
    expect(await card('Tỷ lệ dịch vụ công trực tuyến mức độ 4').innerText()).toContain('Số liệu ước');
  });

  // Last: the first-visit test above counts what a fresh page downloads.
  it("goes from the home page's quick links to the statistics and the procedures, in the reader's language", async () => {
    for (const [language, link, heading] of [
      ['vi', 'Số liệu thống kê', 'Số liệu thống kê: 6 tháng đầu năm 2020'],
      ['vi', 'Thủ tục hành chính', 'Thủ tục hành chính'],
      ['en', 'Statistics', 'Statistics: First half of 2020'],
    ] as const) {
      await page.goto(`${portal.url}/?lang=${language}`);
      await page.locator('section[aria-labelledby="home-quick-links"]').getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
      expect(new URL(page.url()).searchParams.get('lang'), link).toBe(language);
    }
  });
});
