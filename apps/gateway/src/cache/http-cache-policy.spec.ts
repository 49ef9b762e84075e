import { VIEWER_QUERY } from '@egov/client-operations';
import { print } from 'graphql';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, createUsersRepository } from '@egov/users-server';
import { startTestGateway, type RunningGateway } from '../test-gateway';
import { signIn, TEST_PASSWORD } from '../test-users';

const NEWS = 'query NewsPage { newsArticles(first: 5) { totalCount nodes { slug title } } }';
/** The staff page's first read: who is signed in. */
const VIEWER = print(VIEWER_QUERY);
const EDITOR = 'cache-policy-editor@test.langson.gov.vn';

describe('what browsers and shared caches may keep of a GraphQL answer read over GET', () => {
  let gateway: RunningGateway;
  let bearer: Record<string, string>;
  let cookie: Record<string, string>;

  beforeAll(async () => {
    gateway = await startTestGateway();
    await createUsersRepository(gateway.db).create({ email: EDITOR, displayName: 'Biên tập viên', password: TEST_PASSWORD, roles: ['editor'] }, { actor: 'test' });
    bearer = await signIn(gateway, EDITOR);
    cookie = { cookie: `${SESSION_COOKIE}=${bearer['authorization']!.replace('Bearer ', '')}` };
  }, 120_000);
  afterAll(async () => gateway?.stop());

  /** A GET as the portal's client sends it: the persisted hash, the query text when registering, the preflight header. */
  const get = async (query: string, headers: Record<string, string> = {}, withText = true) => {
    const hash = createHash('sha256').update(query).digest('hex');
    const search = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }), ...(withText ? { query } : {}) });
    const response = await fetch(`${gateway.url}/graphql?${search}`, { headers: { 'apollo-require-preflight': 'true', 'content-type': 'application/json', ...headers } });
    return { status: response.status, cacheControl: response.headers.get('cache-control') ?? '', body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };
  const directives = (cacheControl: string) => cacheControl.split(',').map((each) => each.trim().toLowerCase());

  it('lets an anonymous answer be kept only if asked for again before each use: never public, never fresh for a time', async () => {
    const answer = await get(NEWS);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(directives(answer.cacheControl)).toContain('no-cache');
    expect(answer.cacheControl).not.toMatch(/public|max-age=[1-9]|s-maxage/i);
  });

  it("never lets a signed-in caller's answer be stored, by the browser or a shared cache, whether the session is a cookie or a bearer token", async () => {
    for (const headers of [cookie, bearer]) {
      const answer = await get(VIEWER, headers);
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body.data)).toContain(EDITOR);
      expect(directives(answer.cacheControl)).toEqual(expect.arrayContaining(['private', 'no-store']));
      expect(answer.cacheControl).not.toMatch(/public|max-age=[1-9]|s-maxage/i);
    }
  });

  it('never lets a refusal be kept: a persisted query the gateway does not know yet', async () => {
    const answer = await get(`${NEWS} # not registered`, {}, false);
    expect(JSON.stringify(answer.body.errors)).toMatch(/PERSISTED_QUERY_NOT_FOUND/);
    expect(directives(answer.cacheControl)).toEqual(expect.arrayContaining(['no-store']));
  });
});
