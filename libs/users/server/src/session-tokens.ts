import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/** Bytes a session secret must have at least: HS256 wants a key as long as its hash. */
export const MIN_SECRET_BYTES = 32;
/** How long a session lasts: a working day. */
export const DEFAULT_SESSION_SECONDS = 8 * 60 * 60;
/** Longest token read; anything longer is not one of ours and is not parsed. */
const MAX_TOKEN_LENGTH = 2048;
const ISSUER = 'egov-portal';
const AUDIENCE = 'egov-portal/session';

/** What a valid token says: whose session it is, its id (for sign-out) and its lifetime. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
  issuedAt: Date;
  expiresAt: Date;
}

export interface SessionTokens {
  issue(userId: string): Promise<{ token: string; claims: SessionClaims }>;
  /** The claims of a token signed with our secret and not expired; null for anything else. */
  verify(token: string): Promise<SessionClaims | null>;
}

export interface SessionTokenOptions {
  secret: Uint8Array;
  ttlSeconds?: number;
  /** The clock, for tests. */
  now?: () => Date;
}

/** Signed session tokens: JWTs with HS256, our issuer and audience, a subject and an id. */
export function createSessionTokens(options: SessionTokenOptions): SessionTokens {
  if (options.secret.byteLength < MIN_SECRET_BYTES) throw new Error(`A session secret has at least ${MIN_SECRET_BYTES} bytes.`);
  const secret = options.secret;
  const ttl = options.ttlSeconds ?? DEFAULT_SESSION_SECONDS;
  const now = options.now ?? (() => new Date());
  return {
    async issue(userId) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const sessionId = randomUUID();
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setSubject(userId)
        .setJti(sessionId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttl)
        .sign(secret);
      return { token, claims: { userId, sessionId, issuedAt: new Date(issuedAt * 1000), expiresAt: new Date((issuedAt + ttl) * 1000) } };
    },
    async verify(token) {
      if (!token || token.length > MAX_TOKEN_LENGTH) return null;
      try {
        const { payload } = await jwtVerify(token, secret, {
          algorithms: ['HS256'],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['sub', 'jti', 'iat', 'exp'],
          currentDate: now(),
        });
        if (typeof payload.sub !== 'string' || typeof payload.jti !== 'string' || payload.iat === undefined || payload.exp === undefined) return null;
        return { userId: payload.sub, sessionId: payload.jti, issuedAt: new Date(payload.iat * 1000), expiresAt: new Date(payload.exp * 1000) };
      } catch {
        return null;
      }
    },
  };
}

/**
 * The signing secret from `SESSION_SECRET` (at least 32 bytes, e.g. `openssl rand -base64 48`).
 * Unset in production: refuses to start. Unset elsewhere: a random secret for this process,
 * with a warning (sessions end when the process does, and replicas do not share them).
 * Set but too short: refuses everywhere, as a weak secret is worse than a missing one.
 */
export function sessionSecretFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (message) => console.warn(message),
): Uint8Array {
  const given = env['SESSION_SECRET'];
  const production = env['NODE_ENV'] === 'production';
  if (given) {
    const secret = new TextEncoder().encode(given);
    if (secret.byteLength < MIN_SECRET_BYTES) {
      throw new Error(`SESSION_SECRET has ${secret.byteLength} bytes; it needs at least ${MIN_SECRET_BYTES} (openssl rand -base64 48).`);
    }
    return secret;
  }
  if (production) throw new Error('SESSION_SECRET is not set: the gateway will not start in production without it (openssl rand -base64 48).');
  warn('SESSION_SECRET is not set: using a random secret for this process only; sessions end when it stops.');
  return new Uint8Array(randomBytes(MIN_SECRET_BYTES));
}
