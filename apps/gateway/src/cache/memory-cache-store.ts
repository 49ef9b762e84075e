import type { ResponseCacheStore } from './response-cache-store';

/**
 * The cache of one process: Apollo's bounded in-memory LRU holds the entries and a counter the
 * generation. Replicas each keep their own, so use Redis as soon as there is more than one.
 */
export function createMemoryCacheStore(): ResponseCacheStore {
  let generation = 0;
  return {
    kind: 'memory',
    cache: undefined,
    generation: async () => String(generation),
    invalidate: async () => {
      generation += 1;
    },
    close: async () => undefined,
  };
}
