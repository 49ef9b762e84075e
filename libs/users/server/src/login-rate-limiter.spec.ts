import { describe, expect, it } from 'vitest';
import { createLoginRateLimiter, createMemoryAttemptStore, DEFAULT_LOGIN_LIMITS } from './login-rate-limiter';

const fail = async (limiter: ReturnType<typeof createLoginRateLimiter>, times: number, email: string, address: string) => {
  for (let i = 0; i < times; i += 1) await limiter.recordFailure(email, address);
};

describe('login rate limiter', () => {
  it(`allows an account ${DEFAULT_LOGIN_LIMITS.perAccount} failures and refuses the next attempt, from any address`, async () => {
    const limiter = createLoginRateLimiter();
    await fail(limiter, DEFAULT_LOGIN_LIMITS.perAccount - 1, 'lan@x.vn', '10.0.0.1');
    expect(await limiter.check('lan@x.vn', '10.0.0.1')).toEqual({ allowed: true });
    await fail(limiter, 1, 'LAN@x.vn', '10.0.0.1');
    expect(await limiter.check('lan@x.vn', '10.0.0.2')).toEqual({ allowed: false, retryAfterSeconds: 900 });
    expect(await limiter.check('other@x.vn', '10.0.0.1')).toEqual({ allowed: true });
  });

  it(`allows an address ${DEFAULT_LOGIN_LIMITS.perAddress} failures over many accounts and refuses the next`, async () => {
    const limiter = createLoginRateLimiter();
    for (let i = 0; i < DEFAULT_LOGIN_LIMITS.perAddress - 1; i += 1) await limiter.recordFailure(`user${i}@x.vn`, '10.0.0.9');
    expect(await limiter.check('fresh@x.vn', '10.0.0.9')).toEqual({ allowed: true });
    await limiter.recordFailure('last@x.vn', '10.0.0.9');
    expect((await limiter.check('fresh@x.vn', '10.0.0.9')).allowed).toBe(false);
    expect((await limiter.check('fresh@x.vn', '10.0.0.8')).allowed).toBe(true);
  });

  it('opens again when the window closes, and a success clears the account count', async () => {
    let now = 0;
    const limiter = createLoginRateLimiter({ now: () => now });
    await fail(limiter, 5, 'lan@x.vn', 'a');
    now = DEFAULT_LOGIN_LIMITS.windowMs - 1000;
    expect(await limiter.check('lan@x.vn', 'a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = DEFAULT_LOGIN_LIMITS.windowMs;
    expect(await limiter.check('lan@x.vn', 'a')).toEqual({ allowed: true });
    await fail(limiter, 4, 'lan@x.vn', 'a');
    await limiter.recordSuccess('lan@x.vn', 'a');
    await fail(limiter, 4, 'lan@x.vn', 'a');
    expect(await limiter.check('lan@x.vn', 'a')).toEqual({ allowed: true });
  });

  it('keeps the memory store bounded', async () => {
    const store = createMemoryAttemptStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.hit(key, 60_000);
    expect((await store.peek('a')).count).toBe(0);
    expect((await store.peek('d')).count).toBe(1);
  });
});
