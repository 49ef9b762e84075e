import type { ResponseCacheStore } from './response-cache-store';

/**
 * The cache of one process: Apollo's bounded in-memory LRU holds the entries and a counter per
 * scope the generations. Replicas each keep their own, so use Redis as soon as there is more than one.
 */
export function createMemoryCacheStore(): ResponseCacheStore {
  const generations = new Map<string, number>();
  return {
    kind: 'memory',
    cache: undefined,
    generations: async (scopes) => scopes.map((scope) => String(generations.get(scope) ?? 0)),
    invalidate: async (scopes) => {
      for (const scope of scopes) generations.set(scope, (generations.get(scope) ?? 0) + 1);
    },
    close: async () => undefined,
  };
}
