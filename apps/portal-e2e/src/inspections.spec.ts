import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, startPortal, type RunningPortal } from './support';

// The Inspections remote as a citizen sees it on the freshly seeded portal: the half-year report's
// inspection figures (FACTS.md F30–F33) beside a register that starts empty, since the report
// gives totals only.
const browser = await launchBrowser();

/** The remote mounts after the shell has read the manifest and loaded it. */
const MOUNT_TIMEOUT_MS = 15_000;
const noBreakSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe.skipIf(!browser)('the inspections register in the portal, for a citizen', () => {
  let portal: RunningPortal;
  let page: Page;
  const scripts: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    page = await browser!.newPage();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  async function open(path: string) {
    const response = await page.goto(`${portal.url}${path}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: MOUNT_TIMEOUT_MS });
  }

  const totals = () => page.getByRole('region', { name: /Tổng hợp kỳ|Totals for/ });
  const totalsRow = (name: string) => page.getByRole('table', { name: /Số liệu báo cáo|Reported figures/ }).getByRole('row', { name: new RegExp(`^${name}`) });

  it('shows the period’s reported totals in Vietnamese, the period in the address, and says the empty register differs', async () => {
    await open('/thanh-tra?lang=vi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thanh tra');
    await totals().waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await page.getByRole('heading', { level: 2, name: 'Tổng hợp kỳ 6 tháng đầu năm 2020' }).count()).toBe(1);
    expect(noBreakSpaces(await totals().innerText())).toContain(
      'Theo báo cáo: thanh tra 2 cuộc/4 đơn vị; kiểm tra 6 cuộc/7 đối tượng; ban hành 5 quyết định xử phạt, tiền phạt 60.000.000 ₫.',
    );
    expect(await totals().innerText()).toContain('Phát hiện và xử lý 2 đối tượng đưa tin sai sự thật trên mạng xã hội.');

    // Reported | register | difference, for each figure of F30–F33.
    const cells = async (name: string) => (await totalsRow(name).getByRole('cell').allInnerTexts()).map(noBreakSpaces);
    expect(await cells('Cuộc thanh tra')).toEqual(['2', '0', '-2']);
    expect(await cells('Đơn vị được thanh tra')).toEqual(['4', '0', '-4']);
    expect(await cells('Cuộc kiểm tra')).toEqual(['6', '0', '-6']);
    expect(await cells('Đối tượng được kiểm tra')).toEqual(['7', '0', '-7']);
    expect(await cells('Quyết định xử phạt')).toEqual(['5', '0', '-5']);
    expect(await cells('Tiền phạt')).toEqual(['60.000.000 ₫', '0 ₫', '-60.000.000 ₫']);
    expect(await cells('Đối tượng đưa tin sai sự thật được xử lý')).toEqual(['2', 'Sổ không theo dõi', '—']);

    const warning = totals().getByRole('status').filter({ hasText: 'Sổ theo dõi chưa khớp với báo cáo' });
    expect(await warning.innerText()).toContain('khác số liệu báo cáo ở 6 chỉ tiêu');
    expect(await warning.innerText()).toContain('Báo cáo chỉ nêu tổng số');
    // The report's own words are quoted as the source.
    expect(await totals().innerText()).toContain('“thanh tra 02 cuộc/04 đơn vị”');
    expect(await totals().innerText()).toContain('nộp ngân sách nhà nước số tiền là 60.000.000đ');

    expect(await page.getByRole('table', { name: /Các cuộc thanh tra, kiểm tra/ }).innerText()).toContain('Sổ chưa có cuộc thanh tra, kiểm tra nào khớp với bộ lọc.');
    expect(await page.getByRole('table', { name: /Quyết định xử phạt vi phạm hành chính/ }).innerText()).toContain('Sổ chưa có quyết định xử phạt nào khớp với bộ lọc.');
    expect(await page.getByLabel('Kỳ', { exact: true }).inputValue()).toBe('2020-H1');
    expect(new URL(page.url()).searchParams.get('ky')).toBe('2020-H1');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-register');
  });

  it('never downloads the inspector’s pages, nor offers them to a citizen', async () => {
    expect(scripts.filter((url) => url.includes('/inspections/')).length).toBeGreaterThan(0);
    expect(scripts.filter((url) => url.includes('inspections-staff'))).toEqual([]);
    expect(await page.getByRole('link', { name: 'Nghiệp vụ thanh tra' }).count()).toBe(0);

    await open('/thanh-tra/nghiep-vu/quyet-dinh-moi?lang=vi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Dành cho thanh tra viên');
    const signInLink = page.getByRole('main').getByRole('link', { name: 'Đăng nhập cho cán bộ' });
    expect(new URL((await signInLink.getAttribute('href'))!, portal.url).searchParams.get('tiep')).toBe('/thanh-tra/nghiep-vu/quyet-dinh-moi?lang=vi');
    expect(scripts.filter((url) => url.includes('inspections-staff'))).toEqual([]);
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-staff-only');
  });

  it('keeps the filters in the address, and names a period it does not know', async () => {
    await open('/thanh-tra?lang=vi');
    await totals().waitFor();
    await page.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Bưu chính' });
    await page.getByLabel('Trạng thái cuộc thanh tra').selectOption({ label: 'Đã kết luận' });
    await page.getByLabel('Tình trạng thi hành quyết định').selectOption({ label: 'Đã nộp phạt' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/linh-vuc=post/);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ lang: 'vi', ky: '2020-H1', 'linh-vuc': 'post', 'trang-thai': 'concluded', 'thi-hanh': 'paid' });
    // The same address opened anew shows the same filters.
    await page.reload();
    await totals().waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await page.getByLabel('Lĩnh vực', { exact: true }).locator('option:checked').innerText()).toBe('Bưu chính');
    expect(await page.getByLabel('Tình trạng thi hành quyết định').locator('option:checked').innerText()).toBe('Đã nộp phạt');

    await open('/thanh-tra?lang=vi&ky=2031-H2');
    await totals().waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await page.getByText('Không có kỳ báo cáo “2031-H2”; đang hiển thị kỳ 6 tháng đầu năm 2020.').count()).toBe(1);

    await open('/thanh-tra?lang=vi&ky=tat-ca');
    await page.getByRole('table', { name: /Các cuộc thanh tra, kiểm tra/ }).waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await totals().count()).toBe(0);
    expect(await page.getByLabel('Kỳ', { exact: true }).inputValue()).toBe('tat-ca');
  });

  it('reads in English on the switch', async () => {
    await open('/thanh-tra?lang=en');
    await totals().waitFor({ timeout: MOUNT_TIMEOUT_MS });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Inspections');
    expect(await page.getByRole('heading', { level: 2, name: 'Totals for First half of 2020' }).count()).toBe(1);
    expect(noBreakSpaces(await totals().innerText())).toContain('As reported: 2 inspections of 4 units; 6 checks of 7 subjects; 5 sanction decisions, fines of ₫60,000,000.');
    expect(await totals().getByRole('status').innerText()).toContain('The register differs from the report on 6 figures.');
    expect(await checkAccessibility(page)).toEqual([]);
    await screenshot(page, 'inspections-register-en');
  });

  it('answers an unknown address below /thanh-tra with a page that leads back', async () => {
    await open('/thanh-tra/khong-co?lang=vi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Không tìm thấy trang');
    expect(await page.getByRole('main').getByRole('link', { name: 'Về sổ theo dõi thanh tra' }).getAttribute('href')).toBe('/thanh-tra?lang=vi');
    expect(await checkAccessibility(page)).toEqual([]);
  });
});
