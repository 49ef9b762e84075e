// @vitest-environment jsdom
import { createPortalClient } from '@egov/client';
import { createPortalEventBus, type FetchManifest, type RemoteLoader } from '@egov/federation';
import { memoryLanguageStorage } from '@egov/i18n';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiStatusTracker } from '../platform/api-status';
import { createHistoryRouter, createPageHeadRegistry } from '@egov/routing';
import { ShellApp } from './shell-app';

const manifest = {
  remotes: [
    { id: 'statistics', entry: '/remotes/statistics/mf-manifest.json', routeBase: '/statistics', order: 2, nav: { vi: 'Thống kê', en: 'Statistics' } },
    { id: 'news', entry: '/remotes/news/mf-manifest.json', routeBase: '/news', order: 1, nav: { vi: 'Tin tức', en: 'News' } },
  ],
};

const answering = (body: unknown): FetchManifest => async () => new Response(JSON.stringify(body), { status: 200 });
const unreachable: FetchManifest = async () => {
  throw new TypeError('Failed to fetch');
};

function renderShell(fetchManifest: FetchManifest, gateway: typeof fetch = async () => Promise.reject(new TypeError('Failed to fetch'))) {
  const apiStatus = createApiStatusTracker(gateway);
  const loader: RemoteLoader = { register: vi.fn(), load: vi.fn(async () => ({ ok: false as const, failure: 'unavailable' as const, id: 'news', error: new Error('down'), attempts: 1 })) };
  const storage = memoryLanguageStorage();
  render(
    <ShellApp
      router={createHistoryRouter()}
      loader={loader}
      client={createPortalClient({ fetch: apiStatus.fetch })}
      events={createPortalEventBus()}
      apiStatus={apiStatus}
      storage={storage}
      fetchManifest={fetchManifest}
      pageHead={createPageHeadRegistry()}
    />,
  );
  return { loader, storage };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?lang=vi');
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ShellApp', () => {
  it('builds the navigation from the manifest, in its order, and registers the remotes', async () => {
    const { loader } = renderShell(answering(manifest));
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(await within(nav).findByText('Tin tức')).toBeTruthy();
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Trang chủ', 'Tin tức', 'Thống kê']);
    expect(loader.register).toHaveBeenCalledWith([
      { id: 'news', entry: '/remotes/news/mf-manifest.json', routeBase: '/news' },
      { id: 'statistics', entry: '/remotes/statistics/mf-manifest.json', routeBase: '/statistics' },
    ]);
  });

  it('does not call a remote’s path "not found" while the manifest is still on its way', async () => {
    window.history.replaceState(null, '', '/news?lang=vi');
    let answer: (response: Response) => void = () => undefined;
    renderShell(() => new Promise<Response>((resolve) => (answer = resolve)));
    expect(await screen.findByRole('progressbar', { name: 'Đang tải…' })).toBeTruthy();
    expect(screen.queryByText('Không tìm thấy trang')).toBeNull();

    answer(new Response(JSON.stringify(manifest), { status: 200 }));
    expect(await screen.findByRole('link', { name: 'Tin tức' })).toBeTruthy();
    expect(screen.queryByText('Không tìm thấy trang')).toBeNull();
  });

  it('says "not found" for a path no remote serves once the manifest is read', async () => {
    window.history.replaceState(null, '', '/khong-co?lang=vi');
    renderShell(answering(manifest));
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy trang' })).toBeTruthy();
  });

  it('starts without the manifest and without the API, and says so', async () => {
    renderShell(unreachable);
    expect(await screen.findByText('Không tải được danh sách chuyên mục; một số mục có thể chưa hiển thị.')).toBeTruthy();
    expect((await screen.findAllByText('Không kết nối được máy chủ dữ liệu; một số thông tin có thể chưa hiển thị.')).length).toBeGreaterThan(0);
    expect(screen.getByRole('banner').textContent).toContain('Sở Thông tin và Truyền thông tỉnh Lạng Sơn');
  });

  it('switches language in the text, the URL and the stored choice', async () => {
    const { storage } = renderShell(answering(manifest));
    await screen.findByText('Tin tức');
    // Links to the same page in each language, so that the switch works without JavaScript too.
    const english = new URL(screen.getByRole('link', { name: 'English' }).getAttribute('href')!, 'http://portal.test');
    expect([english.pathname, english.searchParams.get('lang')]).toEqual([window.location.pathname, 'en']);
    expect(screen.getByRole('link', { name: 'Tiếng Việt' }).getAttribute('aria-current')).toBe('true');
    fireEvent.click(screen.getByRole('link', { name: 'English' }));
    expect(screen.getByRole('banner').textContent).toContain('Lang Son Department of Information and Communications');
    expect(await screen.findByText('News')).toBeTruthy();
    expect(window.location.search).toBe('?lang=en');
    expect(storage.read()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('true');
  });

  it('follows a navigation link without reloading and shows the remote’s area', async () => {
    const { loader } = renderShell(answering(manifest));
    fireEvent.click(await screen.findByText('Tin tức'));
    expect(window.location.pathname).toBe('/news');
    expect(await screen.findByRole('button', { name: 'Thử lại' })).toBeTruthy();
    expect(loader.load).toHaveBeenCalledWith('news');
  });
});
