#!/usr/bin/env node
// @ts-check
/**
 * The portal's development server, with no dependency beyond Rspack: builds an app's Rspack config
 * in development mode and rebuilds on every change, serves the result (a page path falls back to
 * index.html, as the gateway does), `/remotes.json` from a file with each remote pointed at its own
 * development server (dev-manifest.mjs), and forwards paths such as
 * `/graphql` to the gateway. Every answer may be read cross-origin, so the shell on one port loads
 * a remote served on another.
 *
 *   node tools/rspack/serve.mjs --config apps/shell/rspack.config.mjs --port 4201 \
 *     [--manifest apps/shell/remotes.json] [--proxy /graphql=http://localhost:4200]...
 *
 * No live reload: reload the page after a rebuild (the log says when).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { devManifest, devServerPort } from './dev-manifest.mjs';

process.env['NODE_ENV'] = 'development';
const { rspack } = await import('@rspack/core');

const { values } = parseArgs({
  options: {
    config: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string', default: 'localhost' },
    manifest: { type: 'string' },
    proxy: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.config || !values.port) {
  console.error('usage: serve.mjs --config <rspack.config.mjs> --port <port> [--manifest <remotes.json>] [--proxy /graphql=http://localhost:4200]');
  process.exit(2);
}

const loaded = (await import(pathToFileURL(resolve(values.config)).href)).default;
/** @type {import('@rspack/core').Configuration} */
const made = typeof loaded === 'function' ? await loaded({}, { mode: 'development' }) : loaded;
// An app's config may list its server build too (server-config.mjs): the development server serves the browser's.
const config = Array.isArray(made) ? made.find((each) => each.name !== 'server') : made;
const name = config.output?.uniqueName ?? 'app';
// Not the production output: `npm start` serves dist/apps, and a dev build must not replace it.
const outputPath = join(tmpdir(), 'egov-dev', name);
config.mode = 'development';
config.output = { ...config.output, path: outputPath };

/** @type {Array<{ prefix: string; target: string }>} */
const proxies = (values.proxy ?? []).map((rule) => {
  const [prefix, target] = rule.split('=');
  if (!prefix?.startsWith('/') || !target) throw new Error(`--proxy wants /path=http://host:port, not "${rule}"`);
  return { prefix, target: target.replace(/\/$/, '') };
});

const types = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
});

/** @param {string} path */
async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

let building = true;
const compiler = rspack(config);
compiler.watch({ aggregateTimeout: 200 }, (error, stats) => {
  building = false;
  if (error) console.error(`[${name}] build failed:`, error);
  else if (stats?.hasErrors()) console.error(stats.toString({ all: false, errors: true, colors: true }));
  else console.log(`[${name}] built in ${(stats?.endTime ?? 0) - (stats?.startTime ?? 0)} ms: reload the page`);
});

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ prefix: string; target: string }} proxy
 */
async function forward(request, response, proxy) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined && !['host', 'connection', 'content-length'].includes(key)) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  try {
    const answer = await fetch(`${proxy.target}${request.url}`, {
      method: request.method ?? 'GET',
      headers,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
      redirect: 'manual',
    });
    const body = Buffer.from(await answer.arrayBuffer());
    const out = Object.fromEntries([...answer.headers].filter(([key]) => !['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(key)));
    response.writeHead(answer.status, out).end(body);
  } catch (error) {
    response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`${proxy.target} is not reachable (${String(error)}): start the gateway (npm start)`);
  }
}

const server = createServer(async (request, response) => {
  response.setHeader('access-control-allow-origin', '*');
  response.setHeader('cache-control', 'no-store');
  const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
  const proxy = proxies.find((rule) => path === rule.prefix || path.startsWith(`${rule.prefix}/`));
  if (proxy) return forward(request, response, proxy);
  if (values.manifest && path === '/remotes.json') {
    try {
      const manifest = devManifest(JSON.parse(await readFile(resolve(values.manifest), 'utf8')), devServerPort, values.host);
      return response.writeHead(200, { 'content-type': types['.json'] }).end(JSON.stringify(manifest));
    } catch (error) {
      return response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  }
  const file = resolve(outputPath, `.${path}`);
  if (file.startsWith(outputPath + sep) && (await isFile(file))) {
    return response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  }
  const index = join(outputPath, 'index.html');
  if (!extname(path) && (await isFile(index))) return response.writeHead(200, { 'content-type': types['.html'] }).end(await readFile(index));
  response.writeHead(building ? 503 : 404, { 'content-type': 'text/plain; charset=utf-8' }).end(building ? 'Still building: reload in a moment' : 'Not found');
});

server.listen(Number(values.port), values.host, () => {
  console.log(`[${name}] http://${values.host}:${values.port}/ (rebuilds on change)`);
});

const stop = () => {
  compiler.close(() => server.close(() => process.exit(0)));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
