export { usersMigrations } from './migrations';
export { createUsersRepository, isUserId, RESET_CODE_REFUSED, type UsersRepository } from './users-repository';
export { createSessionsRepository, MAX_USER_AGENT_LENGTH, type SessionOwner, type SessionsRepository, type StaffSession } from './sessions-repository';
export { RESET_CODE_MAX_ATTEMPTS, RESET_CODE_TTL_HOURS } from './password-reset-codes';
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
export { userLoader } from './graphql/loaders';
export { usersGraphQLModule } from './graphql/module';
