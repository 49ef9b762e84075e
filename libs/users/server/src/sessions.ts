import { DomainError, validate } from '@egov/errors';
import type { Viewer } from '@egov/graphql';
import { signInSchema, type SignInInput, type User } from '@egov/users-model';
import { createLoginRateLimiter, type LoginRateLimiter } from './login-rate-limiter';
import type { SessionClaims, SessionTokens } from './session-tokens';
import type { UsersRepository } from './users-repository';

/** The one answer to wrong credentials: the same for an unknown e-mail, a wrong password and a disabled account. */
export const SIGN_IN_REFUSED = 'The e-mail address or the password is not right.';

/** The refusal of an attempt over the limits, with when to try again (Vietnamese first). */
export function signInLimitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${minutes} phút (too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}

/** Signing in and out, and who a token belongs to. */
export interface SessionService {
  /**
   * Checks the limits and the credentials, then starts a new session (a new id, never one the
   * client brought). Refusals are FORBIDDEN DomainErrors, or RATE_LIMITED ones over the limits.
   */
  signIn(input: SignInInput, address: string, userAgent?: string | null): Promise<{ user: User; token: string; claims: SessionClaims }>;
  /** The viewer of a token that is valid and whose session is open in the database, of an enabled user. */
  viewerFromToken(token: string): Promise<{ viewer: Viewer; claims: SessionClaims } | null>;
  /** Ends the session: its token no longer names a viewer, even if someone kept a copy. */
  signOut(claims: SessionClaims): Promise<void>;
}

export function createSessionService(options: { users: UsersRepository; tokens: SessionTokens; limiter?: LoginRateLimiter }): SessionService {
  const { users, tokens } = options;
  const limiter = options.limiter ?? createLoginRateLimiter();
  return {
    async signIn(input, address, userAgent = null) {
      const credentials = validate(signInSchema, input);
      // Counted before the hash is verified: a parallel burst gets only as many verifications as the limit.
      const gate = await limiter.admit(credentials.email, address);
      if (!gate.allowed) throw DomainError.rateLimited(signInLimitedMessage(gate.retryAfterSeconds), gate.retryAfterSeconds);
      const user = await users.verifyCredentials(credentials);
      if (!user) {
        await limiter.recordFailure(credentials.email, address);
        throw new DomainError('FORBIDDEN', SIGN_IN_REFUSED);
      }
      await limiter.recordSuccess(credentials.email, address);
      const { token, claims } = await tokens.issue(user.id);
      await users.sessions.start({ id: claims.sessionId, userId: user.id, expiresAt: claims.expiresAt, userAgent, address });
      return { user, token, claims };
    },

    async viewerFromToken(token) {
      const claims = await tokens.verify(token);
      if (!claims) return null;
      // The database decides, on every request: a session ended on any replica is refused here too.
      const owner = await users.sessions.owner(claims.sessionId, claims.userId);
      return owner ? { viewer: { userId: owner.userId, roles: owner.roles }, claims } : null;
    },

    async signOut(claims) {
      await users.sessions.end(claims.userId, claims.sessionId, claims.userId);
    },
  };
}
