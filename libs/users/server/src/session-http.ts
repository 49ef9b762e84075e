import fastifyCookie from '@fastify/cookie';
import { createRequestContext } from '@egov/graphql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionControl, UsersRequestContext } from './session-context';
import type { SessionService } from './sessions';

/** The session cookie's name. */
export const SESSION_COOKIE = 'egov_session';

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)$/;

export interface SessionHttpOptions {
  sessions: SessionService;
  /** In production the cookie is Secure (sent over HTTPS only). */
  production: boolean;
}

export interface SessionHttp {
  /**
   * The context of one GraphQL request: the platform's request context with the viewer of the
   * bearer token or, without an Authorization header, of the session cookie; plus `session`,
   * through which sessionCreate / sessionDelete set and clear the cookie on this reply.
   */
  requestContext(request: FastifyRequest, reply: FastifyReply): Promise<UsersRequestContext>;
}

/**
 * Sessions over HTTP: registers @fastify/cookie on the app and returns what the gateway's
 * GraphQL context function calls for each request. The cookie is `egov_session`: httpOnly (no
 * script reads it), SameSite=Strict (no other site sends it), Path=/, Secure in production, and
 * expires with the session. API clients send `Authorization: Bearer <token>` instead; when that
 * header is present it alone decides the viewer (an invalid token is an anonymous caller).
 */
export async function registerSessionHttp(app: FastifyInstance, options: SessionHttpOptions): Promise<SessionHttp> {
  await app.register(fastifyCookie);
  const cookieOptions = { httpOnly: true, sameSite: 'strict', secure: options.production, path: '/' } as const;

  return {
    async requestContext(request, reply) {
      const authorization = request.headers.authorization;
      const bearer = authorization === undefined ? null : (BEARER.exec(authorization.trim())?.[1] ?? '');
      const cookie = request.cookies[SESSION_COOKIE];
      const token = bearer ?? cookie ?? null;
      const found = token ? await options.sessions.viewerFromToken(token) : null;
      // A cookie that no longer opens a session (expired, signed out, user disabled) is removed.
      if (bearer === null && cookie !== undefined && !found) reply.clearCookie(SESSION_COOKIE, cookieOptions);
      const session: SessionControl = {
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        current: found?.claims ?? null,
        setCookie: (value, expiresAt) => void reply.setCookie(SESSION_COOKIE, value, { ...cookieOptions, expires: expiresAt }),
        clearCookie: () => void reply.clearCookie(SESSION_COOKIE, cookieOptions),
      };
      return { ...createRequestContext(found?.viewer ?? null, request.id, request.ip), session };
    },
  };
}
