import { openDatabase, type DatabaseSettings } from '@egov/db';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Backend = 'pglite' | 'postgres';

/** A database of the benchmark's own, removed at the end: the gateway finds it through `gatewayEnv`. */
export interface BenchDatabase {
  backend: Backend;
  /** Where it is, for a one-line note under the table. */
  where: string;
  settings: DatabaseSettings;
  gatewayEnv: Record<string, string>;
  drop(): Promise<void>;
}

/** The embedded database in a temporary DATA_DIR (the gateway keeps PGlite's files in `<DATA_DIR>/pglite`). */
export function pgliteBenchDatabase(): BenchDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), 'egov-bench-scale-'));
  return {
    backend: 'pglite',
    where: dataDir,
    settings: { dataDir: join(dataDir, 'pglite') },
    // An empty DATABASE_URL counts as unset: the gateway opens PGlite even when the shell exports one.
    gatewayEnv: { DATA_DIR: dataDir, DATABASE_URL: '' },
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database on the PostgreSQL server of `serverUrl` (the gateway takes the database from
 * DATABASE_URL's path, its tables live in `public`), dropped at the end whatever its connections.
 */
export async function postgresBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `egov_bench_${randomBytes(4).toString('hex')}`;
  const admin = await openDatabase({ databaseUrl: serverUrl });
  try {
    await admin.exec(`create database ${name}`);
  } finally {
    await admin.close();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    backend: 'postgres',
    where: `${url.host}/${name}`,
    settings: { databaseUrl: url.toString() },
    gatewayEnv: { DATABASE_URL: url.toString() },
    async drop() {
      const admin = await openDatabase({ databaseUrl: serverUrl });
      try {
        await admin.exec(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.close();
      }
    },
  };
}
