import { NEWS_ARTICLES_QUERY } from '@egov/client-operations/news';
import { openDatabase } from '@egov/db';
import { createUsersRepository } from '@egov/users-server';
import { print } from 'graphql';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startGatewayProcess, type GatewayProcess } from '../cache/replica-processes';
import { createReplicaStores, type ReplicaStores } from '../cache/replica-stores';
import { TEST_PASSWORD } from '../test-users';
import { exchange, persistedRead, runLoad, type Outcome, type PhaseCounts } from './load-clients';
import { startNginx, type NginxProcess } from './nginx-process';

const databaseUrl = process.env['TEST_DATABASE_URL'];
const redisUrl = process.env['TEST_REDIS_URL'];
const missing = !databaseUrl || !redisUrl;
if (missing) {
  console.warn(
    'SKIPPED: the scale-out test (nginx in front of two gateways) needs TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL (Redis), ' +
      'e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379',
  );
}

const EDITOR = 'scale-out-editor@test.langson.gov.vn';
/** Concurrent clients: a bounded load, each one request at a time. */
const CLIENTS = 4;
/** SHUTDOWN_DEADLINE_MS of the replicas. */
const DEADLINE_MS = 5_000;
/** A page of the news list, as the portal's news remote asks for it. */
const NEWS_PAGE = print(NEWS_ARTICLES_QUERY);
const NEWS_PAGE_VARIABLES = { first: 10, offset: 0 };
/** Operations of one client between two new query texts: reads keep registering persisted queries (over GET) all along. */
const OPERATIONS_PER_QUERY_TEXT = 6;
const CREATE_DRAFT = 'mutation Draft($input: NewsArticleCreateInput!) { newsArticleCreate(input: $input) { newsArticle { id title } userErrors { code message } } }';

type Body = { data?: Record<string, { totalCount?: number; newsArticle?: { id: string } | null; userErrors?: unknown[] } | null> | null; errors?: unknown[] };
const parse = (text: string): Body | null => {
  try {
    return JSON.parse(text) as Body;
  } catch {
    return null;
  }
};

describe.skipIf(missing)('nginx in front of two gateway replicas on PostgreSQL and Redis, under read and write load', () => {
  const suffix = randomBytes(6).toString('hex');
  let stores: ReplicaStores | undefined;
  let replicaEnv: Record<string, string>;
  let replicaDatabaseUrl: string;
  const replicas: GatewayProcess[] = [];
  let nginx: NginxProcess | undefined;
  let editor: Record<string, string>;
  /** Titles of the drafts whose creation was acknowledged (200 with the new article). */
  const acknowledged: string[] = [];

  beforeAll(async () => {
    stores = await createReplicaStores({
      name: 'scale',
      serverUrl: databaseUrl!,
      redisUrl: redisUrl!,
      prepare: async (db) => void (await createUsersRepository(db).create({ email: EDITOR, displayName: 'Biên tập viên thử tải', password: TEST_PASSWORD, roles: ['editor'] }, { actor: 'test' })),
    });
    replicaDatabaseUrl = stores.databaseUrl;
    replicaEnv = {
      DATABASE_URL: replicaDatabaseUrl,
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: stores.keyPrefix,
      SESSION_SECRET: randomBytes(32).toString('base64'),
      TRUST_PROXY: '127.0.0.1',
      SHUTDOWN_DEADLINE_MS: String(DEADLINE_MS),
      LOG_LEVEL: 'warn',
    };
    replicas.push(...(await Promise.all([startGatewayProcess(replicaEnv), startGatewayProcess(replicaEnv)])));
    nginx = await startNginx({ port: await freePort(), replicaPorts: replicas.map((replica) => replica.port) });

    // The editor signs in once; the token is read by either replica (one SESSION_SECRET).
    const signIn = await exchange(`${nginx.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }', variables: { input: { email: EDITOR, password: TEST_PASSWORD } } }),
    });
    const token = (parse(signIn.body)?.data?.['sessionCreate'] as { token?: string } | undefined)?.token;
    if (!token) throw new Error(`sign-in refused: ${signIn.body}`);
    editor = { authorization: `Bearer ${token}` };
  }, 120_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(replicas.map((replica) => replica.stop()));
    await stores?.dispose();
  }, 60_000);

  /** Persisted queries the reads registered (their text sent again after PERSISTED_QUERY_NOT_FOUND). */
  let registrations = 0;

  /**
   * Client `client`'s n-th operation: two reads of the news page as the portal's client asks for it
   * (GET by hash, registering the text over GET when the gateway does not know it), the news feed,
   * then a draft (a POSTed mutation). Every few operations a client's query text changes (a comment),
   * so registrations go on throughout, the crash included.
   */
  const operation =
    (phase: string) =>
    async (client: number, n: number): Promise<Outcome> => {
      const base = nginx!.url;
      const kind = (['get-query', 'get-feed', 'get-query', 'write'] as const)[n % 4]!;
      try {
        if (kind === 'get-query') {
          const text = `${NEWS_PAGE}\n# ${phase} client ${client} text ${Math.floor(n / OPERATIONS_PER_QUERY_TEXT)} ${suffix}`;
          const { answer, registered } = await persistedRead(`${base}/graphql`, 'NewsArticles', text, NEWS_PAGE_VARIABLES);
          if (registered) registrations += 1;
          const ok = answer.status === 200 && typeof parse(answer.body)?.data?.['newsArticles']?.totalCount === 'number';
          return { kind, ok, status: answer.status, ...(ok ? {} : { detail: answer.body.slice(0, 300) }) };
        }
        if (kind === 'get-feed') {
          const answer = await exchange(`${base}/feeds/news.atom`);
          const ok = answer.status === 200 && answer.body.includes('</feed>');
          return { kind, ok, status: answer.status, ...(ok ? {} : { detail: answer.body.slice(0, 300) }) };
        }
        const title = `Tin thử tải ${phase} ${client}-${n} ${suffix}`;
        const answer = await exchange(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...editor },
          body: JSON.stringify({
            query: CREATE_DRAFT,
            variables: { input: { title, bodyHtml: '<p>Nội dung thử tải.</p>', authorName: 'Văn phòng Sở', authorUnitCode: 'so-tttt', topics: ['thử tải'] } },
          }),
        });
        const payload = parse(answer.body)?.data?.['newsArticleCreate'];
        const ok = answer.status === 200 && Boolean(payload?.newsArticle?.id) && payload?.userErrors?.length === 0;
        if (ok) acknowledged.push(title);
        return { kind, ok, status: answer.status, ...(ok ? {} : { detail: answer.body.slice(0, 300) }) };
      } catch (error) {
        return { kind, ok: false, status: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
    };

  const report = (phase: string, counts: PhaseCounts) =>
    console.info(
      `${phase}: made ${JSON.stringify(counts.made)}, failed ${JSON.stringify(counts.failed)}, ${registrations} persisted queries registered so far` +
        (counts.failures.length ? `: ${JSON.stringify(counts.failures.slice(0, 5))}` : ''),
    );

  it('a replica killed (kill -9) fails no read; a rolling restart, each replica drained with a deadline, fails no request and loses no acknowledged write', async () => {
    const started = Date.now();
    // 1. Crash: one replica is killed while the load runs; nginx retries the reads in flight (all GETs) on the other.
    const crash = runLoad(CLIENTS, operation('crash'));
    await crash.waitForMore(20);
    const [victim, survivor] = replicas as [GatewayProcess, GatewayProcess];
    victim.kill('SIGKILL');
    expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await crash.waitForMore(40);
    const crashed = await crash.stop();
    report('kill -9 of one replica', crashed);
    // What nginx saw of the victim (reported, not asserted: how many requests the kill catches in flight is chance).
    const victimLines = (await nginx!.log()).split('\n').filter((line) => line.includes(`127.0.0.1:${victim.port}`));
    const inFlight = victimLines.filter((line) => /prematurely closed|reset by peer/.test(line));
    console.info(
      `nginx on the victim: ${inFlight.filter((line) => line.includes('"GET ')).length} GETs and ${inFlight.filter((line) => line.includes('"POST ')).length} POSTs ` +
        `cut in flight, ${victimLines.filter((line) => /Connection refused/.test(line)).length} connections refused after`,
    );
    expect(crashed.made['get-query']).toBeGreaterThan(0);
    expect(crashed.failed['get-query'] + crashed.failed['get-feed'], JSON.stringify(crashed.failures)).toBe(0);
    // A write that the dead replica had received is not retried (nginx cannot know it did not run):
    // it fails plainly unacknowledged, a 502 or a broken connection, never hangs and never runs twice.
    for (const failure of crashed.failures) {
      expect(failure.kind, JSON.stringify(failure)).toBe('write');
      expect(failure.status === 502 || typeof failure.status === 'string', JSON.stringify(failure)).toBe(true);
    }
    expect(survivor.output()).not.toMatch(/"level":50/);
    replicas[0] = await startGatewayProcess(replicaEnv, 60_000, victim.port);

    // 2. Rolling restart under load: each replica in turn is taken out of nginx, drained by SIGTERM
    // within its deadline, started again on its port, and put back once /readyz says it is ready.
    const rolling = runLoad(CLIENTS, operation('rolling'));
    await rolling.waitForMore(10);
    for (const [index, replica] of replicas.entries()) {
      await nginx!.setDown(replica.port, true);
      const stopAsked = Date.now();
      replica.kill('SIGTERM');
      expect(await replica.exited, replica.output()).toEqual({ code: 0, signal: null });
      // Drained within its deadline (or closed at it): a stop never hangs.
      expect(Date.now() - stopAsked).toBeLessThan(DEADLINE_MS + 10_000);
      const during = rolling.completed();
      replicas[index] = await startGatewayProcess(replicaEnv, 60_000, replica.port);
      // The other replica answered alone meanwhile.
      expect(rolling.completed()).toBeGreaterThan(during);
      await nginx!.setDown(replica.port, false);
      await rolling.waitForMore(10);
    }
    const rolled = await rolling.stop();
    report('rolling restart', rolled);
    expect(rolled.failures).toEqual([]);
    expect(rolled.made.write).toBeGreaterThan(0);
    expect(registrations).toBeGreaterThan(0);

    // 3. Every acknowledged write is in the database.
    const db = await openDatabase({ databaseUrl: replicaDatabaseUrl });
    try {
      const stored = await db.query<{ title: string }>('select title from news_articles where title like $1', [`Tin thử tải % ${suffix}`]);
      const titles = new Set(stored.map((row) => row.title));
      expect(acknowledged.filter((title) => !titles.has(title))).toEqual([]);
      expect(acknowledged.length).toBe(crashed.made.write - crashed.failed.write + rolled.made.write);
    } finally {
      await db.close();
    }
    console.info(`scale-out phases took ${Date.now() - started} ms; ${acknowledged.length} writes acknowledged and found`);
  }, 240_000);
});
