import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lockDataFolder } from './data-folder-lock';
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

/**
 * Opens PostgreSQL when a URL is given, else the embedded PGlite (on disk or in memory). A folder
 * on disk is locked for this process until `close()`: a second process (or a second open in this
 * one) gets DataFolderInUseError before anything is read or written.
 */
export async function openDatabase(settings: DatabaseSettings = {}): Promise<Database> {
  const onQuery = settings.onQuery ? { onQuery: settings.onQuery } : {};
  if (settings.databaseUrl) return openPostgres({ connectionString: settings.databaseUrl, ...onQuery });
  if (!settings.dataDir) return openPglite(onQuery);
  mkdirSync(settings.dataDir, { recursive: true });
  const release = await lockDataFolder(settings.dataDir);
  try {
    const db = await openPglite({ dataDir: settings.dataDir, ...onQuery });
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
