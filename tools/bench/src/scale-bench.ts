/**
 * `npm run bench:scale`: how the portal's reads hold up when the department's records grow from
 * the first data set to a decade's worth. For each backend it loads the first data set into a
 * database of its own, starts the production gateway on it (response cache off: every answer
 * comes from the database), times every public and staff query the portal sends and the open-data
 * downloads, grows the data with SQL, and times them all again on a new gateway start. Prints one
 * table per backend with both sets side by side. Not a test: nothing is asserted.
 *
 * Options: `--backend pglite|postgres` (both by default), `--scale <factor>` of the full grown set
 * (1: 100,000 articles, 200,000 dossiers...; PGlite grows a tenth of it), `--only <substring>` of
 * the case names (repeat it for several), `--requests <n>` timed per case (default 20). PostgreSQL:
 * DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; the benchmark creates a database
 * there and drops it, unless `--keep` (it prints the grown database's URL, for EXPLAIN and for
 * `--database`). `--database <url>` times the cases once on a database `--keep` left (the gateway
 * applies any new migration first): before/after a change on the same grown data, without growing it again.
 * `--profile <folder>` has each gateway start write its V8 CPU profile there (open it in Chrome's
 * DevTools): where a case's time goes when the database is not what holds it.
 */
import { roles } from '@egov/graphql';
import { portalOperations } from '@egov/client-operations/all';
import { openDatabase } from '@egov/db';
import { openPortalDatabase } from '@egov/portal-data';
import { createUsersRepository } from '@egov/users-server';
import { print } from 'graphql';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { freePort, startNode, waitUntilAnswering, WORKSPACE_ROOT, type StartedServer } from './child-servers';
import { pgliteBenchDatabase, postgresBenchDatabase, type Backend, type BenchDatabase } from './scale/bench-databases';
import { COMMON_WORDS_QUERY, growDataSet, scaledGrowth, type GrowthCounts } from './scale/grow-data-set';
import { latencyOf, memoryOf, probeUnderLoad, repeat, timedFetch, watchMemory, type Timing } from './scale/measure';
import { markdownTable, phaseTable, type Outcome, type PhaseResult } from './scale/report';
import { readFixtures, scaleCases, type Call, type Fixtures, type ScaleCase } from './scale/scale-cases';

const { values: options } = parseArgs({
  options: {
    backend: { type: 'string' },
    scale: { type: 'string', default: '1' },
    only: { type: 'string', multiple: true },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
    requests: { type: 'string', default: '20' },
    profile: { type: 'string' },
  },
});
const scale = Number(options.scale);
const requests = Number(options.requests);
if (!(scale > 0 && scale <= 1)) throw new Error(`--scale takes a factor in (0, 1], not "${options.scale}".`);
if (!(Number.isInteger(requests) && requests > 0)) throw new Error(`--requests takes a whole number, not "${options.requests}".`);
if (options.backend && options.backend !== 'pglite' && options.backend !== 'postgres') throw new Error('--backend takes pglite or postgres.');
const backends: Backend[] = options.backend ? [options.backend as Backend] : ['pglite', 'postgres'];
const only = options.only ?? [];
const cases = scaleCases.filter((c) => !only.length || only.some((part) => c.name.includes(part)));
if (!cases.length) throw new Error(`No case name contains ${only.map((part) => `"${part}"`).join(' or ')}.`);
if (options.database && options.backend === 'pglite') throw new Error('--database takes a PostgreSQL URL: it is for --backend postgres.');
const serverUrl = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';

const STAFF = { email: 'bench-staff@bench.langson.gov.vn', password: 'Đồi núi Lạng Sơn 2020' };
/** The rows a download row measures: its time to first byte and its whole transfer. */
const downloadRows = (name: string) => [`${name} (first byte)`, `${name} (total)`];
const rowNames = cases.flatMap((c) => (c.kind === 'download' ? downloadRows(c.name) : [c.name]));

function buildGateway(): void {
  console.log('building the gateway for production (nx run gateway:build)...');
  const built = spawnSync(`${WORKSPACE_ROOT}node_modules/.bin/nx`, ['run', 'gateway:build', '--outputStyle=static'], { cwd: WORKSPACE_ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`The gateway build failed:\n${built.stdout}${built.stderr}`);
}

/** The first data set, its migrations and one staff account holding every role. */
async function loadFirstDataSet(database: BenchDatabase): Promise<Fixtures> {
  const portal = await openPortalDatabase(database.settings);
  try {
    await createUsersRepository(portal.db).create({ email: STAFF.email, displayName: 'Bench staff', password: STAFF.password, roles: [...roles] }, { actor: 'bench' });
    return await readFixtures(portal.db);
  } finally {
    await portal.db.close();
  }
}

async function grow(database: BenchDatabase, counts: GrowthCounts): Promise<Fixtures> {
  const db = await openDatabase(database.settings);
  try {
    const started = performance.now();
    await growDataSet(db, counts);
    console.log(`  grown in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
  } finally {
    await db.close();
  }
  // Opened as the portal opens it: the new articles get their search documents here (folded as the
  // portal folds them), not in the gateway's start, which would outlast its /readyz wait.
  const started = performance.now();
  const portal = await openPortalDatabase(database.settings);
  try {
    console.log(`  search documents written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return await readFixtures(portal.db);
  } finally {
    await portal.db.close();
  }
}

async function startGateway(database: BenchDatabase): Promise<{ url: string; server: StartedServer }> {
  const port = await freePort();
  const profile = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : [];
  // The heap bound of `npm start` and the service unit: the memory measured is what production holds.
  const server = startNode([...profile, '--max-old-space-size=192', '--enable-source-maps', 'dist/apps/gateway/main.js'], {
    NODE_ENV: 'production',
    SESSION_SECRET: randomBytes(48).toString('base64'),
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    RESPONSE_CACHE: 'off',
    SERVER_TIMING: 'on',
    // Readers come from many addresses: each anonymous request names its own (see graphqlClient).
    TRUST_PROXY: '127.0.0.1',
    REDIS_URL: '',
    ...database.gatewayEnv,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(`${url}/readyz`, server);
  return { url, server };
}

/** Signs the staff account in through `sessionCreate`, as an API client does; the answer is its Authorization header. */
async function signIn(url: string): Promise<string> {
  const { body } = await timedFetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { token userErrors { message } } }', variables: { input: STAFF } }),
  });
  const token = (JSON.parse(body) as { data?: { sessionCreate?: { token?: string } } }).data?.sessionCreate?.token;
  if (!token) throw new Error(`The staff sign-in was refused: ${body}`);
  return `Bearer ${token}`;
}

/**
 * The address of the `n`-th reader: per-address limits (the public dossier lookup allows 10 misses
 * in 10 minutes) are for one citizen, not for the many a benchmark stands for.
 */
const readerAddress = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
let readers = 0;

function graphqlClient(url: string, authorization: string) {
  const documents = new Map(Object.entries(portalOperations).map(([name, document]) => [name, print(document)]));
  const send = async (operation: string, variables: Record<string, unknown>, staff = false) => {
    const query = documents.get(operation);
    if (!query) throw new Error(`@egov/client-operations/all has no operation ${operation}.`);
    const timed = await timedFetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(staff ? { authorization } : { 'x-forwarded-for': readerAddress(++readers) }) },
      body: JSON.stringify({ query, variables, operationName: operation }),
    });
    const answer = JSON.parse(timed.body) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
    if (answer.errors?.length) throw new Error(answer.errors.map((error) => error.message).join('; '));
    return { ...timed, data: answer.data ?? {} };
  };
  const call: Call = async (operation, variables, staff) => (await send(operation, variables, staff)).data;
  return { send, call };
}

/** Times every case on one gateway start, with its memory and the health probe under searches. */
async function measurePhase(database: BenchDatabase, fixtures: Fixtures, label: string): Promise<PhaseResult> {
  const { url, server } = await startGateway(database);
  try {
    const pid = server.process.pid ?? 0;
    const { send, call } = graphqlClient(url, await signIn(url));
    const startMb = memoryOf(pid).rssMb;
    // A pass over every case first: a fresh process compiles as it goes, and the first cases timed would pay for it.
    for (const scaleCase of cases) await timeCase(scaleCase, url, fixtures, send, call, 0).catch(() => undefined);
    const outcomes = new Map<string, Outcome>();
    for (const scaleCase of cases) {
      try {
        // A download's memory is watched while it streams: what the file costs the process above what it held before.
        const watch = scaleCase.kind === 'download' ? watchMemory(pid) : null;
        const timings = await timeCase(scaleCase, url, fixtures, send, call).finally(() => watch?.stop());
        if (scaleCase.kind === 'download') {
          const [firstByte, total] = downloadRows(scaleCase.name) as [string, string];
          const statements = timings.map((timing) => timing.statements);
          outcomes.set(firstByte, latencyOf(timings.map((timing) => timing.firstByte), statements));
          outcomes.set(total, { ...latencyOf(timings.map((timing) => timing.total), statements), rssGrowthMb: watch?.stop() ?? 0 });
        } else {
          outcomes.set(scaleCase.name, latencyOf(timings.map((timing) => timing.total), timings.map((timing) => timing.statements)));
        }
      } catch (error) {
        const outcome = { error: error instanceof Error ? error.message : String(error) };
        for (const name of scaleCase.kind === 'download' ? downloadRows(scaleCase.name) : [scaleCase.name]) outcomes.set(name, outcome);
      }
    }
    const search = { query: COMMON_WORDS_QUERY, first: 20, offset: 0 };
    const healthUnderLoad = await probeUnderLoad(`${url}/healthz`, 10, () => call('NewsSearch', search));
    const { peakMb } = memoryOf(pid);
    console.log(`  measured ${label}`);
    return { outcomes, rss: { startMb, peakMb }, healthUnderLoad };
  } finally {
    await server.stop();
  }
}

async function timeCase(
  scaleCase: ScaleCase,
  url: string,
  fixtures: Fixtures,
  send: ReturnType<typeof graphqlClient>['send'],
  call: Call,
  count = requests,
): Promise<Timing[]> {
  if (scaleCase.kind === 'download') return repeat(count, () => timedFetch(`${url}${scaleCase.path}`));
  const variables = await scaleCase.variables(fixtures, call);
  return repeat(count, () => send(scaleCase.operation, variables, scaleCase.staff));
}

async function benchBackend(backend: Backend): Promise<string> {
  // The embedded database is for one small department: it grows a tenth of PostgreSQL's set.
  const counts = scaledGrowth(backend === 'pglite' ? scale / 10 : scale);
  const database = backend === 'pglite' ? pgliteBenchDatabase() : await postgresBenchDatabase(serverUrl);
  console.log(`${backend}: ${database.where}`);
  try {
    const first = await measurePhase(database, await loadFirstDataSet(database), 'the first data set');
    const grown = await measurePhase(database, await grow(database, counts), 'the grown data set');
    const sizes = `${counts.articles} articles, ${counts.dossiers} dossiers, ${counts.inspections} inspections, ${counts.sanctionDecisions} sanction decisions, ${counts.licences} licences, ${counts.awards} awards`;
    return `### ${backend}: first data set vs grown (+${sizes}); ${requests} requests a case, response cache off\n\n${markdownTable(rowNames, first, grown, requests)}`;
  } finally {
    if (options.keep && backend === 'postgres') console.log(`  kept the grown database: ${database.settings.databaseUrl}`);
    else await database.drop();
  }
}

/** `--database`: the cases timed once on a grown database a `--keep` run left; nothing is created or dropped. */
async function benchKeptDatabase(databaseUrl: string): Promise<string> {
  const database = { backend: 'postgres', where: databaseUrl, settings: { databaseUrl }, gatewayEnv: { DATABASE_URL: databaseUrl }, drop: async () => undefined } satisfies BenchDatabase;
  const db = await openDatabase(database.settings);
  const fixtures = await readFixtures(db).finally(() => db.close());
  const phase = await measurePhase(database, fixtures, databaseUrl);
  return `### postgres: ${databaseUrl}; ${requests} requests a case, response cache off\n\n${phaseTable(rowNames, phase, requests)}`;
}

buildGateway();
const tables: string[] = [];
if (options.database) tables.push(await benchKeptDatabase(options.database));
else for (const backend of backends) tables.push(await benchBackend(backend));
console.log(
  `\n${tables.join('\n\n')}\n\ngrowth: grown p50 / first set p50; statements: the most SQL statements one request cost (first set / grown), from the gateway's Server-Timing. The p99 of ${requests} requests is close to their slowest; ` +
    '"(n req.)": a slow case stops after 30 s with at least 3 requests.',
);
