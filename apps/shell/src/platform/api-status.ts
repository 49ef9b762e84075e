/** Whether the gateway's `/graphql` answered the last request: unknown until the first one. */
export type ApiStatus = 'unknown' | 'reachable' | 'unreachable';

/** Follows the reachability of the API from the requests the page makes anyway (no probe of its own). */
export interface ApiStatusTracker {
  status(): ApiStatus;
  subscribe(listener: () => void): () => void;
  /** A `fetch` for the Apollo Client that reports each answer (or its absence) to the tracker. */
  fetch: typeof fetch;
}

/**
 * The gateway counts as unreachable when a request fails at the network or the answer comes from
 * a proxy instead of the gateway (502, 503, 504); any other answer, errors included, shows it is there.
 */
export function createApiStatusTracker(baseFetch: typeof fetch = (...args) => globalThis.fetch(...args)): ApiStatusTracker {
  let current: ApiStatus = 'unknown';
  const listeners = new Set<() => void>();
  const set = (next: ApiStatus) => {
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async fetch(input, init) {
      try {
        const response = await baseFetch(input, init);
        set([502, 503, 504].includes(response.status) ? 'unreachable' : 'reachable');
        return response;
      } catch (error) {
        // An abort is the caller's choice, not the gateway's absence.
        if (!(error instanceof DOMException && error.name === 'AbortError')) set('unreachable');
        throw error;
      }
    },
  };
}
