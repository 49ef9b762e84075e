import DataLoader from 'dataloader';

/** The roles of the department's staff (vai trò); each mutation names the roles it accepts. */
export const roles = ['admin', 'editor', 'statistician', 'licensing_officer', 'inspector'] as const;
export type Role = (typeof roles)[number];

/** Who is calling: a signed-in user with roles, or nobody (an anonymous citizen). */
export interface Viewer {
  userId: string;
  roles: readonly Role[];
}

/**
 * What every resolver gets for one request: the caller, and a per-request registry of
 * DataLoaders so that fields asked many times in one query hit the database once.
 */
export interface RequestContext {
  viewer: Viewer | null;
  requestId: string;
  /** The caller's network address, for limits per address (null outside HTTP). */
  clientAddress: string | null;
  /** The request's loader for that key, made on first use from the batch function; see `defineLoader`. */
  loader<K, V>(key: symbol, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V>;
}

export function createRequestContext(viewer: Viewer | null, requestId: string, clientAddress: string | null = null): RequestContext {
  const loaders = new Map<symbol, DataLoader<unknown, unknown>>();
  return {
    viewer,
    requestId,
    clientAddress,
    loader<K, V>(key: symbol, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
      let loader = loaders.get(key) as DataLoader<K, V> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
        loaders.set(key, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
}
