import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { gotoWaitsForTakeover } from './taken-over';

/** Debian's Chromium (`apt-get install chromium`); `CHROMIUM_PATH` points elsewhere. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The flags every browser test runs Chromium with: headless, no sandbox (containers run as
 * root), and nothing that reaches out on its own (updates, sync, QUIC), so a run sees only the
 * portal's own traffic.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The viewport a page opens with unless a test says otherwise: a laptop screen. */
export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;

export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  warn?: (message: string) => void;
}

/**
 * Where Chromium is, or null when it is not installed. Outside CI a missing browser is said
 * loudly and the browser tests are skipped; under `CI=true` it throws, because a CI run that
 * silently skips its browser tests would pass without testing the portal.
 */
export function findChromium({ env = process.env, exists = existsSync, warn = console.warn }: ChromiumLookup = {}): string | null {
  const path = env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM_PATH;
  if (exists(path)) return path;
  const message = `No Chromium at ${path}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  if (env['CI'] === 'true' || env['CI'] === '1') throw new Error(`${message} CI runs the browser tests and may not skip them.`);
  warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!!! BROWSER TESTS SKIPPED. ${message}`,
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
  return null;
}

/** One Chromium with a profile of its own, removed on close. */
export interface PortalBrowser {
  context: BrowserContext;
  /** A new tab at the given viewport (1280 × 800 by default); with JavaScript, its `goto` resolves once the portal owns the page. */
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with {@link CHROMIUM_FLAGS} and a fresh, temporary user-data-dir,
 * so no run sees another's cookies or cache. Returns null when Chromium is not installed (see
 * {@link findChromium}); a spec then skips its browser tests with `describe.skipIf(!browser)`.
 */
export async function launchBrowser(lookup: ChromiumLookup = {}, options: { locale?: string; javaScriptEnabled?: boolean } = {}): Promise<PortalBrowser | null> {
  const executablePath = findChromium(lookup);
  if (!executablePath) return null;
  const userDataDir = await mkdtemp(join(tmpdir(), 'portal-e2e-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      args: [...CHROMIUM_FLAGS],
      headless: true,
      viewport: DEFAULT_VIEWPORT,
      // The browser's languages (navigator.languages, Accept-Language), as a phone set to them sends them.
      ...(options.locale ? { locale: options.locale } : {}),
      // Off: what a reader with JavaScript disabled, a link preview or a crawler gets.
      ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
    });
    return {
      context,
      async newPage(viewport = DEFAULT_VIEWPORT) {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        return options.javaScriptEnabled === false ? page : gotoWaitsForTakeover(page);
      },
      async close() {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
