/**
 * `npm start`: the portal's gateway on the embedded database (or DATABASE_URL), with the
 * first data set loaded on first start, at http://localhost:4200 (PORT to change).
 */
import { isDataFolderInUse } from '@egov/db';
import { openPortalDatabase } from '@egov/portal-data';
import { createMemoryCacheStore } from './cache/memory-cache-store';
import { createRedisCacheStore } from './cache/redis-cache-store';
import { configFromEnv } from './config';
import { createGateway } from './gateway';

const config = configFromEnv();
const portal = await openPortalDatabase(config.database).catch((error: unknown) => {
  // A second portal on the same data folder: one clear line, not a stack trace.
  if (!isDataFolderInUse(error)) throw error;
  console.error(error.message);
  process.exit(1);
});
// REDIS_URL: replicas share the response cache, and a mutation on one invalidates what all serve.
let cacheFault: (error: unknown, action: string) => void = () => undefined;
const responseCache = !config.responseCache
  ? null
  : config.redis
    ? await createRedisCacheStore({ ...config.redis, onError: (error, action) => cacheFault(error, action) })
    : createMemoryCacheStore();
const app = await createGateway({
  responseCache,
  publicUrl: config.publicUrl,
  trustProxy: config.trustProxy,
  db: portal.db,
  repositories: portal.repositories,
  production: config.production,
  sessionSecret: config.sessionSecret,
  logLevel: config.logLevel,
  staticApps: { root: config.staticRoot, manifestPath: config.remotesManifest },
});

cacheFault = (error, action) => app.log.warn({ err: error, action }, 'Redis response cache fault: answering without it');
app.log.info({ responseCache: responseCache?.kind ?? 'off' }, 'response cache for anonymous reads');
if (portal.migrationsApplied.length) app.log.info({ migrations: portal.migrationsApplied }, 'migrations applied');
if (portal.seeded) app.log.info({ inserted: portal.seeded }, 'first data set loaded');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  const deadlineMs = config.shutdownDeadlineMs;
  app.log.info({ signal, deadlineMs }, 'stopping: draining open requests');
  // A client that never reads its answer (or never ends its request) would hold the stop open for
  // ever: at the deadline, the connections still open are closed, and the requests on them with them.
  const deadline = setTimeout(() => {
    app.log.warn({ deadlineMs }, 'stopping: deadline passed, closing the connections still open');
    app.server.closeAllConnections();
    // Should closing still hang (a database that does not answer), the process goes anyway.
    setTimeout(() => process.exit(1), 5_000).unref();
  }, deadlineMs);
  deadline.unref();
  // Fastify stops accepting, lets open requests finish (Apollo's drain plugin included), then we close the database.
  await app.close();
  clearTimeout(deadline);
  await responseCache?.close();
  await portal.db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Portal ready at http://localhost:${config.port}/ (GraphQL at /graphql)`);
