/**
 * `npm start`: the portal's gateway on the embedded database (or DATABASE_URL), with the
 * first data set loaded on first start, at http://localhost:4200 (PORT to change).
 */
import { orExitWhenDataFolderInUse } from '@egov/db';
import { openPortalDatabase } from '@egov/portal-data';
import { createMemoryCacheStore } from './cache/memory-cache-store';
import { createRedisCacheStore } from './cache/redis-cache-store';
import { configFromEnv, startWarnings } from './config';
import { createDrain } from './drain';
import { createGateway } from './gateway';
import { openRedisRateLimiters } from './rate-limiters';
import { listenOrigin } from './routes/portal-origin';
import { sessionSecretOf } from './session-secret-file';
import { createStatementTiming } from './statement-timing';

const config = configFromEnv();
const statementTiming = config.serverTiming ? createStatementTiming() : null;
// A second portal on the same data folder stops here, with one clear line, before it touches the folder.
const portal = await orExitWhenDataFolderInUse(openPortalDatabase({ ...config.database, ...(statementTiming ? { onQuery: statementTiming.onQuery } : {}) }));
// Without SESSION_SECRET, the one kept in the data folder (made on first start): no set-up, and sessions survive a restart.
const { secret: sessionSecret, stored: storedSecret } = await sessionSecretOf(config.sessionSecret, config.dataFolder);
// REDIS_URL: replicas share the response cache, and a mutation on one invalidates what all serve.
let cacheFault: (error: unknown, action: string) => void = () => undefined;
// REDIS_URL: the sign-in and dossier lookup limits count in Redis, shared by replicas and kept over restarts.
let limiterFault: (error: unknown) => void = () => undefined;
const rateLimits = config.redis ? await openRedisRateLimiters({ ...config.redis, onError: (error) => limiterFault(error) }) : null;
const responseCache = !config.responseCache
  ? null
  : config.redis
    ? await createRedisCacheStore({ ...config.redis, onError: (error, action) => cacheFault(error, action) })
    : createMemoryCacheStore();
const drain = createDrain();
const app = await createGateway({
  drain,
  responseCache,
  statementTiming,
  // Links in answers never follow the request's Host: PUBLIC_URL, else the address listened on.
  publicUrl: config.publicUrl ?? listenOrigin(config.host, config.port),
  trustProxy: config.trustProxy,
  db: portal.db,
  repositories: portal.repositories,
  production: config.production,
  sessionSecret,
  logLevel: config.logLevel,
  ...(rateLimits ? { rateLimiters: rateLimits.limiters } : {}),
  staticApps: { root: config.staticRoot, manifestPath: config.remotesManifest },
});

for (const warning of startWarnings(config)) app.log.warn(warning);
if (storedSecret?.created) app.log.info({ path: storedSecret.path }, 'SESSION_SECRET is not set: made a session secret and keeps it in the data folder (owner-only)');
if (storedSecret?.narrowed) app.log.warn({ path: storedSecret.path }, 'the session secret file was readable by others: narrowed to its owner (0600)');
cacheFault = (error, action) => app.log.warn({ err: error, action }, 'Redis response cache fault: answering without it');
app.log.info({ responseCache: responseCache?.kind ?? 'off' }, 'response cache for anonymous reads');
limiterFault = (error) => app.log.warn({ err: error }, 'Redis rate limit fault: counting in this process meanwhile');
app.log.info({ rateLimits: rateLimits ? 'redis' : 'memory' }, 'sign-in and dossier lookup limits');
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
  // /readyz says 503 and answers in flight say `Connection: close`; Fastify stops accepting, closes
  // idle keep-alive connections, lets open requests finish (Apollo's drain plugin included), then we
  // close the database.
  drain.begin();
  await app.close();
  clearTimeout(deadline);
  await responseCache?.close();
  await rateLimits?.close();
  await portal.db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Portal ready at http://localhost:${config.port}/ (GraphQL at /graphql)`);
