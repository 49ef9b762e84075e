import { createDossierLookupLimiter } from '@egov/procedures-server';
import { createLoginRateLimiter, DEFAULT_LOGIN_LIMITS } from '@egov/users-server';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openRedisRateLimiters, type RedisRateLimiters } from './rate-limiters';

const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl) console.warn('SKIPPED: the shared rate limit test needs TEST_REDIS_URL, e.g. TEST_REDIS_URL=redis://127.0.0.1:6379');

describe.skipIf(!redisUrl)('rate limits counted in Redis', () => {
  const keyPrefix = `egov:test:rate-${randomBytes(6).toString('hex')}:`;
  const opened: RedisRateLimiters[] = [];
  /** One replica's view of the limits: its own connection and limiter objects, the same Redis keys. */
  const replica = async () => {
    const limits = await openRedisRateLimiters({ url: redisUrl!, keyPrefix });
    opened.push(limits);
    return limits;
  };

  afterAll(async () => {
    await Promise.all(opened.map((limits) => limits.close()));
    const redis = new Redis(redisUrl!);
    try {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      await redis.quit();
    }
  });

  it(`admits ${DEFAULT_LOGIN_LIMITS.perAccountAddress} of a parallel burst of 50 sign-ins spread over two replicas, and a third replica started later still refuses`, async () => {
    const [a, b] = [await replica(), await replica()];
    const limiters = [createLoginRateLimiter({ limiters: a.limiters }), createLoginRateLimiter({ limiters: b.limiters })];
    const admissions = await Promise.all(Array.from({ length: 50 }, (_, i) => limiters[i % 2]!.admit('lan@x.vn', '203.0.113.5')));
    expect(admissions.filter((admission) => admission.allowed)).toHaveLength(DEFAULT_LOGIN_LIMITS.perAccountAddress);
    const restarted = createLoginRateLimiter({ limiters: (await replica()).limiters });
    const again = await restarted.admit('LAN@x.vn', '203.0.113.5');
    expect(again.allowed).toBe(false);
    expect(again.allowed ? 0 : again.retryAfterSeconds).toBeGreaterThan(DEFAULT_LOGIN_LIMITS.windowSeconds - 60);
  });

  it('shares the dossier lookup misses between replicas', async () => {
    const [a, b] = [createDossierLookupLimiter({ limiters: (await replica()).limiters }), createDossierLookupLimiter({ limiters: (await replica()).limiters })];
    for (let i = 0; i < 10; i += 1) expect((await (i % 2 ? a : b).admit('198.51.100.7')).allowed).toBe(true);
    expect((await a.admit('198.51.100.7')).allowed).toBe(false);
    expect((await b.admit('198.51.100.7')).allowed).toBe(false);
    expect((await b.admit('198.51.100.8')).allowed).toBe(true);
  });
});
