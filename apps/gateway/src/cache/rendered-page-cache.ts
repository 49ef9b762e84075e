import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { RenderedPageCache } from '../routes/server-render';
import type { CacheScopes } from './cache-scopes';
import { DEFAULT_CACHE_MAX_AGE_SECONDS } from './response-cache-plugins';
import type { ResponseCacheStore } from './response-cache-store';

/** This process's share of memory for rendered pages when the store keeps none of its own (about 400 pages of 80 kB). */
const MEMORY_BYTES = 32 * 1024 * 1024;

/**
 * Rendered pages kept beside the anonymous GraphQL answers, in the same store (Redis shares them
 * between replicas) and for the same time at most. A page may show any domain (the home page
 * counts five), so its key carries the generations of them all: any committed write makes every
 * page render afresh. Writes are a few an hour, reads thousands.
 */
export function renderedPageCache(store: ResponseCacheStore, scopes: CacheScopes, maxAgeSeconds = DEFAULT_CACHE_MAX_AGE_SECONDS): RenderedPageCache {
  const pages = store.cache ?? new InMemoryLRUCache<string>({ maxSize: MEMORY_BYTES, sizeCalculation: (page) => page.length });
  const key = (page: string) => `rendered-page:${page}`;
  return {
    dataStamp: async () => (await store.generations(scopes.all)).join('.'),
    get: (page) => pages.get(key(page)),
    set: (page, html) => pages.set(key(page), html, { ttl: maxAgeSeconds }),
  };
}
