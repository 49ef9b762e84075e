import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './accessibility';
import { launchBrowser } from './chromium';
import { startPortal, type RunningPortal } from './portal';
import { screenshot } from './screenshot';

/** The remote mounts after the shell has read the manifest and loaded it: allow for both. */
const MOUNT_TIMEOUT_MS = 15_000;

/** A remote as the generator made it: its project name, federation id, route and labels. */
export interface GeneratedRemote {
  name: string;
  id: string;
  routeBase: string;
  labels: { vi: string; en: string };
}

/**
 * The browser tests every generated remote starts with: it mounts on its route in the composed
 * portal with its first page in Vietnamese and English, passes axe's WCAG 2.2 AA rules in both,
 * and is kept as screenshots. Call it at the top of the remote's spec file (top-level await).
 */
export async function describeRemoteFirstPage(remote: GeneratedRemote): Promise<void> {
  const browser = await launchBrowser();

  describe.skipIf(!browser)(`the ${remote.name} remote in the portal, in Chromium`, () => {
    let portal: RunningPortal;
    let page: Page;

    beforeAll(async () => {
      if (!browser) return; // the suite is skipped
      portal = await startPortal();
      page = await browser.newPage();
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
      const response = await page.goto(`${portal.url}${remote.routeBase}?lang=${language}`);
      expect(response?.status()).toBe(200);
      const heading = page.getByRole('heading', { level: 1, name: remote.labels[language] });
      await heading.waitFor({ timeout: MOUNT_TIMEOUT_MS });
      return heading;
    };

    it(`mounts at ${remote.routeBase} with its first page, in Vietnamese`, async () => {
      const heading = await openFirstPage('vi');
      expect(await heading.isVisible()).toBe(true);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
    });

    it('reads in English with ?lang=en', async () => {
      const heading = await openFirstPage('en');
      expect(await heading.innerText()).toBe(remote.labels.en);
    });

    it('passes the WCAG 2.2 AA rules of axe-core in both languages', async () => {
      for (const language of ['vi', 'en'] as const) {
        await openFirstPage(language);
        expect(await checkAccessibility(page), language).toEqual([]);
      }
    });

    it('is kept as screenshots at phone and laptop widths', async () => {
      await openFirstPage('vi');
      const paths = await screenshot(page, `${remote.id}-vi`);
      expect(paths.map((path) => path.split('/').pop())).toEqual([`${remote.id}-vi-375.png`, `${remote.id}-vi-1280.png`]);
    });
  });
}
