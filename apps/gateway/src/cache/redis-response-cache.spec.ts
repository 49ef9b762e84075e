import { createUsersRepository } from '@egov/users-server';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD, dashboardFigures, firstCount, OBSERVATION_UPSERT, postGraphQL, signInHeaders } from './cache-test-client';
import { startGatewayProcess, type GatewayProcess } from './replica-processes';
import { createReplicaStores, type ReplicaStores } from './replica-stores';

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
  let stores: ReplicaStores | undefined;
  let replicaA: GatewayProcess | undefined;
  let replicaB: GatewayProcess | undefined;

  beforeAll(async () => {
    stores = await createReplicaStores({
      name: 'cache',
      serverUrl: databaseUrl!,
      redisUrl: redisUrl!,
      prepare: async (db) => void (await createUsersRepository(db).create({ email: EMAIL, displayName: 'Replica statistician', password: PASSWORD, roles: ['statistician'] }, { actor: 'test' })),
    });
    const env = { DATABASE_URL: stores.databaseUrl, REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: stores.keyPrefix, SESSION_SECRET: randomBytes(32).toString('base64'), LOG_LEVEL: 'warn' };
    [replicaA, replicaB] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([replicaA?.stop(), replicaB?.stop()]);
    await stores?.dispose();
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
