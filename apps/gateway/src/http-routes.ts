import type { Database } from '@egov/db';
import type { PortalRepositories } from '@egov/portal-data';
import type { FastifyInstance } from 'fastify';
import type { Drain } from './drain';
import { registerNewsFeedRoute } from './routes/news-feed';
import { portalOrigin } from './routes/portal-origin';
import { registerOpenDataRoutes } from './routes/open-data-routes';

export interface HttpRouteDependencies {
  db: Database;
  repositories: PortalRepositories;
  /**
   * The portal's public address (`https://stttt.langson.gov.vn`), for absolute links that must
   * not depend on the host a client used (Atom ids); where the server listens when not given.
   */
  publicUrl?: string | null;
  /** While the replica stops, /readyz says so. */
  drain?: Drain;
}

/** The plain HTTP routes beside /graphql: liveness, readiness, feeds and open data. */
export async function registerHttpRoutes(app: FastifyInstance, deps: HttpRouteDependencies): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_, reply) => {
    if (deps.drain?.draining) return reply.code(503).send({ status: 'draining', reason: 'the replica is stopping' });
    try {
      await deps.db.query('select 1');
      return { status: 'ready' };
    } catch (error) {
      app.log.warn({ err: error }, 'database not reachable');
      return reply.code(503).send({ status: 'unavailable', reason: 'database not reachable' });
    }
  });
  registerNewsFeedRoute(app, { repositories: deps.repositories, portalOrigin: portalOrigin(app, deps.publicUrl) });
  registerOpenDataRoutes(app, { repositories: deps.repositories });
}
