import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import type { RequestContext } from '@egov/graphql';
import { Kind, print, printSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { CacheScopes } from './cache-scopes';
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { ResponseCacheStore } from './response-cache-store';

/** How long an answer may be served from the cache when no mutation came through the gateway (seconds). */
export const DEFAULT_CACHE_MAX_AGE_SECONDS = 60;

/** The response header that says what the cache did for a query: `hit`, `miss`, or `bypass` for a signed-in caller. */
export const CACHE_STATUS_HEADER = 'x-cache';

export interface ResponseCacheOptions {
  store: ResponseCacheStore;
  /** The schema served: answers of another schema (a replica of another version) are never shared. */
  schema: GraphQLSchema;
  /** Which scopes (domains) an operation reads and a mutation changes. */
  scopes: CacheScopes;
  /**
   * The longest life of an entry. It bounds what mutations cannot announce: writes made outside
   * the gateway (seed, CLI) and answers that change with the clock (a scheduled article appearing).
   */
  maxAgeSeconds?: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The anonymous caller: the only one served from, and written to, the shared cache. */
const isAnonymous = (requestContext: GraphQLRequestContext<RequestContext>) => requestContext.contextValue.viewer === null;

/**
 * The plugins of the response cache for anonymous reads:
 * - Apollo's cache-control plugin, giving every field the maximum age (it computes no
 *   Cache-Control header: browsers and proxies must not keep an answer a mutation could make
 *   stale, and ./http-cache-policy says so);
 * - Apollo's response-cache plugin, keyed on the normalised document (printed, so spacing and
 *   comments do not matter), the operation name, the variables in canonical order, the schema and
 *   the generations of the scopes the document reads; read and written for anonymous callers
 *   only, errors never cached;
 * - invalidation: each mutation field that committed (its payload is there and has no
 *   userErrors) moves on the generations of the scopes it changes before the answer leaves. A
 *   refused mutation (anyone may send one, anonymous callers too) wrote nothing and invalidates
 *   nothing, so it cannot be used to empty the shared cache;
 * - the `x-cache` header on every query answer.
 *
 * Nothing else from the request context changes an anonymous answer: the viewer is null, and
 * the address and request id are read only by sign-in and logs.
 */
export function responseCachePlugins(options: ResponseCacheOptions): ApolloServerPlugin<RequestContext>[] {
  const { store } = options;
  const maxAge = options.maxAgeSeconds ?? DEFAULT_CACHE_MAX_AGE_SECONDS;
  const schemaId = sha256(printSchema(options.schema));
  // Apollo hands back the same DocumentNode for the same query text (its document store), so each
  // document is printed once.
  const normalised = new WeakMap<DocumentNode, string>();
  const documentKey = (document: DocumentNode) => {
    let key = normalised.get(document);
    if (key === undefined) {
      key = sha256(print(document));
      normalised.set(document, key);
    }
    return key;
  };

  const invalidation: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async willSendResponse(requestContext) {
          if (requestContext.operation?.operation === 'mutation') {
            const changed = committedWrites(requestContext, options.scopes);
            if (changed.length) await store.invalidate(changed);
          }
          if (requestContext.operation?.operation === 'query' && requestContext.response.http) {
            const status = !isAnonymous(requestContext) ? 'bypass' : requestContext.metrics.responseCacheHit ? 'hit' : 'miss';
            requestContext.response.http.headers.set(CACHE_STATUS_HEADER, status);
          }
        },
      };
    },
  };

  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: maxAge, calculateHttpHeaders: false }),
    ApolloServerPluginResponseCache<RequestContext>({
      ...(store.cache ? { cache: store.cache } : {}),
      shouldReadFromCache: async (requestContext) => isAnonymous(requestContext),
      shouldWriteToCache: async (requestContext) => isAnonymous(requestContext),
      // Read before the operation runs: an answer is filed under the generation it started in.
      extraCacheKeyData: async (requestContext) => {
        if (!isAnonymous(requestContext)) return null;
        const reads = requestContext.document ? options.scopes.readsOf(requestContext.document) : options.scopes.all;
        const generations = await store.generations(reads);
        return { generations: Object.fromEntries(reads.map((scope, index) => [scope, generations[index]])), schema: schemaId };
      },
      generateCacheKey: (requestContext, keyData) => {
        const { source, ...rest } = keyData as { source?: string } & Record<string, unknown>;
        const document = requestContext.document ? documentKey(requestContext.document) : sha256(source ?? '');
        return sha256(canonicalJson({ ...rest, document }));
      },
    }),
    invalidation,
  ];
}

/**
 * The scopes the committed fields of a mutation changed. A field committed when its payload came
 * back with no userErrors; a refused one (userErrors, or an error in place of the payload) wrote
 * nothing, its transaction rolled back. An error deeper in a payload that is there (a nested field
 * failed) still follows a commit, so it invalidates.
 */
function committedWrites(requestContext: GraphQLRequestContext<RequestContext>, scopes: CacheScopes): string[] {
  const { operation, response } = requestContext;
  if (!operation) return [];
  const body = response.body;
  const data = body?.kind === 'single' ? (body.singleResult.data ?? null) : undefined;
  const changed = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    // Fragments on Mutation: not what clients send; every field of the schema is then assumed written.
    if (selection.kind !== Kind.FIELD) return [...scopes.all];
    const payload = data === undefined ? {} : (data?.[selection.alias?.value ?? selection.name.value] as { userErrors?: unknown[] } | null | undefined);
    if (!payload) continue;
    if (Array.isArray(payload.userErrors) && payload.userErrors.length) continue;
    for (const scope of scopes.writesOf(selection.name.value)) changed.add(scope);
  }
  return [...changed];
}