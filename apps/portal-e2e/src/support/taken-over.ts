import type { Page } from 'playwright-core';

/** Longer than the slowest start seen on a loaded two-core machine, short enough to name the page that never starts. */
const TAKEOVER_TIMEOUT_MS = 15_000;

/**
 * Waits until React owns the portal's page: a server-rendered page is hydrated, a page rendered
 * in the browser is mounted. The portal's scripts start once the page is painted, so for a moment
 * a reader's click is the browser's own (a link loads the next page, a form submits by GET);
 * a test that means the script's answer waits for this first. A page without `#root` (an
 * open-data file, a feed) has nothing to wait for.
 */
export async function untilTakenOver(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      return !root || Object.keys(root).some((key) => key.startsWith('__reactContainer'));
    },
    undefined,
    { timeout: TAKEOVER_TIMEOUT_MS },
  );
}

/**
 * Makes `page.goto` and `page.reload` resolve once the portal has taken the page over (see {@link untilTakenOver}),
 * as a reader's next step comes after the page is ready: every test then starts from the page the
 * script owns, whatever the machine's speed.
 */
export function gotoWaitsForTakeover(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await untilTakenOver(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    await untilTakenOver(page);
    return response;
  };
  return page;
}
