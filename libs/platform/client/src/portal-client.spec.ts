import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { PORTAL_SUMMARY_QUERY, SESSION_DELETE_MUTATION, portalSummaryFixture } from '@egov/client-operations';
import { portalOperations } from '@egov/client-operations/all';
import { createPortalClient, getOrCreateClient } from './portal-client';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const NOT_FOUND = { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };

/** A gateway that knows every persisted query already. */
const answering = () => vi.fn<typeof fetch>(async () => json({ data: portalSummaryFixture }));

/** A gateway that knows no persisted query: the first request of each is refused, the one with the text answered. */
const registering = () =>
  vi.fn<typeof fetch>(async (uri) => (new URL(String(uri), 'http://portal.test').searchParams.has('query') ? json({ data: portalSummaryFixture }) : json(NOT_FOUND)));

const sent = (call: Parameters<typeof fetch>) => {
  const [uri, init] = call;
  const url = new URL(String(uri), 'http://portal.test');
  const extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null') as { persistedQuery?: { version: number; sha256Hash: string } } | null;
  return { url, init, method: init?.method ?? 'GET', headers: new Headers(init?.headers), hash: extensions?.persistedQuery?.sha256Hash };
};

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

afterEach(() => vi.unstubAllGlobals());

describe('createPortalClient', () => {
  it('asks a query as a GET that names it by its hash, with the session cookie of the same origin and the preflight header', async () => {
    const fetchSpy = answering();
    const result = await createPortalClient({ fetch: fetchSpy }).query({ query: PORTAL_SUMMARY_QUERY });
    expect(result.data).toEqual(portalSummaryFixture);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const request = sent(fetchSpy.mock.calls[0]!);
    expect(request.method).toBe('GET');
    expect(request.init?.body).toBeUndefined();
    expect(request.url.pathname).toBe('/graphql');
    expect(request.url.searchParams.get('operationName')).toBe('PortalSummary');
    expect(request.url.searchParams.has('query')).toBe(false);
    expect(request.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(request.init).toMatchObject({ credentials: 'same-origin' });
    expect(request.headers.get('apollo-require-preflight')).toBe('true');
  });

  it('registers a query the gateway does not know by sending its text once more, again as a GET, under a hash that is its SHA-256', async () => {
    const fetchSpy = registering();
    const client = createPortalClient({ fetch: fetchSpy });
    expect((await client.query({ query: PORTAL_SUMMARY_QUERY })).data).toEqual(portalSummaryFixture);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    const [byHash, withText] = fetchSpy.mock.calls.map(sent) as [ReturnType<typeof sent>, ReturnType<typeof sent>];
    expect([byHash.method, withText.method]).toEqual(['GET', 'GET']);
    expect(withText.hash).toBe(byHash.hash);
    expect(withText.hash).toBe(sha256(withText.url.searchParams.get('query')!));
    expect(withText.headers.get('apollo-require-preflight')).toBe('true');
  });

  it('hashes where the page has no crypto.subtle (plain http on a LAN address)', async () => {
    vi.stubGlobal('crypto', {});
    const fetchSpy = registering();
    expect((await createPortalClient({ fetch: fetchSpy }).query({ query: PORTAL_SUMMARY_QUERY })).data).toEqual(portalSummaryFixture);
    const withText = sent(fetchSpy.mock.calls[1]!);
    expect(withText.hash).toBe(sha256(withText.url.searchParams.get('query')!));
  });

  it('sends a mutation as a POST of JSON, never a GET (a proxy may retry a GET)', async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => json({ data: { sessionDelete: { ok: true } } }));
    await createPortalClient({ fetch: fetchSpy })
      .mutate({ mutation: SESSION_DELETE_MUTATION })
      .catch(() => undefined);
    const request = sent(fetchSpy.mock.calls[0]!);
    expect(request.method).toBe('POST');
    expect(request.headers.get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(String(request.init?.body))).toMatchObject({ operationName: 'SessionDelete' });
    expect(request.url.search).toBe('');
  });

  it("registers every portal query within an address nginx and Node accept (8 kB, a third of their limit)", async () => {
    const queries = Object.entries(portalOperations).filter(([, document]) =>
      document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && (definition as OperationDefinitionNode).operation === 'query'),
    );
    expect(queries.length).toBeGreaterThan(10);
    for (const [name, query] of queries) {
      const fetchSpy = registering();
      await createPortalClient({ fetch: fetchSpy })
        .query({ query, variables: {}, fetchPolicy: 'no-cache' })
        .catch(() => undefined);
      const withText = sent(fetchSpy.mock.calls[1]!);
      expect(withText.method, name).toBe('GET');
      expect(withText.url.pathname.length + withText.url.search.length, name).toBeLessThan(8 * 1024);
    }
  });

  it('sends to another endpoint when told', async () => {
    const fetchSpy = answering();
    await createPortalClient({ uri: 'http://localhost:4000/graphql', fetch: fetchSpy }).query({ query: PORTAL_SUMMARY_QUERY });
    expect(String(fetchSpy.mock.calls[0]![0])).toMatch(/^http:\/\/localhost:4000\/graphql\?/);
  });

  it('serves a repeated query from the cache', async () => {
    const fetchSpy = answering();
    const client = createPortalClient({ fetch: fetchSpy });
    await client.query({ query: PORTAL_SUMMARY_QUERY });
    await client.query({ query: PORTAL_SUMMARY_QUERY });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });
});

describe('getOrCreateClient', () => {
  it('makes one client for the page and gives the same one after', () => {
    const first = getOrCreateClient({ fetch: answering() });
    expect(getOrCreateClient()).toBe(first);
  });
});
