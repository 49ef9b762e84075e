import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';

/** Debian's Chromium, as the browser tests use it; `CHROMIUM_PATH` points elsewhere. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/**
 * The flags of the browser tests (apps/portal-e2e/src/support/chromium.ts; an app cannot be
 * imported from a tool): nothing reaches out on its own, so a visit sees only the portal's traffic.
 */
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const VIEWPORT = { width: 1280, height: 800 };
/** A citizen of Lạng Sơn's browser (the portal opens in Vietnamese whatever the browser's language). */
const LOCALE = 'vi-VN';

/** The slow phone of the targets: 4x CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes per second for CDP). */
export const THROTTLING = { cpuRate: 4, latencyMs: 150, downloadBytesPerSecond: 1_600_000 / 8, uploadBytesPerSecond: 750_000 / 8 } as const;

/**
 * Installed before any of the page's scripts:
 * - the last `largest-contentful-paint` entry is the page's LCP (a later, larger paint replaces an earlier one);
 * - a stand-in for the React DevTools hook, where each copy of react-dom that starts registers
 *   its renderer once (the count of apps/portal-e2e/src/shell.spec.ts).
 */
const INIT_SCRIPT = `
  window.__benchLcp = null;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      window.__benchLcp = {
        ms: entry.startTime,
        element: element ? element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + ' "' + (element.textContent || '').trim().slice(0, 40) + '"' : String(entry.url || '?'),
      };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  window.__reactRenderers = [];
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { window.__reactRenderers.push(renderer.version); return window.__reactRenderers.length; },
    onScheduleFiberRoot() {}, onCommitFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, checkDCE() {},
  };
`;

/** Only react's own module defines this export (react-dom and the JSX runtime do not): one occurrence per copy of React shipped. */
const REACT_MARKER = '__COMPILER_RUNTIME';

/** How long the page must stay without network traffic, after `load`, to count as shown. */
const SETTLE_MS = 1_000;
const VISIT_TIMEOUT_MS = 90_000;

/** What one first visit of a route cost. */
export interface Visit {
  route: string;
  /** The JavaScript gzipped (zlib, level 9, per file): the budget's measure, whatever the server chose to send. */
  jsGzipBytes: number;
  /** The JavaScript bytes the server really sent (Brotli or gzip when the browser accepts them). */
  jsWireBytes: number;
  /** The same JavaScript, uncompressed. */
  jsBytes: number;
  jsFiles: number;
  /** The three largest JavaScript files (path, gzip bytes), largest first: where to look when the figure is over. */
  largestJs: { path: string; gzipBytes: number }[];
  /** The JavaScript gzip bytes by the part that shipped them: `shell` (with the shared libraries it provides) or a remote's id. */
  jsGzipByPart: Record<string, number>;
  /** The Content-Encodings the JavaScript came with (`identity` when none). */
  wireEncodings: string[];
  requests: number;
  /** Copies of `react` in the JavaScript the page fetched. */
  reactModules: number;
  /** Versions of react-dom that registered a renderer. */
  renderers: string[];
  lcpMs: number | null;
  lcpElement: string | null;
  /** The page's first heading once settled: shows that the route really rendered (and not a fallback). */
  heading: string | null;
  /** HTTP errors and page errors seen during the visit: figures of a broken page mean little. */
  problems: string[];
}

/** True once React owns the page's `#root` (hydrated or rendered in the browser); a page without one has nothing to wait for. */
const TAKEN_OVER = () => {
  // Runs in the page; this package is typed for Node, without the DOM's types.
  const root = (globalThis as unknown as { document: { getElementById(id: string): object | null } }).document.getElementById('root');
  return !root || Object.keys(root).some((key) => key.startsWith('__reactContainer'));
};

/** A remote's files are served below `/remotes/<id>/`; everything else is the shell's. */
const partOf = (path: string) => /^\/remotes\/([^/]+)\//.exec(path)?.[1] ?? 'shell';

const isJavaScript = (response: Response) =>
  response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url()) || /javascript/.test(response.headers()['content-type'] ?? '');

/**
 * Opens `url` in Chromium with a profile of its own (a first visit: empty cache, no cookies),
 * under {@link THROTTLING}, waits until the page is loaded, taken over by its script, and the
 * network has been quiet for a second, and measures what it took.
 */
export async function firstVisit(route: string, url: string): Promise<Visit> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'bench-web-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true, viewport: VIEWPORT, locale: LOCALE });
  try {
    await context.addInitScript(INIT_SCRIPT);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: THROTTLING.downloadBytesPerSecond,
      uploadThroughput: THROTTLING.uploadBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuRate });

    let requests = 0;
    const problems: string[] = [];
    const scripts: Promise<{ path: string; raw: number; gzip: number; wire: number; encoding: string; reactModules: number }>[] = [];
    context.on('request', () => (requests += 1));
    context.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    context.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      if (!isJavaScript(response) || response.status() !== 200) return;
      scripts.push(
        (async () => {
          const body = await response.body();
          const encoding = response.headers()['content-encoding'] || 'identity';
          const wire = encoding === 'identity' ? body.length : (await response.request().sizes()).responseBodySize;
          const gzip = gzipSync(body, { level: 9 }).length;
          return { path: new URL(response.url()).pathname, raw: body.length, gzip, wire, encoding, reactModules: body.toString('utf8').split(REACT_MARKER).length - 1 };
        })().catch((error: unknown) => {
          problems.push(`not measured: ${response.url()} (${(error as Error).message})`);
          return { path: new URL(response.url()).pathname, raw: 0, gzip: 0, wire: 0, encoding: 'identity', reactModules: 0 };
        }),
      );
    });

    await page.goto(url, { waitUntil: 'load', timeout: VISIT_TIMEOUT_MS });
    // The shell's script starts once the page is painted, after `load`, and on a throttled phone
    // the network can look quiet before it has arrived: the visit ends once React owns the page.
    await page.waitForFunction(TAKEN_OVER, undefined, { timeout: VISIT_TIMEOUT_MS });
    await page.waitForLoadState('networkidle', { timeout: VISIT_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);

    const lcp = await page.evaluate<{ ms: number; element: string } | null>('window.__benchLcp');
    const renderers = await page.evaluate<string[]>('window.__reactRenderers');
    const heading = await page.evaluate<string | null>("document.querySelector('main h1, h1')?.textContent?.trim() ?? null");
    const measured = await Promise.all(scripts);
    return {
      route,
      jsGzipBytes: measured.reduce((sum, script) => sum + script.gzip, 0),
      jsWireBytes: measured.reduce((sum, script) => sum + script.wire, 0),
      jsBytes: measured.reduce((sum, script) => sum + script.raw, 0),
      jsFiles: measured.length,
      largestJs: [...measured]
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 3)
        .map((script) => ({ path: script.path, gzipBytes: script.gzip })),
      jsGzipByPart: measured.reduce<Record<string, number>>((parts, script) => {
        const part = partOf(script.path);
        parts[part] = (parts[part] ?? 0) + script.gzip;
        return parts;
      }, {}),
      wireEncodings: [...new Set(measured.map((script) => script.encoding))].sort(),
      requests,
      reactModules: measured.reduce((sum, script) => sum + script.reactModules, 0),
      renderers,
      lcpMs: lcp ? Math.round(lcp.ms) : null,
      lcpElement: lcp?.element ?? null,
      heading,
      problems,
    };
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
