import type { RateLimiterFactory } from '@egov/users-server';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

/** The Redis connection the limiters count in, and how to let it go. */
export interface RedisRateLimiters {
  limiters: RateLimiterFactory;
  close(): Promise<void>;
}

/**
 * Counters for the sign-in and dossier lookup limits in Redis under `keyPrefix` + `rate:`, so every
 * replica sees the same counts and a restart forgets none. Connects before returning, so a wrong
 * REDIS_URL stops the start. While Redis does not answer, each replica counts in its own memory
 * (rate-limiter-flexible's insurance limiter): limited per replica rather than not at all.
 */
export async function openRedisRateLimiters(options: { url: string; keyPrefix: string; onError?: (error: unknown) => void }): Promise<RedisRateLimiters> {
  const client = new Redis(options.url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  client.on('error', (error: unknown) => options.onError?.(error));
  await client.connect();
  return {
    limiters: (settings) =>
      new RateLimiterRedis({
        ...settings,
        storeClient: client,
        keyPrefix: `${options.keyPrefix}rate:${settings.keyPrefix}`,
        insuranceLimiter: new RateLimiterMemory(settings),
      }),
    async close() {
      await client.quit().catch(() => client.disconnect());
    },
  };
}
