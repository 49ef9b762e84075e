// @vitest-environment jsdom
import { createPortalClient } from '@egov/client';
import { createPortalEventBus, defineRemote, type RemoteLoadResult, type RemoteLoader, type RemoteServices } from '@egov/federation';
import { I18nProvider, type Language } from '@egov/i18n';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { createHistoryRouter } from '@egov/routing';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RemoteArea } from './remote-area';

const entry: RemoteManifestEntry = { id: 'statistics', routeBase: '/statistics', order: 1, entry: '/remotes/statistics/mf-manifest.json', nav: { vi: 'Thống kê', en: 'Statistics' } };
const services: RemoteServices = { client: createPortalClient({ fetch: vi.fn() }), events: createPortalEventBus(), router: createHistoryRouter(), language: 'vi', basePath: '/statistics' };

const working = defineRemote({ id: 'statistics', routeBase: '/statistics', nav: entry.nav, Component: ({ basePath }) => <p>Số liệu tại {basePath}</p> });
let crash = true;
const throwing = defineRemote({
  id: 'statistics',
  routeBase: '/statistics',
  nav: entry.nav,
  Component: () => {
    if (crash) throw new Error('remote bug');
    return <p>Đã chạy lại</p>;
  },
});

const unavailable: RemoteLoadResult = { ok: false, failure: 'unavailable', id: 'statistics', error: new Error('ScriptExternalLoadError'), attempts: 3 };

function loaderGiving(...results: RemoteLoadResult[]): RemoteLoader & { load: ReturnType<typeof vi.fn> } {
  const queue = [...results];
  return { register: vi.fn(), load: vi.fn(async () => queue.shift() ?? unavailable) };
}

function renderArea(loader: RemoteLoader, language: Language = 'vi') {
  return render(
    <I18nProvider initialLanguage={language}>
      <p>Phần còn lại của cổng</p>
      <RemoteArea remote={entry} loader={loader} services={{ ...services, language }} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  crash = true;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('RemoteArea', () => {
  it('says it is loading the section, then shows the remote with its services', async () => {
    renderArea(loaderGiving({ ok: true, remote: working, attempts: 1 }));
    expect(screen.getByRole('status').textContent).toBe('Đang tải mục Thống kê…');
    expect(await screen.findByText('Số liệu tại /statistics')).toBeTruthy();
  });

  it('shows a translated message with a retry button when the remote is down, and the rest of the page stays', async () => {
    const loader = loaderGiving(unavailable, { ok: true, remote: working, attempts: 1 });
    renderArea(loader, 'en');
    expect((await screen.findByRole('alert')).textContent).toContain('The Statistics section could not be loaded.');
    expect(screen.getByText('The rest of the portal keeps working.')).toBeTruthy();
    expect(screen.getByText('Phần còn lại của cổng')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Số liệu tại /statistics')).toBeTruthy();
    expect(loader.load).toHaveBeenCalledTimes(2);
  });

  it('says the section is too slow when every attempt timed out', async () => {
    const timedOut = new Error('statistics/Remote did not load within 1500 ms');
    timedOut.name = 'AttemptTimedOut';
    renderArea(loaderGiving({ ...unavailable, error: timedOut }));
    expect((await screen.findByRole('alert')).textContent).toContain('Mục Thống kê phản hồi quá lâu.');
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });

  it('offers no retry for a remote refused by the contract, whose reason the loader logged', async () => {
    renderArea(loaderGiving({ ok: false, failure: 'refused', id: 'statistics', reasons: ['contractVersion: is 2'] }));
    expect((await screen.findByRole('alert')).textContent).toContain('Không tải được mục Thống kê.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('catches a remote that throws while rendering, logs it by name, and mounts it again on retry', async () => {
    renderArea(loaderGiving({ ok: true, remote: throwing, attempts: 1 }, { ok: true, remote: throwing, attempts: 1 }));
    expect((await screen.findByRole('alert')).textContent).toContain('Không tải được mục Thống kê.');
    expect(screen.getByText('Phần còn lại của cổng')).toBeTruthy();
    expect(vi.mocked(console.error).mock.calls.some((call) => call[0] === 'Remote "statistics" crashed while rendering')).toBe(true);

    crash = false;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Thử lại' })));
    expect(await screen.findByText('Đã chạy lại')).toBeTruthy();
  });
});
