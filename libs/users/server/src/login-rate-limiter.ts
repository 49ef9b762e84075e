import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Makes one counter of rate-limiter-flexible: in memory for one process (`memoryRateLimiters`), or
 * in Redis for replicas that share the counts and keep them over a restart (the gateway's).
 */
export type RateLimiterFactory = (options: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

export const memoryRateLimiters: RateLimiterFactory = (options) => new RateLimiterMemory(options);

export interface LoginLimits {
  /** Attempts one address may make on one account per window before it is refused (a guesser). */
  perAccountAddress: number;
  /** Failed attempts one address may make across all accounts per window (a spray). */
  perAddress: number;
  windowSeconds: number;
  /** The slowdown of an account with failures, from any address: first and longest pause. */
  firstDelayMs: number;
  maxDelayMs: number;
}

/**
 * 5 failures per (account, address) and 20 per address, per 15 minutes; an account with failures
 * answers 1 s, 2 s, 4 s… up to 10 s later, but never refuses its owner from another address.
 */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccountAddress: 5, perAddress: 20, windowSeconds: 15 * 60, firstDelayMs: 1000, maxDelayMs: 10_000 };

export type SignInAdmission = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginRateLimiter {
  /**
   * Counts the attempt before the password is verified (one atomic increment per counter, so a
   * parallel burst cannot pass the limit), then waits out the account's slowdown; or refuses.
   */
  admit(email: string, address: string): Promise<SignInAdmission>;
  recordFailure(email: string, address: string): Promise<void>;
  /** A success gives back the attempt and clears the account's slowdown and the pair's count. */
  recordSuccess(email: string, address: string): Promise<void>;
}

/** The pause before verifying an attempt on an account with `failures` recent failures: doubling, capped. */
export function slowdownMs(failures: number, limits: LoginLimits = DEFAULT_LOGIN_LIMITS): number {
  if (failures <= 0) return 0;
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.min(failures - 1, 20));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sign-in limits after OWASP's authentication guidance: a guesser is refused per (account,
 * address) and per address, while the account itself is only slowed down, so nobody can lock its
 * owner out by failing on purpose.
 */
export function createLoginRateLimiter(
  options: { limiters?: RateLimiterFactory; limits?: LoginLimits; pause?: (ms: number) => Promise<void> } = {},
): LoginRateLimiter {
  const make = options.limiters ?? memoryRateLimiters;
  const limits = options.limits ?? DEFAULT_LOGIN_LIMITS;
  const pause = options.pause ?? sleep;
  const duration = limits.windowSeconds;
  const pairs = make({ keyPrefix: 'login-pair', points: limits.perAccountAddress, duration });
  const addresses = make({ keyPrefix: 'login-address', points: limits.perAddress, duration });
  // Never refuses (get and penalty only): it counts the account's failures for the slowdown.
  const accounts = make({ keyPrefix: 'login-account', points: Number.MAX_SAFE_INTEGER, duration });
  const account = (email: string) => email.trim().toLowerCase();
  const pair = (email: string, address: string) => `${account(email)}|${address}`;

  return {
    async admit(email, address) {
      const counted = await Promise.allSettled([pairs.consume(pair(email, address)), addresses.consume(address)]);
      let waitMs = 0;
      for (const result of counted) {
        if (result.status === 'fulfilled') continue;
        // A RateLimiterRes is a refusal; anything else is a store fault, not the client's.
        if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
        waitMs = Math.max(waitMs, result.reason.msBeforeNext);
      }
      if (waitMs > 0 || counted.some((result) => result.status === 'rejected')) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
      }
      const failures = (await accounts.get(account(email)))?.consumedPoints ?? 0;
      const delay = slowdownMs(failures, limits);
      if (delay > 0) await pause(delay);
      return { allowed: true };
    },
    async recordFailure(email) {
      await accounts.penalty(account(email));
    },
    async recordSuccess(email, address) {
      await Promise.all([pairs.delete(pair(email, address)), addresses.reward(address), accounts.delete(account(email))]);
    },
  };
}
