import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * How often one address may look up dossiers by code. A dossier code is short and partly
 * predictable (LSN-yymmdd-nnnn), so a client guessing codes must be slowed down; a citizen
 * checking a few receipts never meets the limits.
 */
export interface LookupLimits {
  /** The window the counts are kept over, in seconds, from an address's first lookup (or miss) in it. */
  windowSeconds: number;
  /** Lookups of any code per window. */
  maxLookups: number;
  /** Lookups of codes that name no dossier (misses) per window: guessing looks like this. */
  maxMisses: number;
}

export const DEFAULT_LOOKUP_LIMITS: LookupLimits = {
  windowSeconds: 600,
  maxLookups: 60,
  maxMisses: 10,
};

/**
 * Makes one counter of rate-limiter-flexible: in memory for one process (the default), or in
 * Redis for replicas that share the counts and keep them over a restart (the gateway's).
 */
export type LookupRateLimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

/** The answer to one lookup: go ahead (and say if the code was found), or wait. */
export type LookupAdmission =
  | { allowed: true; /** Call when the code named a dossier: the lookup is then not a miss. */ found(): Promise<void> }
  | { allowed: false; /** Seconds until a lookup would be admitted again. */ retryAfterSeconds: number };

export interface DossierLookupLimiter {
  /**
   * Admits one lookup from an address (null outside HTTP: one bucket shared by all such callers)
   * or refuses it. An admitted lookup counts as a miss until `found()` is called, so lookups
   * running at the same time cannot together pass the limit on misses.
   */
  admit(address: string | null): Promise<LookupAdmission>;
}

/**
 * Two counters per address, each incremented atomically before the lookup runs. A refused
 * lookup is given back, so a client that waits as told gets in again.
 */
export function createDossierLookupLimiter(options: { limits?: Partial<LookupLimits>; limiters?: LookupRateLimiterFactory } = {}): DossierLookupLimiter {
  const limits = { ...DEFAULT_LOOKUP_LIMITS, ...options.limits };
  const make = options.limiters ?? ((settings) => new RateLimiterMemory(settings));
  const lookups = make({ keyPrefix: 'lookup-all', points: limits.maxLookups, duration: limits.windowSeconds });
  const misses = make({ keyPrefix: 'lookup-miss', points: limits.maxMisses, duration: limits.windowSeconds });

  return {
    async admit(address) {
      const key = address ?? 'outside-http';
      const counted = await Promise.allSettled([lookups.consume(key), misses.consume(key)]);
      let waitMs = 0;
      for (const result of counted) {
        if (result.status === 'fulfilled') continue;
        // A RateLimiterRes is a refusal; anything else is a store fault, not the client's.
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        waitMs = Math.max(waitMs, result.reason.msBeforeNext);
      }
      if (counted.every((result) => result.status === 'fulfilled')) {
        let settled = false;
        return {
          allowed: true,
          async found() {
            if (settled) return;
            settled = true;
            await misses.reward(key);
          },
        };
      }
      await Promise.all([lookups.reward(key), misses.reward(key)]);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}
