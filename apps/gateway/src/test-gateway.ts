import { createTestDatabase, type TestBackend, type TestDatabase } from '@egov/db/testing';
import { createPortalRepositories, portalMigrations, seedFirstDataSet } from '@egov/portal-data';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { ResponseCacheStore } from './cache/response-cache-store';
import type { Drain } from './drain';
import { createGateway } from './gateway';

export interface RunningGateway {
  url: string;
  app: FastifyInstance;
  db: TestDatabase;
  /** POSTs a GraphQL operation the way the portal's client does, and returns status and body. */
  graphql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLBody }>;
  stop(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * A gateway over a fresh database holding the first data set, listening on a free port.
 * `onQuery` sees every SQL statement; `responseCache: null` serves every read fresh (a store: that one); `backend`
 * chooses the database (the embedded one unless told).
 */
export async function startTestGateway(
  options: {
    production?: boolean;
    onQuery?: (sql: string) => void;
    responseCache?: ResponseCacheStore | null;
    backend?: TestBackend;
    publicUrl?: string;
    drain?: Drain;
  } = {},
): Promise<RunningGateway> {
  const db = await createTestDatabase(options.backend ?? 'pglite', portalMigrations, options.onQuery ? { onQuery: options.onQuery } : {});
  await seedFirstDataSet(db);
  const app = await createGateway({
    db,
    repositories: createPortalRepositories(db),
    production: options.production ?? false,
    sessionSecret: new Uint8Array(randomBytes(32)),
    logLevel: 'silent',
    ...(options.responseCache !== undefined ? { responseCache: options.responseCache } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    ...(options.drain ? { drain: options.drain } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    db,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody };
    },
    async stop() {
      await app.close();
      await db.dispose();
    },
  };
}
