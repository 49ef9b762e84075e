/**
 * `npm run bench:gateway`: autocannon at 50 connections against three public reads (the 2020-H1
 * dashboard, the first news page, a procedure search), each through the gateway's GraphQL (POST,
 * and GET by persisted-query hash) and through a plain JSON route over the same repositories (the
 * baseline). Two honest pairs, measured in the same run:
 * - without cache: a gateway with RESPONSE_CACHE=off against the plain routes answering fresh;
 * - with cache: the gateway's cached answers against a plain route sending a body cached by URL.
 * Prints req/s, p50 and p99 of each and the ratio GraphQL / the baseline of its pair.
 *
 * Each gateway runs as `npm start` runs it (production mode, embedded database with the first data
 * set in a temporary folder; REDIS_URL, when set, puts the cached gateway's cache in Redis), the
 * baseline in another process, and the load generator here: no server shares its event loop with
 * autocannon. Not a test: nothing is asserted. BENCH_SECONDS changes the length of each run (default 10).
 */
import autocannon from 'autocannon';
import { Redis } from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startTsx, waitUntilAnswering } from './child-servers';

const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);

interface Operation {
  name: string;
  query: string;
  baselinePath: string;
}

const operations: Operation[] = [
  {
    name: 'dashboard 2020-H1',
    query:
      '{ statisticsDashboard(period: "2020-H1") { period { code } fields { field { code } indicators { indicator { code nameVi unitVi } observation { value targetValue } } } } }',
    baselinePath: '/baseline/dashboard?period=2020-H1&areaCode=20',
  },
  {
    name: 'news, first page',
    query: '{ newsArticles(first: 20) { totalCount nodes { id slug title summary publishedAt } } }',
    baselinePath: '/baseline/news?first=20',
  },
  {
    name: 'procedure search',
    query: '{ procedureSearch(query: "giay phep", first: 20) { totalCount nodes { code nameVi } } }',
    baselinePath: `/baseline/procedure-search?query=${encodeURIComponent('giay phep')}&first=20`,
  },
];

interface Measure {
  operation: string;
  pair: Pair;
  variant: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

type Pair = 'without cache' | 'with cache';
const BASELINE = 'baseline JSON';

async function measure(operation: string, pair: Pair, variant: string, options: Parameters<typeof autocannon>[0]): Promise<Measure> {
  // One request first: the measure starts warm (documents parsed, cache filled, JIT done).
  const warm = await fetch(options.url, { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.body ? { body: options.body } : {}) });
  if (!warm.ok) throw new Error(`${variant} ${operation}: HTTP ${warm.status} ${await warm.text()}`);
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS });
  return {
    operation,
    pair,
    variant,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function table(rows: Measure[]): string {
  const header = ['operation', 'pair', 'variant', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'failed'];
  const lines = rows.map((row) => {
    const baseline = rows.find((other) => other.operation === row.operation && other.pair === row.pair && other.variant === BASELINE);
    const ratio = baseline && baseline.requestsPerSecond > 0 ? `${(row.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}x` : '';
    return [row.operation, row.pair, row.variant, row.requestsPerSecond.toFixed(0), String(row.p50), String(row.p99), ratio, String(row.failures)];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column >= 3 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |`;
  return [format(header), `|${widths.map((width, column) => (column >= 3 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`, ...lines.map(format)].join('\n');
}

const redisUrl = process.env['REDIS_URL'];
const keyPrefix = `egov:bench:${randomBytes(6).toString('hex')}:`;
const dataDirs: string[] = [];

/** A production gateway on a first data set of its own; `cached: false` runs it with RESPONSE_CACHE=off. */
async function startGateway(cached: boolean) {
  const dataDir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
  dataDirs.push(dataDir);
  const port = await freePort();
  const server = startTsx('apps/gateway/src/main.ts', {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(48).toString('base64'),
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RESPONSE_CACHE: cached ? 'on' : 'off',
    ...(cached && redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix } : { REDIS_URL: '' }),
  });
  return { server, url: `http://127.0.0.1:${port}` };
}

const fresh = await startGateway(false);
const cached = await startGateway(true);
const baselinePort = await freePort();
const baseline = startTsx('tools/bench/src/baseline-server.ts', { PORT: String(baselinePort) });

try {
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  await Promise.all([
    waitUntilAnswering(`${fresh.url}/readyz`, fresh.server),
    waitUntilAnswering(`${cached.url}/readyz`, cached.server),
    waitUntilAnswering(`${baselineUrl}/baseline/news`, baseline),
  ]);
  console.log(
    `gateways: ${fresh.url} (response cache off), ${cached.url} (response cache: ${redisUrl ? 'Redis' : 'memory'}); baseline ${baselineUrl}; ` +
      `${CONNECTIONS} connections, ${SECONDS} s each\n`,
  );

  const rows: Measure[] = [];
  for (const operation of operations) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(operation.query).digest('hex') } };
    for (const [pair, gatewayUrl, baselinePath] of [
      ['without cache', fresh.url, operation.baselinePath],
      ['with cache', cached.url, `/cached${operation.baselinePath}`],
    ] as const) {
      // Registers the document under its hash (what a client's first APQ miss does).
      await fetch(`${gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operation.query, extensions }) });
      rows.push(await measure(operation.name, pair, BASELINE, { url: `${baselineUrl}${baselinePath}` }));
      rows.push(
        await measure(operation.name, pair, 'GraphQL POST', {
          url: `${gatewayUrl}/graphql`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: operation.query }),
        }),
      );
      rows.push(
        await measure(operation.name, pair, 'GraphQL APQ GET', {
          url: `${gatewayUrl}/graphql?${new URLSearchParams({ extensions: JSON.stringify(extensions) })}`,
          headers: { 'apollo-require-preflight': 'true' },
        }),
      );
      console.log(`measured: ${operation.name}, ${pair}`);
    }
  }
  console.log(`\n${table(rows)}\n\nratio: GraphQL req/s / the req/s of the baseline in the same pair (1.00x = as fast as the plain route).`);
} finally {
  await Promise.all([fresh.server.stop(), cached.server.stop(), baseline.stop()]);
  for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
  if (redisUrl) {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}
