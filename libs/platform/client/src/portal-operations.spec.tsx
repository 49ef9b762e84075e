// @vitest-environment jsdom
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, render, waitFor } from '@testing-library/react';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { PORTAL_SUMMARY_QUERY, portalSummaryFixture } from '@egov/client-operations';
import { portalOperations } from '@egov/client-operations/all';
import { createPortalCache } from './portal-cache';

afterEach(cleanup);

/** Runs `document` through useQuery against a mock answering `answer`, through the portal's real cache. */
async function roundTrip<Data>(document: TypedDocumentNode<Data, Record<string, never>>, answer: unknown): Promise<unknown> {
  let seen: unknown;
  function Probe() {
    const { data } = useQuery(document);
    seen = data;
    return null;
  }
  render(
    <MockedProvider cache={createPortalCache()} mocks={[{ request: { query: document }, result: { data: answer } }]} showWarnings={false}>
      <Probe />
    </MockedProvider>,
  );
  await waitFor(() => expect(seen).toBeDefined());
  return seen;
}

describe('the documents of this library', () => {
  it.each(Object.entries(portalOperations))('%s parses back to itself and names one operation after its key', (name, document) => {
    expect(print(parse(print(document)))).toBe(print(document));
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((operation) => operation.name?.value)).toEqual([name]);
  });
});

describe('PORTAL_SUMMARY_QUERY', () => {
  it('selects exactly the fields of its declared result type: a full typed answer comes back whole', async () => {
    expect(await roundTrip(PORTAL_SUMMARY_QUERY, portalSummaryFixture)).toEqual(portalSummaryFixture);
  });

  it('(control) an answer with a field the document does not select does not come back whole', async () => {
    const withExtra = { portalSummary: { ...portalSummaryFixture.portalSummary, counts: { ...portalSummaryFixture.portalSummary.counts, dossiers: 9 } } };
    expect(await roundTrip(PORTAL_SUMMARY_QUERY, withExtra)).not.toEqual(withExtra);
  });
});
