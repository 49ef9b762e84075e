import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from './portal';

/** Where screenshots are kept as test artefacts (the test target's declared output). */
export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'test-output/screenshots');

/** A phone and a laptop: the two widths every page is looked at. */
export const SCREENSHOT_WIDTHS = [375, 1280] as const;

const VIEWPORT_HEIGHT = 800;

/**
 * Full-page screenshots of the page at 375 px and 1280 px wide, as
 * `test-output/screenshots/<name>-375.png` and `<name>-1280.png`; returns their paths. The
 * page's viewport is put back afterwards.
 */
export async function screenshot(page: Page, name: string): Promise<string[]> {
  if (!/^[\w-]+$/.test(name)) throw new Error(`A screenshot name is letters, digits, - and _: "${name}"`);
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const paths: string[] = [];
  try {
    for (const width of SCREENSHOT_WIDTHS) {
      await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
      const path = join(SCREENSHOT_DIR, `${name}-${width}.png`);
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      paths.push(path);
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  return paths;
}
