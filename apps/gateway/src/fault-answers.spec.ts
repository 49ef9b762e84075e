import { testBackends } from '@egov/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from './test-gateway';

/** Words that would tell a citizen about the database behind the portal. */
const INTERNALS = /relation|select|from |news_articles|licences\b|sql|stack|at .*\.ts/i;

describe.each(testBackends)('faults of the routes beside /graphql, with a failing database on %s', (backend) => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ responseCache: null, backend });
    // The database now fails every read of these tables, with a message that quotes them.
    await gateway.db.query('alter table news_articles rename to news_articles_gone');
    await gateway.db.query('alter table licences rename to licences_gone');
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('answers the feed and the open data with a masked message and the request id, never the error text', async () => {
    for (const path of ['/feeds/news.atom', '/open-data/licences.csv', '/open-data/licences.json']) {
      const response = await fetch(`${gateway.url}${path}`, { headers: { 'x-request-id': 'fault-spec-1' } });
      const text = await response.text();
      expect({ path, status: response.status }).toEqual({ path, status: 500 });
      expect(text, path).not.toMatch(INTERNALS);
      expect(JSON.parse(text)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error', requestId: 'fault-spec-1' });
      expect(response.headers.get('x-request-id')).toBe('fault-spec-1');
      expect(response.headers.get('cache-control')).toBe('no-store');
      // Nothing of the download it failed to send: no file name to save a fault under, no tag to keep it by.
      expect(response.headers.get('content-disposition'), path).toBeNull();
      expect(response.headers.get('etag'), path).toBeNull();
    }
  });

  it('shows a browser a page that says so in both languages with the request id', async () => {
    const response = await fetch(`${gateway.url}/feeds/news.atom`, { headers: { accept: 'text/html', 'x-request-id': 'fault-spec-2' } });
    const page = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page).toContain('Có lỗi ở máy chủ');
    expect(page).toContain('Internal server error');
    expect(page).toContain('fault-spec-2');
    expect(page).not.toMatch(INTERNALS);
  });

  it("still tells a client its own mistake (a body over the limit) in Fastify's words", async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(200 * 1024)}` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { message: string }).message).toMatch(/too large/i);
  });
});
