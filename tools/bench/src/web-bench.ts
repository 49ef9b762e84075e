/**
 * `npm run bench:web`: builds every app for production with the Nx cache skipped (cold) and,
 * once the cache holds this workspace's builds, from it (cached), and prints both times. Then
 * starts the portal as `npm start` runs it (the built gateway serving the built shell and remotes)
 * and measures it twice:
 * - First visits in Chromium of the home route and each route of apps/shell/remotes.json, three
 *   each with a fresh profile, under a 4x CPU slowdown and a 150 ms / 1.6 Mbit/s network: per
 *   route the JavaScript transferred (gzip) and which part shipped it, the requests, the copies of
 *   React and the LCP. Baseline: a page of the portal's libraries alone (web-baseline.ts).
 * - Lighthouse (mobile preset) on every public page (the home page, each remote's route base and
 *   the public pages its manifest entry declares) and one article: the four scores, FCP, LCP, TBT
 *   and CLS. Baseline: the same page saved as static HTML without its scripts (web-static-copy.ts),
 *   audited in the same run, which is what the page would score if its JavaScript cost nothing.
 *
 * Not a test: a missed target is printed as "FAIL" and the exit code stays 0. Only a broken
 * build or a portal that does not start stops it with an error.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startNode, waitUntilAnswering, WORKSPACE_ROOT } from './child-servers';
import { BASELINE_BUILDS, startBaselinePages } from './web-baseline';
import { appsWithBuild, timeBuild, type BuildTiming } from './web-builds';
import { lighthouseAudit, LIGHTHOUSE_VERSION, type LighthouseAudit } from './web-lighthouse';
import { startStaticCopies } from './web-static-copy';
import { CHROMIUM_PATH, firstVisit, THROTTLING, type Visit } from './web-visit';

const TARGETS = { jsGzipKb: 230, reactCopies: 1, lcpMs: 2500 } as const;
/** Issue #12's targets for every public page, in Lighthouse's mobile preset. */
const LIGHTHOUSE_TARGETS = { performance: 90, accessibility: 100, lcpMs: 1500, lcpOfStatic: 1.5, tbtMs: 300, cls: 0.02 } as const;

/** Each route is visited this many times, each a first visit of its own; the median visit is reported (one visit's LCP varies by ±100 ms). */
const VISITS_PER_ROUTE = 3;

/** The median visit of a route (by LCP), with the LCPs of every visit and the problems any of them saw. */
interface RouteVisit extends Visit {
  lcpRuns: number[];
}

async function medianVisit(route: string, url: string): Promise<RouteVisit> {
  const visits: Visit[] = [];
  for (let run = 0; run < VISITS_PER_ROUTE; run += 1) visits.push(await firstVisit(route, url));
  const byLcp = [...visits].sort((a, b) => (a.lcpMs ?? Number.POSITIVE_INFINITY) - (b.lcpMs ?? Number.POSITIVE_INFINITY));
  const median = byLcp[Math.floor(byLcp.length / 2)] ?? visits[0];
  if (!median) throw new Error(`no visit of ${route}`);
  return {
    ...median,
    lcpRuns: visits.flatMap((visit) => (visit.lcpMs === null ? [] : [visit.lcpMs])),
    problems: [...new Set(visits.flatMap((visit) => visit.problems))],
  };
}

/** The manifest the gateway serves at `/remotes.json` unless REMOTES_MANIFEST says otherwise. */
const MANIFEST = join(WORKSPACE_ROOT, 'apps/shell/remotes.json');

interface ManifestRemote {
  id: string;
  routeBase: string;
  order?: number;
  pages?: { public?: string[] };
}

function manifestRemotes(): ManifestRemote[] {
  const { remotes } = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { remotes: ManifestRemote[] };
  return [...remotes].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** The home route, then each remote's route in the navigation's order. */
function routesToVisit(): string[] {
  return ['/', ...manifestRemotes().map((remote) => remote.routeBase)];
}

/** Every public page: the home route, then each remote's route base followed by the public pages it declares. */
function publicPages(): string[] {
  return ['/', ...manifestRemotes().flatMap((remote) => [remote.routeBase, ...(remote.pages?.public ?? []).map((page) => `${remote.routeBase}${page}`)])];
}

/** One article, as the site map lists it: the first address in the file of the newest year. */
async function oneArticle(portal: string): Promise<string> {
  const index = await (await fetch(`${portal}/sitemap.xml`)).text();
  const years = [...index.matchAll(/<loc>([^<]*\/sitemaps\/tin-tuc-\d{4}\.xml)<\/loc>/g)].flatMap((match) => (match[1] ? [match[1]] : [])).sort();
  const newestYear = years.at(-1);
  if (!newestYear) throw new Error('the site map lists no year of news');
  const articles = await (await fetch(`${portal}${new URL(newestYear).pathname}`)).text();
  const first = /<url>\s*<loc>([^<]+)<\/loc>/.exec(articles)?.[1];
  if (!first) throw new Error(`${newestYear} lists no article`);
  return new URL(first).pathname;
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const verdict = (passed: boolean) => (passed ? 'pass' : 'FAIL');

function visitRow(visit: RouteVisit): string[] {
  const jsKb = visit.jsGzipBytes / 1000;
  const oneReact = visit.reactModules === TARGETS.reactCopies && visit.renderers.length === TARGETS.reactCopies;
  const reactCell = visit.reactModules === visit.renderers.length ? String(visit.reactModules) : `${visit.reactModules} (react-dom ${visit.renderers.length})`;
  return [
    visit.route,
    `${jsKb.toFixed(1)} ${verdict(jsKb <= TARGETS.jsGzipKb)}`,
    `${kB(visit.jsWireBytes)} / ${kB(visit.jsBytes)} / ${visit.jsFiles}`,
    String(visit.requests),
    `${reactCell} ${verdict(oneReact)}`,
    visit.lcpMs === null ? 'none FAIL' : `${visit.lcpMs} ${verdict(visit.lcpMs <= TARGETS.lcpMs)} (${Math.min(...visit.lcpRuns)}–${Math.max(...visit.lcpRuns)})`,
  ];
}

/** A Markdown table, numbers right-aligned, so it can be pasted into a note as it is. */
function table(header: string[], rows: string[][], numericFrom = 1): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column >= numericFrom ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column >= numericFrom ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  return [format(header), rule, ...rows.map(format)].join('\n');
}

const score = (value: number | null, target?: number) => (value === null ? 'n/a' : target === undefined ? String(value) : `${value} ${verdict(value >= target)}`);
const ms = (value: number | null) => (value === null ? 'n/a' : String(Math.round(value)));

function lighthouseRow(page: string, audit: LighthouseAudit, limit: LighthouseAudit): string[] {
  const lcp = audit.lcpMs;
  const lcpPasses = lcp !== null && lcp <= LIGHTHOUSE_TARGETS.lcpMs && limit.lcpMs !== null && lcp <= limit.lcpMs * LIGHTHOUSE_TARGETS.lcpOfStatic;
  return [
    page,
    `${score(audit.scores.performance, LIGHTHOUSE_TARGETS.performance)} / ${score(limit.scores.performance)}`,
    `${score(audit.scores.accessibility, LIGHTHOUSE_TARGETS.accessibility)} / ${score(limit.scores.accessibility)}`,
    `${score(audit.scores['best-practices'])} / ${score(limit.scores['best-practices'])}`,
    `${score(audit.scores.seo)} / ${score(limit.scores.seo)}`,
    `${ms(audit.fcpMs)} / ${ms(limit.fcpMs)}`,
    `${ms(lcp)} ${verdict(lcpPasses)} / ${ms(limit.lcpMs)}`,
    `${ms(audit.tbtMs)} ${verdict(audit.tbtMs !== null && audit.tbtMs <= LIGHTHOUSE_TARGETS.tbtMs)} / ${ms(limit.tbtMs)}`,
    `${audit.cls === null ? 'n/a' : audit.cls.toFixed(3)} ${verdict(audit.cls !== null && audit.cls <= LIGHTHOUSE_TARGETS.cls)} / ${limit.cls?.toFixed(3) ?? 'n/a'}`,
  ];
}

/** Lighthouse on every public page and one article, each beside its static copy without scripts. */
async function auditPublicPages(portal: string): Promise<void> {
  const pages = [...publicPages(), await oneArticle(portal)];
  console.log(`\nLighthouse ${LIGHTHOUSE_VERSION} (mobile preset) on ${pages.length} pages, each beside its static copy without scripts…`);
  const copies = await startStaticCopies(portal, pages);
  const rows: string[][] = [];
  try {
    for (const page of pages) {
      const audit = await lighthouseAudit(`${portal}${page}`);
      const limit = await lighthouseAudit(copies.url(page));
      rows.push(lighthouseRow(page, audit, limit));
      console.log(`  audited ${page}: performance ${score(audit.scores.performance)}, static copy ${score(limit.scores.performance)}`);
      if (audit.accessibilityFailures.length > 0) console.log(`    accessibility audits failed: ${audit.accessibilityFailures.join(', ')}`);
      for (const warning of [...audit.warnings, ...limit.warnings]) console.log(`    ! ${warning}`);
    }
  } finally {
    await copies.close();
  }
  const header = [
    'page',
    `performance (≥ ${LIGHTHOUSE_TARGETS.performance})`,
    `accessibility (= ${LIGHTHOUSE_TARGETS.accessibility})`,
    'best practices',
    'SEO',
    'FCP ms',
    `LCP ms (≤ ${LIGHTHOUSE_TARGETS.lcpMs}, ≤ ${LIGHTHOUSE_TARGETS.lcpOfStatic}× static)`,
    `TBT ms (≤ ${LIGHTHOUSE_TARGETS.tbtMs})`,
    `CLS (≤ ${LIGHTHOUSE_TARGETS.cls})`,
  ];
  console.log(`\n${table(header, rows)}\n`);
  console.log('Each cell: the page as the portal serves it / the same page saved as static HTML without its scripts (the limit), audited in the same run.');
  console.log('Lighthouse simulates the mobile preset (Moto G screen, 4x CPU, 150 ms RTT, 1.6 Mbit/s) from one load in Debian\'s Chromium; scores vary by a few points from run to run.');
}

const describeBuild = (timing: BuildTiming) => `${timing.seconds.toFixed(1)} s (${timing.fromCache}/${timing.tasks} from the Nx cache)`;

const apps = await appsWithBuild();
console.log(`Building ${apps.join(', ')} for production…`);
const cold = await timeBuild(apps, true);
console.log(`  cold build (NX_SKIP_NX_CACHE=true): ${describeBuild(cold)}`);
// A build that skips the cache does not fill it either: fill it (untimed) for the cached figure.
await timeBuild(apps, false);
const cached = await timeBuild(apps, false);
console.log(`  cached build:                        ${describeBuild(cached)}`);

const dataDir = mkdtempSync(join(tmpdir(), 'egov-bench-web-'));
const port = await freePort();
const gateway = startNode(['--enable-source-maps', 'dist/apps/gateway/main.js'], {
  NODE_ENV: 'production',
  SESSION_SECRET: randomBytes(48).toString('base64'),
  // A fresh embedded database seeded with the first data set, and the in-process cache: nothing shared with another run.
  DATABASE_URL: '',
  REDIS_URL: '',
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});

try {
  const portal = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${portal}/readyz`, gateway);
  const routes = routesToVisit();
  console.log(
    `\nPortal at ${portal}; Chromium ${CHROMIUM_PATH}, ${VISITS_PER_ROUTE} first visits per route, each with a fresh profile (locale vi-VN), CPU ${THROTTLING.cpuRate}x slower, ` +
      `${THROTTLING.latencyMs} ms latency, ${(THROTTLING.downloadBytesPerSecond * 8) / 1e6} Mbit/s down, ${(THROTTLING.uploadBytesPerSecond * 8) / 1e3} kbit/s up.`,
  );

  const visits: RouteVisit[] = [];
  for (const route of routes) {
    const visit = await medianVisit(route, `${portal}${route}`);
    visits.push(visit);
    console.log(`  visited ${route}: shows "${visit.heading ?? '(no heading)'}"; LCP element ${visit.lcpElement ?? 'none'}`);
    console.log(`    JS (gzip) by part: ${Object.entries(visit.jsGzipByPart).map(([part, bytes]) => `${part} ${kB(bytes)} kB`).join(', ')}`);
    console.log(`    largest JS (gzip): ${visit.largestJs.map((file) => `${file.path} ${kB(file.gzipBytes)} kB`).join(', ')}`);
    for (const problem of visit.problems) console.log(`    ! ${problem}`);
  }

  console.log('\nBuilding and visiting the baseline pages (the libraries alone)…');
  const baseline = await startBaselinePages();
  try {
    for (const build of BASELINE_BUILDS) {
      const visit = await medianVisit(`baseline (${build})`, baseline.url(build));
      visits.push(visit);
      for (const problem of visit.problems) console.log(`    ! ${problem}`);
    }
  } finally {
    await baseline.close();
  }

  const header = [
    'route',
    `JS kB gzip (≤ ${TARGETS.jsGzipKb})`,
    'JS kB sent / raw / files',
    'requests',
    `React copies (= ${TARGETS.reactCopies})`,
    `LCP ms (≤ ${TARGETS.lcpMs}; min–max)`,
  ];
  const encodings = [...new Set(visits.flatMap((visit) => visit.wireEncodings))].join(', ');
  const gzipNote = `gzip: each file compressed here with zlib at level 9 (the budget's measure); sent: the bytes the server sent (${encodings})`;
  console.log(`\n${table(header, visits.map(visitRow))}\n`);
  console.log(`JS: every JavaScript response of the first visit; ${gzipNote}.`);
  console.log(
    'baseline: a page that renders one paragraph with React, an Apollo Client, rxjs and a federation runtime, nothing of the portal; ' +
      '(shared) built as the shell is, its singletons provided whole; (tree-shaken) without federation sharing, only what it uses: the floor of this stack.',
  );
  console.log(`LCP: the median of ${VISITS_PER_ROUTE} first visits (the row's other figures are that visit's), with the lowest and highest.`);
  console.log('requests: every request of the visit (document, scripts, styles, /remotes.json, /graphql, …) until the network was quiet for 1 s.');
  console.log('React copies: copies of `react` in the JavaScript fetched (react-dom renderers registered, when they differ).');
  console.log(`Builds: cold ${describeBuild(cold)}, cached ${describeBuild(cached)}.`);

  await auditPublicPages(portal);
} finally {
  await gateway.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
