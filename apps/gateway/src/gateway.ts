import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import zlib from 'node:zlib';
import type { Database } from '@egov/db';
import { composeSchema, createRequestContext, type RequestContext } from '@egov/graphql';
import type { PortalRepositories } from '@egov/portal-data';
import { createDossierLookupLimiter } from '@egov/procedures-server';
import { createLoginRateLimiter, createSessionService, createSessionTokens, memoryRateLimiters, registerSessionHttp, type RateLimiterFactory, type SessionControl } from '@egov/users-server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { cacheScopes } from './cache/cache-scopes';
import { httpCachePolicyPlugin } from './cache/http-cache-policy';
import { createMemoryCacheStore } from './cache/memory-cache-store';
import { renderedPageCache } from './cache/rendered-page-cache';
import { responseCachePlugins } from './cache/response-cache-plugins';
import type { ResponseCacheStore } from './cache/response-cache-store';
import { createDrain, registerDrainHeaders, type Drain } from './drain';
import { registerFaultAnswers } from './fault-answers';
import { registerHttpRoutes } from './http-routes';
import { portalOrigin } from './routes/portal-origin';
import { registerSiteMapRoutes } from './routes/site-map';
import { createServerRendering } from './routes/server-render';
import { registerStaticApps, type StaticAppsOptions } from './routes/static-apps';
import { schemaModules } from './schema-modules';
import { registerSecurityHeaders } from './security-headers';
import type { StatementTiming } from './statement-timing';

/** Limits on what one request may ask (graphql-armor defaults or stricter). */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 1000,
  maxDirectives: 50,
  /** Bytes of one request body. */
  maxBodyBytes: 100 * 1024,
} as const;

/**
 * The limits on depth, aliases, cost, tokens and directives every operation is checked against.
 * A fragment counts as its fields in place (flattened): naming a selection adds no level to the
 * answer, so it costs what the same selection written inline costs.
 */
export function queryArmor(production: boolean): ApolloArmor {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
}

export interface GatewayOptions {
  db: Database;
  repositories: PortalRepositories;
  production: boolean;
  /** Signs session tokens: SESSION_SECRET, at least 32 bytes. */
  sessionSecret: Uint8Array;
  logLevel?: string;
  /**
   * Where anonymous answers and persisted queries are cached: in this process when omitted, in
   * Redis to share them between replicas; null serves every request fresh (no response cache).
   */
  responseCache?: ResponseCacheStore | null;
  /**
   * Where the sign-in and dossier lookup limits count: in this process when omitted, in Redis
   * (`openRedisRateLimiters`) for replicas that share the counts and keep them over a restart.
   */
  rateLimiters?: RateLimiterFactory;
  /** The portal's public address (PUBLIC_URL); without it, links use the address the server listens on, never the request's Host. */
  publicUrl?: string | null;
  /** Trust X-Forwarded-For from these proxies (TRUST_PROXY: true, a hop count, or addresses). */
  trustProxy?: boolean | number | string;
  /**
   * The built shell and remotes and the remotes manifest, served from the gateway's own port;
   * left out, the gateway serves only its API (tests, an API-only replica behind a CDN).
   */
  staticApps?: StaticAppsOptions;
  /** SERVER_TIMING=on: each answer's statement count in `Server-Timing` (its `onQuery` must observe `db`). */
  statementTiming?: StatementTiming | null;
  /** The stop of this replica (main.ts begins it on SIGTERM): /readyz says 503, answers close their connection. */
  drain?: Drain;
}

/** How long a persisted query's text is kept after its last registration (seconds). */
const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60;

/** The reader of a server-rendered page: anonymous, with no session to read, set or clear. */
const anonymousSession: SessionControl = { address: '', userAgent: null, current: null, setCookie: () => undefined, clearCookie: () => undefined };

/**
 * The one HTTP endpoint of the suite: GraphQL at /graphql over every domain, and the
 * operational routes beside it. Returns the server unstarted; call `listen`.
 */
export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: QUERY_LIMITS.maxBodyBytes,
    // Behind a reverse proxy the client's address comes from X-Forwarded-For (limits per address).
    trustProxy: options.trustProxy ?? false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // First, so every route and plugin registered below answers its faults masked.
  registerFaultAnswers(app);
  await registerSecurityHeaders(app, { production: options.production });
  options.statementTiming?.register(app);
  const drain = options.drain ?? createDrain();
  registerDrainHeaders(app, drain);
  // Answers travel compressed when the client accepts it (Brotli at quality 4, or gzip): a page's
  // GraphQL answer of 40 kB of JSON arrives as a few kB. Built files come pre-compressed already.
  // Each chunk a stream writes is flushed: a download's first batch reaches the reader at once,
  // where Brotli alone would hold the first second of a 50,000-row file before sending a byte.
  // An answer of up to 64 kB is compressed in one call and sent with its length in one write
  // (the plugin streams those above 8 kB on two cores: an awards page of 30 kB took 34 ms, now 18).
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    brotliOptions: { flush: zlib.constants.BROTLI_OPERATION_FLUSH, params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { flush: zlib.constants.Z_SYNC_FLUSH },
    syncThreshold: 64 * 1024,
  });

  const limiters = options.rateLimiters ?? memoryRateLimiters;
  const sessions = createSessionService({
    users: options.repositories.users,
    tokens: createSessionTokens({ secret: options.sessionSecret }),
    limiter: createLoginRateLimiter({ limiters }),
  });
  const sessionHttp = await registerSessionHttp(app, { sessions, production: options.production });

  const protection = queryArmor(options.production).protect();

  const modules = schemaModules(options.repositories, { sessions, lookupLimiter: createDossierLookupLimiter({ limiters }) });
  const schema = composeSchema(modules);
  const responseCache = options.responseCache === undefined ? createMemoryCacheStore() : options.responseCache;
  const scopes = cacheScopes(modules, schema);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    // One cache for answers and for automatic persisted queries (clients may send a query's hash).
    ...(responseCache?.cache ? { cache: responseCache.cache } : {}),
    persistedQueries: { ttl: PERSISTED_QUERY_TTL_SECONDS },
    introspection: !options.production,
    csrfPrevention: true,
    // main.ts owns shutdown: it drains Fastify (and Apollo with it), then closes the database.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Stack traces stay in the logs, in every mode: a client never needs one.
    includeStacktraceInErrorResponses: false,
    // Compact JSON: Apollo indents answers by default, which costs a large list about 2 ms of the
    // event loop and a third more bytes before compression, for no reader.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: [...protection.validationRules],
    plugins: [
      ...protection.plugins,
      ...(responseCache ? responseCachePlugins({ store: responseCache, schema, scopes }) : []),
      httpCachePolicyPlugin(),
      fastifyApolloDrainPlugin(app),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.['code'];
      if (code !== 'INTERNAL_SERVER_ERROR') return formatted;
      // Apollo's own refusals of a request (a persisted query whose hash does not match) carry an
      // HTTP status below 500 but no code: they are the client's mistake, said plainly.
      const status = (error as { extensions?: { http?: { status?: number } } }).extensions?.http?.status;
      if (status !== undefined && status < 500) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
      // A fault: log it whole, tell the client nothing about SQL or stacks.
      app.log.error({ err: unwrapResolverError(error) }, 'GraphQL resolver fault');
      return { message: 'Internal server error', extensions: { code }, ...(formatted.path ? { path: formatted.path } : {}) };
    },
  });
  await apollo.start();

  await app.register(fastifyApollo(apollo), {
    context: (request, reply) => sessionHttp.requestContext(request, reply),
  });

  await registerHttpRoutes(app, { db: options.db, repositories: options.repositories, drain, publicUrl: options.publicUrl ?? null });
  // Last: its catch-all route gives the shell's page to any path the routes above do not answer.
  if (options.staticApps) {
    // Public pages are rendered here with the same schema, limits and response cache as /graphql,
    // as an anonymous reader whoever asks: a page's HTML never holds what only staff may read.
    const serverRendering = createServerRendering({
      root: options.staticApps.root,
      log: app.log,
      ...(responseCache ? { cache: renderedPageCache(responseCache, scopes) } : {}),
      execute: async ({ requestId, address }, operation) => {
        const contextValue = { ...createRequestContext(null, requestId, address), session: { ...anonymousSession, address } };
        const response = await apollo.executeOperation({ query: operation.query, variables: operation.variables, ...(operation.operationName ? { operationName: operation.operationName } : {}) }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('a page query answered in increments');
        // As a browser receives it: scalars serialised to JSON (a DateTime is a string there), so
        // the server renders what the browser will hydrate, whether or not the answer was cached.
        return JSON.parse(JSON.stringify(response.body.singleResult)) as typeof response.body.singleResult;
      },
    });
    const staticApps = await registerStaticApps(app, { production: options.production, serverRendering, origin: portalOrigin(app, options.publicUrl), ...options.staticApps });
    registerSiteMapRoutes(app, { repositories: options.repositories, portalOrigin: portalOrigin(app, options.publicUrl), remotes: staticApps.currentRemotes });
  }

  return app;
}
