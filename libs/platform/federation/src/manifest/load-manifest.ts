import { reasonsOf, remotesManifestSchema, type RemoteManifestEntry } from '@egov/remote-manifest';

/**
 * The outcome of {@link loadManifest}: the remotes in navigation order, or why there are none. The
 * shell starts either way and, on a failure, says that the sections are unavailable.
 */
export type ManifestResult =
  | { ok: true; remotes: RemoteManifestEntry[] }
  | { ok: false; failure: 'unreachable'; reason: string }
  | { ok: false; failure: 'invalid'; reasons: string[] };

/** Options of {@link loadManifest}. */
export interface LoadManifestOptions {
  /** Give up after this long and report the manifest unreachable (default 3000 ms). */
  timeoutMs?: number;
}

/** The subset of `fetch` the loader uses, so a test can pass its own. */
export type FetchManifest = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<Response>;

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The remotes as the navigation lists them: by `order`, then by id, whatever the file's order. */
export function inNavigationOrder<Remote extends { order: number; id: string }>(remotes: readonly Remote[]): Remote[] {
  return [...remotes].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * Fetches and validates the remotes manifest. Never throws: a network failure, a timeout or an
 * HTTP error is `unreachable`; a body that is not JSON or does not fit the schema is `invalid`.
 * Remotes come sorted by `order`, then by id.
 */
export async function loadManifest(fetchManifest: FetchManifest, url: string, options: LoadManifestOptions = {}): Promise<ManifestResult> {
  const timeoutMs = options.timeoutMs ?? 3000;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let body: string;
  try {
    const response = await fetchManifest(url, { signal: abort.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, failure: 'unreachable', reason: `${url} answered HTTP ${response.status}` };
    body = await response.text();
  } catch (error) {
    const reason = abort.signal.aborted ? `${url} did not answer within ${timeoutMs} ms` : `${url} could not be fetched: ${describe(error)}`;
    return { ok: false, failure: 'unreachable', reason };
  } finally {
    clearTimeout(timer);
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, failure: 'invalid', reasons: [`${url} is not JSON: ${describe(error)}`] };
  }
  const parsed = remotesManifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, failure: 'invalid', reasons: reasonsOf(parsed.error) };
  const remotes = inNavigationOrder(parsed.data.remotes);
  return { ok: true, remotes };
}
