import { auditMigrations } from '@egov/db';
import { createTestDatabase, type TestDatabase } from '@egov/db/testing';
import { composeSchema, createRequestContext } from '@egov/graphql';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLoginRateLimiter, DEFAULT_LOGIN_LIMITS } from './login-rate-limiter';
import { usersMigrations } from './migrations';
import type { SessionControl } from './session-context';
import { createSessionTokens } from './session-tokens';
import { createSessionService, SIGN_IN_REFUSED } from './sessions';
import { usersGraphQLModule } from './graphql/module';
import { createUsersRepository, type UsersRepository } from './users-repository';

const PASSWORD = 'Đồi núi Lạng Sơn 1';
const WINDOW_SECONDS = 15 * 60;
const { perAccountAddress, perAddress } = DEFAULT_LOGIN_LIMITS;

interface Answer {
  user: { email: string } | null;
  userErrors: Array<{ code: string; message: string; retryAfterSeconds: number | null }>;
}

let db: TestDatabase;
let users: UsersRepository;
beforeAll(async () => {
  db = await createTestDatabase('pglite', [...auditMigrations, ...usersMigrations]);
  users = createUsersRepository(db);
});
afterAll(() => db.dispose());
afterEach(() => vi.useRealTimers());

/** A portal's sign-in with a fresh limiter, counting the password verifications and the slowdown's pauses. */
function signInPortal() {
  const counts = { verified: 0 };
  const pauses: number[] = [];
  const spied: UsersRepository = {
    ...users,
    verifyCredentials: (input) => {
      counts.verified += 1;
      return users.verifyCredentials(input);
    },
  };
  const limiter = createLoginRateLimiter({ pause: async (ms) => void pauses.push(ms) });
  const sessions = createSessionService({ users: spied, tokens: createSessionTokens({ secret: new Uint8Array(32).fill(7) }), limiter });
  const schema: GraphQLSchema = composeSchema([usersGraphQLModule({ users: spied, sessions })]);
  const signIn = async (email: string, password: string, address: string): Promise<Answer> => {
    const session: SessionControl = { address, userAgent: null, current: null, setCookie: () => undefined, clearCookie: () => undefined };
    const result = await graphql({
      schema,
      source: 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { user { email } userErrors { code message retryAfterSeconds } } }',
      variableValues: { input: { email, password } },
      contextValue: { ...createRequestContext(null, 'r'), session },
    });
    if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
    return (result.data as { sessionCreate: Answer }).sessionCreate;
  };
  return { counts, pauses, signIn };
}

const account = async (email: string) => {
  await users.create({ email, displayName: 'Cán bộ', password: PASSWORD, roles: ['editor'] }, { actor: 'test' });
  return email;
};
const codes = (answers: Answer[]) => answers.map((answer) => answer.userErrors[0]?.code ?? 'OK');

describe('sign-in limits', () => {
  it(`verifies only ${perAccountAddress} of a parallel burst of 50 wrong passwords from one address and refuses the rest, saying when to retry`, async () => {
    const email = await account('burst@x.vn');
    const portal = signInPortal();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => portal.signIn(email, `guess ${i}`, '203.0.113.5')));
    expect(portal.counts.verified).toBe(perAccountAddress);
    expect(codes(answers).filter((code) => code === 'FORBIDDEN')).toHaveLength(perAccountAddress);
    const refused = answers.filter((answer) => answer.userErrors[0]?.code === 'RATE_LIMITED');
    expect(refused).toHaveLength(50 - perAccountAddress);
    for (const answer of refused) {
      expect(answer.user).toBeNull();
      const retry = answer.userErrors[0]!.retryAfterSeconds!;
      expect(retry).toBeGreaterThan(WINDOW_SECONDS - 60);
      expect(retry).toBeLessThanOrEqual(WINDOW_SECONDS);
      expect(answer.userErrors[0]!.message).toMatch(/thử lại sau 15 phút.*try again in 15 minutes/);
    }
    // The attacker's address stays refused even with the right password: no verification spent.
    expect(codes([await portal.signIn(email, PASSWORD, '203.0.113.5')])).toEqual(['RATE_LIMITED']);
    expect(portal.counts.verified).toBe(perAccountAddress);
  });

  it('lets the owner sign in from another address with the right password while the account is under attack, only slowed down', async () => {
    const email = await account('owner@x.vn');
    const portal = signInPortal();
    for (let i = 0; i < 3; i += 1) {
      await Promise.all(Array.from({ length: 10 }, (_, j) => portal.signIn(email, `guess ${j}`, `198.51.100.${i + 1}`)));
    }
    expect(portal.counts.verified).toBe(3 * perAccountAddress);
    const pausedBefore = portal.pauses.length;
    const owner = await portal.signIn(email, PASSWORD, '192.0.2.10');
    expect(owner).toEqual({ user: { email }, userErrors: [] });
    // A slowdown, not a lock: the owner waited the longest pause, 10 s, and got in.
    expect(portal.pauses.slice(pausedBefore)).toEqual([10_000]);
    // The owner's success ends the slowdown for the account.
    expect(await portal.signIn(email, PASSWORD, '192.0.2.11')).toEqual({ user: { email }, userErrors: [] });
    expect(portal.pauses.slice(pausedBefore)).toEqual([10_000]);
  });

  it('pauses 1, 2, 4 and 8 s after each failure on an account from any address, up to 10 s', async () => {
    const email = await account('slow@x.vn');
    const portal = signInPortal();
    for (let i = 0; i < 6; i += 1) expect((await portal.signIn(email, 'wrong', `10.9.0.${i}`)).userErrors[0]?.message).toBe(SIGN_IN_REFUSED);
    expect(portal.pauses).toEqual([1000, 2000, 4000, 8000, 10_000]);
  });

  it(`refuses an address after ${perAddress} failures across accounts, and not another address`, async () => {
    const portal = signInPortal();
    const answers = await Promise.all(Array.from({ length: perAddress + 5 }, (_, i) => portal.signIn(`nobody-${i}@x.vn`, 'wrong', '198.51.100.77')));
    expect(codes(answers).filter((code) => code === 'FORBIDDEN')).toHaveLength(perAddress);
    expect(codes(answers).filter((code) => code === 'RATE_LIMITED')).toHaveLength(5);
    const email = await account('spray-victim@x.vn');
    expect(codes([await portal.signIn(email, PASSWORD, '198.51.100.77')])).toEqual(['RATE_LIMITED']);
    expect(codes([await portal.signIn(email, PASSWORD, '198.51.100.78')])).toEqual(['OK']);
  });

  it('admits the refused address again once the window has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const email = await account('later@x.vn');
    const portal = signInPortal();
    for (let i = 0; i < perAccountAddress; i += 1) await portal.signIn(email, 'wrong', '203.0.113.9');
    expect(codes([await portal.signIn(email, PASSWORD, '203.0.113.9')])).toEqual(['RATE_LIMITED']);
    vi.setSystemTime(Date.now() + WINDOW_SECONDS * 1000);
    expect(codes([await portal.signIn(email, PASSWORD, '203.0.113.9')])).toEqual(['OK']);
  });
});
