import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database, QueryObserver } from './database';
import { openPglite } from './pglite-database';
import { openPostgres } from './postgres-database';

export interface DatabaseSettings {
  /** A PostgreSQL server; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** The folder of the embedded database's files; when absent it lives in memory. */
  dataDir?: string | undefined;
  onQuery?: QueryObserver;
}

/**
 * Where the portal keeps its data, from the environment: `DATABASE_URL` for a PostgreSQL server,
 * otherwise the embedded database in `DATA_DIR` (default `.data/` under the working folder).
 */
export function databaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseSettings {
  if (env['DATABASE_URL']) return { databaseUrl: env['DATABASE_URL'] };
  return { dataDir: join(resolve(cwd, env['DATA_DIR'] || '.data'), 'pglite') };
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite (on disk or in memory). */
export async function openDatabase(settings: DatabaseSettings = {}): Promise<Database> {
  if (settings.databaseUrl) {
    return openPostgres({ connectionString: settings.databaseUrl, ...(settings.onQuery ? { onQuery: settings.onQuery } : {}) });
  }
  if (settings.dataDir) mkdirSync(settings.dataDir, { recursive: true });
  return openPglite({ ...(settings.dataDir ? { dataDir: settings.dataDir } : {}), ...(settings.onQuery ? { onQuery: settings.onQuery } : {}) });
}
