import type { RequestContext } from '@egov/graphql';
import type { SessionClaims } from './session-tokens';

/**
 * What a GraphQL request knows about its HTTP session, put on the request context by the
 * gateway (see session-http.ts). Resolvers never see Fastify: they ask for a cookie to be set
 * or cleared, and the HTTP layer decides its attributes.
 */
export interface SessionControl {
  /** The client's address (Fastify's `request.ip`), for the per-address sign-in limit. */
  address: string;
  /** The client's `User-Agent`, kept with a new session so its owner can tell sessions apart. */
  userAgent: string | null;
  /** The valid session this request came with, or null. */
  current: SessionClaims | null;
  /** Sets the httpOnly session cookie on the response. */
  setCookie(token: string, expiresAt: Date): void;
  /** Removes the session cookie on the response. */
  clearCookie(): void;
}

/** The request context of the users module: the platform's, plus the session when served over HTTP. */
export interface UsersRequestContext extends RequestContext {
  session?: SessionControl;
}
