import Fastify, { type FastifyInstance } from 'fastify';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerStaticApps } from './routes/static-apps';
import { registerSecurityHeaders, remoteOriginsOf } from './security-headers';
import { startTestGateway, type RunningGateway } from './test-gateway';

const REMOTE_HOST = 'https://cdn.example.vn';

/** The Content-Security-Policy header as a map of directive → sources. */
function policyOf(header: unknown): Map<string, string[]> {
  expect(typeof header, 'a Content-Security-Policy header').toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

async function portalFixture(folder: string) {
  const remotes = [
    { id: 'news', entry: '/remotes/news/mf-manifest.json', routeBase: '/tin-tuc', nav: { vi: 'Tin tức', en: 'News' }, order: 10 },
    { id: 'statistics', entry: `${REMOTE_HOST}/statistics/mf-manifest.json`, routeBase: '/thong-ke', nav: { vi: 'Thống kê', en: 'Statistics' }, order: 20 },
  ];
  const files: Record<string, string> = {
    'apps/shell/index.html': '<!doctype html><html lang="vi"><head><script defer src="/main.1a2b3c4d.js"></script></head><body></body></html>',
    'apps/shell/main.1a2b3c4d.js': 'start();',
    'apps/news/mf-manifest.json': '{}',
    'remotes.json': JSON.stringify({ remotes }),
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
}

async function serve(folder: string, production: boolean): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, trustProxy: true });
  await registerSecurityHeaders(app, { production });
  app.get('/healthz', async () => ({ status: 'ok' }));
  await registerStaticApps(app, { root: join(folder, 'apps'), manifestPath: join(folder, 'remotes.json') });
  await app.ready();
  return app;
}

describe('security headers', () => {
  let folder: string;
  let development: FastifyInstance;
  let production: FastifyInstance;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'security-headers-'));
    await portalFixture(folder);
    development = await serve(folder, false);
    production = await serve(folder, true);
  });
  afterAll(async () => {
    await development?.close();
    await production?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("lets the shell's page run scripts from its own origin and the manifest's remote origins only, no inline script", async () => {
    for (const path of ['/', '/thong-ke', '/tin-tuc/mot-bai']) {
      const page = await development.inject({ method: 'GET', url: path });
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const policy = policyOf(page.headers['content-security-policy']);
      expect(policy.get('script-src')).toEqual(["'self'", REMOTE_HOST]);
      expect(policy.get('connect-src')).toEqual(["'self'", REMOTE_HOST]);
      expect(policy.get('style-src')).toEqual(["'self'", REMOTE_HOST]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const everySource = [...policy.values()].flat();
      expect(everySource).not.toContain("'unsafe-inline'");
      expect(everySource).not.toContain("'unsafe-eval'");
    }
  });

  it('lets other answers load nothing from elsewhere', async () => {
    const policy = policyOf((await development.inject({ method: 'GET', url: '/healthz' })).headers['content-security-policy']);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('lets no site frame a page, in older browsers too', async () => {
    expect((await development.inject({ method: 'GET', url: '/' })).headers['x-frame-options']).toBe('DENY');
  });

  it('sends nosniff, the referrer policy and a permissions policy with every answer, 404s and files included', async () => {
    for (const url of ['/', '/healthz', '/main.1a2b3c4d.js', '/remotes.json', '/missing.js']) {
      const response = await development.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      expect(response.headers['permissions-policy'], url).toMatch(/(^|, )camera=\(\)/);
      expect(response.headers['permissions-policy'], url).toMatch(/(^|, )geolocation=\(\)/);
    }
  });

  it('lets any origin load the remotes manifest (CORS is open on it)', async () => {
    const response = await development.inject({ method: 'GET', url: '/remotes.json' });
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('sends HSTS in production over https (X-Forwarded-Proto from a trusted proxy) only', async () => {
    const overHttps = await production.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect((await production.inject({ method: 'GET', url: '/' })).headers['strict-transport-security']).toBeUndefined();
    const developmentHttps = await development.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(developmentHttps.headers['strict-transport-security']).toBeUndefined();
  });

  it('names each remote origin once, and none for remotes served from the portal itself', () => {
    expect(
      remoteOriginsOf([{ entry: '/remotes/news/mf-manifest.json' }, { entry: 'https://b.example/x/mf-manifest.json' }, { entry: 'https://b.example/y/mf-manifest.json' }]),
    ).toEqual(['https://b.example']);
  });
});

describe('security headers of the real gateway', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  it('come with GraphQL answers too', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toMatch(/microphone=\(\)/);
    expect(policyOf(response.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
