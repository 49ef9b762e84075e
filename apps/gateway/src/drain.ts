import type { FastifyInstance } from 'fastify';

/**
 * A replica's stop as its clients see it. Once `begin` is called, `/readyz` answers 503 (a load
 * balancer that polls it stops sending new work) and every answer still being written carries
 * `Connection: close`, so a keep-alive client or proxy opens its next connection elsewhere instead
 * of reusing one this replica is about to close.
 */
export interface Drain {
  readonly draining: boolean;
  begin(): void;
}

export function createDrain(): Drain {
  let draining = false;
  return {
    get draining() {
      return draining;
    },
    begin() {
      draining = true;
    },
  };
}

/** Adds `Connection: close` to every answer sent while the replica drains. */
export function registerDrainHeaders(app: FastifyInstance, drain: Drain): void {
  app.addHook('onSend', async (_request, reply) => {
    if (drain.draining) reply.header('connection', 'close');
  });
}
