import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';

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

/**
 * Whether the client's copy is current: its `If-None-Match` names this tag or, when it sends no
 * tag, its `If-Modified-Since` is no earlier than the last change (HTTP dates count whole seconds).
 */
export function notModified(request: FastifyRequest, etag: string, lastModified?: Date | null): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) return ifNoneMatchHits(ifNoneMatch, etag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return lastModified != null && !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface CacheableAnswer {
  /** The representation; a function is called only when the body is sent (never for a 304). */
  body: string | (() => string | Readable | Promise<string | Readable>);
  contentType: string;
  /** From `entityTag`: computed over what identifies what the client would otherwise download again. */
  etag: string;
  /** When the content last changed, for `Last-Modified` and `If-Modified-Since`. */
  lastModified?: Date | null;
  cacheControl: string;
  /** Extra headers, e.g. `content-disposition` or `vary`. */
  headers?: Record<string, string>;
}

/**
 * Sends a representation a client may keep: with its ETag and caching rule, and as a bodiless
 * 304 when the client's conditional request shows its copy is current, so polling readers (feed
 * readers, data harvesters) do not download unchanged content again.
 */
export async function sendCacheable(request: FastifyRequest, reply: FastifyReply, answer: CacheableAnswer): Promise<FastifyReply> {
  reply.header('etag', answer.etag).header('cache-control', answer.cacheControl);
  if (answer.lastModified) reply.header('last-modified', answer.lastModified.toUTCString());
  for (const [name, value] of Object.entries(answer.headers ?? {})) reply.header(name, value);
  if (notModified(request, answer.etag, answer.lastModified)) return reply.code(304).send();
  return reply.type(answer.contentType).send(typeof answer.body === 'string' ? answer.body : await answer.body());
}
