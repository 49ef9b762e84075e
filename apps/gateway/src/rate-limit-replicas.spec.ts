import { createUsersRepository } from '@egov/users-server';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './cache/cache-test-client';
import { startGatewayProcess, type GatewayProcess } from './cache/replica-processes';
import { createReplicaStores, type ReplicaStores } from './cache/replica-stores';

const databaseUrl = process.env['TEST_DATABASE_URL'];
const redisUrl = process.env['TEST_REDIS_URL'];
const missing = !databaseUrl || !redisUrl;
if (missing) {
  console.warn(
    'SKIPPED: the two-replica rate limit test needs TEST_DATABASE_URL (PostgreSQL) and TEST_REDIS_URL (Redis), ' +
      'e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379',
  );
}

const PASSWORD = 'Giới hạn dùng chung 2020 an toàn';
const OWNER = 'limited-editor@test.langson.gov.vn';
const BURST_TARGET = 'burst-editor@test.langson.gov.vn';
const SIGN_IN = 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { token userErrors { code message retryAfterSeconds } } }';
const LOOKUP = 'query ($code: String!) { dossierLookup(code: $code) { code } }';

interface SignInAnswer {
  token: string | null;
  userErrors: Array<{ code: string; message: string; retryAfterSeconds: number | null }>;
}

/** A sign-in as a client at `address` (the gateways trust X-Forwarded-For here) sees it. */
async function signIn(gateway: GatewayProcess, email: string, password: string, address: string): Promise<SignInAnswer> {
  const { body } = await postGraphQL(gateway.url, { query: SIGN_IN, variables: { input: { email, password } } }, { 'x-forwarded-for': address });
  const answer = body.data?.['sessionCreate'] as SignInAnswer | undefined;
  if (!answer) throw new Error(`no sign-in answer: ${JSON.stringify(body)}\n${gateway.output()}`);
  return answer;
}
const outcome = (answer: SignInAnswer) => (answer.token ? 'SIGNED_IN' : (answer.userErrors[0]?.code ?? 'NONE'));

describe.skipIf(missing)('sign-in and dossier lookup limits in Redis, shared by two gateway processes', () => {
  let stores: ReplicaStores | undefined;
  let env: Record<string, string>;
  let replicaA: GatewayProcess | undefined;
  let replicaB: GatewayProcess | undefined;

  beforeAll(async () => {
    stores = await createReplicaStores({
      name: 'limits',
      serverUrl: databaseUrl!,
      redisUrl: redisUrl!,
      prepare: async (db) => {
        const users = createUsersRepository(db);
        for (const email of [OWNER, BURST_TARGET]) await users.create({ email, displayName: 'Biên tập viên', password: PASSWORD, roles: ['editor'] }, { actor: 'test' });
      },
    });
    env = {
      DATABASE_URL: stores.databaseUrl,
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: stores.keyPrefix,
      SESSION_SECRET: randomBytes(32).toString('base64'),
      TRUST_PROXY: 'true',
      RESPONSE_CACHE: 'off',
      LOG_LEVEL: 'warn',
    };
    [replicaA, replicaB] = await Promise.all([startGatewayProcess(env), startGatewayProcess(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([replicaA?.stop(), replicaB?.stop()]);
    await stores?.dispose();
  }, 60_000);

  it('refuses the sixth wrong password on B after five on A, and still after A restarts; the owner signs in from elsewhere', async () => {
    const attacker = '203.0.113.66';
    for (let i = 0; i < 5; i += 1) expect(outcome(await signIn(replicaA!, OWNER, `guess ${i}`, attacker)), replicaA!.output()).toBe('FORBIDDEN');
    const sixth = await signIn(replicaB!, OWNER, 'guess 5', attacker);
    expect(sixth.userErrors).toEqual([{ code: 'RATE_LIMITED', message: expect.stringMatching(/try again in 15 minutes/), retryAfterSeconds: expect.any(Number) }]);

    await replicaA!.stop();
    replicaA = await startGatewayProcess(env);
    expect(outcome(await signIn(replicaA, OWNER, PASSWORD, attacker))).toBe('RATE_LIMITED');
    // The account is slowed down (10 s after five failures), not locked: its owner gets in.
    expect(outcome(await signIn(replicaB!, OWNER, PASSWORD, '192.0.2.10'))).toBe('SIGNED_IN');
  }, 120_000);

  it('shares the dossier lookup misses between the replicas and over a restart', async () => {
    const guesser = '198.51.100.99';
    const lookup = (gateway: GatewayProcess, n: number) =>
      postGraphQL(gateway.url, { query: LOOKUP, variables: { code: `LSN-200101-${String(n).padStart(4, '0')}` } }, { 'x-forwarded-for': guesser });
    for (let i = 1; i <= 10; i += 1) expect((await lookup(i % 2 ? replicaA! : replicaB!, i)).body).toEqual({ data: { dossierLookup: null } });
    expect((await lookup(replicaB!, 11)).body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    await replicaB!.stop();
    replicaB = await startGatewayProcess(env);
    expect((await lookup(replicaB, 12)).body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
  }, 120_000);

  it('verifies only five of a parallel burst of 50 wrong passwords from one address spread over both replicas', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => signIn(i % 2 ? replicaA! : replicaB!, BURST_TARGET, `burst guess ${i}`, '203.0.113.77')),
    );
    const verified = answers.filter((answer) => outcome(answer) === 'FORBIDDEN').length;
    const refused = answers.filter((answer) => outcome(answer) === 'RATE_LIMITED').length;
    console.info(`burst of 50 wrong sign-ins on two replicas: ${verified} verified, ${refused} refused`);
    expect({ verified, refused }).toEqual({ verified: 5, refused: 45 });
  }, 120_000);
});
