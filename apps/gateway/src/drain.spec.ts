import { once } from 'node:events';
import { request, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDrain, type Drain } from './drain';
import { startTestGateway, type RunningGateway } from './test-gateway';

/** One request over a keep-alive connection (node:http shows the Connection header fetch hides). */
async function keepAliveGet(url: string): Promise<{ response: IncomingMessage; body: string }> {
  const outgoing = request(url, { headers: { connection: 'keep-alive' } });
  outgoing.end();
  const [response] = (await once(outgoing, 'response')) as [IncomingMessage];
  let body = '';
  for await (const chunk of response) body += String(chunk);
  return { response, body };
}

describe('a gateway that drains (the start of its stop)', () => {
  let drain: Drain;
  let gateway: RunningGateway;
  beforeAll(async () => {
    drain = createDrain();
    gateway = await startTestGateway({ drain });
  });
  afterAll(() => gateway.stop());

  it('says ready and keeps connections open until it drains; then /readyz says 503 and every answer closes its connection', async () => {
    const before = await keepAliveGet(`${gateway.url}/readyz`);
    expect(before.response.statusCode).toBe(200);
    expect(before.response.headers.connection).toBe('keep-alive');

    drain.begin();
    const ready = await keepAliveGet(`${gateway.url}/readyz`);
    expect(ready.response.statusCode).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'draining', reason: 'the replica is stopping' });
    expect(ready.response.headers.connection).toBe('close');
    // Reads are still answered while it drains, on a connection that is then closed.
    const feed = await keepAliveGet(`${gateway.url}/healthz`);
    expect(feed.response.statusCode).toBe(200);
    expect(feed.response.headers.connection).toBe('close');
    const query = await gateway.graphql('{ provinces { code } }');
    expect(query).toMatchObject({ status: 200, body: { data: { provinces: [{ code: '20' }] } } });
  });
});
