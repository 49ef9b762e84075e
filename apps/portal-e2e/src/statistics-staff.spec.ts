import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, recordGraphQLRequests, screenshot, signIn, staffAccount, startPortal, type GraphQLRequest, type RunningPortal } from './support';

// The statistician's form on a portal of its own (its corrections change the figures other specs read).
// A citizen, signed out, reads the public pages in a browser of its own.
const browser = await launchBrowser();
const citizenBrowser = await launchBrowser();
const statistician = staffAccount('statistician');
const FORM = '/thong-ke/cap-nhat?chi-tieu=PRESS_COVID_VIDEO_CLIPS_PRODUCED&ky=2020-H1&dia-ban=20&lang=vi';

describe.skipIf(!browser || !citizenBrowser)('the statistician’s form in the statistics remote, in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  let citizen: Page;
  let graphqlRequests: GraphQLRequest[];

  beforeAll(async () => {
    portal = await startPortal({ staff: [statistician] });
    page = await browser!.newPage();
    citizen = await citizenBrowser!.newPage();
    graphqlRequests = recordGraphQLRequests(page);
  });

  afterAll(async () => {
    await browser?.close();
    await citizenBrowser?.close();
    await portal?.stop();
  });

  const value = () => page.getByLabel(/^Giá trị/);
  const save = () => page.getByRole('button', { name: 'Lưu số liệu' }).click();

  it('opens on the recorded figure once the statistician has signed in', async () => {
    await signIn(page, portal.url, statistician, FORM);
    await page.getByRole('heading', { level: 1, name: 'Cập nhật số liệu' }).waitFor({ timeout: 15_000 });
    await page.getByText('Đang sửa số liệu đã ghi (phiên bản 1).').waitFor();
    // F05: 4 Covid-19 video clips.
    expect(await value().inputValue()).toBe('4');
    expect(await page.getByLabel('Trích dẫn nguồn').inputValue()).toContain('04 videoclip');
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('refuses a value its measure does not allow, lists it in the error summary and keeps what was typed', async () => {
    await value().fill('4,5');
    await save();
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Số đếm phải là số nguyên, không âm');
    expect(await value().inputValue()).toBe('4,5');
    expect(await value().getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Chỉ tiêu', { exact: true }).selectOption('IT_ONLINE_SERVICES_LEVEL4_RATE');
    await page.waitForURL(/chi-tieu=IT_ONLINE_SERVICES_LEVEL4_RATE/);
    await page.waitForFunction(() => (document.getElementById('observation-value') as HTMLInputElement | null)?.value === '32,4');
    expect(await page.getByLabel('Chỉ tiêu kế hoạch (nếu có)').inputValue()).toBe('30');
    await value().fill('120');
    await save();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Tỷ lệ phần trăm phải từ 0 đến 100');
    expect(await value().inputValue()).toBe('120');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-editor-error');
  });

  it('corrects a figure, keeps the previous value in its history, and the dashboard shows the new one', async () => {
    await page.goto(`${portal.url}${FORM}`);
    await page.getByText('Đang sửa số liệu đã ghi (phiên bản 1).').waitFor({ timeout: 15_000 });
    await value().fill('5');
    await save();
    await page.getByText('Đã lưu số liệu: 5 video clip.').waitFor();
    await page.getByText('Đang sửa số liệu đã ghi (phiên bản 2).').waitFor();
    const history = page.getByRole('table', { name: 'Các lần ghi và sửa số liệu “Video clip tuyên truyền phòng chống dịch Covid-19 được sản xuất”' });
    await history.getByRole('row').nth(2).waitFor();
    const rows = await history.getByRole('row').allInnerTexts();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/Ghi mới\s+—\s+4\s+1/);
    expect(rows[2]).toMatch(/Sửa\s+4\s+5\s+2/);
    expect(rows[2]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-editor-history');

    await page.getByRole('link', { name: 'Xem trang số liệu' }).click();
    const clips = page.getByRole('article', { name: 'Video clip tuyên truyền phòng chống dịch Covid-19 được sản xuất', exact: true });
    await clips.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => [...document.querySelectorAll('article')].some((article) => article.textContent?.includes('5 video clip')));
    expect(await clips.innerText()).toContain('5 video clip');
    expect(await clips.getByRole('link', { name: /Cập nhật số liệu/ }).getAttribute('href')).toContain('chi-tieu=PRESS_COVID_VIDEO_CLIPS_PRODUCED');
  });

  it('records a first figure for a district, which the district view then shows', async () => {
    await page.goto(`${portal.url}/thong-ke/cap-nhat?chi-tieu=POST_SERVICE_POINTS&ky=2020-H1&dia-ban=187&lang=vi`);
    await page.getByText('Chưa có số liệu cho chỉ tiêu, kỳ và địa bàn này: lưu sẽ ghi số liệu mới.').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('Địa bàn').inputValue()).toBe('187');
    await value().fill('20');
    await save();
    const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Nhập trích dẫn nguồn');
    await page.getByLabel('Trích dẫn nguồn').fill('Huyện Chi Lăng có 20 điểm phục vụ bưu chính');
    await save();
    await page.getByText('Đã lưu số liệu: 20 điểm phục vụ.').waitFor();
    // The new figure's history shows its recording, and nothing says the save failed.
    const history = page.getByRole('table', { name: 'Các lần ghi và sửa số liệu “Điểm phục vụ bưu chính”' });
    await history.getByRole('row', { name: /Ghi mới/ }).waitFor();
    expect(await page.getByText(/Không lưu được/).count()).toBe(0);

    await page.goto(`${portal.url}/thong-ke/dia-ban?ky=2020-H1&chi-tieu=POST_SERVICE_POINTS&lang=vi`);
    await page.getByText('1/11 huyện, thành phố có số liệu.').waitFor({ timeout: 15_000 });
    const table = page.getByRole('table', { name: /Điểm phục vụ bưu chính theo huyện, thành phố/ });
    expect(await table.getByRole('row', { name: /Huyện Chi Lăng/ }).innerText()).toMatch(/Huyện Chi Lăng\s+20/);
    expect(await table.getByRole('row', { name: /Huyện Lộc Bình/ }).innerText()).toContain('Chưa có số liệu');
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('reads in English on the switch', async () => {
    await page.goto(`${portal.url}/thong-ke/cap-nhat?chi-tieu=IT_PKI_SIMS_ISSUED&ky=2020-H1&dia-ban=20&lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Update figures' }).waitFor({ timeout: 15_000 });
    await page.getByText('Correcting the recorded figure (version 1).').waitFor();
    expect(await page.getByLabel(/^Value/).inputValue()).toBe('139');
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('opens 2020-H2 while the public pages stay on 2020-H1, then publishes it and the public default moves to it', async () => {
    const level4 = (on: Page) => on.getByRole('article', { name: 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', exact: true });
    const homeRate = (on: Page) => on.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"] dd').first();
    const readPublicPages = async () => {
      await citizen.goto(`${portal.url}/thong-ke?lang=vi`);
      const heading = citizen.getByRole('heading', { level: 1, name: /^Số liệu thống kê: / });
      await heading.waitFor({ timeout: 15_000 });
      await level4(citizen).waitFor({ timeout: 10_000 });
      const statistics = { heading: await heading.innerText(), rate: (await level4(citizen).innerText()).replaceAll('\u00a0', ' ') };
      const periods = await citizen.getByLabel('Kỳ báo cáo', { exact: true }).locator('option').allInnerTexts();
      await citizen.goto(`${portal.url}/?lang=vi`);
      await homeRate(citizen).waitFor({ timeout: 15_000 });
      return { ...statistics, periods, home: (await homeRate(citizen).innerText()).replaceAll('\u00a0', ' ') };
    };

    await page.goto(`${portal.url}/thong-ke/cap-nhat?lang=vi`);
    const periods = page.getByRole('table', { name: 'Các kỳ báo cáo, mới nhất trước' });
    await periods.waitFor({ timeout: 15_000 });
    expect(await periods.getByRole('row', { name: /6 tháng đầu năm 2020/ }).innerText()).toMatch(/2020-H1\s+Đã công bố lúc/);
    await page.getByLabel('Năm', { exact: true }).fill('2020');
    await page.getByLabel('Loại kỳ', { exact: true }).selectOption({ label: '6 tháng cuối năm' });
    await page.getByText('Mã kỳ sẽ mở: 2020-H2').waitFor();
    await page.getByRole('button', { name: 'Mở kỳ' }).click();
    await page.getByText('Đã mở kỳ 6 tháng cuối năm 2020. Kỳ chưa được công bố: người dân chưa thấy kỳ này.').waitFor();
    expect(await periods.getByRole('row', { name: /6 tháng cuối năm 2020/ }).innerText()).toMatch(/2020-H2\s+Chưa công bố/);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'statistics-editor-periods');

    // A figure of the new period, which the public must not see before it is published.
    await page.goto(`${portal.url}/thong-ke/cap-nhat?chi-tieu=IT_ONLINE_SERVICES_LEVEL4_RATE&ky=2020-H2&dia-ban=20&lang=vi`);
    await page.getByText('Chưa có số liệu cho chỉ tiêu, kỳ và địa bàn này: lưu sẽ ghi số liệu mới.').waitFor({ timeout: 15_000 });
    await value().fill('41,5');
    await page.getByLabel('Trích dẫn nguồn').fill('đạt 41,5% dịch vụ công trực tuyến mức độ 4');
    await save();
    await page.getByText('Đã lưu số liệu: 41,5').waitFor({ timeout: 10_000 });

    const before = await readPublicPages();
    expect(before.heading).toBe('Số liệu thống kê: 6 tháng đầu năm 2020');
    expect(before.rate).toContain('32,4 % dịch vụ công');
    expect(before.periods).toEqual(['6 tháng đầu năm 2020']);
    expect(before.home).toMatch(/^32,4 %/);

    await page.goto(`${portal.url}/thong-ke/cap-nhat?lang=vi`);
    await page.getByRole('button', { name: 'Công bố kỳ 6 tháng cuối năm 2020' }).click({ timeout: 15_000 });
    await page.getByText('Đã công bố kỳ 6 tháng cuối năm 2020: người dân đã thấy kỳ này và số liệu của kỳ.').waitFor();
    expect(await periods.getByRole('row', { name: /6 tháng cuối năm 2020/ }).innerText()).toMatch(/2020-H2\s+Đã công bố lúc/);

    const after = await readPublicPages();
    expect(after.heading).toBe('Số liệu thống kê: 6 tháng cuối năm 2020');
    expect(after.rate).toContain('41,5 % dịch vụ công');
    expect(after.periods).toEqual(['6 tháng cuối năm 2020', '6 tháng đầu năm 2020']);
    expect(after.home).toMatch(/^41,5 %/);
  }, 120_000);

  it('asked every query of the signed-in pages as a GET (which nginx may retry on another replica), and only mutations as POSTs', () => {
    const queries = graphqlRequests.filter((request) => request.operation === 'query');
    expect(queries.length).toBeGreaterThan(3);
    expect(queries.filter((request) => request.method !== 'GET')).toEqual([]);
    expect(graphqlRequests.filter((request) => request.method === 'POST').map((request) => request.operation)).toContain('mutation');
    expect(graphqlRequests.filter((request) => request.method === 'POST' && request.operation !== 'mutation')).toEqual([]);
  });
});
