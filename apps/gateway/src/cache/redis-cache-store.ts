import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { KeyValueCache, ResponseCacheStore } from './response-cache-store';

export interface RedisCacheStoreOptions {
  /** `redis://host:port/db`. */
  url: string;
  /** Put before every key, so that deployments (and tests) sharing one Redis do not see each other. */
  keyPrefix: string;
  /** Told about Redis faults; the gateway then answers without the cache. */
  onError?: (error: unknown, action: string) => void;
}

/** `generation:news`: the generation of one scope. */
const generationKey = (scope: string) => `generation:${scope}`;

/**
 * The cache shared by every replica: entries, persisted queries and the generation live in Redis
 * under `keyPrefix`. Connects before returning, so a wrong REDIS_URL stops the start.
 *
 * While Redis does not answer, the gateway keeps serving without the cache: a read is a miss and
 * a write is dropped (commands fail at once rather than queue). A mutation whose invalidation
 * fails is logged: answers cached before it may then be served until they expire.
 */
export async function createRedisCacheStore(options: RedisCacheStoreOptions): Promise<ResponseCacheStore> {
  const redis = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    lazyConnect: true,
    // Concurrent requests share round trips to Redis.
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  const report = options.onError ?? (() => undefined);
  redis.on('error', (error: unknown) => report(error, 'connection'));
  await redis.connect();

  const cache: KeyValueCache = {
    async get(key) {
      try {
        return (await redis.get(key)) ?? undefined;
      } catch (error) {
        report(error, 'get');
        return undefined;
      }
    },
    async set(key, value, setOptions) {
      try {
        const ttl = setOptions?.ttl;
        if (ttl && ttl > 0) await redis.set(key, value, 'EX', Math.ceil(ttl));
        else await redis.set(key, value);
      } catch (error) {
        report(error, 'set');
      }
    },
    async delete(key) {
      try {
        return (await redis.del(key)) > 0;
      } catch (error) {
        report(error, 'delete');
        return false;
      }
    },
  };

  return {
    kind: 'redis',
    cache,
    async generations(scopes) {
      if (!scopes.length) return [];
      try {
        return (await redis.mget(...scopes.map(generationKey))).map((value) => value ?? '0');
      } catch (error) {
        report(error, 'generation');
        // A generation nobody else has: nothing cached is served, and nothing written is read.
        const unavailable = `unavailable-${randomUUID()}`;
        return scopes.map(() => unavailable);
      }
    },
    async invalidate(scopes) {
      if (!scopes.length) return;
      try {
        // One transaction: a reader sees all the scopes of one write moved on, or none.
        const results = await scopes.reduce((multi, scope) => multi.incr(generationKey(scope)), redis.multi()).exec();
        const failed = results?.find(([error]) => error)?.[0];
        if (failed) throw failed;
      } catch (error) {
        report(error, 'invalidate');
      }
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
