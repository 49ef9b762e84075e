export { usersMigrations } from './migrations';
export { createUsersRepository, isUserId, type SessionState, type UsersRepository } from './users-repository';
export { ARGON2ID_OPTIONS, hashPassword, verifyPassword } from './password-hashing';
export {
  createSessionTokens,
  DEFAULT_SESSION_SECONDS,
  MIN_SECRET_BYTES,
  sessionSecretFromEnv,
  type SessionClaims,
  type SessionTokenOptions,
  type SessionTokens,
} from './session-tokens';
export {
  createLoginRateLimiter,
  DEFAULT_LOGIN_LIMITS,
  memoryRateLimiters,
  type LoginLimits,
  type LoginRateLimiter,
  type RateLimiterFactory,
} from './login-rate-limiter';
export { createSessionService, SIGN_IN_REFUSED, type SessionService } from './sessions';
export type { SessionControl, UsersRequestContext } from './session-context';
export { registerSessionHttp, SESSION_COOKIE, type SessionHttp, type SessionHttpOptions } from './session-http';
export { userLoader, usersGraphQLModule } from './users-graphql';
