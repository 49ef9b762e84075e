import { databaseSettingsFromEnv, type DatabaseSettings } from '@egov/db';
import { sessionSecretFromEnv } from '@egov/users-server';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4200),
  HOST: z.string().min(1).default('localhost'),
  NODE_ENV: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface GatewayConfig {
  port: number;
  host: string;
  /** Production hides introspection and the landing page, and masks errors. */
  production: boolean;
  logLevel: string;
  database: DatabaseSettings;
  sessionSecret: Uint8Array;
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
    sessionSecret: sessionSecretFromEnv(env),
  };
}
