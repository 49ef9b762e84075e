import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, startPortal, type RunningPortal } from './support';

const browser = await launchBrowser();

/** A PNG's width in pixels, from its header. */
const pngWidth = (bytes: Buffer) => bytes.readUInt32BE(16);

describe.skipIf(!browser)('the open-data pages in Chromium', () => {
  let portal: RunningPortal;
  let page: Page;

  beforeAll(async () => {
    // As a new installation: the gateway creates its database, and loads the first data set, on this start.
    portal = await startPortal({ emptyDataFolder: true });
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('shows the open-data index in Vietnamese, with a download and a dictionary link for every dataset', async () => {
    const response = await page.goto(`${portal.url}/open-data`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(await page.title()).toBe('Dữ liệu mở — Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/^Dữ liệu mở/);

    const datasets = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(datasets).toHaveLength(3);
    const links = await page.locator('main a[href^="/open-data/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const id of ['indicators', 'licences', 'sanction-decisions']) {
      expect(links).toEqual(expect.arrayContaining([`/open-data/${id}.csv`, `/open-data/${id}.json`, `/open-data/${id}/dictionary`]));
    }
    // The links lead somewhere: each answers from the same portal.
    for (const href of links) {
      const answer = await page.request.get(`${portal.url}${href}`);
      expect(answer.status(), href).toBe(200);
    }
  });

  it("leads back to the portal's home page from its header", async () => {
    await page.goto(`${portal.url}/open-data`);
    expect(await page.getByRole('banner').innerText()).toContain('Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
    await page.getByRole('navigation', { name: 'Vị trí trang' }).getByRole('link', { name: /^Trang chủ/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Cổng thông tin điện tử' }).waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('passes the WCAG 2.2 AA rules of axe-core', async () => {
    await page.goto(`${portal.url}/open-data`);
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('is kept as screenshots at phone and laptop widths', async () => {
    await page.goto(`${portal.url}/open-data`);
    const paths = await screenshot(page, 'open-data-index');
    expect(paths.map((path) => path.split('/').pop())).toEqual(['open-data-index-375.png', 'open-data-index-1280.png']);
    const widths = await Promise.all(paths.map(async (path) => pngWidth(await readFile(path))));
    expect(widths).toEqual([375, 1280]);
  });

  it('offers the news as an Atom feed a browser can read as XML', async () => {
    const answer = await page.request.get(`${portal.url}/feeds/news.atom`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = await answer.text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        title: doc.querySelector('feed > title')?.textContent ?? null,
        entries: doc.querySelectorAll('feed > entry').length,
      };
    }, xml);
    expect(parsed).toMatchObject({ error: null, root: 'feed', namespace: 'http://www.w3.org/2005/Atom' });
    expect(parsed.title).toMatch(/^Tin tức/);
    expect(parsed.entries).toBeGreaterThan(0);
  });
});
