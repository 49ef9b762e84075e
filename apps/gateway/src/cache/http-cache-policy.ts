import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '@egov/graphql';

/** `Cache-Control` of an answer to a signed-in caller (and of any mutation's): for this caller alone, and never stored. */
export const SIGNED_IN_CACHE_CONTROL = 'private, no-store';
/** `Cache-Control` of an answer to an anonymous caller: a cache may keep it but must ask again before each use. */
export const ANONYMOUS_CACHE_CONTROL = 'no-cache';

/**
 * What browsers and shared caches may do with a GraphQL answer, now that the portal reads over GET
 * (which a cache may keep where a POST it would not). No answer is fresh for any time: a mutation
 * through any replica can make it stale at once, and the gateway's own response cache already
 * serves repeated anonymous reads. An answer to a signed-in caller (session cookie or bearer) is
 * staff data: never stored, by the browser or by a proxy, CDN or shared office cache.
 */
export function httpCachePolicyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          // Only an anonymous query may be kept; a mutation's answer (a sign-in's token) never is.
          const anonymousRead = contextValue.viewer === null && operation?.operation === 'query';
          response.http.headers.set('cache-control', anonymousRead ? ANONYMOUS_CACHE_CONTROL : SIGNED_IN_CACHE_CONTROL);
        },
      };
    },
  };
}
