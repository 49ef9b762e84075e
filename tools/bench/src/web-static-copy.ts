/**
 * The limit the portal's pages are measured against: each page as the server sends it, saved as
 * static HTML with every script taken out, its styles, fonts and images still fetched from the
 * portal. Served from an origin of its own, compressed as the portal compresses its pages, so a
 * Lighthouse run of the copy differs from a run of the page only by the JavaScript.
 */
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** The static copies of some pages, served: `url(route)` opens one. */
export interface StaticCopies {
  url(route: string): string;
  close(): Promise<void>;
}

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
/** Preloads of scripts (`modulepreload`, or `preload` as a script): a page without scripts fetches none. */
const SCRIPT_PRELOAD = /<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/gi;

/** The page without JavaScript: every script and script preload removed; JSON-LD (data, not code) kept. */
export function withoutScripts(html: string): string {
  return html
    .replace(SCRIPT, (element, attributes: string) => (/type="application\/ld\+json"/i.test(attributes) ? element : ''))
    .replace(SCRIPT_PRELOAD, (element) => (/\bas="(?:script|fetch)"|modulepreload/i.test(element) ? '' : element));
}

async function savePage(portal: string, route: string): Promise<Buffer> {
  // A first visit: no cookie, so the page is the one a new reader gets (Vietnamese).
  const response = await fetch(`${portal}${route}`);
  if (!response.ok) throw new Error(`${route} answered ${response.status}; no static copy of it`);
  return gzipSync(withoutScripts(await response.text()), { level: 9 });
}

/** Anything but a saved page goes to the portal as it came, and comes back as the portal sent it (compressed, cached). */
function passToPortal(portal: URL, incoming: IncomingMessage, outgoing: ServerResponse): void {
  const forwarded = httpRequest(
    { host: portal.hostname, port: portal.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: portal.host } },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    },
  );
  forwarded.on('error', () => outgoing.writeHead(502).end());
  incoming.pipe(forwarded);
}

/** Saves `routes` of the portal at `portal` as static pages and serves them from a port of their own. */
export async function startStaticCopies(portal: string, routes: string[]): Promise<StaticCopies> {
  const pages = new Map<string, Buffer>();
  for (const route of routes) pages.set(route, await savePage(portal, route));
  const portalUrl = new URL(portal);
  const server = createServer((incoming, outgoing) => {
    const page = pages.get(incoming.url ?? '');
    if (!page) return passToPortal(portalUrl, incoming, outgoing);
    outgoing.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    outgoing.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (route) => `http://127.0.0.1:${port}${route}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
