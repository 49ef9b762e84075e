import type { QueryObserver } from '@egov/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * SERVER_TIMING=on: every answer says how many SQL statements it cost, as a `Server-Timing`
 * metric (`db;desc="3 statements"`) that browser dev tools and `npm run bench:scale` read. A
 * query whose statement count grows with the data shows itself here before it shows in latency.
 */
export interface StatementTiming {
  /** The database's observer: counts a statement against the request it runs for. */
  onQuery: QueryObserver;
  /** Adds the hooks that give each request its own tally and write the header. */
  register(app: FastifyInstance): void;
}

interface Tally {
  statements: number;
}

export function createStatementTiming(): StatementTiming {
  // Concurrent requests share one database observer: the async context tells whose statement it is.
  const current = new AsyncLocalStorage<Tally>();
  const tallies = new WeakMap<FastifyRequest, Tally>();
  return {
    onQuery: () => {
      const tally = current.getStore();
      if (tally) tally.statements += 1;
    },
    register(app) {
      // After the body is parsed: the handler, and every promise it starts, runs inside `run`.
      app.addHook('preHandler', (request, _reply, done) => {
        const tally: Tally = { statements: 0 };
        tallies.set(request, tally);
        current.run(tally, done);
      });
      app.addHook('onSend', async (request, reply) => {
        const tally = tallies.get(request);
        if (tally) reply.header('server-timing', `db;desc="${tally.statements} statements"`);
      });
    },
  };
}
