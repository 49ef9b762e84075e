import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveFolder, signIn, staffAccount, startPortal, WORKSPACE_ROOT, type RunningPortal, type StaticServer } from './support';

/**
 * The Content-Security-Policy in the composed portal: a script put into the page by an attacker
 * (inline, or from a host the remotes manifest does not name) does not run, while every remote,
 * one of them on a host of its own, loads and every page a citizen or an officer opens runs
 * without a single refusal in the console.
 */
const browser = await launchBrowser();
const admin = staffAccount('admin');

interface ManifestEntry {
  id: string;
  entry: string;
}
const realManifest = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'apps/shell/remotes.json'), 'utf8')) as { remotes: ManifestEntry[] };
/** The remote served from a host of its own, named in the manifest. */
const REMOTE_ON_OWN_HOST = 'statistics';
const MOUNT_TIMEOUT_MS = 15_000;

/** What the browser refused on a page, as its console says it and as the page's own events report it. */
declare global {
  interface Window {
    cspViolations?: Array<{ directive: string; blocked: string }>;
    injectedInlineRan?: boolean;
    injectedRemoteRan?: boolean;
  }
}
const RECORD_VIOLATIONS = `
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
  });
`;

describe.skipIf(!browser)('the content security policy in the composed portal, in Chromium', () => {
  let portal: RunningPortal;
  let remoteHost: StaticServer;
  let strangerHost: StaticServer;
  let folder: string;
  let page: Page;
  const consoleRefusals: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'portal-e2e-csp-'));
    // A host the manifest does not name, serving a script that says when it ran.
    await writeFile(join(folder, 'stranger.js'), 'window.injectedRemoteRan = true;');
    strangerHost = await serveFolder(folder);
    remoteHost = await serveFolder(join(WORKSPACE_ROOT, 'dist/apps', REMOTE_ON_OWN_HOST));
    const remotes = realManifest.remotes.map((remote) => (remote.id === REMOTE_ON_OWN_HOST ? { ...remote, entry: `${remoteHost.url}/mf-manifest.json` } : remote));
    const manifestPath = join(folder, 'remotes.json');
    await writeFile(manifestPath, JSON.stringify({ remotes }));
    portal = await startPortal({ env: { REMOTES_MANIFEST: manifestPath }, staff: [admin] });
    await browser!.context.addInitScript(RECORD_VIOLATIONS);
    page = await browser!.newPage();
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleRefusals.push(message.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await remoteHost?.stop();
    await strangerHost?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const mainHeading = (name?: string | RegExp) => page.getByRole('main').getByRole('heading', { level: 1, ...(name ? { name } : {}) });
  const violations = () => page.evaluate(() => window.cspViolations ?? []);

  it('refuses a script injected inline into the page', async () => {
    await page.goto(`${portal.url}/tin-tuc?lang=vi`);
    await mainHeading('Tin tức').waitFor({ timeout: MOUNT_TIMEOUT_MS });
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedInlineRan = true;';
      document.head.append(script);
      return window.injectedInlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  });

  it('refuses a script from a host the remotes manifest does not name', async () => {
    // The host is up and serves the script: only the policy keeps it from running.
    expect((await fetch(`${strangerHost.url}/stranger.js`)).status).toBe(200);
    const outcome = await page.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('refused');
          document.head.append(script);
        }),
      `${strangerHost.url}/stranger.js`,
    );
    expect(outcome).toBe('refused');
    expect(await page.evaluate(() => window.injectedRemoteRan === true)).toBe(false);
    expect(await violations()).toContainEqual({ directive: 'script-src-elem', blocked: `${strangerHost.url}/stranger.js` });
  });

  it('loads every remote, the one on its own host too, and every page a citizen opens, without one refusal', async () => {
    consoleRefusals.length = 0;
    const pages: Array<[string, string | RegExp]> = [
      ['/?lang=vi', 'Cổng thông tin điện tử'],
      ['/tin-tuc?lang=vi', 'Tin tức'],
      ['/thong-ke?lang=vi', 'Thống kê'],
      ['/thu-tuc?lang=vi', 'Thủ tục hành chính'],
      ['/thu-tuc/tra-cuu-ho-so?lang=vi', /Tra cứu/],
      ['/thanh-tra?lang=vi', 'Thanh tra'],
      ['/dang-nhap?lang=en', 'Staff sign-in'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(`${portal.url}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor({ timeout: MOUNT_TIMEOUT_MS });
      // Charts and lazy parts settle before the page is judged.
      await page.waitForLoadState('networkidle');
      expect({ path, refused: await violations() }).toEqual({ path, refused: [] });
    }
    await page.goto(`${portal.url}/thong-ke?lang=vi`);
    await mainHeading('Thống kê').waitFor({ timeout: MOUNT_TIMEOUT_MS });
    // The heading is in the server's HTML: the page takes the remote from its own host when it hydrates.
    const fetchedFromItsHost = (url: string) => performance.getEntriesByType('resource').some((entry) => entry.name === url);
    await page.waitForFunction(fetchedFromItsHost, `${remoteHost.url}/remoteEntry.js`, { timeout: MOUNT_TIMEOUT_MS });
    expect(consoleRefusals).toEqual([]);
  });

  it("runs the officers' pages of every remote without one refusal", async () => {
    consoleRefusals.length = 0;
    await signIn(page, portal.url, admin, '/?lang=vi');
    const pages: Array<[string, string]> = [
      ['/tin-tuc/bien-tap/soan-tin?lang=vi', 'main'],
      ['/thong-ke/cap-nhat?chi-tieu=PRESS_COVID_VIDEO_CLIPS_PRODUCED&ky=2020-H1&dia-ban=20&lang=vi', 'Cập nhật số liệu'],
      ['/thu-tuc/can-bo?lang=vi', 'Tiếp nhận, xử lý hồ sơ'],
      ['/thanh-tra/nghiep-vu?lang=vi', 'Nghiệp vụ thanh tra'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(`${portal.url}${path}`);
      await (heading === 'main' ? mainHeading() : mainHeading(heading)).first().waitFor({ timeout: MOUNT_TIMEOUT_MS });
      await page.waitForLoadState('networkidle');
      expect({ path, refused: await violations() }).toEqual({ path, refused: [] });
    }
    expect(consoleRefusals).toEqual([]);
  });
});
