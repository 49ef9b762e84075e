import { createTestDatabase, type TestDatabase } from '@egov/db/testing';
import { createPortalRepositories, portalMigrations, seedFirstDataSet } from '@egov/portal-data';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from './gateway';
import { createStatementTiming } from './statement-timing';

/** Posts a query with the response cache off and returns the statements its Server-Timing names. */
async function statementsFor(url: string, query: string): Promise<number | null> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  const timing = response.headers.get('server-timing');
  const match = timing?.match(/^db;desc="(\d+) statements"$/);
  return match ? Number(match[1]) : null;
}

const NEWS = '{ newsArticles(first: 5) { totalCount nodes { title } } }';
const DASHBOARD = '{ statisticsDashboard(period: "2020-H1") { fields { indicators { indicator { code } observation { value } } } } }';

describe('SERVER_TIMING: the statements each answer cost', () => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let observed = 0;

  beforeAll(async () => {
    const timing = createStatementTiming();
    db = await createTestDatabase('pglite', portalMigrations, {
      onQuery: (sql) => {
        observed += 1;
        timing.onQuery(sql);
      },
    });
    await seedFirstDataSet(db);
    app = await createGateway({
      db,
      repositories: createPortalRepositories(db),
      production: false,
      sessionSecret: new Uint8Array(randomBytes(32)),
      logLevel: 'silent',
      responseCache: null,
      statementTiming: timing,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('counts the statements the database ran for that request', async () => {
    for (const query of [NEWS, DASHBOARD]) {
      const before = observed;
      const named = await statementsFor(url, query);
      expect(named).toBe(observed - before);
      expect(named).toBeGreaterThan(0);
    }
    expect(await statementsFor(url, '{ __typename }')).toBe(0);
  });

  it('keeps concurrent requests apart', async () => {
    const alone = { news: await statementsFor(url, NEWS), dashboard: await statementsFor(url, DASHBOARD) };
    expect(alone.news).not.toBe(alone.dashboard);
    const together = await Promise.all(Array.from({ length: 6 }, (_, n) => statementsFor(url, n % 2 ? DASHBOARD : NEWS)));
    expect(together).toEqual(Array.from({ length: 6 }, (_, n) => (n % 2 ? alone.dashboard : alone.news)));
  });

  it('adds nothing when the setting is off', async () => {
    const plain = await createGateway({ db, repositories: createPortalRepositories(db), production: false, sessionSecret: new Uint8Array(randomBytes(32)), logLevel: 'silent', responseCache: null });
    await plain.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = plain.server.address();
      expect(await statementsFor(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, NEWS)).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
