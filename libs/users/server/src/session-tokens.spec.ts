import { SignJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createSessionTokens, MIN_SECRET_BYTES, sessionSecretFromEnv } from './session-tokens';

const secret = new TextEncoder().encode('a'.repeat(32));
const other = new TextEncoder().encode('b'.repeat(32));

describe('session tokens', () => {
  it('round-trips a session', async () => {
    const tokens = createSessionTokens({ secret });
    const { token, claims } = await tokens.issue('user-1');
    expect(await tokens.verify(token)).toEqual(claims);
    expect(claims.expiresAt.getTime() - claims.issuedAt.getTime()).toBe(8 * 3600 * 1000);
  });

  it('gives no session for a tampered token, another secret, garbage or an oversize token', async () => {
    const tokens = createSessionTokens({ secret });
    const { token } = await tokens.issue('user-1');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin' })).toString('base64url');
    expect(await tokens.verify(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await tokens.verify(`${token.slice(0, -2)}xx`)).toBeNull();
    expect(await createSessionTokens({ secret: other }).verify(token)).toBeNull();
    for (const junk of ['', 'abc', 'a.b.c', `${token}.${'x'.repeat(3000)}`]) expect(await tokens.verify(junk)).toBeNull();
  });

  it('refuses the "none" algorithm and tokens without our audience', async () => {
    const tokens = createSessionTokens({ secret });
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"u","jti":"j"}').toString('base64url')}.`;
    expect(await tokens.verify(unsigned)).toBeNull();
    const foreign = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setJti('j').setIssuedAt().setExpirationTime('1h').sign(secret);
    expect(await tokens.verify(foreign)).toBeNull();
  });

  it('expires a session at the end of its lifetime', async () => {
    let now = new Date('2026-01-01T08:00:00Z');
    const tokens = createSessionTokens({ secret, ttlSeconds: 3600, now: () => now });
    const { token } = await tokens.issue('user-1');
    now = new Date('2026-01-01T08:59:59Z');
    expect(await tokens.verify(token)).not.toBeNull();
    now = new Date('2026-01-01T09:00:00Z');
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => createSessionTokens({ secret: secret.slice(0, MIN_SECRET_BYTES - 1) })).toThrow(/32 bytes/);
  });
});

describe('the session secret from the environment', () => {
  it('uses SESSION_SECRET when long enough, and refuses a short one everywhere', () => {
    expect(sessionSecretFromEnv({ SESSION_SECRET: 'x'.repeat(32), NODE_ENV: 'production' })).toHaveLength(32);
    expect(() => sessionSecretFromEnv({ SESSION_SECRET: 'x'.repeat(31) })).toThrow(/at least 32/);
  });

  it('refuses to start in production without it', () => {
    expect(() => sessionSecretFromEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET is not set/);
  });

  it('makes a random one per process elsewhere, with a warning', () => {
    const warn = vi.fn();
    const a = sessionSecretFromEnv({}, warn);
    const b = sessionSecretFromEnv({ NODE_ENV: 'development' }, warn);
    expect(a).toHaveLength(32);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/SESSION_SECRET is not set/);
  });
});
