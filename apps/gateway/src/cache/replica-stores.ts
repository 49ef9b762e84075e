import { openDatabase, type Database } from '@egov/db';
import { openPortalDatabase } from '@egov/portal-data';
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';

/** What gateway processes of one test share: a PostgreSQL database of its own and a Redis key prefix. */
export interface ReplicaStores {
  /** The database, migrated and holding the first data set: DATABASE_URL of every replica. */
  databaseUrl: string;
  /** REDIS_KEY_PREFIX of every replica: nothing another test run writes. */
  keyPrefix: string;
  /** Drops the database and deletes every key under the prefix. */
  dispose(): Promise<void>;
}

/**
 * Creates the stores for a test of several gateway processes. The database is migrated and
 * seeded here, and `prepare` (accounts, say) runs on it, before any replica starts: replicas
 * starting together would race to migrate.
 */
export async function createReplicaStores(options: {
  /** A short word naming the test, in the database's name and the key prefix. */
  name: string;
  /** The PostgreSQL server (TEST_DATABASE_URL) on which the database is made. */
  serverUrl: string;
  /** The Redis server (TEST_REDIS_URL) whose keys `dispose` cleans, if the replicas use one. */
  redisUrl?: string;
  prepare?: (db: Database) => Promise<void>;
}): Promise<ReplicaStores> {
  const suffix = randomBytes(6).toString('hex');
  const databaseName = `egov_${options.name}_${suffix}`;
  const keyPrefix = `egov:test:${options.name}-${suffix}:`;
  await onServer(options.serverUrl, (server) => server.query(`create database ${databaseName}`));
  const url = new URL(options.serverUrl);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  const portal = await openPortalDatabase({ databaseUrl });
  try {
    await options.prepare?.(portal.db);
  } finally {
    await portal.db.close();
  }
  return {
    databaseUrl,
    keyPrefix,
    async dispose() {
      if (options.redisUrl) await deleteRedisKeys(options.redisUrl, keyPrefix);
      await onServer(options.serverUrl, (server) => server.query(`drop database if exists ${databaseName} with (force)`));
    },
  };
}

async function onServer(serverUrl: string, work: (server: Database) => Promise<unknown>): Promise<void> {
  const server = await openDatabase({ databaseUrl: serverUrl });
  try {
    await work(server);
  } finally {
    await server.close();
  }
}

/** Deletes every key under `keyPrefix`: what a test's gateways wrote in a shared Redis. */
export async function deleteRedisKeys(redisUrl: string, keyPrefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    for (let cursor = '0', first = true; first || cursor !== '0'; first = false) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    }
  } finally {
    await redis.quit();
  }
}
