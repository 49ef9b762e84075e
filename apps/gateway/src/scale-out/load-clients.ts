import { createHash } from 'node:crypto';
import { request } from 'node:http';

/** What one client sends, in turn: a query as the portal's client reads it, the news feed, a draft. */
export type OperationKind = 'get-query' | 'get-feed' | 'write';

export interface Outcome {
  kind: OperationKind;
  ok: boolean;
  /** The HTTP status, or the network error's code. */
  status: number | string;
  detail?: string;
}

export interface Answer {
  status: number;
  body: string;
}

/**
 * One HTTP exchange on a connection of its own (`Connection: close`), as a browser's first request
 * would be: a reload of nginx never closes a kept-alive connection under a request of the test.
 */
export function exchange(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false, timeout: 30_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

/** A GraphQL query by its persisted hash over GET, and its registration when the gateway does not know it. */
export interface PersistedRead {
  /** The status and body of the answer finally used. */
  answer: Answer;
  /** Whether the gateway did not know the hash and the query was sent again with its text. */
  registered: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads `query` as the portal's client does (libs/platform/client: Apollo's persisted-query link
 * and an HttpLink with `useGETForQueries`): a GET naming the query by the SHA-256 of its text, with
 * `apollo-require-preflight`; on `PERSISTED_QUERY_NOT_FOUND` the same GET with the text, which
 * registers it. Both are GETs, so nginx may retry either on another replica.
 */
export async function persistedRead(endpoint: string, operationName: string, query: string, variables: Record<string, unknown>): Promise<PersistedRead> {
  const params = { operationName, variables: JSON.stringify(variables), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(query) } }) };
  const headers = { accept: 'application/graphql-response+json,application/json;q=0.9', 'content-type': 'application/json', 'apollo-require-preflight': 'true' };
  const byHash = await exchange(`${endpoint}?${new URLSearchParams(params)}`, { headers });
  if (!byHash.body.includes('PERSISTED_QUERY_NOT_FOUND')) return { answer: byHash, registered: false };
  return { answer: await exchange(`${endpoint}?${new URLSearchParams({ ...params, query })}`, { headers }), registered: true };
}

/** Counts of one phase. */
export interface PhaseCounts {
  made: Record<OperationKind, number>;
  failed: Record<OperationKind, number>;
  failures: Outcome[];
}

const zero = (): Record<OperationKind, number> => ({ 'get-query': 0, 'get-feed': 0, write: 0 });

/**
 * `clients` loops, each sending one operation after the other (`operation(client, n)`), until
 * `stop` is called; `completed()` says how many have finished, `waitForMore(n)` waits for n more.
 */
export function runLoad(clients: number, operation: (client: number, n: number) => Promise<Outcome>) {
  const counts: PhaseCounts = { made: zero(), failed: zero(), failures: [] };
  let running = true;
  let completed = 0;
  const waiters: Array<{ target: number; wake: () => void }> = [];
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let n = 0; running; n += 1) {
      const outcome = await operation(client, n);
      counts.made[outcome.kind] += 1;
      if (!outcome.ok) {
        counts.failed[outcome.kind] += 1;
        counts.failures.push(outcome);
      }
      completed += 1;
      for (const waiter of waiters.filter((each) => completed >= each.target)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.wake();
      }
    }
  });
  return {
    counts,
    completed: () => completed,
    /** Resolves once `more` further operations have finished (whatever their outcome). */
    waitForMore(more: number): Promise<void> {
      const target = completed + more;
      return new Promise((wake) => (completed >= target ? wake() : waiters.push({ target, wake })));
    },
    async stop(): Promise<PhaseCounts> {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}
