import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, launchBrowser, screenshot, startPortal, type RunningPortal } from './support';

// Written by `nx g @egov/tools:remote news`: the News remote mounted in the composed portal.
const browser = await launchBrowser();

/** The remote mounts after the shell has read the manifest and loaded it: allow for both. */
const MOUNT_TIMEOUT_MS = 15_000;

const LABELS = { vi: 'Tin tức', en: 'News' } as const;

describe.skipIf(!browser)('the news remote in the portal, in Chromium', () => {
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

  /**
   * Opens the route base in a language, named in the URL (Chromium's own language is English, and
   * a reader's last choice is remembered, so a page opened without one may not be in Vietnamese).
   */
  const openFirstPage = async (language: 'vi' | 'en') => {
    const response = await page.goto(`${portal.url}/tin-tuc?lang=${language}`);
    expect(response?.status()).toBe(200);
    const heading = page.getByRole('heading', { level: 1, name: LABELS[language] });
    await heading.waitFor({ timeout: MOUNT_TIMEOUT_MS });
    return heading;
  };

  it('mounts at /tin-tuc with its first page, in Vietnamese', async () => {
    const heading = await openFirstPage('vi');
    expect(await heading.isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
  });

  it('reads in English with ?lang=en', async () => {
    const heading = await openFirstPage('en');
    expect(await heading.innerText()).toBe(LABELS.en);
  });

  it('passes the WCAG 2.2 AA rules of axe-core in both languages', async () => {
    for (const language of ['vi', 'en'] as const) {
      await openFirstPage(language);
      expect(await checkAccessibility(page), language).toEqual([]);
    }
  });

  it('is kept as screenshots at phone and laptop widths', async () => {
    await openFirstPage('vi');
    const paths = await screenshot(page, 'news-vi');
    expect(paths.map((path) => path.split('/').pop())).toEqual(['news-vi-375.png', 'news-vi-1280.png']);
  });
});
