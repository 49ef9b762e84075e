import type { ModuleFederationRuntimePlugin } from '@module-federation/enhanced/runtime';

const FALLBACK = Symbol.for('@egov/federation/remote-fallback');

/** What `loadRemote` gives instead of a module when the remote could not be loaded. */
export interface RemoteFallback {
  readonly [FALLBACK]: true;
  /** The module requested: `statistics/Remote`. */
  readonly id: string;
  /** Why it failed, as the federation runtime reported it. */
  readonly error: unknown;
}

/** Whether a value `loadRemote` returned is the fallback of {@link remoteFallbackPlugin}, not a module. */
export function isRemoteFallback(value: unknown): value is RemoteFallback {
  return typeof value === 'object' && value !== null && FALLBACK in value;
}

/**
 * The `errorLoadRemote` runtime plugin: when a remote's module fails to load, `loadRemote` resolves
 * to a {@link RemoteFallback} instead of throwing, so no caller of the runtime (ours or a remote's
 * own nested `loadRemote`) ends in an unhandled rejection. Other lifecycles (manifest fetch,
 * sharing) are left to fail normally: the remote loader retries them.
 */
export function remoteFallbackPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: 'egov-remote-fallback',
    errorLoadRemote(args) {
      if (args.lifecycle !== 'onLoad') return undefined;
      const fallback: RemoteFallback = { [FALLBACK]: true, id: args.id, error: args.error };
      return fallback;
    },
  };
}
