import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, COUNT_REACT_RENDERERS, launchBrowser, reactCopies, screenshot, startPortal, type RunningPortal } from './support';

const browser = await launchBrowser();

/** Port 9 (discard) has no server here: the remote listed there is down from the start. */
const DOWN_REMOTE = {
  id: 'statistics',
  entry: 'http://127.0.0.1:9/mf-manifest.json',
  routeBase: '/statistics',
  order: 1,
  nav: { vi: 'Số liệu thống kê', en: 'Statistics' },
};

const noBreakSpaces = (text: string) => text.replace(/\u00a0/g, ' ');

describe.skipIf(!browser)('the shell in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;
  let manifestFolder: string;

  beforeAll(async () => {
    manifestFolder = await mkdtemp(join(tmpdir(), 'portal-e2e-manifest-'));
    const manifestPath = join(manifestFolder, 'remotes.json');
    await writeFile(manifestPath, JSON.stringify({ remotes: [DOWN_REMOTE] }));
    portal = await startPortal({ env: { REMOTES_MANIFEST: manifestPath } });
    await browser!.context.addInitScript(COUNT_REACT_RENDERERS);
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await rm(manifestFolder, { recursive: true, force: true });
  });

  /** Opens the home page in a language and waits for the portal summary to be shown. */
  async function openHome(language: 'vi' | 'en') {
    await page.goto(`${portal.url}/?lang=${language}`);
    await page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"]').waitFor();
  }

  it('loads at / with the department’s name, in Vietnamese, with the language in the URL', async () => {
    const response = await page.goto(`${portal.url}/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('banner').waitFor();
    await openHome('vi');
    expect(await page.getByRole('banner').innerText()).toContain('Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Cổng thông tin điện tử');
    expect(await page.title()).toBe('Trang chủ — Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Cổng dịch vụ công Quốc gia' }).getAttribute('href')).toBe('https://dichvucong.gov.vn');
  });

  it('puts the skip link first: one Tab shows it, Enter moves focus to the main content', async () => {
    await openHome('vi');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('Bỏ qua, đến nội dung chính');
    expect(await focused.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('builds the navigation from the manifest', async () => {
    await openHome('vi');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Trang chủ', 'Số liệu thống kê']);
    expect(await nav.getByRole('link', { name: 'Số liệu thống kê' }).getAttribute('href')).toBe('/statistics?lang=vi');
  });

  it('shows a translated fallback with a retry button within 3 s for a remote that is down, while the rest works', async () => {
    await openHome('vi');
    const clickedAt = Date.now();
    await page.getByRole('navigation').getByRole('link', { name: 'Số liệu thống kê' }).click();
    const retry = page.getByRole('button', { name: 'Thử lại' });
    await retry.waitFor({ timeout: 3000 });
    expect(Date.now() - clickedAt).toBeLessThan(3000);
    expect(await page.getByRole('alert').innerText()).toContain('Không tải được mục Số liệu thống kê.');
    expect(page.url()).toBe(`${portal.url}/statistics?lang=vi`);
    // The header, navigation and footer stay, and the retry answers again within 3 s.
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await retry.click();
    await page.getByRole('button', { name: 'Thử lại' }).waitFor({ timeout: 3000 });

    await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).click();
    await page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"]').waitFor();
    expect(await page.getByRole('heading', { name: 'Tin mới' }).isVisible()).toBe(true);
  });

  it('switches the language of the text and the number formats, and keeps it across a reload', async () => {
    await openHome('vi');
    const rate = page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"] dd').first();
    expect(noBreakSpaces(await rate.innerText())).toMatch(/^32,4 %/);
    // F07: 32,4 % against the 30 % target of Nghị quyết 17/NQ-CP.
    const card = page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"]');
    expect(noBreakSpaces(await card.innerText())).toContain('Chỉ tiêu 30 %: đạt');

    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Key indicators' }).waitFor();
    expect(await rate.innerText()).toMatch(/^32\.4%/);
    expect(await card.innerText()).toContain('Target 30%: met');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');

    await page.reload();
    await page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"]').waitFor();
    expect(await page.getByRole('banner').innerText()).toContain('Lang Son Department of Information and Communications');
    expect(await page.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"] dd').first().innerText()).toMatch(/^32\.4%/);
  });

  it('opens in Vietnamese in a browser set to English, and remembers a reader who chooses English', async () => {
    const english = await launchBrowser({}, { locale: 'en-US' });
    try {
      const phone = await english!.newPage({ width: 375, height: 812 });
      expect(await phone.evaluate(() => navigator.languages)).toEqual(['en-US']);
      await phone.goto(`${portal.url}/`);
      await phone.locator('[data-indicator="IT_ONLINE_SERVICES_LEVEL4_RATE"]').waitFor();
      expect(await phone.getAttribute('html', 'lang')).toBe('vi');
      expect(await phone.getByRole('heading', { level: 1 }).innerText()).toBe('Cổng thông tin điện tử');
      expect(new URL(phone.url()).searchParams.get('lang')).toBe('vi');

      await phone.getByRole('link', { name: 'English' }).click();
      await phone.getByRole('heading', { name: 'Key indicators' }).waitFor();
      const cookies = await english!.context.cookies(portal.url);
      expect(cookies.find((cookie) => cookie.name === 'lang')).toMatchObject({ value: 'en', path: '/', sameSite: 'Lax' });

      // A later visit by a plain address (no ?lang) opens in the language the reader chose.
      await phone.goto(`${portal.url}/`);
      await phone.getByRole('heading', { name: 'Key indicators' }).waitFor();
      expect(await phone.getAttribute('html', 'lang')).toBe('en');
      expect(new URL(phone.url()).searchParams.get('lang')).toBe('en');
    } finally {
      await english?.close();
    }
  });

  it('passes the WCAG 2.2 AA rules of axe-core on the home page in both languages', async () => {
    for (const language of ['vi', 'en'] as const) {
      await openHome(language);
      expect(await checkAccessibility(page), language).toEqual([]);
    }
  });

  it('is kept as screenshots of the home page in both languages at phone and laptop widths', async () => {
    for (const language of ['vi', 'en'] as const) {
      await openHome(language);
      const paths = await screenshot(page, `shell-home-${language}`);
      expect(paths.map((path) => path.split('/').pop())).toEqual([`shell-home-${language}-375.png`, `shell-home-${language}-1280.png`]);
      const widths = await Promise.all(paths.map(async (path) => (await readFile(path)).readUInt32BE(16)));
      expect(widths).toEqual([375, 1280]);
    }
  });

  it('loads React exactly once', async () => {
    await openHome('vi');
    await page.getByRole('navigation').getByRole('link', { name: 'Số liệu thống kê' }).click();
    await page.getByRole('button', { name: 'Thử lại' }).waitFor({ timeout: 3000 });
    const copies = await reactCopies(page);
    expect(copies.reactModules).toBe(1);
    expect(copies.renderers).toEqual(['19.3.1']);
  });
});
