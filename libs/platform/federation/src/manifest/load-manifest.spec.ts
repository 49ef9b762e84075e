import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadManifest, type FetchManifest } from './load-manifest';

const entry = (id: string, order: number) => ({
  id,
  entry: `/remotes/${id}/mf-manifest.json`,
  routeBase: `/${id}`,
  nav: { vi: id, en: id },
  order,
});
const answering =
  (body: string, status = 200): FetchManifest =>
  async () =>
    new Response(body, { status });

afterEach(() => {
  vi.useRealTimers();
});

describe('loadManifest', () => {
  it('returns the remotes sorted by order, then by id', async () => {
    const manifest = { remotes: [entry('statistics', 2), entry('news', 1), entry('inspections', 2)] };
    const result = await loadManifest(answering(JSON.stringify(manifest)), '/remotes.json');
    expect(result.ok && result.remotes.map((remote) => remote.id)).toEqual(['news', 'inspections', 'statistics']);
  });

  it('asks for JSON with an abort signal', async () => {
    const fetchManifest = vi.fn<FetchManifest>(async () => new Response('{"remotes":[]}'));
    await loadManifest(fetchManifest, '/remotes.json');
    expect(fetchManifest).toHaveBeenCalledWith('/remotes.json', expect.objectContaining({ headers: { accept: 'application/json' } }));
    expect(fetchManifest.mock.calls[0]![1].signal).toBeInstanceOf(AbortSignal);
  });

  it('reports a network failure as unreachable', async () => {
    const result = await loadManifest(() => Promise.reject(new TypeError('Failed to fetch')), '/remotes.json');
    expect(result).toEqual({ ok: false, failure: 'unreachable', reason: '/remotes.json could not be fetched: Failed to fetch' });
  });

  it('reports an HTTP error as unreachable', async () => {
    expect(await loadManifest(answering('gateway down', 502), '/remotes.json')).toEqual({
      ok: false,
      failure: 'unreachable',
      reason: '/remotes.json answered HTTP 502',
    });
  });

  it('gives up after the timeout and says so', async () => {
    vi.useFakeTimers();
    const hanging: FetchManifest = (_url, init) =>
      new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const pending = loadManifest(hanging, '/remotes.json', { timeoutMs: 1000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toEqual({ ok: false, failure: 'unreachable', reason: '/remotes.json did not answer within 1000 ms' });
  });

  it('reports a body that is not JSON as invalid', async () => {
    const result = await loadManifest(answering('<html>'), '/remotes.json');
    expect(result.ok === false && result.failure).toBe('invalid');
  });

  it('reports a manifest that does not fit, with every reason', async () => {
    const result = await loadManifest(answering(JSON.stringify({ remotes: [entry('news', 1), entry('news', 2)] })), '/remotes.json');
    expect(result).toEqual({ ok: false, failure: 'invalid', reasons: ['remotes.1.id: "news" is listed twice', 'remotes.1.routeBase: "/news" overlaps "/news" of remote "news"'] });
  });
});
