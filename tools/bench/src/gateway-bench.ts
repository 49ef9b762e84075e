/**
 * `npm run bench:gateway`: autocannon at 50 connections against three public reads (the 2020-H1
 * dashboard, the first news page, a procedure search), each through the gateway's GraphQL (POST,
 * and GET by persisted-query hash) and through a plain JSON route over the same repositories (the
 * baseline). Prints req/s, p50 and p99 of each and the ratio GraphQL / baseline.
 *
 * The gateway runs as `npm start` runs it (production mode, embedded database with the first data
 * set in a temporary folder; REDIS_URL, when set, puts its cache in Redis), the baseline in
 * another process, and the load generator here: no server shares its event loop with autocannon.
 * Not a test: nothing is asserted. BENCH_SECONDS changes the length of each run (default 10).
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
  variant: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

async function measure(operation: string, variant: string, options: Parameters<typeof autocannon>[0]): Promise<Measure> {
  // One request first: the measure starts warm (documents parsed, cache filled, JIT done).
  const warm = await fetch(options.url, { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.body ? { body: options.body } : {}) });
  if (!warm.ok) throw new Error(`${variant} ${operation}: HTTP ${warm.status} ${await warm.text()}`);
  const result = await autocannon({ ...options, connections: CONNECTIONS, duration: SECONDS });
  return {
    operation,
    variant,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function table(rows: Measure[]): string {
  const header = ['operation', 'variant', 'req/s', 'p50 ms', 'p99 ms', 'ratio', 'failed'];
  const lines = rows.map((row) => {
    const baseline = rows.find((other) => other.operation === row.operation && other.variant === 'baseline JSON');
    const ratio = baseline && baseline.requestsPerSecond > 0 ? `${(row.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}x` : '';
    return [row.operation, row.variant, row.requestsPerSecond.toFixed(0), String(row.p50), String(row.p99), ratio, String(row.failures)];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: string[]) => `| ${cells.map((cell, column) => (column >= 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |`;
  return [format(header), `|${widths.map((width, column) => (column >= 2 ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`, ...lines.map(format)].join('\n');
}

const dataDir = mkdtempSync(join(tmpdir(), 'egov-bench-'));
const redisUrl = process.env['REDIS_URL'];
const keyPrefix = `egov:bench:${randomBytes(6).toString('hex')}:`;
const gatewayPort = await freePort();
const gateway = startTsx('apps/gateway/src/main.ts', {
  NODE_ENV: 'production',
  SESSION_SECRET: randomBytes(48).toString('base64'),
  DATA_DIR: dataDir,
  PORT: String(gatewayPort),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix } : {}),
});
const baselinePort = await freePort();
const baseline = startTsx('tools/bench/src/baseline-server.ts', { PORT: String(baselinePort) });

try {
  const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
  const baselineUrl = `http://127.0.0.1:${baselinePort}`;
  await Promise.all([waitUntilAnswering(`${gatewayUrl}/readyz`, gateway), waitUntilAnswering(`${baselineUrl}/baseline/news`, baseline)]);
  console.log(`gateway ${gatewayUrl} (response cache: ${redisUrl ? 'Redis' : 'memory'}), baseline ${baselineUrl}; ${CONNECTIONS} connections, ${SECONDS} s each\n`);

  const rows: Measure[] = [];
  for (const operation of operations) {
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(operation.query).digest('hex') } };
    // Registers the document under its hash (what a client's first APQ miss does).
    await fetch(`${gatewayUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operation.query, extensions }) });

    rows.push(await measure(operation.name, 'baseline JSON', { url: `${baselineUrl}${operation.baselinePath}` }));
    rows.push(
      await measure(operation.name, 'GraphQL POST', {
        url: `${gatewayUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operation.query }),
      }),
    );
    rows.push(
      await measure(operation.name, 'GraphQL APQ GET', {
        url: `${gatewayUrl}/graphql?${new URLSearchParams({ extensions: JSON.stringify(extensions) })}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
    );
    console.log(`measured: ${operation.name}`);
  }
  console.log(`\n${table(rows)}\n\nratio: GraphQL req/s / baseline req/s (1.00x = as fast as the plain route).`);
} finally {
  await Promise.all([gateway.stop(), baseline.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
  if (redisUrl) {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
}
