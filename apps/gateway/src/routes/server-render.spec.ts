import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { FormattedExecutionResult } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CacheScopes } from '../cache/cache-scopes';
import { createMemoryCacheStore } from '../cache/memory-cache-store';
import { renderedPageCache } from '../cache/rendered-page-cache';
import type { ResponseCacheStore } from '../cache/response-cache-store';
import { createServerRendering, type ExecuteAnonymously, type PageToRender } from './server-render';

/**
 * A shell server build as the gateway loads it (CommonJS, `shell/server/main.js`): each render
 * asks one query and shows its answer, counted in `globalThis.renders`; an address with `cham`
 * leaves its remote to the browser, as a slow remote would.
 */
const FAKE_SHELL = `
exports.PAGE_STATE_ELEMENT_ID = 'portal-state';
exports.serialisePageState = (state) => JSON.stringify(state);
exports.documentTitle = () => 'Cổng';
exports.createPageRenderer = () => ({
  async render(request) {
    globalThis.renders = (globalThis.renders ?? 0) + 1;
    const answer = await request.execute({ query: { kind: 'Document', definitions: [] }, variables: {}, operationName: 'Notice' });
    const slow = request.url.includes('cham');
    return {
      html: '<h1>' + (answer.data ? answer.data.notice : 'Không tải được') + ' (' + request.language + ')</h1>',
      head: undefined,
      state: { renders: globalThis.renders },
      status: 200,
      ...(slow ? { remoteOnClient: { id: 'news', reason: 'over the budget of 500 ms' } } : {}),
    };
  },
});
`;

const scopes: CacheScopes = { all: ['kpis', 'news'], readsOf: () => ['news'], writesOf: () => ['news'] };
const quietLog = { warn: vi.fn(), error: vi.fn(), info: vi.fn() } as unknown as FastifyBaseLogger;
const renders = () => (globalThis as { renders?: number }).renders ?? 0;
const page = (url: string, language: PageToRender['language'] = 'vi'): PageToRender => ({ requestId: 'r1', address: '203.0.113.7', url, language, remotes: [] });

describe('rendered pages kept for the next reader', () => {
  let root: string;
  let store: ResponseCacheStore;
  let answer: ExecuteAnonymously;
  const rendering = () => createServerRendering({ root, log: quietLog, cache: renderedPageCache(store, scopes), execute: (reader, operation) => answer(reader, operation) });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'server-render-'));
    await mkdir(join(root, 'shell/server'), { recursive: true });
    await writeFile(join(root, 'shell/server/main.js'), FAKE_SHELL);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  beforeEach(() => {
    store = createMemoryCacheStore();
    answer = async (): Promise<FormattedExecutionResult> => ({ data: { notice: 'Lịch tiếp công dân' } });
    (globalThis as { renders?: number }).renders = 0;
  });

  it('serves the page of an address again without rendering it; another address or language is rendered', async () => {
    const pages = rendering();
    const first = await pages.render(page('/tin-tuc?trang=2'));
    expect([first?.cached, first?.page.html]).toEqual([false, '<h1>Lịch tiếp công dân (vi)</h1>']);
    const again = await pages.render(page('/tin-tuc?trang=2'));
    expect([again?.cached, again?.page]).toEqual([true, first?.page]);
    expect(renders()).toBe(1);

    expect((await pages.render(page('/tin-tuc?trang=2', 'en')))?.page.html).toBe('<h1>Lịch tiếp công dân (en)</h1>');
    expect((await pages.render(page('/tin-tuc?trang=3')))?.cached).toBe(false);
    expect(renders()).toBe(3);
  });

  it('renders afresh after a committed write, and shows what the write changed', async () => {
    const pages = rendering();
    await pages.render(page('/'));
    answer = async () => ({ data: { notice: 'Lịch tiếp công dân tháng 8' } });
    expect((await pages.render(page('/')))?.page.html).toBe('<h1>Lịch tiếp công dân (vi)</h1>');
    await store.invalidate(['news']);
    const after = await pages.render(page('/'));
    expect([after?.cached, after?.page.html]).toEqual([false, '<h1>Lịch tiếp công dân tháng 8 (vi)</h1>']);
  });

  it('never serves a page rendered while a write committed: it was filed under the data it started from', async () => {
    const pages = rendering();
    answer = async () => {
      await store.invalidate(['news']);
      return { data: { notice: 'Bản nháp cũ' } };
    };
    await pages.render(page('/'));
    answer = async () => ({ data: { notice: 'Bản đã đăng' } });
    expect((await pages.render(page('/')))?.page.html).toBe('<h1>Bản đã đăng (vi)</h1>');
  });

  it("keeps no page whose query failed (a reader's limit, a fault), nor one whose remote was left to the browser", async () => {
    const pages = rendering();
    answer = async () => ({ data: null, errors: [{ message: 'Tra cứu quá nhiều lần, thử lại sau 10 phút.' }] });
    await pages.render(page('/thu-tuc/tra-cuu-ho-so?ma=LSN-200101-0001'));
    answer = async () => ({ data: { notice: 'Không có hồ sơ nào mang mã LSN-200101-0001' } });
    expect((await pages.render(page('/thu-tuc/tra-cuu-ho-so?ma=LSN-200101-0001')))?.cached).toBe(false);

    await pages.render(page('/tin-tuc?cham=1'));
    expect((await pages.render(page('/tin-tuc?cham=1')))?.cached).toBe(false);
    expect(renders()).toBe(4);
  });

  it('renders every page afresh without a cache', async () => {
    const pages = createServerRendering({ root, log: quietLog, execute: (reader, operation) => answer(reader, operation) });
    await pages.render(page('/'));
    expect((await pages.render(page('/')))?.cached).toBe(false);
    expect(renders()).toBe(2);
  });
});
