import { databaseSettingsFromEnv, type DatabaseSettings } from '@egov/db';
import { sessionSecretFromEnv } from '@egov/users-server';
import { resolve } from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4200),
  HOST: z.string().min(1).default('localhost'),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'a Redis URL: redis://host:port or rediss://host:port')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  REDIS_KEY_PREFIX: z.string().min(1).max(100).default('egov:gateway:'),
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
  TRUST_PROXY: z.string().max(500).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional().or(z.literal('').transform(() => undefined)),
  STATIC_ROOT: z.string().min(1).default('dist/apps'),
  REMOTES_MANIFEST: z.string().min(1).default('apps/shell/remotes.json'),
  SERVER_TIMING: z.enum(['on', 'off']).default('off'),
  SHUTDOWN_DEADLINE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
});

export interface GatewayConfig {
  port: number;
  host: string;
  /** Production hides introspection and the landing page, and masks errors. */
  production: boolean;
  logLevel: string;
  database: DatabaseSettings;
  /**
   * SESSION_SECRET; null when it is not set: the gateway then keeps one in the data folder
   * (made on first start, owner-only), see session-secret-file.ts.
   */
  sessionSecret: Uint8Array | null;
  /** DATA_DIR (default `.data`), absolute: the embedded database and the session secret file. */
  dataFolder: string;
  /** REDIS_URL: the response cache and the rate limits shared by replicas; null keeps them in this process. */
  redis: { url: string; keyPrefix: string } | null;
  /** RESPONSE_CACHE=off: every read is answered fresh (benchmarks measure the database, not the cache). */
  responseCache: boolean;
  /** PUBLIC_URL: the portal's public address, for links and feed ids that must not depend on the Host header. */
  publicUrl: string | null;
  /** TRUST_PROXY: "true", a number of proxy hops, or comma-separated proxy addresses. */
  trustProxy: boolean | number | string;
  /** STATIC_ROOT: the built apps (`dist/apps`): the shell in `shell/`, each remote in `<id>/`; absolute. */
  staticRoot: string;
  /** REMOTES_MANIFEST: the file served at `/remotes.json` (`apps/shell/remotes.json`); absolute. */
  remotesManifest: string;
  /**
   * SHUTDOWN_DEADLINE_MS: how long a stop waits for open requests to finish before it closes
   * their connections (a client that never reads its answer must not hold the stop open).
   */
  shutdownDeadlineMs: number;
  /** SERVER_TIMING=on: each answer names the SQL statements it cost (off by default: it tells callers how the work is done). */
  serverTiming: boolean;
}

function trustProxyFrom(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Reads the gateway's settings from the environment; a wrong value stops the start with a clear message. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    production: parsed.data.NODE_ENV === 'production',
    logLevel: parsed.data.LOG_LEVEL,
    database: databaseSettingsFromEnv(env),
    // Checked (length) when given; when not, main.ts reads or makes the data folder's.
    sessionSecret: env['SESSION_SECRET'] ? sessionSecretFromEnv(env) : null,
    dataFolder: resolve(env['DATA_DIR'] || '.data'),
    redis: parsed.data.REDIS_URL ? { url: parsed.data.REDIS_URL, keyPrefix: parsed.data.REDIS_KEY_PREFIX } : null,
    responseCache: parsed.data.RESPONSE_CACHE === 'on',
    publicUrl: parsed.data.PUBLIC_URL ?? null,
    trustProxy: trustProxyFrom(parsed.data.TRUST_PROXY),
    // Relative paths are read from the working directory: the repository root under `npm start`.
    staticRoot: resolve(parsed.data.STATIC_ROOT),
    remotesManifest: resolve(parsed.data.REMOTES_MANIFEST),
    shutdownDeadlineMs: parsed.data.SHUTDOWN_DEADLINE_MS,
    serverTiming: parsed.data.SERVER_TIMING === 'on',
  };
}

/**
 * What an operator should hear at start. In production without PUBLIC_URL, feed links use the
 * address the portal listens on (`http://localhost:4200`), which readers outside cannot follow.
 */
export function startWarnings(config: Pick<GatewayConfig, 'production' | 'publicUrl' | 'sessionSecret' | 'database' | 'dataFolder'>): string[] {
  const warnings: string[] = [];
  if (!config.sessionSecret && config.database.databaseUrl) {
    warnings.push(
      `SESSION_SECRET is not set: sessions are signed with the secret kept in ${config.dataFolder}; replicas on one database each keep their own, so set SESSION_SECRET when there is more than one`,
    );
  }
  if (config.production && !config.publicUrl) {
    warnings.push('PUBLIC_URL is not set: feed ids and links use the address the portal listens on; set PUBLIC_URL to the address citizens use (https://…)');
  }
  return warnings;
}
