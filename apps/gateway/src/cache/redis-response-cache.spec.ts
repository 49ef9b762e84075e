import { openDatabase } from '@egov/db';
import { openPortalDatabase } from '@egov/portal-data';
import { createUsersRepository } from '@egov/users-server';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD, dashboardFigures, firstCount, OBSERVATION_UPSERT, postGraphQL, signInHeaders } from './cache-test-client';
import { startGatewayProcess, type GatewayProcess } from './replica-processes';

const databaseUrl = process.env['TEST_DATABASE_URL'];
const redisUrl = process.env['TEST_REDIS_URL'];
const missing = !databaseUrl || !redisUrl;
if (missing) {
  console.warn(
    'SKIPPED: the two-replica response cache test needs TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL (Redis), ' +
      'e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379',
  );
}

const PASSWORD = 'Bộ đệm dùng chung 2020 an toàn';
const EMAIL = 'replica-statistician@test.langson.gov.vn';
const H1 = { period: '2020-H1', areaCode: '20' };

describe.skipIf(missing)('response cache in Redis, shared by two gateway processes on one PostgreSQL', () => {
  const suffix = randomBytes(6).toString('hex');
  const databaseName = `egov_cache_${suffix}`;
  const keyPrefix = `egov:test:cache-${suffix}:`;
  let replicaA: GatewayProcess | undefined;
  let replicaB: GatewayProcess | undefined;

  beforeAll(async () => {
    const server = await openDatabase({ databaseUrl: databaseUrl! });
    try {
      await server.query(`create database ${databaseName}`);
    } finally {
      await server.close();
    }
    const url = new URL(databaseUrl!);
    url.pathname = `/${databaseName}`;
    // Migrate, seed and make the account once, before the replicas start (they would race to migrate).
    const portal = await openPortalDatabase({ databaseUrl: url.toString() });
    try {
      await createUsersRepository(portal.db).create({ email: EMAIL, displayName: 'Replica statistician', password: PASSWORD, roles: ['statistician'] }, { actor: 'test' });
    } finally {
      await portal.db.close();
    }
    const env = { DATABASE_URL: url.toString(), REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: keyPrefix, SESSION_SECRET: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
    [replicaA, replicaB] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([replicaA?.stop(), replicaB?.stop()]);
    const redis = new Redis(redisUrl!);
    try {
      for (let cursor = '0', first = true; first || cursor !== '0'; first = false) {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      }
    } finally {
      await redis.quit();
    }
    const server = await openDatabase({ databaseUrl: databaseUrl! });
    try {
      await server.query(`drop database if exists ${databaseName} with (force)`);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('serves a read cached by one replica from the other, and a mutation on one is seen on the other at once', async () => {
    const a = replicaA!;
    const b = replicaB!;
    const first = await postGraphQL(b.url, { query: DASHBOARD, variables: H1 });
    expect(first.cache, b.output()).toBe('miss');
    const figure = firstCount(first);
    expect(await postGraphQL(b.url, { query: DASHBOARD, variables: H1 })).toMatchObject({ cache: 'hit', body: first.body });
    // A never answered this query: it comes from the cache B filled.
    expect(await postGraphQL(a.url, { query: DASHBOARD, variables: H1 })).toMatchObject({ cache: 'hit', body: first.body });

    const statistician = await signInHeaders(a.url, EMAIL, PASSWORD);
    const corrected = await postGraphQL(
      a.url,
      {
        query: OBSERVATION_UPSERT,
        variables: { input: { indicatorCode: figure.indicatorCode, ...H1, value: figure.observation.value + 1, sourceQuote: 'hiệu chỉnh trên bản sao A', version: figure.observation.version } },
      },
      statistician,
    );
    expect(corrected.body.data?.['observationUpsert'], a.output()).toMatchObject({ userErrors: [], observation: { value: figure.observation.value + 1 } });

    const afterOnB = await postGraphQL(b.url, { query: DASHBOARD, variables: H1 });
    expect(afterOnB.cache).toBe('miss');
    expect(dashboardFigures(afterOnB).find((each) => each.indicatorCode === figure.indicatorCode)?.observation?.value).toBe(figure.observation.value + 1);
    expect(await postGraphQL(a.url, { query: DASHBOARD, variables: H1 })).toMatchObject({ cache: 'hit', body: afterOnB.body });
  }, 60_000);
});
