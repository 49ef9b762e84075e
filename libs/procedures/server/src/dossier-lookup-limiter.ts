/**
 * How often one address may look up dossiers by code. A dossier code is short and partly
 * predictable (LSN-yymmdd-nnnn), so a client guessing codes must be slowed down; a citizen
 * checking a few receipts never meets the limits.
 */
export interface LookupLimits {
  /** The sliding window the counts are kept over, in seconds. */
  windowSeconds: number;
  /** Lookups of any code per window. */
  maxLookups: number;
  /** Lookups of codes that name no dossier (misses) per window: guessing looks like this. */
  maxMisses: number;
  /** Addresses tracked at once; past it the least recently seen are forgotten, so memory stays bounded. */
  maxTrackedAddresses: number;
}

export const DEFAULT_LOOKUP_LIMITS: LookupLimits = {
  windowSeconds: 600,
  maxLookups: 60,
  maxMisses: 10,
  maxTrackedAddresses: 10_000,
};

/** The answer to one lookup: go ahead (and say if the code was found), or wait. */
export type LookupAdmission =
  | { allowed: true; /** Call when the code named a dossier: the lookup is then not a miss. */ found(): void }
  | { allowed: false; /** Seconds until a lookup would be admitted again. */ retryAfterSeconds: number };

export interface DossierLookupLimiter {
  /**
   * Admits one lookup from an address (null outside HTTP: one bucket shared by all such callers)
   * or refuses it. An admitted lookup counts as a miss until `found()` is called, so lookups
   * running at the same time cannot together pass the limit on misses.
   */
  admit(address: string | null): LookupAdmission;
}

interface Bucket {
  /** When each admitted lookup happened (ms), oldest first. */
  lookups: number[];
  /** When each miss happened (ms), oldest first. */
  misses: number[];
}

/**
 * An in-memory limiter over a sliding window. Refused lookups are not counted, so a client that
 * waits as told gets in again. Lives in one process: each replica limits on its own.
 */
export function createDossierLookupLimiter(options: { limits?: Partial<LookupLimits>; now?: () => number } = {}): DossierLookupLimiter {
  const limits = { ...DEFAULT_LOOKUP_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const windowMs = limits.windowSeconds * 1000;
  const buckets = new Map<string | null, Bucket>();

  const dropExpired = (bucket: Bucket, at: number) => {
    const from = at - windowMs;
    while ((bucket.lookups[0] ?? Infinity) <= from) bucket.lookups.shift();
    while ((bucket.misses[0] ?? Infinity) <= from) bucket.misses.shift();
  };

  /** The address's bucket, moved to the most recently seen end; forgets the least recent when too many. */
  const bucketOf = (address: string | null, at: number): Bucket => {
    const bucket = buckets.get(address) ?? { lookups: [], misses: [] };
    buckets.delete(address);
    buckets.set(address, bucket);
    dropExpired(bucket, at);
    for (const oldest of buckets.keys()) {
      if (buckets.size <= limits.maxTrackedAddresses) break;
      buckets.delete(oldest);
    }
    return bucket;
  };

  /** Seconds until enough of a full list's entries leave the window to admit one more: at least 1. */
  const wait = (times: number[], max: number, at: number) => Math.max(1, Math.ceil(((times[times.length - max] ?? at) + windowMs - at) / 1000));

  return {
    admit(address) {
      const at = now();
      const bucket = bucketOf(address, at);
      const overLookups = bucket.lookups.length >= limits.maxLookups;
      const overMisses = bucket.misses.length >= limits.maxMisses;
      if (overLookups || overMisses) {
        const retryAfterSeconds = Math.max(
          overLookups ? wait(bucket.lookups, limits.maxLookups, at) : 0,
          overMisses ? wait(bucket.misses, limits.maxMisses, at) : 0,
        );
        return { allowed: false, retryAfterSeconds };
      }
      bucket.lookups.push(at);
      bucket.misses.push(at);
      let settled = false;
      return {
        allowed: true,
        found() {
          if (settled) return;
          settled = true;
          const index = bucket.misses.lastIndexOf(at);
          if (index >= 0) bucket.misses.splice(index, 1);
        },
      };
    },
  };
}
