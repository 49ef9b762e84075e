import type DataLoader from 'dataloader';
import type { RequestContext } from './request-context';

/**
 * A per-request DataLoader by reference: the same reference gives the same loader throughout one
 * request, so a key asked by many fields is read once. The reference carries the key and value
 * types, so no call site names a loader by a string or casts what it loads. `source` is what the
 * batch reads from (a repository), given by whoever calls first in the request.
 */
export type LoaderReference<K, V, S = void> = (context: RequestContext, source: S) => DataLoader<K, V>;

/** Makes a typed loader reference; `name` only labels it when debugging. */
export function defineLoader<K, V, S = void>(
  name: string,
  batch: (keys: readonly K[], source: S, context: RequestContext) => Promise<ReadonlyArray<V | Error>>,
): LoaderReference<K, V, S> {
  const key = Symbol(name);
  return (context, source) => context.loader<K, V>(key, (keys) => batch(keys, source, context));
}

/**
 * A record another names by a foreign key, as a non-null field returns it: the database
 * guarantees it exists, so its absence is a fault of the server, not an answer.
 */
export async function existing<T>(record: Promise<T | null> | T | null, what: string): Promise<T> {
  const found = await record;
  if (found === null) throw new Error(`${what} is missing, though a foreign key names it`);
  return found;
}
