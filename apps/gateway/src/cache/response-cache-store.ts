import type { ApolloServerOptions, BaseContext } from '@apollo/server';

/** Apollo's key-value cache (get / set with a TTL in seconds / delete), as its options name it. */
export type KeyValueCache = Exclude<NonNullable<ApolloServerOptions<BaseContext>['cache']>, 'bounded'>;

/**
 * Where the gateway keeps cached answers, persisted query documents and the generation of each
 * cache scope (a domain: news, kpis…).
 *
 * Every cached answer is keyed with the generations of the scopes it reads, read before the
 * operation ran; a committed mutation moves on the generations of the scopes it changed before
 * its answer leaves, so no read that starts after it returned can find an answer computed
 * before it, and answers of other scopes stay cached. Old entries are never read again and expire.
 */
export interface ResponseCacheStore {
  /** `memory` serves one process; `redis` is shared by every replica that names the same Redis and prefix. */
  readonly kind: 'memory' | 'redis';
  /** The key-value cache of answers and persisted queries; undefined lets Apollo use its own bounded in-memory LRU. */
  readonly cache: KeyValueCache | undefined;
  /** The current generation of each scope named, in that order: part of the cache key of an answer that reads them. */
  generations(scopes: readonly string[]): Promise<string[]>;
  /** Moves the generations of these scopes on: every answer cached so far that reads one of them is no longer served. */
  invalidate(scopes: readonly string[]): Promise<void>;
  /** Lets go of connections. */
  close(): Promise<void>;
}
