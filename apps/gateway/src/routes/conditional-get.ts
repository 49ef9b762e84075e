import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';

/**
 * An entity tag for a representation: a hash of what identifies its content. Weak when the bytes
 * may differ between equivalent answers (a JSON download stamps the moment it was generated).
 */
export function entityTag(content: string, options: { weak?: boolean } = {}): string {
  const hash = createHash('sha256').update(content).digest('base64url').slice(0, 27);
  return `${options.weak ? 'W/' : ''}"${hash}"`;
}

/**
 * Whether an `If-None-Match` header names this tag. Comparison is weak (RFC 9110 §13.1.2):
 * `W/"x"` and `"x"` match, and `*` matches any current representation.
 */
export function ifNoneMatchHits(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  const wanted = opaque(tag);
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === wanted);
}

export interface CacheableAnswer {
  body: string;
  contentType: string;
  /** From `entityTag`: computed over what the client would otherwise download again. */
  etag: string;
  cacheControl: string;
  /** Extra headers, e.g. `content-disposition` or `vary`. */
  headers?: Record<string, string>;
}

/**
 * Sends a representation a client may keep: with its ETag and caching rule, and as a bodiless
 * 304 when the client's conditional request names the same tag, so polling readers (feed
 * readers, data harvesters) do not download unchanged content again.
 */
export function sendCacheable(request: FastifyRequest, reply: FastifyReply, answer: CacheableAnswer): FastifyReply {
  reply.header('etag', answer.etag).header('cache-control', answer.cacheControl);
  for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
  if (ifNoneMatchHits(request.headers['if-none-match'], answer.etag)) return reply.code(304).send();
  return reply.type(answer.contentType).send(answer.body);
}
