import { describe, expect, it } from 'vitest';
import { configFromEnv, startWarnings } from './config';

const secret = 'x'.repeat(48);

describe('configFromEnv', () => {
  it('runs the portal on port 4200 with the embedded database when nothing is set', () => {
    const config = configFromEnv({ SESSION_SECRET: secret });
    expect(config).toMatchObject({ port: 4200, production: false, redis: null, responseCache: true, publicUrl: null, trustProxy: false, shutdownDeadlineMs: 10_000 });
    expect(config.database.dataDir).toMatch(/\.data\/pglite$/);
  });

  it('switches to PostgreSQL, Redis, a public address and a trusted proxy from the environment', () => {
    const config = configFromEnv({
      SESSION_SECRET: secret,
      DATABASE_URL: 'postgres://egov@db:5432/portal',
      REDIS_URL: 'redis://cache:6379',
      PUBLIC_URL: 'https://stttt.langson.gov.vn',
      TRUST_PROXY: '1',
      PORT: '8080',
      SHUTDOWN_DEADLINE_MS: '2500',
    });
    expect(config).toMatchObject({
      port: 8080,
      database: { databaseUrl: 'postgres://egov@db:5432/portal' },
      redis: { url: 'redis://cache:6379', keyPrefix: 'egov:gateway:' },
      publicUrl: 'https://stttt.langson.gov.vn',
      trustProxy: 1,
      shutdownDeadlineMs: 2500,
    });
  });

  it('answers every read fresh with RESPONSE_CACHE=off (for benchmarks)', () => {
    expect(configFromEnv({ SESSION_SECRET: secret, RESPONSE_CACHE: 'off' }).responseCache).toBe(false);
    expect(() => configFromEnv({ SESSION_SECRET: secret, RESPONSE_CACHE: 'no' })).toThrow(/RESPONSE_CACHE/);
  });

  it('names the statements an answer cost only with SERVER_TIMING=on', () => {
    expect(configFromEnv({ SESSION_SECRET: secret }).serverTiming).toBe(false);
    expect(configFromEnv({ SESSION_SECRET: secret, SERVER_TIMING: 'on' }).serverTiming).toBe(true);
    expect(() => configFromEnv({ SESSION_SECRET: secret, SERVER_TIMING: 'yes' })).toThrow(/SERVER_TIMING/);
  });

  it('stops with a message naming each wrong setting', () => {
    expect(() => configFromEnv({ SESSION_SECRET: secret, PORT: 'eighty', REDIS_URL: 'http://nope' })).toThrow(/PORT.*REDIS_URL/s);
    expect(() => configFromEnv({ SESSION_SECRET: secret, PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
  });

  it('leaves the session secret to the data folder when SESSION_SECRET is not set, in production too, and refuses a short one', () => {
    expect(configFromEnv({ NODE_ENV: 'production', DATA_DIR: '/var/lib/egov' })).toMatchObject({ sessionSecret: null, dataFolder: '/var/lib/egov' });
    expect(() => configFromEnv({ SESSION_SECRET: 'short' })).toThrow(/at least 32/);
  });
});

describe('startWarnings', () => {
  it('warns when the portal runs as in production without PUBLIC_URL, and only then', () => {
    expect(startWarnings(configFromEnv({ SESSION_SECRET: secret, NODE_ENV: 'production' }))).toEqual([expect.stringMatching(/PUBLIC_URL is not set/)]);
    expect(startWarnings(configFromEnv({ SESSION_SECRET: secret, NODE_ENV: 'production', PUBLIC_URL: 'https://stttt.langson.gov.vn' }))).toEqual([]);
    expect(startWarnings(configFromEnv({ SESSION_SECRET: secret }))).toEqual([]);
  });

  it('warns that replicas on one PostgreSQL need SESSION_SECRET when the secret comes from the data folder', () => {
    expect(startWarnings(configFromEnv({ DATABASE_URL: 'postgres://egov@db:5432/portal' }))).toEqual([expect.stringMatching(/set SESSION_SECRET when there is more than one/)]);
    expect(startWarnings(configFromEnv({ DATABASE_URL: 'postgres://egov@db:5432/portal', SESSION_SECRET: secret }))).toEqual([]);
  });
});
