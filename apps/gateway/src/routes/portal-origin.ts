import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';

const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '']);

/**
 * `http://<host>:<port>` for a server listening on `host` and `port`; a wildcard address
 * (`0.0.0.0`, `::`) is reached as `localhost` on the machine itself.
 */
export function listenOrigin(host: string, port: number): string {
  const name = WILDCARD_HOSTS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * The portal's own address for absolute links (Atom ids and links): PUBLIC_URL, else the address
 * the server listens on. Never the request's Host header: a client chooses that one, and what it
 * chose would be written into answers that others receive from caches (`Host: evil.example`).
 */
export function portalOrigin(app: FastifyInstance, publicUrl?: string | null): () => string {
  if (publicUrl) {
    const origin = publicUrl.replace(/\/+$/, '');
    return () => origin;
  }
  let known: string | null = null;
  return () => {
    if (known) return known;
    const address = app.server.address() as AddressInfo | string | null;
    // Not listening on a port (requests injected in tests, a socket file): the machine itself.
    if (!address || typeof address === 'string') return 'http://localhost';
    known = listenOrigin(address.address, address.port);
    return known;
  };
}
