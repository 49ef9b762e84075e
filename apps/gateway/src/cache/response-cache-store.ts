import type { ApolloServerOptions, BaseContext } from '@apollo/server';

/** Apollo's key-value cache (get / set with a TTL in seconds / delete), as its options name it. */
export type KeyValueCache = Exclude<NonNullable<ApolloServerOptions<BaseContext>['cache']>, 'bounded'>;

/**
 * Where the gateway keeps cached answers, persisted query documents and the cache generation.
 *
 * Every cached answer is keyed with the generation read before the operation ran; a mutation
 * moves the generation on before its answer leaves, so no read that starts after a mutation
 * returned can find an answer computed before it. Old entries are never read again and expire.
 */
export interface ResponseCacheStore {
  /** `memory` serves one process; `redis` is shared by every replica that names the same Redis and prefix. */
  readonly kind: 'memory' | 'redis';
  /** The key-value cache of answers and persisted queries; undefined lets Apollo use its own bounded in-memory LRU. */
  readonly cache: KeyValueCache | undefined;
  /** The current generation: part of every cache key. */
  generation(): Promise<string>;
  /** Moves the generation on: every answer cached so far is no longer served. */
  invalidate(): Promise<void>;
  /** Lets go of connections. */
  close(): Promise<void>;
}
