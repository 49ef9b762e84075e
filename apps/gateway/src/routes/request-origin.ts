import type { FastifyRequest } from 'fastify';

/**
 * The scheme and host the client reached the portal by (`https://portal.example.vn`), for
 * absolute links in documents that need them (Atom ids and links). A configured public address
 * wins, so ids stay the same whatever name or proxy a client came through.
 */
export function requestOrigin(request: FastifyRequest, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}
