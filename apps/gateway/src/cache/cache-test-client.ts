import { createHash } from 'node:crypto';

/** What a client sees of one GraphQL answer, the cache header included. */
export interface SeenAnswer {
  status: number;
  cache: string | null;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function seen(response: Response): Promise<SeenAnswer> {
  return { status: response.status, cache: response.headers.get('x-cache'), body: (await response.json()) as SeenAnswer['body'] };
}

/** POSTs an operation (or, with `hashOnly`, only its persisted-query hash) to `<url>/graphql`. */
export async function postGraphQL(
  url: string,
  request: { query?: string; variables?: Record<string, unknown>; operationName?: string; extensions?: Record<string, unknown> },
  headers: Record<string, string> = {},
): Promise<SeenAnswer> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(request) });
  return seen(response);
}

/** The automatic persisted query extension of a query text. */
export const persistedQuery = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } });

/** GETs an operation by its persisted-query hash, as a CDN-friendly client does. */
export async function getPersisted(url: string, query: string, variables?: Record<string, unknown>): Promise<SeenAnswer> {
  const search = new URLSearchParams({ extensions: JSON.stringify(persistedQuery(query)), ...(variables ? { variables: JSON.stringify(variables) } : {}) });
  // A GET must say it is not a simple cross-site request (Apollo's CSRF prevention).
  return seen(await fetch(`${url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true' } }));
}

/** Signs in through `sessionCreate` and returns the bearer header of the session. */
export async function signInHeaders(url: string, email: string, password: string): Promise<Record<string, string>> {
  const { body } = await postGraphQL(url, {
    query: 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { token userErrors { message } } }',
    variables: { input: { email, password } },
  });
  const token = (body.data?.['sessionCreate'] as { token: string | null } | undefined)?.token;
  if (!token) throw new Error(`sign-in of ${email} refused: ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${token}` };
}

/** The 2020-H1 dashboard of Lạng Sơn, with what the tests change. */
export const DASHBOARD = /* GraphQL */ `
  query Dashboard($period: String!, $areaCode: String) {
    statisticsDashboard(period: $period, areaCode: $areaCode) {
      fields { indicators { indicator { code measure } observation { id value version noteEn } } }
    }
  }
`;

/** Corrects a figure naming the version read. */
export const OBSERVATION_UPSERT = /* GraphQL */ `
  mutation Correct($input: ObservationUpsertInput!) {
    observationUpsert(input: $input) { observation { value version } userErrors { code message } }
  }
`;

export interface DashboardFigure {
  indicatorCode: string;
  measure: string;
  observation: { id: string; value: number; version: number; noteEn: string | null } | null;
}

/** The figures of a dashboard answer, flat. */
export function dashboardFigures(answer: SeenAnswer): DashboardFigure[] {
  const dashboard = answer.body.data?.['statisticsDashboard'] as {
    fields: Array<{ indicators: Array<{ indicator: { code: string; measure: string }; observation: DashboardFigure['observation'] }> }>;
  };
  return dashboard.fields.flatMap((field) => field.indicators.map((each) => ({ indicatorCode: each.indicator.code, measure: each.indicator.measure, observation: each.observation })));
}

/** The first recorded count of a dashboard: a figure that stays valid one higher. */
export function firstCount(answer: SeenAnswer): DashboardFigure & { observation: NonNullable<DashboardFigure['observation']> } {
  const found = dashboardFigures(answer).find((figure) => figure.measure === 'COUNT' && figure.observation);
  if (!found?.observation) throw new Error('the dashboard has no recorded count');
  return found as DashboardFigure & { observation: NonNullable<DashboardFigure['observation']> };
}
