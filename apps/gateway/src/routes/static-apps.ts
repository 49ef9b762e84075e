import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { remotesManifestSchema, type RemoteManifestEntry, type RemotesManifest } from '@egov/remote-manifest';
import * as z from 'zod/mini';
import { entityTag, sendCacheable } from './conditional-get';
import { prefersHtml } from './content-negotiation';
import { builtFederationManifest, linkHeader, pagePreloads, remoteStylesheets } from './page-preloads';
import { helmetOptions, remoteOriginsOf } from '../security-headers';
import { CACHE_STATUS_HEADER } from '../cache/response-cache-plugins';
import { languageCookie, languageFromCookies, languageFromUrl, resolveLanguage } from '@egov/i18n';
import { SESSION_COOKIE } from '@egov/users-server';
import { pageDocument } from './page-document';
import type { ServerRendering } from './server-render';

/**
 * First path segments the gateway answers itself. They never fall back to the shell's page (a
 * mistyped API path gets a 404, not HTML), and no remote may take them as its route base.
 */
export const GATEWAY_PATH_SEGMENTS: readonly string[] = ['graphql', 'feeds', 'open-data', 'healthz', 'readyz', 'remotes', 'remotes.json', 'robots.txt', 'sitemap.xml', 'sitemaps'];

/** Folders under the apps root that are not remotes, so no manifest entry may name them. */
export const RESERVED_REMOTE_IDS: readonly string[] = ['shell', 'gateway'];

export const REMOTES_MANIFEST_PATH = '/remotes.json';
export const REMOTES_PATH = '/remotes';

/** Hashed files never change under their name: browsers and CDNs keep them a year. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Everything else is checked with the server on each use (a cheap 304 with its ETag). */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** The shell's folder name under the apps root (`dist/apps/shell`). */
const SHELL_FOLDER = 'shell';
/** The shell's one page: it routes in the browser, so every page path gets it. */
const SHELL_PAGE = 'index.html';
/** What a remote's build always writes; a folder without it is not a built remote. */
const REMOTE_MANIFEST_FILE = 'mf-manifest.json';

const NAMED_TO_CHANGE = new Set(['index.html', 'remoteEntry.js', 'mf-manifest.json']);
/** `main.3f9a1b2c.js`, `412.0c1d2e3f4a5b6c7d.css.map`: a content hash of 8 or more hex digits as its own dot segment. */
const HASHED_NAME = /\.[0-9a-f]{8,}(\.[a-z0-9]+)+$/i;
/** Pre-compressed siblings (`x.js.br`, `x.js.gz`) are cached like the file they compress. */
const COMPRESSED_SUFFIX = /\.(br|gz)$/;

/**
 * The caching rule for a built file, by its name: a year for content-hashed assets, and a
 * revalidation on every use for the files whose name stays while their content changes
 * (`index.html`, `remoteEntry.js`, `mf-manifest.json`) and for any other unhashed file.
 */
export function cacheControlFor(fileName: string): string {
  const name = basename(fileName).replace(COMPRESSED_SUFFIX, '');
  if (NAMED_TO_CHANGE.has(name)) return REVALIDATE_CACHE_CONTROL;
  return HASHED_NAME.test(name) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}

/**
 * `/remotes.json` as this gateway serves it: the shared manifest rules (the shell checks the same
 * ones), plus what only the gateway knows: ids it keeps for itself, paths it answers itself, and
 * that a remote served from here lives under `/remotes/<its id>/`.
 */
const servedManifestSchema = remotesManifestSchema.check(
  z.superRefine(({ remotes }, context) => {
    remotes.forEach((remote, index) => {
      if (RESERVED_REMOTE_IDS.includes(remote.id)) {
        context.addIssue({ code: 'custom', path: ['remotes', index, 'id'], message: `ids ${RESERVED_REMOTE_IDS.join(', ')} are not remotes` });
      }
      if (GATEWAY_PATH_SEGMENTS.includes(remote.routeBase.split('/')[1] ?? '')) {
        context.addIssue({ code: 'custom', path: ['remotes', index, 'routeBase'], message: 'the gateway answers this path itself' });
      }
      const served = remote.entry.match(/^\/remotes\/([^/]+)\//);
      if (served && served[1] !== remote.id) {
        context.addIssue({ code: 'custom', path: ['remotes', index, 'entry'], message: `a remote served here lives under ${REMOTES_PATH}/${remote.id}/` });
      }
    });
  }),
);

export type { RemoteManifestEntry, RemotesManifest };

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * In production a remote's code must arrive over https: over plain http anyone on the way could
 * replace it, and it runs with the portal's rights. Loopback (a remote on the same machine,
 * behind the same proxy) is the one exception.
 */
function insecureEntryIssues(manifest: RemotesManifest): string[] {
  return manifest.remotes.flatMap((remote, index) => {
    if (remote.entry.startsWith('/')) return [];
    const url = new URL(remote.entry);
    if (url.protocol === 'https:' || LOOPBACK_HOSTS.test(url.hostname)) return [];
    return [`remotes.${index}.entry: ${url.protocol} is refused in production (a remote's code must come over https, or from this machine)`];
  });
}

export interface ParseManifestOptions {
  /** Production refuses http: remote origins other than loopback. */
  production?: boolean;
}

/** Reads a remotes manifest, or throws an error that lists every problem with its place. */
export function parseRemotesManifest(text: string, source = 'remotes manifest', options: ParseManifestOptions = {}): RemotesManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not JSON: ${(error as Error).message}`);
  }
  const parsed = servedManifestSchema.safeParse(json);
  if (parsed.success) {
    const insecure = options.production ? insecureEntryIssues(parsed.data) : [];
    if (insecure.length) throw new Error(`${source} is not valid: ${insecure.join('; ')}`);
    return parsed.data;
  }
  // In the file's order, so a long list reads from the first remote to the last.
  const position = (path: PropertyKey[]) => (typeof path[1] === 'number' ? path[1] : -1);
  const issues = [...parsed.error.issues].sort((a, b) => position(a.path) - position(b.path));
  const problems = issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`${source} is not valid: ${problems.join('; ')}`);
}

interface LoadedManifest {
  /** The file's bytes as written: served as they are, extra fields included. */
  text: string;
  manifest: RemotesManifest;
  etag: string;
}

/**
 * The remotes manifest, re-read when the file changes (a remote deploys by editing it, without
 * restarting the gateway). A broken edit is logged and the last good version stays in service.
 */
function manifestSource(app: FastifyInstance, manifestPath: string, options: ParseManifestOptions) {
  let loaded: LoadedManifest | null = null;
  let stamp: string | null = null;

  async function load(strict: boolean): Promise<LoadedManifest | null> {
    let current: string;
    try {
      const info = await stat(manifestPath);
      current = `${info.ino}:${info.size}:${info.mtimeMs}`;
    } catch (error) {
      if (stamp !== 'missing') app.log.warn({ manifestPath, err: error }, 'remotes manifest not found: the shell gets 503 at /remotes.json');
      stamp = 'missing';
      return loaded;
    }
    if (current === stamp) return loaded;
    stamp = current;
    try {
      const text = await readFile(manifestPath, 'utf8');
      loaded = { text, manifest: parseRemotesManifest(text, manifestPath, options), etag: entityTag(text) };
    } catch (error) {
      if (strict) throw error;
      app.log.error({ err: error }, 'remotes manifest changed and is not valid: still serving the previous one');
    }
    return loaded;
  }
  return { load };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file under `folder` a URL path names, relative to `folder` (a folder's `index.html` for a
 * folder), or null: outside the folder, a dotfile, undecodable or not there.
 */
async function builtFile(folder: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const full = resolve(folder, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (full !== folder && !full.startsWith(folder + sep)) return null;
  try {
    const info = await stat(full);
    if (info.isFile()) return full.slice(folder.length + 1);
    if (info.isDirectory() && (await isFile(join(full, 'index.html')))) return join(full, 'index.html').slice(folder.length + 1);
  } catch {
    // Not there.
  }
  return null;
}

const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? '/';
const isGatewayPath = (path: string) => GATEWAY_PATH_SEGMENTS.includes(path.split('/')[1] ?? '');
/** A navigation to a page of the shell (no file extension, or a browser asking for HTML), not a missing asset. */
const wantsPage = (request: FastifyRequest, path: string) => !/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '') || prefersHtml(request.headers.accept);

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Trang của Cổng chưa được dựng — Sở Thông tin và Truyền thông tỉnh Lạng Sơn</title>
</head>
<body>
  <main>
    <h1>Trang của Cổng chưa được dựng <small lang="en">(The portal's pages are not built)</small></h1>
    <p>Máy chủ đang chạy nhưng chưa có các trang của Cổng. Người quản trị cần dựng chúng (<code>npm start</code> tự làm việc này) rồi tải lại trang.</p>
    <p lang="en">The portal's pages are not built. The server is running, but the portal's pages have not been built yet: an administrator builds them (<code>npm start</code> does it) and then reloads this page.</p>
    <p>Dữ liệu mở <span lang="en">(open data)</span>: <a href="/open-data">/open-data</a> · Tin tức <span lang="en">(news feed)</span>: <a href="/feeds/news.atom">/feeds/news.atom</a></p>
  </main>
</body>
</html>
`;

const unavailable = (reply: FastifyReply, message: string) =>
  reply
    .code(503)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ statusCode: 503, error: 'Service Unavailable', message });

export interface StaticAppsOptions {
  /**
   * The folder of built apps (`dist/apps`): the shell's build in `<root>/shell`, remote `<id>`'s
   * in `<root>/<id>`. Only remotes listed in the manifest are served, so other apps' builds in
   * the same folder (the gateway's bundle) never are.
   */
  root: string;
  /** The remotes manifest file served at `/remotes.json`; see {@link RemotesManifest}. */
  manifestPath: string;
  /** Production: the manifest's remotes must come over https (or loopback), and source maps are not served. */
  production?: boolean;
  /** Renders pages on the server (server-render.ts); without it the browser renders them from the shell's page. */
  serverRendering?: ServerRendering;
  /** The portal's own origin, for canonical links (see portal-origin.ts). */
  origin?: () => string;
}

/** What the other routes may ask of the front end the gateway serves. */
export interface StaticApps {
  /** The remotes the manifest lists now (none while it is missing). */
  currentRemotes(): Promise<readonly RemoteManifestEntry[]>;
}

/** The shell's `index.html`, read again when its build changes. */
function shellTemplate(file: string): () => Promise<string> {
  let cached: { stamp: string; text: string } | null = null;
  return async () => {
    const info = await stat(file);
    const stamp = `${info.mtimeMs}:${info.size}`;
    if (cached?.stamp !== stamp) cached = { stamp, text: await readFile(file, 'utf8') };
    return cached.text;
  };
}

/** `main.3f9a1b2c.js.map` (and a compressed copy of one): the sources, comments included, of a built file. */
const isSourceMap = (path: string) => /\.map$/i.test(path.replace(COMPRESSED_SUFFIX, ''));

/**
 * The built front end, from the gateway's own port:
 * - `/remotes.json`: the remotes manifest, validated (an invalid one stops the start), `no-cache`;
 * - `/remotes/<id>/…`: a listed remote's files, readable from any origin;
 * - everything else the gateway does not answer itself: the shell's files, and its
 *   `index.html` for any other page path (the shell routes in the browser), with a `Link` header
 *   that preloads what that page will ask for next (see page-preloads.ts).
 * Hashed files are cached for a year, all others revalidated. A missing build is logged and
 * answered with 503, never a crash: the API keeps working while the front end is built.
 */
export async function registerStaticApps(app: FastifyInstance, options: StaticAppsOptions): Promise<StaticApps> {
  const root = resolve(options.root);
  const shellFolder = join(root, SHELL_FOLDER);
  const production = options.production ?? false;
  const manifest = manifestSource(app, resolve(options.manifestPath), { production });
  // Source maps carry the sources, comments included: for developers, not served to the public in production.
  const servable = (file: string | null) => (file && production && isSourceMap(file) ? null : file);
  const started = await manifest.load(true);
  const readFederationManifest = builtFederationManifest(root, REMOTES_PATH, REMOTE_MANIFEST_FILE);
  const shellPage = shellTemplate(join(shellFolder, SHELL_PAGE));

  /** The page rendered on the server, or null to leave it to the browser (no server build, a fault). */
  async function renderedPage(request: FastifyRequest, remotes: readonly RemoteManifestEntry[]) {
    const language = resolveLanguage({ url: request.url, stored: languageFromCookies(request.headers.cookie) });
    const result = await options.serverRendering?.render({ requestId: request.id, address: request.ip, url: request.url, language, remotes });
    if (!result) return null;
    const { page, shell, cached } = result;
    if (page.remoteOnClient) request.log.info({ remote: page.remoteOnClient.id, reason: page.remoteOnClient.reason }, 'remote left to the browser');
    try {
      const stylesheets = await remoteStylesheets(pathOf(request), remotes, readFederationManifest);
      const html = pageDocument({
        template: await shellPage(),
        language,
        title: shell.documentTitle(page.head, language),
        head: page.head,
        origin: options.origin?.() ?? 'http://localhost',
        url: request.url,
        html: page.html,
        state: { id: shell.PAGE_STATE_ELEMENT_ID, json: shell.serialisePageState(page.state) },
        siteName: shell.documentTitle(undefined, language),
        stylesheets,
        // The state carries the manifest, and the head the style sheets: the rest comes after the paint.
        afterPaint: (await pagePreloads(pathOf(request), remotes, REMOTES_MANIFEST_PATH, readFederationManifest)).filter(
          (preload) => preload.href !== REMOTES_MANIFEST_PATH && !stylesheets.includes(preload.href),
        ),
      });
      return { status: page.status, html, cached };
    } catch (error) {
      request.log.error({ err: error }, 'server-rendered page could not be assembled: the page is rendered in the browser');
      return null;
    }
  }

  if (!(await isFile(join(shellFolder, SHELL_PAGE)))) app.log.warn({ shellFolder }, "the portal's pages are not built: / answers 503 until they are");
  for (const remote of started?.manifest.remotes ?? []) {
    if (remote.entry.startsWith(`${REMOTES_PATH}/`) && !(await isFile(join(root, remote.id, REMOTE_MANIFEST_FILE)))) {
      app.log.warn({ remote: remote.id, folder: join(root, remote.id) }, 'remote not built: its files answer 503 until it is');
    }
  }

  await app.register(fastifyStatic, {
    serve: false,
    // Caching is decided per file name below; send's own max-age=0 would contradict it.
    cacheControl: false,
    dotfiles: 'ignore',
    index: false,
    // A build may ship x.js.br / x.js.gz beside x.js; served to clients that accept them.
    preCompressed: true,
    setHeaders(response, path) {
      response.setHeader('cache-control', cacheControlFor(path));
      response.setHeader('vary', 'Accept-Encoding');
    },
  });

  app.get(REMOTES_MANIFEST_PATH, async (request, reply) => {
    const current = await manifest.load(false);
    reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
    if (!current) return unavailable(reply, 'The remotes manifest is not there: the portal offers no remote for now.');
    return sendCacheable(request, reply, { body: current.text, contentType: 'application/json; charset=utf-8', etag: current.etag, cacheControl: REVALIDATE_CACHE_CONTROL });
  });

  app.get<{ Params: { id: string } }>(`${REMOTES_PATH}/:id/*`, async (request, reply) => {
    const { id } = request.params;
    const listed = (await manifest.load(false))?.manifest.remotes.some((remote) => remote.id === id);
    if (!listed) return reply.callNotFound();
    // The shell and other origins (a remote's own dev server) fetch these files cross-origin.
    reply.header('access-control-allow-origin', '*').header('cross-origin-resource-policy', 'cross-origin');
    const folder = join(root, id);
    if (!(await isFile(join(folder, REMOTE_MANIFEST_FILE)))) return unavailable(reply, `The remote "${id}" is not built: npx nx run ${id}:build`);
    // From the raw URL: Fastify's parameters are decoded already, and a path is decoded once.
    const file = servable(await builtFile(folder, `/${pathOf(request).split('/').slice(3).join('/')}`));
    return file ? reply.sendFile(`/${file}`, folder) : reply.callNotFound();
  });

  app.get('/*', async (request, reply) => {
    const path = pathOf(request);
    if (isGatewayPath(path)) return reply.callNotFound();
    if (!(await isFile(join(shellFolder, SHELL_PAGE)))) {
      return reply.code(503).header('cache-control', 'no-store').header('retry-after', '30').type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    }
    const file = servable(await builtFile(shellFolder, path));
    if (file === SHELL_PAGE || (!file && wantsPage(request, path))) {
      // A language chosen by a link (`?lang=en`, the switch without JavaScript) is remembered as
      // the script would remember it, so the reader's next plain address opens in it too.
      const chosen = languageFromUrl(request.url);
      if (chosen && chosen !== languageFromCookies(request.headers.cookie)) reply.header('set-cookie', languageCookie(chosen, { secure: request.protocol === 'https' }));
      const current = await manifest.load(false);
      // The page may load scripts, styles and manifests from the remote origins the manifest names now, and from nowhere else.
      await reply.helmet(helmetOptions(remoteOriginsOf(current?.manifest.remotes ?? [])));
      // Rendered for a reader without a session only: the render reads as an anonymous reader, and
      // a staff member's page must show what their role may see (it renders in their browser).
      const signedOut = request.cookies?.[SESSION_COOKIE] === undefined;
      const rendered = current && options.serverRendering && signedOut ? await renderedPage(request, current.manifest.remotes) : null;
      // A page the browser renders needs its scripts at once; a rendered page's start after it is
      // painted (tools/rspack/start-after-paint.js), with the files listed in it for that moment.
      const preloads = current && !rendered ? await pagePreloads(path, current.manifest.remotes, REMOTES_MANIFEST_PATH, readFederationManifest) : [];
      if (preloads.length) reply.header('link', linkHeader(preloads));
      if (rendered) {
        // The language may come from the reader's cookie, so a shared cache keeps one copy per cookie.
        return reply
          .code(rendered.status)
          .header('cache-control', REVALIDATE_CACHE_CONTROL)
          .header('vary', 'Accept-Encoding, Cookie')
          .header(CACHE_STATUS_HEADER, rendered.cached ? 'hit' : 'miss')
          .type('text/html; charset=utf-8')
          .send(rendered.html);
      }
      return reply.sendFile(`/${SHELL_PAGE}`, shellFolder);
    }
    return file ? reply.sendFile(`/${file}`, shellFolder) : reply.callNotFound();
  });

  return { currentRemotes: async () => (await manifest.load(false))?.manifest.remotes ?? [] };
}
