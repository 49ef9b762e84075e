import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { prefersHtml } from './routes/content-negotiation';

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => htmlEscapes[c] ?? c);

/** The page a browser gets for a fault: what happened in both languages, and the id to quote. */
const faultPage = (requestId: string) => `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Lỗi máy chủ — Sở Thông tin và Truyền thông tỉnh Lạng Sơn</title>
</head>
<body>
  <main>
    <h1>Có lỗi ở máy chủ <small lang="en">(Internal server error)</small></h1>
    <p>Xin thử lại sau ít phút. Nếu lỗi còn, hãy báo cho Sở mã yêu cầu: <code>${escapeHtml(requestId)}</code></p>
    <p lang="en">Please try again in a few minutes. If the error persists, quote this request id: <code>${escapeHtml(requestId)}</code></p>
  </main>
</body>
</html>
`;

/**
 * How the routes beside /graphql (feeds, open data, pages, files) answer a fault: the error is
 * logged whole with the request id, and the client gets a masked message and that id, never the
 * error's text (a failing database's message quotes SQL, tables and constraints). A client's own
 * mistake (4xx: a body too large, a malformed request) keeps Fastify's message, which names no
 * internals. GraphQL masks its faults itself (gateway.ts, formatError).
 */
export function registerFaultAnswers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status < 500) {
      request.log.info({ err: error }, 'request refused');
      return reply.code(status).send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message: error.message, requestId: request.id });
    }
    request.log.error({ err: error }, 'route fault');
    // A reply half sent (a streamed file) cannot change its status: the connection is cut instead.
    if (reply.sent || reply.raw.headersSent) return reply.raw.destroy(error);
    // What a route set for the answer it meant to send does not describe a fault.
    for (const name of ['etag', 'last-modified', 'content-disposition']) reply.removeHeader(name);
    reply.code(500).header('cache-control', 'no-store');
    if (prefersHtml(request.headers.accept)) return reply.type('text/html; charset=utf-8').send(faultPage(request.id));
    return reply.type('application/json; charset=utf-8').send({ statusCode: 500, error: 'Internal Server Error', message: 'Internal server error', requestId: request.id });
  });
}
