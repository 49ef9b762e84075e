import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNT_REACT_RENDERERS, launchBrowser, reactCopies, serveFolder, startPortal, WORKSPACE_ROOT, type RunningPortal, type StaticServer } from './support';

/**
 * The remotes together in the composed portal: the navigation the manifest makes, one React
 * however many remotes are opened, and a remote whose host goes down failing in its own area.
 * Each remote alone (its page, axe, screenshots) is in its own `<name>.spec.ts`.
 */
const browser = await launchBrowser();

interface ManifestEntry {
  id: string;
  entry: string;
  serverEntry?: string;
  routeBase: string;
  nav: { vi: string; en: string };
  order: number;
}
const realManifest = JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'apps/shell/remotes.json'), 'utf8')) as { remotes: ManifestEntry[] };

/** The remote served from a host of its own, which the fallback test stops. */
const STOPPED_REMOTE = 'statistics';
const MOUNT_TIMEOUT_MS = 15_000;
const FALLBACK_WITHIN_MS = 3_000;

describe.skipIf(!browser)('the remotes in the composed portal, in Chromium', () => {
  let portal: RunningPortal;
  let remoteHost: StaticServer;
  let manifestFolder: string;
  let page: Page;

  beforeAll(async () => {
    remoteHost = await serveFolder(join(WORKSPACE_ROOT, 'dist/apps', STOPPED_REMOTE));
    // The real manifest, with one remote moved to its own host, and the entries written in reverse:
    // the navigation must follow `order`, not the file's order.
    const remotes = realManifest.remotes
      // A remote on a host of its own has no server entry the gateway serves: the browser renders it.
      .map((remote) => (remote.id === STOPPED_REMOTE ? { ...remote, entry: `${remoteHost.url}/mf-manifest.json`, serverEntry: undefined } : remote))
      .reverse();
    manifestFolder = await mkdtemp(join(tmpdir(), 'portal-e2e-remotes-'));
    const manifestPath = join(manifestFolder, 'remotes.json');
    await writeFile(manifestPath, JSON.stringify({ remotes }));
    portal = await startPortal({ env: { REMOTES_MANIFEST: manifestPath } });
    await browser!.context.addInitScript(COUNT_REACT_RENDERERS);
    page = await browser!.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await remoteHost?.stop();
    if (manifestFolder) await rm(manifestFolder, { recursive: true, force: true });
  });

  const navigation = (language: 'vi' | 'en') => page.getByRole('navigation', { name: language === 'vi' ? 'Điều hướng chính' : 'Main navigation' });
  const mainHeading = (name: string) => page.getByRole('heading', { level: 1, name });

  it('lists the four remotes in the navigation, in their order, labelled in the active language', async () => {
    // Every remote of the manifest by its order (a remote generated later comes in too), and among
    // them the four sections of the source portal in this order.
    const byOrder = [...realManifest.remotes].sort((a, b) => a.order - b.order);
    expect(byOrder.map((remote) => remote.id).filter((id) => ['news', 'statistics', 'procedures', 'inspections'].includes(id))).toEqual([
      'news',
      'statistics',
      'procedures',
      'inspections',
    ]);

    await page.goto(`${portal.url}/?lang=vi`);
    await navigation('vi').getByRole('link', { name: 'Tin tức' }).waitFor();
    const linksVi = await navigation('vi').getByRole('link').allInnerTexts();
    expect(linksVi).toEqual(['Trang chủ', ...byOrder.map((remote) => remote.nav.vi)]);
    expect(linksVi.filter((label) => ['Tin tức', 'Thống kê', 'Thủ tục hành chính', 'Thanh tra'].includes(label))).toEqual(['Tin tức', 'Thống kê', 'Thủ tục hành chính', 'Thanh tra']);
    expect(await navigation('vi').getByRole('link', { name: 'Thủ tục hành chính' }).getAttribute('href')).toBe('/thu-tuc?lang=vi');

    await page.getByRole('link', { name: 'English' }).click();
    await navigation('en').getByRole('link', { name: 'News' }).waitFor();
    const linksEn = await navigation('en').getByRole('link').allInnerTexts();
    expect(linksEn).toEqual(['Home', ...byOrder.map((remote) => remote.nav.en)]);
    expect(linksEn.filter((label) => ['News', 'Statistics', 'Administrative procedures', 'Inspections'].includes(label))).toEqual([
      'News',
      'Statistics',
      'Administrative procedures',
      'Inspections',
    ]);
    expect(await navigation('en').getByRole('link', { name: 'Inspections' }).getAttribute('href')).toBe('/thanh-tra?lang=en');
  });

  it('loads React exactly once with two remotes opened one after the other', async () => {
    await page.goto(`${portal.url}/tin-tuc?lang=vi`);
    await mainHeading('Tin tức').waitFor({ timeout: MOUNT_TIMEOUT_MS });
    await navigation('vi').getByRole('link', { name: 'Thủ tục hành chính' }).click();
    await mainHeading('Thủ tục hành chính').waitFor({ timeout: MOUNT_TIMEOUT_MS });

    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(fetched).toEqual(expect.arrayContaining(['/remotes/news/remoteEntry.js', '/remotes/procedures/remoteEntry.js']));
    const copies = await reactCopies(page);
    expect(copies.reactModules).toBe(1);
    expect(copies.renderers).toEqual(['19.3.1']);
  });

  it('mounts a remote served from a host of its own while that host is up', async () => {
    await page.goto(`${portal.url}/thong-ke?lang=vi`);
    await mainHeading('Thống kê').waitFor({ timeout: MOUNT_TIMEOUT_MS });
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched).toContain(`${remoteHost.url}/remoteEntry.js`);
  });

  it('shows the translated fallback with a retry button within 3 s once that host is stopped, while another remote still works', async () => {
    await remoteHost.stop();
    await page.goto(`${portal.url}/?lang=vi`);
    await navigation('vi').getByRole('link', { name: 'Thống kê' }).waitFor();

    const clickedAt = Date.now();
    await navigation('vi').getByRole('link', { name: 'Thống kê' }).click();
    await page.getByRole('button', { name: 'Thử lại' }).waitFor({ timeout: FALLBACK_WITHIN_MS });
    expect(Date.now() - clickedAt).toBeLessThan(FALLBACK_WITHIN_MS);
    expect(await page.getByRole('alert').innerText()).toContain('Không tải được mục Thống kê.');
    expect(await page.getByRole('banner').isVisible()).toBe(true);

    // Another remote, served by the gateway, still mounts from the same page.
    await navigation('vi').getByRole('link', { name: 'Thanh tra' }).click();
    await mainHeading('Thanh tra').waitFor({ timeout: MOUNT_TIMEOUT_MS });

    // The fallback speaks the reader's language. Opened as a new page, it comes within 3 s of the
    // page's first paint: the time the reader looks at the page before it says the part is down.
    await page.goto(`${portal.url}/thong-ke?lang=en`);
    await page.getByRole('button', { name: 'Try again' }).waitFor({ timeout: FALLBACK_WITHIN_MS * 2 });
    const sinceFirstPaint = await page.evaluate(() => performance.now() - (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0));
    expect(sinceFirstPaint).toBeLessThan(FALLBACK_WITHIN_MS);
    expect(await page.getByRole('alert').innerText()).toContain('The Statistics section could not be loaded.');
  });
});
