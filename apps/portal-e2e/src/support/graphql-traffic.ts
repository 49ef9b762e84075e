import { portalOperations } from '@egov/client-operations/all';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Page, Request } from 'playwright-core';

/** One request the page sent to /graphql: its method, and what its operation is. */
export interface GraphQLRequest {
  method: string;
  operationName: string | null;
  /** From the portal's own documents by name (a persisted query's request need not carry its text). */
  operation: 'query' | 'mutation' | 'unknown';
  /** A GET that names its query by hash (`extensions.persistedQuery.sha256Hash`). */
  persisted: boolean;
}

const operationTypes = new Map(
  Object.entries(portalOperations).map(([name, document]) => {
    const definition = document.definitions.find((each): each is OperationDefinitionNode => each.kind === Kind.OPERATION_DEFINITION);
    return [name, definition?.operation === 'mutation' ? ('mutation' as const) : ('query' as const)];
  }),
);

function operationName(request: Request): string | null {
  const url = new URL(request.url());
  if (request.method() === 'GET') return url.searchParams.get('operationName');
  try {
    return (JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName ?? null;
  } catch {
    return null;
  }
}

/**
 * Records every request `page` sends to `/graphql` from now on (the page's own, not the test's
 * `page.request` calls): what a reverse proxy sees, since only GETs may be retried on another replica.
 */
export function recordGraphQLRequests(page: Page): GraphQLRequest[] {
  const seen: GraphQLRequest[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql') return;
    const name = operationName(request);
    const extensions = new URL(request.url()).searchParams.get('extensions') ?? '';
    seen.push({ method: request.method(), operationName: name, operation: (name && operationTypes.get(name)) || 'unknown', persisted: /"sha256Hash":"[0-9a-f]{64}"/.test(extensions) });
  });
  return seen;
}
