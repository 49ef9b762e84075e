/** What one request of the portal client asks the gateway for. */
export interface GraphQLRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

/**
 * Reads a request of the portal client: a query travels as a GET (its operation in the address),
 * a mutation as a POST (in the body). For stand-ins of the gateway in tests and tools.
 */
export function graphqlRequestOf(input: RequestInfo | URL | unknown, init?: { body?: unknown }): GraphQLRequest {
  if (init?.body !== undefined && init.body !== null) {
    const body = JSON.parse(String(init.body)) as { operationName?: string; variables?: Record<string, unknown> };
    return { operationName: body.operationName ?? '', variables: body.variables ?? {} };
  }
  const address = input instanceof Request ? input.url : String(input);
  const search = new URL(address, 'http://portal.invalid').searchParams;
  const variables = search.get('variables');
  return { operationName: search.get('operationName') ?? '', variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : {} };
}
