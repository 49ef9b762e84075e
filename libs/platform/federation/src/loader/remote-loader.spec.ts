import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineRemote } from '../contract/remote-contract';
import { isRemoteFallback, remoteFallbackPlugin } from './fallback-plugin';
import { createRemoteLoader, type FederationRuntime, type RemoteLoaderOptions } from './remote-loader';

const statistics = { default: defineRemote({ id: 'statistics', routeBase: '/statistics', nav: { vi: 'Thống kê', en: 'Statistics' }, Component: () => null }) };

type Step = 'throw' | 'hang' | 'fallback' | 'null' | { module: unknown };

/** A runtime whose loadRemote calls follow a script, one step per call. */
function fakeRuntime(...script: Step[]) {
  const steps = [...script];
  const runtime = {
    registerRemotes: vi.fn<FederationRuntime['registerRemotes']>(),
    loadRemote: vi.fn(async (id: string): Promise<unknown> => {
      const step = steps.shift() ?? 'throw';
      if (step === 'throw') throw new Error(`ScriptExternalLoadError: ${id}`);
      if (step === 'hang') return new Promise(() => undefined);
      if (step === 'null') return null;
      if (step === 'fallback') {
        const plugin = remoteFallbackPlugin();
        return plugin.errorLoadRemote!({ id, error: new Error('remote entry 404'), from: 'runtime', lifecycle: 'onLoad', origin: {} as never });
      }
      return step.module;
    }),
  };
  return runtime as typeof runtime & FederationRuntime;
}

const quietLog = () => ({ warn: vi.fn(), error: vi.fn() });

function loaderOn(runtime: FederationRuntime, options: Partial<RemoteLoaderOptions> = {}) {
  const log = quietLog();
  const loader = createRemoteLoader({ runtime, log, ...options });
  loader.register([{ id: 'statistics', entry: 'http://localhost:4202/mf-manifest.json', routeBase: '/statistics' }]);
  return { loader, log };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createRemoteLoader', () => {
  it('registers each remote by name and entry, and loads its ./Remote module', async () => {
    const runtime = fakeRuntime({ module: statistics });
    const { loader } = loaderOn(runtime);
    expect(runtime.registerRemotes).toHaveBeenCalledWith([{ name: 'statistics', entry: 'http://localhost:4202/mf-manifest.json' }], { force: false });
    const result = await loader.load('statistics');
    expect(runtime.loadRemote).toHaveBeenCalledWith('statistics/Remote');
    expect(result).toEqual({ ok: true, remote: statistics.default, attempts: 1 });
  });

  it('retries a failed load with exponential back-off, clearing the runtime cache each time', async () => {
    const runtime = fakeRuntime('throw', 'throw', { module: statistics });
    const { loader, log } = loaderOn(runtime, { backoffMs: 250 });
    const pending = loader.load('statistics');
    await vi.advanceTimersByTimeAsync(249);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(499);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ ok: true, attempts: 3 });
    expect(runtime.registerRemotes).toHaveBeenCalledTimes(3);
    expect(runtime.registerRemotes).toHaveBeenLastCalledWith([{ name: 'statistics', entry: 'http://localhost:4202/mf-manifest.json' }], { force: true });
    expect(log.warn).toHaveBeenCalledTimes(2);
  });

  it('treats the errorLoadRemote fallback and an empty module as failures to retry', async () => {
    const runtime = fakeRuntime('fallback', 'null', { module: statistics });
    const { loader } = loaderOn(runtime);
    const pending = loader.load('statistics');
    await vi.runAllTimersAsync();
    expect(await pending).toMatchObject({ ok: true, attempts: 3 });
  });

  it('abandons an attempt that takes longer than the timeout and tries again', async () => {
    const runtime = fakeRuntime('hang', { module: statistics });
    const { loader, log } = loaderOn(runtime, { timeoutMs: 1000, backoffMs: 100 });
    const pending = loader.load('statistics');
    await vi.advanceTimersByTimeAsync(999);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(101);
    expect(runtime.loadRemote).toHaveBeenCalledTimes(2);
    expect(await pending).toMatchObject({ ok: true, attempts: 2 });
    expect(String(log.warn.mock.calls[0]![1])).toMatch(/statistics\/Remote did not load within 1000 ms/);
  });

  it('gives up after the last retry with the last error, and logs it by name', async () => {
    const runtime = fakeRuntime('throw', 'throw', 'throw', { module: statistics });
    const { loader, log } = loaderOn(runtime, { retries: 2 });
    const pending = loader.load('statistics');
    await vi.runAllTimersAsync();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, failure: 'unavailable', id: 'statistics', attempts: 3 });
    expect(result.ok === false && result.failure === 'unavailable' && String(result.error)).toMatch(/ScriptExternalLoadError/);
    expect(log.error).toHaveBeenCalledWith('Remote "statistics" is unavailable after 3 attempt(s)', expect.any(Error));
  });

  it('answers within the deadline however slow the remote is, so the fallback shows within 3 s', async () => {
    const runtime = fakeRuntime('hang', 'hang', 'hang');
    const { loader } = loaderOn(runtime);
    let settledAt: number | undefined;
    const pending = loader.load('statistics').then((result) => {
      settledAt = Date.now();
      return result;
    });
    const startedAt = Date.now();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await pending).toMatchObject({ ok: false, failure: 'unavailable', attempts: 2 });
    expect(settledAt! - startedAt).toBeLessThanOrEqual(2800);
  });

  it('refuses a remote that does not fit the contract, without retrying, and logs why', async () => {
    const wrongId = { default: { ...statistics.default, id: 'news' } };
    const runtime = fakeRuntime({ module: wrongId }, { module: statistics });
    const { loader, log } = loaderOn(runtime);
    const result = await loader.load('statistics');
    expect(result).toMatchObject({ ok: false, failure: 'refused', id: 'statistics' });
    expect(runtime.loadRemote).toHaveBeenCalledTimes(1);
    expect(log.error.mock.calls[0]![0]).toMatch(/^Refused remote "statistics": .*manifest registered it as "statistics"/);
  });

  it('refuses a remote mounted at another route base than the manifest says', async () => {
    const elsewhere = { default: { ...statistics.default, routeBase: '/thong-ke' } };
    const { loader } = loaderOn(fakeRuntime({ module: elsewhere }));
    expect(await loader.load('statistics')).toMatchObject({ ok: false, failure: 'refused' });
  });

  it('says a remote that was never registered is unavailable, without asking the runtime', async () => {
    const runtime = fakeRuntime();
    const { loader } = loaderOn(runtime);
    expect(await loader.load('news')).toMatchObject({ ok: false, failure: 'unavailable', id: 'news', attempts: 0 });
    expect(runtime.loadRemote).not.toHaveBeenCalled();
  });

  it('replaces a registration only when the entry moved', () => {
    const runtime = fakeRuntime();
    const { loader } = loaderOn(runtime);
    loader.register([{ id: 'statistics', entry: 'http://localhost:4202/mf-manifest.json' }]);
    loader.register([{ id: 'statistics', entry: 'https://cdn.example.vn/statistics/mf-manifest.json' }]);
    expect(runtime.registerRemotes.mock.calls.map((call) => call[1])).toEqual([{ force: false }, { force: false }, { force: true }]);
  });
});

describe('remoteFallbackPlugin', () => {
  it('turns a failed module load into a fallback that carries the error', async () => {
    const error = new Error('boom');
    const value = await remoteFallbackPlugin().errorLoadRemote!({ id: 'news/Remote', error, from: 'runtime', lifecycle: 'onLoad', origin: {} as never });
    expect(isRemoteFallback(value)).toBe(true);
    expect(value).toMatchObject({ id: 'news/Remote', error });
  });

  it('leaves other lifecycles (manifest, sharing) to fail normally', async () => {
    for (const lifecycle of ['beforeRequest', 'afterResolve', 'beforeLoadShare'] as const) {
      expect(await remoteFallbackPlugin().errorLoadRemote!({ id: 'x', error: new Error(), from: 'runtime', lifecycle, origin: {} as never })).toBeUndefined();
    }
  });
});

describe('createRemoteLoader on the real enhanced runtime', () => {
  it('creates an instance from options and reports a remote whose server is down as unavailable', async () => {
    vi.useRealTimers();
    // The runtime prints its own report of the failed manifest fetch; the test needs only the result.
    const silenced = [vi.spyOn(console, 'error').mockImplementation(() => undefined), vi.spyOn(console, 'warn').mockImplementation(() => undefined)];
    const log = quietLog();
    const loader = createRemoteLoader({ runtime: { name: 'shell_test', remotes: [] }, retries: 1, backoffMs: 10, log });
    loader.register([{ id: 'down', entry: 'http://127.0.0.1:9/mf-manifest.json' }]);
    const result = await loader.load('down');
    expect(result).toMatchObject({ ok: false, failure: 'unavailable', id: 'down', attempts: 2 });
    for (const spy of silenced) spy.mockRestore();
  });
});
