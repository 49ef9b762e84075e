import { createUsersRepository } from '@egov/users-server';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from '../test-gateway';
import { DASHBOARD, postGraphQL, signInHeaders } from './cache-test-client';
import { createMemoryCacheStore } from './memory-cache-store';
import { createRedisCacheStore } from './redis-cache-store';
import type { ResponseCacheStore } from './response-cache-store';
import { deleteRedisKeys } from './replica-stores';

const redisUrl = process.env['TEST_REDIS_URL'];
if (!redisUrl) console.warn('SKIPPED (Redis store): set TEST_REDIS_URL=redis://127.0.0.1:6379 to run the scoped invalidation test on Redis too');

const PASSWORD = 'Phạm vi bộ đệm 2020 an toàn';
const EDITOR = 'scope-editor@test.langson.gov.vn';
const H1 = { period: '2020-H1', areaCode: '20' };
const NEWS = '{ newsArticles(first: 20) { totalCount nodes { id slug title version } } }';
const WITHDRAW = 'mutation ($input: NewsArticleWithdrawInput!) { newsArticleWithdraw(input: $input) { newsArticle { state } userErrors { code message } } }';

type StoreKind = 'memory' | 'redis';
const stores: StoreKind[] = redisUrl ? ['memory', 'redis'] : ['memory'];

describe.each(stores)('response cache invalidated by what a mutation committed (%s store)', (kind) => {
  let gateway: RunningGateway;
  let store: ResponseCacheStore;
  let editor: Record<string, string>;
  const keyPrefix = `egov:test:scopes-${randomBytes(6).toString('hex')}:`;

  beforeAll(async () => {
    store = kind === 'redis' ? await createRedisCacheStore({ url: redisUrl!, keyPrefix }) : createMemoryCacheStore();
    gateway = await startTestGateway({ responseCache: store });
    await createUsersRepository(gateway.db).create({ email: EDITOR, displayName: 'Scope editor', password: PASSWORD, roles: ['editor'] }, { actor: 'test' });
  });
  afterAll(async () => {
    await gateway?.stop();
    await store?.close();
    if (kind === 'redis') await deleteRedisKeys(redisUrl!, keyPrefix);
  });

  const statistics = () => postGraphQL(gateway.url, { query: DASHBOARD, variables: H1 });
  const news = () => postGraphQL(gateway.url, { query: NEWS });
  const newsArticles = (answer: Awaited<ReturnType<typeof news>>) =>
    answer.body.data?.['newsArticles'] as { totalCount: number; nodes: Array<{ id: string; version: number }> };

  it('leaves every cached answer cached after refused mutations, sign-in and sign-out', async () => {
    await statistics();
    await news();
    expect((await statistics()).cache).toBe('hit');
    expect((await news()).cache).toBe('hit');
    const article = newsArticles(await news()).nodes[0]!;

    // An anonymous write: refused.
    const anonymous = await postGraphQL(gateway.url, { query: WITHDRAW, variables: { input: { id: article.id, version: article.version, reason: 'thử' } } });
    expect(JSON.stringify(anonymous.body)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    // A wrong password, a sign-in, a stale write by a signed-in editor, a sign-out.
    const wrong = await postGraphQL(gateway.url, {
      query: 'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { token userErrors { code } } }',
      variables: { input: { email: EDITOR, password: `${PASSWORD}x` } },
    });
    expect((wrong.body.data?.['sessionCreate'] as { token: string | null }).token).toBeNull();
    editor = await signInHeaders(gateway.url, EDITOR, PASSWORD);
    const stale = await postGraphQL(gateway.url, { query: WITHDRAW, variables: { input: { id: article.id, version: article.version + 7, reason: 'thử' } } }, editor);
    expect(stale.body.data?.['newsArticleWithdraw']).toMatchObject({ newsArticle: null, userErrors: [expect.objectContaining({ code: 'CONFLICT' })] });
    const other = await signInHeaders(gateway.url, EDITOR, PASSWORD);
    const signedOut = await postGraphQL(gateway.url, { query: 'mutation { sessionDelete { signedOut } }' }, other);
    expect(signedOut.body.data?.['sessionDelete']).toEqual({ signedOut: true });

    expect((await statistics()).cache).toBe('hit');
    expect((await news()).cache).toBe('hit');
  });

  it('refreshes the news answers after a committed news write, and keeps the statistics answer cached', async () => {
    // The home page's summary reads news among other domains.
    const summary = () => postGraphQL(gateway.url, { query: '{ portalSummary { latestNews { slug } } }' });
    await summary();
    expect((await summary()).cache).toBe('hit');
    const before = newsArticles(await news());
    const article = before.nodes[0]!;
    const withdrawn = await postGraphQL(gateway.url, { query: WITHDRAW, variables: { input: { id: article.id, version: article.version, reason: 'Gỡ để thử bộ đệm' } } }, editor);
    expect(withdrawn.body.data?.['newsArticleWithdraw']).toEqual({ newsArticle: { state: 'WITHDRAWN' }, userErrors: [] });

    const after = await news();
    expect(after.cache).toBe('miss');
    expect(newsArticles(after).totalCount).toBe(before.totalCount - 1);
    expect(newsArticles(after).nodes.map((node) => node.id)).not.toContain(article.id);
    expect((await summary()).cache).toBe('miss');
    expect((await statistics()).cache).toBe('hit');
  });
});
