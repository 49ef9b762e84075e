import { describe, expect, it, vi } from 'vitest';
import { PORTAL_SUMMARY_QUERY, portalSummaryFixture } from '@egov/client-operations';
import { createPortalClient, getOrCreateClient } from './portal-client';

const answering = () =>
  vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ data: portalSummaryFixture }), { headers: { 'content-type': 'application/json' } }));

describe('createPortalClient', () => {
  it('POSTs JSON to /graphql with the session cookie of the same origin', async () => {
    const fetchSpy = answering();
    const client = createPortalClient({ fetch: fetchSpy });
    const result = await client.query({ query: PORTAL_SUMMARY_QUERY });
    expect(result.data).toEqual(portalSummaryFixture);
    const [uri, init] = fetchSpy.mock.calls[0]!;
    expect(uri).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(new Headers(init?.headers).get('content-type')).toMatch(/application\/json/);
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'PortalSummary' });
  });

  it('sends to another endpoint when told', async () => {
    const fetchSpy = answering();
    await createPortalClient({ uri: 'http://localhost:4000/graphql', fetch: fetchSpy }).query({ query: PORTAL_SUMMARY_QUERY });
    expect(fetchSpy.mock.calls[0]![0]).toBe('http://localhost:4000/graphql');
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
