import { gql } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { defineRemote, type FederationRuntime, type RemoteDefinition } from '@egov/federation';
import type { RemoteManifestEntry } from '@egov/remote-manifest';
import { usePageHead } from '@egov/routing';
import type { FormattedExecutionResult } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPageState, serialisePageState } from './page-state';
import { createPageRenderer, type InProcessOperation, type PageRenderRequest } from './render-page';

const NOTICE_QUERY = gql`
  query Notice {
    notice {
      id
      title
    }
  }
`;

const news: RemoteManifestEntry = { id: 'news', entry: '/remotes/news/mf-manifest.json', serverEntry: '/remotes/news/server/remoteEntry.js', routeBase: '/tin-tuc', nav: { vi: 'Tin tức', en: 'News' }, order: 1 };

function NoticePage() {
  const { data } = useQuery<{ notice: { id: string; title: string } }>(NOTICE_QUERY);
  usePageHead(data ? { title: data.notice.title, description: 'Thông báo của Sở' } : null);
  return data ? <h1>{data.notice.title}</h1> : <p>Đang tải…</p>;
}
const noticeRemote = defineRemote({ id: 'news', routeBase: '/tin-tuc', nav: news.nav, Component: NoticePage });
const throwingRemote = defineRemote({
  id: 'news',
  routeBase: '/tin-tuc',
  nav: news.nav,
  Component: () => {
    throw new Error('remote bug on the server');
  },
});

/** A federation runtime that hands out one remote module, as the shell's server build's does. */
function runtimeGiving(remote: RemoteDefinition | (() => Promise<never>)) {
  return {
    registerRemotes: vi.fn<FederationRuntime['registerRemotes']>(),
    loadRemote: async <T,>() => (typeof remote === 'function' ? remote() : ({ default: remote } as T)),
  };
}

const answering =
  (title: string) =>
  async (operation: InProcessOperation): Promise<FormattedExecutionResult> => {
    expect(operation.operationName).toBe('Notice');
    return { data: { notice: { __typename: 'Notice', id: 'Tm90aWNlOjE', title } } };
  };

const request = (overrides: Partial<PageRenderRequest> = {}): PageRenderRequest => ({
  url: '/tin-tuc',
  language: 'vi',
  remotes: [news],
  serverEntries: { news: 'http://gateway.invalid/remotes/news/server/remoteEntry.js' },
  execute: answering('Lịch tiếp công dân tháng 7'),
  ...overrides,
});

const quiet = { warn: vi.fn(), error: vi.fn() };
afterEach(() => vi.clearAllMocks());

describe('the server render of the shell', () => {
  it("renders a remote's page with its data, its head, and the state the browser hydrates from", async () => {
    const renderer = createPageRenderer({ runtime: runtimeGiving(noticeRemote), log: quiet });
    const page = await renderer.render(request());
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Lịch tiếp công dân tháng 7</h1>');
    expect(page.html).toContain('href="/tin-tuc?lang=vi"');
    expect(page.head).toEqual({ title: 'Lịch tiếp công dân tháng 7', description: 'Thông báo của Sở' });
    expect(page.state).toMatchObject({ renderedRemote: 'news', remotes: [news] });
    expect(JSON.stringify(page.state.apollo)).toContain('Lịch tiếp công dân tháng 7');
    expect(page.remoteOnClient).toBeUndefined();
  });

  it('renders in English when asked, and the shell section names the page until the remote does', async () => {
    const page = await createPageRenderer({ runtime: runtimeGiving(noticeRemote), log: quiet }).render(request({ url: '/', language: 'en', execute: async () => ({ data: null, errors: [{ message: 'down' }] }) }));
    expect(page.html).toContain('href="/tin-tuc?lang=en"');
    expect(page.html).toContain('>News</a>');
    expect(page.head?.title).toBe('Home');
  });

  it('answers 404 for an address that is no page, with the not-found page', async () => {
    const page = await createPageRenderer({ runtime: runtimeGiving(noticeRemote), log: quiet }).render(request({ url: '/khong-co-trang-nay' }));
    expect(page.status).toBe(404);
    expect(page.head?.title).toBe('Không tìm thấy trang');
  });

  it("leaves a remote whose render throws to the browser: its area shows the loading state, the rest of the page is rendered", async () => {
    const page = await createPageRenderer({ runtime: runtimeGiving(throwingRemote), log: quiet }).render(request());
    expect(page.status).toBe(200);
    expect(page.remoteOnClient).toEqual({ id: 'news', reason: 'its render threw: remote bug on the server' });
    expect(page.state.renderedRemote).toBeNull();
    expect(page.html).toContain('Đang tải mục Tin tức…');
    expect(page.html).toContain('Bỏ qua, đến nội dung chính');
  });

  it('leaves a remote without a server entry, or whose entry does not load, to the browser', async () => {
    const withoutEntry = await createPageRenderer({ runtime: runtimeGiving(noticeRemote), log: quiet }).render(request({ serverEntries: {} }));
    expect(withoutEntry.remoteOnClient).toEqual({ id: 'news', reason: 'no server entry' });
    const failing = runtimeGiving(() => Promise.reject(new Error('ECONNREFUSED')));
    const unloaded = await createPageRenderer({ runtime: failing, log: quiet }).render(request());
    expect(unloaded.remoteOnClient).toEqual({ id: 'news', reason: 'its server entry did not load' });
    expect(unloaded.html).toContain('Đang tải mục Tin tức…');
  });

  it('answers within its budget when a remote hangs, rendering that remote in the browser', async () => {
    const hanging = runtimeGiving(() => new Promise<never>(() => undefined));
    const started = Date.now();
    const page = await createPageRenderer({ runtime: hanging, log: quiet }).render(request({ budgetMs: 200 }));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(page.remoteOnClient?.id).toBe('news');
    expect(page.html).toContain('Đang tải mục Tin tức…');
  });

  it('answers within its budget when a query of the remote hangs', async () => {
    const page = await createPageRenderer({ runtime: runtimeGiving(noticeRemote), log: quiet }).render(
      request({ budgetMs: 200, execute: () => new Promise<never>(() => undefined) }),
    );
    expect(page.remoteOnClient).toEqual({ id: 'news', reason: 'over the budget of 200 ms' });
  });

  it('registers the server entries it is given, again when one changes (a new build)', async () => {
    const runtime = runtimeGiving(noticeRemote);
    const renderer = createPageRenderer({ runtime, log: quiet });
    await renderer.render(request());
    await renderer.render(request());
    await renderer.render(request({ serverEntries: { news: 'http://gateway.invalid/remotes/news/server/remoteEntry.js?build=2' } }));
    expect(runtime.registerRemotes.mock.calls.map(([remotes, options]) => [remotes[0]?.entry, options?.force])).toEqual([
      ['http://gateway.invalid/remotes/news/server/remoteEntry.js', false],
      ['http://gateway.invalid/remotes/news/server/remoteEntry.js', false],
      ['http://gateway.invalid/remotes/news/server/remoteEntry.js?build=2', true],
    ]);
  });
});

describe('the page state', () => {
  it('cannot close its script element or open markup, whatever the stored text, and reads back whole', () => {
    const title = '</script><script>alert(1)</script><!-- & \u2028';
    const text = serialisePageState({ remotes: [], renderedRemote: null, apollo: { title } });
    expect(text).not.toMatch(/[<>&\u2028]/);
    const element = { textContent: text };
    expect(readPageState({ getElementById: (id: string) => (id === 'portal-state' ? (element as HTMLElement) : null) })?.apollo).toEqual({ title });
  });
});
