/**
 * Counting failed sign-ins, per account and per address, over fixed windows.
 * The counts live behind `AttemptStore`: in memory for one process (here), or in Redis for
 * replicas that share them (`INCR key` + `PEXPIRE key window NX` for `hit`, `GET` + `PTTL` for
 * `peek`, `DEL` for `reset`); the limiter does not change.
 */
export interface AttemptStore {
  /** Adds one failure to the key's window (opening one of `windowMs` if none is open); returns the count. */
  hit(key: string, windowMs: number): Promise<number>;
  /** The failures in the key's open window and when it closes; count 0 when none is open. */
  peek(key: string): Promise<{ count: number; resetAt: number }>;
  reset(key: string): Promise<void>;
}

/** One process's counts, bounded in size: when full, closed windows go first, then the oldest. */
export function createMemoryAttemptStore(options: { now?: () => number; maxKeys?: number } = {}): AttemptStore {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const windows = new Map<string, { count: number; resetAt: number }>();
  const open = (key: string) => {
    const window = windows.get(key);
    if (window && window.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };
  const makeRoom = () => {
    if (windows.size < maxKeys) return;
    for (const [key, window] of windows) if (window.resetAt <= now()) windows.delete(key);
    for (const key of windows.keys()) {
      if (windows.size < maxKeys) break;
      windows.delete(key);
    }
  };
  return {
    async hit(key, windowMs) {
      const window = open(key);
      if (window) {
        window.count += 1;
        return window.count;
      }
      makeRoom();
      windows.set(key, { count: 1, resetAt: now() + windowMs });
      return 1;
    },
    async peek(key) {
      return open(key) ?? { count: 0, resetAt: now() };
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

export interface LoginLimits {
  /** Failures allowed per account (e-mail) in a window; the next attempt is refused. */
  perAccount: number;
  /** Failures allowed per client address in a window: one address trying many accounts. */
  perAddress: number;
  windowMs: number;
}

/** 5 failures per account and 20 per address, per 15 minutes. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

export interface LoginRateLimiter {
  /** Whether a sign-in may be tried now; when not, how many seconds until it may. */
  check(email: string, address: string): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  recordFailure(email: string, address: string): Promise<void>;
  /** A success clears the account's count (not the address's: one good account must not hide a spray). */
  recordSuccess(email: string, address: string): Promise<void>;
}

export function createLoginRateLimiter(
  options: { store?: AttemptStore; limits?: LoginLimits; now?: () => number } = {},
): LoginRateLimiter {
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryAttemptStore({ now });
  const limits = options.limits ?? DEFAULT_LOGIN_LIMITS;
  const accountKey = (email: string) => `login:account:${email.trim().toLowerCase()}`;
  const addressKey = (address: string) => `login:address:${address}`;
  return {
    async check(email, address) {
      const [account, client] = await Promise.all([store.peek(accountKey(email)), store.peek(addressKey(address))]);
      const blockedUntil = Math.max(
        account.count >= limits.perAccount ? account.resetAt : 0,
        client.count >= limits.perAddress ? client.resetAt : 0,
      );
      if (blockedUntil === 0) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((blockedUntil - now()) / 1000)) };
    },
    async recordFailure(email, address) {
      await Promise.all([store.hit(accountKey(email), limits.windowMs), store.hit(addressKey(address), limits.windowMs)]);
    },
    async recordSuccess(email) {
      await store.reset(accountKey(email));
    },
  };
}
