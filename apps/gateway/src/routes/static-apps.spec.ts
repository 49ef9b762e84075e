import { createTestDatabase } from '@egov/db/testing';
import { createPortalRepositories, portalMigrations, seedFirstDataSet } from '@egov/portal-data';
import fc from 'fast-check';
import Fastify, { type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../gateway';
import { registerSecurityHeaders } from '../security-headers';
import {
  cacheControlFor,
  IMMUTABLE_CACHE_CONTROL,
  parseRemotesManifest,
  registerStaticApps,
  REVALIDATE_CACHE_CONTROL,
  type RemoteManifestEntry,
} from './static-apps';

const SHELL_PAGE = '<!doctype html><html lang="vi"><head><title>Cổng</title></head><body><div id="root"></div></body></html>';
const SHELL_SCRIPT = 'console.log("shell");'.repeat(20);
const SECRET = 'database password: hunter2';
const SOURCE_MAP = '{"version":3,"sources":["../src/sign-in.tsx"],"sourcesContent":["// TODO: remove the test account"]}';

const news: RemoteManifestEntry = { id: 'news', entry: '/remotes/news/mf-manifest.json', routeBase: '/tin-tuc', nav: { vi: 'Tin tức', en: 'News' }, order: 10 };
const statistics: RemoteManifestEntry = {
  id: 'statistics',
  entry: '/remotes/statistics/mf-manifest.json',
  routeBase: '/thong-ke',
  nav: { vi: 'Thống kê', en: 'Statistics' },
  order: 20,
};
/** What news's federation build writes as its mf-manifest.json (the fields the gateway reads). */
const NEWS_FEDERATION_MANIFEST = {
  id: 'news',
  metaData: { publicPath: 'auto', remoteEntry: { name: 'remoteEntry.js', path: '', type: 'global' } },
  exposes: [
    {
      name: 'Remote',
      assets: { js: { sync: ['__federation_expose_Remote.1a2b3c4d.js'], async: ['static/js/async/412.0c1d2e3f4a5b6c7d.js'] }, css: { sync: [], async: [] } },
    },
  ],
};
const manifestText = (remotes: unknown[], extra: Record<string, unknown> = {}) => `${JSON.stringify({ ...extra, remotes }, null, 2)}\n`;

/** A dist/apps folder as the builds leave it: the shell, one built remote, the gateway's own bundle, and a file outside. */
async function buildFixture(folder: string) {
  const files: Record<string, string | Buffer> = {
    'secret.txt': SECRET,
    'apps/shell/index.html': SHELL_PAGE,
    'apps/shell/main.3f9a1b2c.js': SHELL_SCRIPT,
    'apps/shell/main.3f9a1b2c.js.gz': gzipSync(SHELL_SCRIPT),
    'apps/shell/main.3f9a1b2c.js.map': SOURCE_MAP,
    'apps/shell/humans.txt': 'Sở Thông tin và Truyền thông\n',
    'apps/shell/.env': SECRET,
    'apps/shell/docs/index.html': '<!doctype html><title>docs</title>',
    'apps/news/mf-manifest.json': JSON.stringify(NEWS_FEDERATION_MANIFEST),
    'apps/news/remoteEntry.js': 'var news;',
    'apps/news/index.html': '<!doctype html><title>news</title>',
    'apps/news/static/js/async/412.0c1d2e3f4a5b6c7d.js': 'chunk();',
    'apps/news/static/js/async/412.0c1d2e3f4a5b6c7d.js.map': SOURCE_MAP,
    'apps/gateway/main.js': SECRET,
    'remotes.json': manifestText([news, statistics], { version: 1 }),
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
}

/** A bare server with the static apps, its log lines kept, and stand-ins for two of the gateway's own routes. */
async function serve(root: string, manifestPath: string, production = false) {
  const log: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      log.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  const app = Fastify({ logger: { level: 'warn', stream } });
  await registerSecurityHeaders(app, { production });
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/open-data', async () => ({ datasets: [] }));
  await registerStaticApps(app, { root, manifestPath, production });
  await app.ready();
  return { app, log };
}

describe('static apps: the built shell and remotes from the gateway', () => {
  let folder: string;
  let app: FastifyInstance;
  let log: Array<{ level: number; msg: string }>;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  const browserAccept = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'static-apps-'));
    await buildFixture(folder);
    ({ app, log } = await serve(join(folder, 'apps'), join(folder, 'remotes.json')));
  });
  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("serves the shell's page at / and revalidates it on every visit", async () => {
    const response = await get('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe(REVALIDATE_CACHE_CONTROL);
    expect(response.body).toBe(SHELL_PAGE);
    expect((await app.inject({ method: 'HEAD', url: '/' })).statusCode).toBe(200);
  });

  it('keeps hashed assets a year, other files revalidated, and answers a conditional request with 304', async () => {
    const script = await get('/main.3f9a1b2c.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(script.headers['vary']).toBe('Accept-Encoding');
    expect(script.body).toBe(SHELL_SCRIPT);
    expect((await get('/humans.txt')).headers['cache-control']).toBe(REVALIDATE_CACHE_CONTROL);
    const again = await get('/main.3f9a1b2c.js', { 'if-none-match': String(script.headers['etag']) });
    expect(again.statusCode).toBe(304);
  });

  it('sends the pre-compressed copy of a file to a browser that accepts gzip', async () => {
    const response = await app.inject({ method: 'GET', url: '/main.3f9a1b2c.js', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(response.rawPayload).toEqual(gzipSync(SHELL_SCRIPT));
  });

  it("answers any other page path with the shell's page, which routes in the browser", async () => {
    for (const path of ['/tin-tuc', '/tin-tuc/hoi-nghi-so-ket-2020?lang=en', '/thong-ke/chi-tieu/']) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(200);
      expect(response.body, path).toBe(SHELL_PAGE);
      expect(response.headers['cache-control'], path).toBe(REVALIDATE_CACHE_CONTROL);
    }
    expect((await get('/tin-tuc/bai-viet.html', browserAccept)).body).toBe(SHELL_PAGE);
    expect((await get('/docs')).body).toContain('<title>docs</title>');
  });

  it('remembers a language chosen by a link (the switch without JavaScript) in the cookie the script would write', async () => {
    const english = await get('/tin-tuc?lang=en', browserAccept);
    expect(english.statusCode).toBe(200);
    expect(english.headers['set-cookie']).toMatch(/^lang=en; Path=\/; Max-Age=\d+; SameSite=Lax$/);
    // Already remembered, or no choice in the address: nothing to set.
    expect((await get('/tin-tuc?lang=en', { ...browserAccept, cookie: 'lang=en' })).headers['set-cookie']).toBeUndefined();
    expect((await get('/tin-tuc', { ...browserAccept, cookie: 'lang=en' })).headers['set-cookie']).toBeUndefined();
    expect((await get('/tin-tuc?lang=vi', { ...browserAccept, cookie: 'lang=en' })).headers['set-cookie']).toMatch(/^lang=vi;/);
  });

  it('sends with each page a Link header that preloads what the page asks for next, and none with other files', async () => {
    const linksOf = async (path: string) => String((await get(path, browserAccept)).headers['link'] ?? '').split(', ');
    expect(await linksOf('/')).toEqual(['</remotes.json>; rel=preload; as=fetch; crossorigin']);
    expect(await linksOf('/gioi-thieu')).toEqual(['</remotes.json>; rel=preload; as=fetch; crossorigin']);
    expect(await linksOf('/tin-tuc/hoi-nghi-so-ket-2020?lang=en')).toEqual([
      '</remotes.json>; rel=preload; as=fetch; crossorigin',
      '</remotes/news/mf-manifest.json>; rel=preload; as=fetch; crossorigin',
      '</remotes/news/remoteEntry.js>; rel=preload; as=script',
      '</remotes/news/__federation_expose_Remote.1a2b3c4d.js>; rel=preload; as=script',
    ]);
    // Statistics is listed but not built: its manifest answers 503, so nothing of its files is named.
    expect(await linksOf('/thong-ke')).toEqual(['</remotes.json>; rel=preload; as=fetch; crossorigin', '</remotes/statistics/mf-manifest.json>; rel=preload; as=fetch; crossorigin']);
    for (const file of ['/main.3f9a1b2c.js', '/remotes.json', '/remotes/news/remoteEntry.js']) expect((await get(file)).headers['link'], file).toBeUndefined();
  });

  it('answers a missing asset with 404, not with a page a script tag would choke on', async () => {
    const response = await get('/main.00000000.js', { accept: '*/*' });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('<html');
  });

  it("never answers the gateway's own paths with the shell's page", async () => {
    for (const path of ['/graphql/x', '/feeds/other.atom', '/feeds', '/open-data/x/y/z', '/healthz/deep', '/readyz/', '/remotes', '/remotes/', '/remotes/unknown/x.js', '/remotes.json/x']) {
      const response = await get(path, browserAccept);
      expect(response.statusCode, path).toBe(404);
      expect(response.body, path).not.toContain(SHELL_PAGE);
    }
    expect((await get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await get('/open-data')).json()).toEqual({ datasets: [] });
  });

  it("serves a listed remote's files to any origin, its entry files revalidated and its chunks kept a year", async () => {
    const expected = {
      '/remotes/news/mf-manifest.json': REVALIDATE_CACHE_CONTROL,
      '/remotes/news/remoteEntry.js': REVALIDATE_CACHE_CONTROL,
      '/remotes/news/index.html': REVALIDATE_CACHE_CONTROL,
      '/remotes/news/': REVALIDATE_CACHE_CONTROL,
      '/remotes/news/static/js/async/412.0c1d2e3f4a5b6c7d.js': IMMUTABLE_CACHE_CONTROL,
    };
    for (const [path, cacheControl] of Object.entries(expected)) {
      const response = await get(path, { origin: 'http://localhost:3001' });
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['access-control-allow-origin'], path).toBe('*');
      expect(response.headers['cache-control'], path).toBe(cacheControl);
    }
    expect((await get('/remotes/news/mf-manifest.json')).json()).toEqual(NEWS_FEDERATION_MANIFEST);
    expect((await get('/remotes/news/static/js/missing.js')).statusCode).toBe(404);
  });

  it('says a listed remote that is not built is unavailable, and serves nothing of folders the manifest does not list', async () => {
    const missing = await get('/remotes/statistics/mf-manifest.json');
    expect(missing.statusCode).toBe(503);
    expect(missing.headers['access-control-allow-origin']).toBe('*');
    expect(missing.json()).toMatchObject({ message: 'The remote "statistics" is not built: npx nx run statistics:build' });
    for (const path of ['/remotes/gateway/main.js', '/remotes/shell/index.html']) {
      const response = await get(path);
      expect(response.statusCode, path).toBe(404);
      expect(response.body, path).not.toContain(SECRET);
    }
  });

  it('serves nothing outside the build folders, nor hidden files', async () => {
    const attempts = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%252e%252e%252fsecret.txt',
      '/.env',
      '/remotes/news/../../secret.txt',
      '/remotes/news/..%2f..%2fsecret.txt',
      '/remotes/news/%2e%2e/%2e%2e/secret.txt',
      '/remotes/news/%2e%2e/gateway/main.js',
      '/remotes/news/%00.js',
    ];
    for (const path of attempts) {
      for (const headers of [{}, browserAccept]) {
        const response = await get(path, headers);
        expect(response.body, path).not.toContain(SECRET);
        expect([200, 400, 404], path).toContain(response.statusCode);
      }
    }
  });

  it('serves /remotes.json as written, revalidated, and picks up a changed file without a restart', async () => {
    const first = await get('/remotes.json');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.json()).toEqual({ version: 1, remotes: [news, statistics] });
    expect((await get('/remotes.json', { 'if-none-match': String(first.headers['etag']) })).statusCode).toBe(304);

    const manifestPath = join(folder, 'remotes.json');
    await writeFile(manifestPath, manifestText([news]));
    await utimes(manifestPath, new Date(), new Date(Date.now() + 5_000));
    expect((await get('/remotes.json')).json()).toEqual({ remotes: [news] });
    expect((await get('/remotes/statistics/mf-manifest.json')).statusCode).toBe(404);

    // A broken edit is logged; the portal keeps the last good list.
    await writeFile(manifestPath, '{"remotes": [{"id": "Bad Id"}]}');
    await utimes(manifestPath, new Date(), new Date(Date.now() + 10_000));
    expect((await get('/remotes.json')).json()).toEqual({ remotes: [news] });
    expect(log.some((line) => /still serving the previous one/.test(line.msg))).toBe(true);
  });
});

describe('static apps with nothing built', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'static-apps-empty-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it("starts, says so in the log, and answers / with a 503 page: the portal's pages are not built", async () => {
    const { app, log } = await serve(join(folder, 'dist/apps'), join(folder, 'remotes.json'));
    try {
      for (const path of ['/', '/tin-tuc/bai-viet']) {
        const page = await app.inject({ method: 'GET', url: path, headers: { accept: 'text/html' } });
        expect(page.statusCode, path).toBe(503);
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(page.headers['cache-control']).toBe('no-store');
        expect(page.body).toContain('<html lang="vi">');
        expect(page.body).toContain("The portal's pages are not built");
      }
      const manifest = await app.inject({ method: 'GET', url: '/remotes.json' });
      expect(manifest.statusCode).toBe(503);
      expect(manifest.json()).toMatchObject({ message: expect.stringMatching(/remotes manifest is not there/) });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
      expect(log.map((line) => line.msg)).toEqual(
        expect.arrayContaining([expect.stringMatching(/remotes manifest not found/), expect.stringMatching(/portal's pages are not built/)]),
      );
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a manifest that is not valid, naming every problem', async () => {
    const manifestPath = join(folder, 'remotes.json');
    await writeFile(manifestPath, manifestText([news, { ...statistics, id: 'news' }, { ...statistics, id: 'shell', routeBase: '/graphql' }]));
    const refusal = await serve(folder, manifestPath).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(refusal).toMatch(/remotes\.json is not valid: remotes\.1\./);
    expect(refusal).toContain('remotes.1.id: "news" is listed twice');
    expect(refusal).toContain('remotes.1.entry: a remote served here lives under /remotes/news/');
    expect(refusal).toContain('remotes.2.id: ids shell, gateway are not remotes');
    expect(refusal).toContain('remotes.2.routeBase: the gateway answers this path itself');
    await writeFile(manifestPath, '{"remotes": [');
    await expect(serve(folder, manifestPath)).rejects.toThrow(/is not JSON/);
  });

  it('refuses to start in production with a remote whose code would come over plain http from another machine', async () => {
    const manifestPath = join(folder, 'remotes.json');
    await writeFile(manifestPath, manifestText([news, { ...statistics, entry: 'http://cdn.example.vn/statistics/mf-manifest.json' }]));
    await expect(serve(folder, manifestPath, true)).rejects.toThrow(/remotes\.1\.entry: http: is refused in production/);
    const development = await serve(folder, manifestPath, false);
    await development.app.close();
  });
});

describe('source maps', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'static-apps-maps-'));
    await buildFixture(folder);
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("are not served in production (the shell's and a remote's), and are in development", async () => {
    const paths = ['/main.3f9a1b2c.js.map', '/remotes/news/static/js/async/412.0c1d2e3f4a5b6c7d.js.map'];
    const production = await serve(join(folder, 'apps'), join(folder, 'remotes.json'), true);
    const development = await serve(join(folder, 'apps'), join(folder, 'remotes.json'), false);
    try {
      for (const url of paths) {
        const hidden = await production.app.inject({ method: 'GET', url });
        expect({ url, status: hidden.statusCode }).toEqual({ url, status: 404 });
        expect(hidden.body).not.toContain('sourcesContent');
        const shown = await development.app.inject({ method: 'GET', url });
        expect({ url, status: shown.statusCode }).toEqual({ url, status: 200 });
        expect(shown.body).toBe(SOURCE_MAP);
      }
      // The files they map still are.
      expect((await production.app.inject({ method: 'GET', url: '/main.3f9a1b2c.js' })).statusCode).toBe(200);
    } finally {
      await production.app.close();
      await development.app.close();
    }
  });
});

describe('the remotes manifest', () => {
  it('accepts fields it does not know (the file is served as written, for newer shells)', () => {
    expect(parseRemotesManifest(manifestText([{ ...news, contractVersion: 1 }], { version: 2 })).remotes).toEqual([news]);
  });

  it('accepts in production remotes over https or on this machine, and refuses plain http from elsewhere', () => {
    const production = { production: true };
    for (const entry of ['https://cdn.example.vn/news/mf-manifest.json', 'http://localhost:4201/mf-manifest.json', 'http://127.0.0.1:4202/mf-manifest.json', 'http://[::1]:4203/mf-manifest.json']) {
      expect(() => parseRemotesManifest(manifestText([{ ...news, entry }]), 'remotes.json', production), entry).not.toThrow();
    }
    for (const entry of ['http://cdn.example.vn/news/mf-manifest.json', 'http://10.0.0.5/mf-manifest.json', 'http://localhost.evil.example/mf-manifest.json']) {
      expect(() => parseRemotesManifest(manifestText([{ ...news, entry }]), 'remotes.json', production), entry).toThrow(/remotes\.0\.entry: http: is refused in production/);
      expect(() => parseRemotesManifest(manifestText([{ ...news, entry }]), 'remotes.json'), entry).not.toThrow();
    }
  });

  it("accepts a remote hosted on another origin, and refuses an entry under another remote's folder", () => {
    expect(() => parseRemotesManifest(manifestText([{ ...news, entry: 'https://cdn.example.vn/news/v3/mf-manifest.json' }]))).not.toThrow();
    expect(() => parseRemotesManifest(manifestText([{ ...news, entry: '/remotes/statistics/mf-manifest.json' }]))).toThrow(
      /remotes\.0\.entry: a remote served here lives under \/remotes\/news\//,
    );
  });

  it('refuses an entry that is not a federation manifest, a route with capitals, an empty label and a shared route', () => {
    const remotes = [
      { ...news, entry: '/remotes/news/remoteEntry.js' },
      { ...statistics, routeBase: '/Thong-Ke/', nav: { vi: ' ', en: 'Statistics' } },
      { ...statistics, id: 'procedures', routeBase: '/tin-tuc' },
    ];
    expect(() => parseRemotesManifest(manifestText(remotes))).toThrow(
      /remotes\.0\.entry: .*mf-manifest\.json.*remotes\.1\.routeBase: must be a path like .*remotes\.1\.nav\.vi: /,
    );
    expect(() => parseRemotesManifest(manifestText([news, { ...statistics, routeBase: '/tin-tuc/so-lieu' }]))).toThrow(
      /remotes\.1\.routeBase: "\/tin-tuc\/so-lieu" overlaps "\/tin-tuc" of remote "news"/,
    );
  });
});

describe('caching rule of a built file', () => {
  it('keeps any content-hashed file a year, compressed copies too', () => {
    const hex = fc.stringMatching(/^[0-9a-f]{8,20}$/);
    const name = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
    const extension = fc.constantFrom('js', 'css', 'js.map', 'woff2', 'svg', 'js.gz', 'css.br');
    fc.assert(fc.property(name, hex, extension, (base, hash, ext) => cacheControlFor(`/static/${base}.${hash}.${ext}`) === IMMUTABLE_CACHE_CONTROL));
  });

  it('revalidates the files whose name stays while their content changes, and anything unhashed', () => {
    for (const file of ['index.html', 'remoteEntry.js', 'mf-manifest.json', 'remoteEntry.js.gz', 'mf-manifest.json.br', 'favicon.ico', 'main.js', 'chunk.abc.js', '12345678.js']) {
      expect(cacheControlFor(`/dist/apps/news/${file}`), file).toBe(REVALIDATE_CACHE_CONTROL);
    }
  });
});

describe("static apps inside the real gateway", () => {
  it("leave every route of the gateway answering as before", async () => {
    const folder = await mkdtemp(join(tmpdir(), 'static-apps-gateway-'));
    await buildFixture(folder);
    const db = await createTestDatabase('pglite', portalMigrations);
    await seedFirstDataSet(db);
    const app = await createGateway({ db, repositories: createPortalRepositories(db), production: false, sessionSecret: new Uint8Array(randomBytes(32)), logLevel: 'silent' });
    try {
      await registerStaticApps(app, { root: join(folder, 'apps'), manifestPath: join(folder, 'remotes.json') });
      const graphql = await app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: { query: '{ __typename }' } });
      expect(graphql.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
      expect((await app.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
      expect((await app.inject({ method: 'GET', url: '/feeds/news.atom' })).headers['content-type']).toMatch(/^application\/atom\+xml/);
      expect((await app.inject({ method: 'GET', url: '/open-data', headers: { accept: 'text/html' } })).body).toContain('Dữ liệu mở');
      expect((await app.inject({ method: 'GET', url: '/open-data/nothing.csv' })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: '/tin-tuc', headers: { accept: 'text/html' } })).body).toBe(SHELL_PAGE);
      expect((await app.inject({ method: 'GET', url: '/remotes.json' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await db.dispose();
      await rm(folder, { recursive: true, force: true });
    }
    // It migrates and seeds a whole portal database first: seconds alone, more under a full run.
  }, 90_000);
});
