import type { Database } from '@egov/db';
import type { PortalRepositories } from '@egov/portal-data';
import type { FastifyInstance } from 'fastify';

export interface HttpRouteDependencies {
  db: Database;
  repositories: PortalRepositories;
}

/** The plain HTTP routes beside /graphql: liveness, readiness, feeds and open data. */
export async function registerHttpRoutes(app: FastifyInstance, deps: HttpRouteDependencies): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_, reply) => {
    try {
      await deps.db.query('select 1');
      return { status: 'ready' };
    } catch (error) {
      app.log.warn({ err: error }, 'database not reachable');
      return reply.code(503).send({ status: 'unavailable', reason: 'database not reachable' });
    }
  });
}
