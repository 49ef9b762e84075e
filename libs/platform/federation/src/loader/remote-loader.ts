import { createInstance } from '@module-federation/enhanced/runtime';
import { checkRemoteModule } from '../contract/check-remote-module';
import type { RemoteDefinition } from '../contract/remote-contract';
import { isRemoteFallback, remoteFallbackPlugin } from './fallback-plugin';

/**
 * The part of a federation runtime instance the loader uses; `createInstance(…)` from
 * `@module-federation/enhanced/runtime` fits, and so does a fake in tests.
 */
export interface FederationRuntime {
  registerRemotes(remotes: Array<{ name: string; entry: string }>, options?: { force?: boolean }): void;
  loadRemote<T>(id: string): Promise<T | null>;
}

/** A remote to register: its id (federation name) and the URL of its `mf-manifest.json`. */
export interface RemoteToRegister {
  id: string;
  entry: string;
  /** When given, the remote must declare this route base. */
  routeBase?: string;
}

/**
 * The outcome of loading a remote: its checked definition, or why there is none. `unavailable`
 * (down, slow, throwing) deserves a retry button; `refused` (does not fit the contract) does not.
 */
export type RemoteLoadResult =
  | { ok: true; remote: RemoteDefinition; attempts: number }
  | { ok: false; failure: 'unavailable'; id: string; error: unknown; attempts: number }
  | { ok: false; failure: 'refused'; id: string; reasons: string[] };

/** Where the loader reports a refused remote and each failed attempt. */
export interface RemoteLoaderLog {
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** Options of {@link createRemoteLoader}. */
export interface RemoteLoaderOptions {
  /** A runtime instance (the shell's, or a fake) or the options to create one with. */
  runtime: FederationRuntime | FederationRuntimeOptions;
  /** Attempts after the first (default 2). */
  retries?: number;
  /** Wait before the first retry; each later one waits twice as long (default 250 ms). */
  backoffMs?: number;
  /** Give up on one attempt after this long (default 1500 ms). */
  timeoutMs?: number;
  /**
   * Give up on the whole load after this long, whatever attempts remain (default 2800 ms): the
   * reader sees a message with a retry button within 3 s.
   */
  deadlineMs?: number;
  /** The module each remote exposes (default `Remote`, as in `statistics/Remote`). */
  exposedModule?: string;
  /** Default `console`. */
  log?: RemoteLoaderLog;
  /** How to wait; tests may pass their own, fake timers work with the default. */
  sleep?: (ms: number) => Promise<void>;
  /** The clock for the deadline (default `Date.now`). */
  now?: () => number;
}

/** Registers remotes with the federation runtime and loads their checked definitions. */
export interface RemoteLoader {
  /** Makes the remotes known to the runtime; nothing is fetched yet. */
  register(remotes: readonly RemoteToRegister[]): void;
  /** Loads a registered remote's exposed module with retry, back-off and timeout, then checks it. Never throws. */
  load(id: string): Promise<RemoteLoadResult>;
}

/** The options `createInstance` takes: `name`, `remotes`, `shared`, `shareStrategy`, `plugins`… */
export type FederationRuntimeOptions = Parameters<typeof createInstance>[0];

const isRuntime = (value: FederationRuntime | FederationRuntimeOptions): value is FederationRuntime =>
  typeof (value as Partial<FederationRuntime>).loadRemote === 'function' && typeof (value as Partial<FederationRuntime>).registerRemotes === 'function';

/** Makes a runtime from options, with the fallback plugin added. */
function runtimeFrom(options: FederationRuntimeOptions): FederationRuntime {
  return createInstance({ ...options, plugins: [...(options.plugins ?? []), remoteFallbackPlugin()] });
}

class AttemptTimedOut extends Error {
  override readonly name = 'AttemptTimedOut';
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimedOut(`${what} did not load within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Makes the shell's remote loader on the enhanced federation runtime: `register` calls
 * `registerRemotes([{ name, entry }])`; `load(id)` calls `loadRemote('<id>/Remote')`, retrying with
 * exponential back-off (250, 500 ms…) when it throws, times out or yields the fallback, within an
 * overall deadline, then checks the module against the remote contract. A refused remote is logged
 * with its reasons and never retried.
 */
export function createRemoteLoader(options: RemoteLoaderOptions): RemoteLoader {
  const runtime = isRuntime(options.runtime) ? options.runtime : runtimeFrom(options.runtime);
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 1500;
  const deadlineMs = options.deadlineMs ?? 2800;
  const exposed = options.exposedModule ?? 'Remote';
  const log = options.log ?? console;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const registered = new Map<string, RemoteToRegister>();

  const register = (remote: RemoteToRegister, force: boolean) =>
    runtime.registerRemotes([{ name: remote.id, entry: remote.entry }], { force });

  async function attempt(remote: RemoteToRegister, ms: number): Promise<unknown> {
    const moduleId = `${remote.id}/${exposed}`;
    const value = await withTimeout(runtime.loadRemote<unknown>(moduleId), ms, moduleId);
    if (isRemoteFallback(value)) throw value.error instanceof Error ? value.error : new Error(`${moduleId} failed to load`);
    if (value === null || value === undefined) throw new Error(`${moduleId} loaded nothing`);
    return value;
  }

  async function load(id: string): Promise<RemoteLoadResult> {
    const remote = registered.get(id);
    if (!remote) return { ok: false, failure: 'unavailable', id, error: new Error(`remote "${id}" is not registered`), attempts: 0 };
    const giveUpAt = now() + deadlineMs;
    let lastError: unknown;
    let attempts = 0;
    for (let retry = 0; retry <= retries; retry += 1) {
      if (retry > 0) {
        const wait = backoffMs * 2 ** (retry - 1);
        if (now() + wait >= giveUpAt) break;
        await sleep(wait);
        // The runtime keeps a failed manifest or entry in its caches; registering again with force clears them.
        register(remote, true);
      }
      const remaining = giveUpAt - now();
      if (remaining <= 0) break;
      attempts += 1;
      try {
        const moduleValue = await attempt(remote, Math.min(timeoutMs, remaining));
        const check = checkRemoteModule(moduleValue, { id, ...(remote.routeBase === undefined ? {} : { routeBase: remote.routeBase }) });
        if (!check.ok) {
          log.error(`Refused remote "${id}": ${check.reasons.join('; ')}`);
          return { ok: false, failure: 'refused', id, reasons: check.reasons };
        }
        return { ok: true, remote: check.remote, attempts };
      } catch (error) {
        lastError = error;
        log.warn(`Remote "${id}" failed to load (attempt ${attempts})`, error);
      }
    }
    log.error(`Remote "${id}" is unavailable after ${attempts} attempt(s)`, lastError);
    return { ok: false, failure: 'unavailable', id, error: lastError, attempts };
  }

  return {
    register(remotes) {
      for (const remote of remotes) {
        const previous = registered.get(remote.id);
        registered.set(remote.id, remote);
        // A manifest read again may move a remote to a new entry; only then replace the registration.
        register(remote, previous !== undefined && previous.entry !== remote.entry);
      }
    },
    load,
  };
}
