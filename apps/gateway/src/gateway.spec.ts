import { Lexer, Source, TokenKind } from 'graphql';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS } from './gateway';
import { startTestGateway, type RunningGateway } from './test-gateway';

/** `unit(code) { parent { parent { … code } } }` reaching the given depth of fields. */
const nested = (depth: number) => `{ unit(code: "thanh-tra-so") { ${'parent { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} } }`;
/** Lexical tokens of a document, as the token limit counts them (punctuation and names, no end marker). */
function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/**
 * A query of the given cost under graphql-armor's documented rule (a scalar costs 1, an object
 * 2 plus 1.5 times its selections): an area with four parent levels and 636 leaves costs 4856,
 * plus one per extra root `__typename`. 144 of them make exactly 5000.
 */
const costly = (extraRootScalars: number) =>
  `{ ${'__typename '.repeat(extraRootScalars)}area(code: "187") { ${'parent { '.repeat(4)}${'code '.repeat(636)}${'} '.repeat(4)}} }`;
/** `costly` with the area's selection named by a fragment. */
const costlyNamed = (extraRootScalars: number) =>
  `{ ${'__typename '.repeat(extraRootScalars)}area(code: "187") { ...Parents } } fragment Parents on Area { ${'parent { '.repeat(4)}${'code '.repeat(636)}${'} '.repeat(4)}}`;
/** `nested` with the innermost levels named by a fragment. */
const nestedNamed = (depth: number) =>
  `{ unit(code: "thanh-tra-so") { ...Chain } } fragment Chain on Unit { ${'parent { '.repeat(depth - 2)}code${' }'.repeat(depth - 2)} }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: provinces { code }`).join(' ')} }`;

/** POSTs a query with the given Accept-Encoding and returns the bytes as they came over the wire (fetch would decode them). */
function rawGraphql(url: string, query: string, acceptEncoding: string): Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], vary: response.headers['vary'], body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(JSON.stringify({ query }));
  });
}

describe('gateway over HTTP', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.stop());

  it('says it is alive and ready, and tags every answer with a request id', async () => {
    const health = await fetch(`${gateway.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${gateway.url}/readyz`, { headers: { 'x-request-id': 'probe-1' } });
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers.get('x-request-id')).toBe('probe-1');
  });

  it('sends a large answer compressed to a client that accepts it, and as plain JSON to one that does not', async () => {
    const query = '{ districts(validOn: "2020-06-30") { code nameVi nameEn communesCount parent { code nameVi } } }';
    const plain = await rawGraphql(gateway.url, query, 'identity');
    expect(plain.encoding).toBeUndefined();
    const answer = JSON.parse(plain.body.toString('utf8')) as { data: { districts: unknown[] } };
    expect(answer.data.districts).toHaveLength(11);
    // Compact: no indentation or line breaks the reader's phone downloads and parses for nothing.
    expect(plain.body.toString('utf8')).toBe(JSON.stringify(answer));

    const brotli = await rawGraphql(gateway.url, query, 'gzip, deflate, br');
    expect(brotli.encoding).toBe('br');
    expect(brotli.vary).toMatch(/accept-encoding/i);
    expect(brotli.body.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(brotliDecompressSync(brotli.body).toString('utf8'))).toEqual(answer);

    const gzip = await rawGraphql(gateway.url, query, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(answer);
  });

  it("serves Lạng Sơn's district-level units with their communes", async () => {
    const { body } = await gateway.graphql('{ districts(validOn: "2020-06-30") { code nameVi communesCount parent { code } } }');
    const districts = body.data?.['districts'] as Array<{ code: string; communesCount: number; parent: { code: string } }>;
    expect(districts).toHaveLength(11);
    expect(districts.reduce((sum, d) => sum + d.communesCount, 0)).toBe(200);
    expect(new Set(districts.map((d) => d.parent.code))).toEqual(new Set(['20']));
    const after = await gateway.graphql('{ districts(validOn: "2025-07-01") { code } }');
    expect(after.body.data).toEqual({ districts: [] });
  });

  it('gives the organisation chart and finds units ignoring case and diacritics', async () => {
    const { body } = await gateway.graphql('{ unitTree { code children { nameVi } } unitSearch(query: "THANH TRA") { totalCount nodes { id nameVi } } }');
    const tree = body.data?.['unitTree'] as Array<{ code: string; children: Array<{ nameVi: string }> }>;
    expect(tree.find((u) => u.code === 'so-tttt')?.children.map((c) => c.nameVi)).toContain('Thanh tra Sở');
    const search = body.data?.['unitSearch'] as { totalCount: number; nodes: Array<{ id: string; nameVi: string }> };
    expect(search.nodes[0]?.nameVi).toBe('Thanh tra Sở');

    const again = await gateway.graphql('query ($id: ID!) { node(id: $id) { ... on Unit { code } } }', { id: search.nodes[0]?.id });
    expect(again.body.data).toEqual({ node: { code: 'thanh-tra-so' } });
  });

  it(`accepts a query ${QUERY_LIMITS.maxDepth} fields deep and refuses one deeper`, async () => {
    const atBound = await gateway.graphql(nested(QUERY_LIMITS.maxDepth));
    expect(atBound.body.errors).toBeUndefined();
    const over = await gateway.graphql(nested(QUERY_LIMITS.maxDepth + 1));
    expect(over.body.errors?.[0]?.message).toMatch(/depth/i);
    expect(over.body.data ?? null).toBeNull();
  });

  it(`accepts ${QUERY_LIMITS.maxAliases} aliases and refuses one more`, async () => {
    expect((await gateway.graphql(aliases(QUERY_LIMITS.maxAliases))).body.errors).toBeUndefined();
    expect((await gateway.graphql(aliases(QUERY_LIMITS.maxAliases + 1))).body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it(`accepts a query of cost ${QUERY_LIMITS.maxCost} and refuses one just over`, async () => {
    expect((await gateway.graphql(costly(144))).body.errors).toBeUndefined();
    const over = await gateway.graphql(costly(145));
    expect(over.body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('counts a fragment as its fields in place: naming a selection adds no depth and no multiple of its cost, nor lifts a limit', async () => {
    // The same selection as `costly`, named: 3 more (the spread and the fragment), not half as much again as a level would.
    expect((await gateway.graphql(costlyNamed(141))).body.errors).toBeUndefined();
    expect((await gateway.graphql(costlyNamed(142))).body.errors?.[0]?.message).toMatch(/cost/i);
    expect((await gateway.graphql(nestedNamed(QUERY_LIMITS.maxDepth))).body.errors).toBeUndefined();
    expect((await gateway.graphql(nestedNamed(QUERY_LIMITS.maxDepth + 1))).body.errors?.[0]?.message).toMatch(/depth/i);
  });

  it(`accepts ${QUERY_LIMITS.maxTokens} tokens and refuses one more`, async () => {
    // Fragment spreads add tokens without the repeated fields graphql-js itself refuses to compare.
    const spreads = (n: number) => `{ __typename ${'...F '.repeat(n)}} fragment F on Query { __typename }`;
    expect(tokenCount(spreads(495))).toBe(QUERY_LIMITS.maxTokens);
    expect((await gateway.graphql(spreads(495))).body).toEqual({ data: { __typename: 'Query' } });
    const over = await gateway.graphql(spreads(496));
    expect(over.body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('answers a wrong query with a plain message and no stack trace, even outside production', async () => {
    const { status, body } = await gateway.graphql('{ nope }');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules/);

    const mismatched = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    expect(mismatched.status).toBe(400);
    expect(await mismatched.json()).toEqual({ errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }] });
  });

    it('accepts pages of 1 to 100 and refuses 0 and 101 with a clear error', async () => {
    const page = (n: number) => gateway.graphql(`{ units(first: ${n}) { nodes { code } } }`);
    expect(((await page(100)).body.data?.['units'] as { nodes: unknown[] }).nodes.length).toBeGreaterThan(40);
    for (const n of [0, 101]) {
      const { status, body } = await page(n);
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0]).toMatchObject({ message: '"first" must be between 1 and 100.', extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('refuses malformed cursors and oversize searches as bad input, never as a server error', async () => {
    for (const query of ['{ units(after: "nope") { totalCount } }', `{ unitSearch(query: "${'x'.repeat(201)}") { totalCount } }`]) {
      const { status, body } = await gateway.graphql(query);
      expect(status).toBeLessThan(500);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const injection = await gateway.graphql(`{ unitSearch(query: "'; drop table units; --") { totalCount } }`);
    expect(injection.body.data).toEqual({ unitSearch: { totalCount: 0 } });
    expect((await gateway.graphql('{ unit(code: "so-tttt") { code } }')).body.data).toEqual({ unit: { code: 'so-tttt' } });
  });

  it('refuses a body over the size limit, a batch of operations, and a simple cross-site GET', async () => {
    const big = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ provinces { code } }`, variables: { pad: 'x'.repeat(QUERY_LIMITS.maxBodyBytes) } }),
    });
    expect(big.status).toBe(413);

    const batch = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }]),
    });
    expect(batch.status).toBe(400);

    const crossSite = await fetch(`${gateway.url}/graphql?query=${encodeURIComponent('{ provinces { code } }')}`);
    expect(crossSite.status).toBe(400);
    expect(await crossSite.text()).toMatch(/CSRF/i);
  });
});

describe('gateway in production mode', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway({ production: true });
  });
  afterAll(() => gateway.stop());

  it('refuses introspection and serves no landing page', async () => {
    const { body } = await gateway.graphql('{ __schema { types { name } } }');
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    const landing = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/<html/i);
  });

  it('masks a fault: no stack trace, no SQL', async () => {
    await gateway.db.exec('drop table people cascade');
    const { status, body } = await gateway.graphql('{ unit(code: "so-tttt") { people { fullName } } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['unit', 'people'] });
    expect(JSON.stringify(body)).not.toMatch(/relation|select|stack|\.ts:/i);
  });
});
