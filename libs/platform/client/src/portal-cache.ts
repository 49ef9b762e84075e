import { InMemoryCache, type Reference } from '@apollo/client';
import { portalPossibleTypes } from '@egov/client-operations';

/**
 * The portal's cache. Objects implementing `Node` are stored under their global id alone (it is
 * unique across types), so `node(id)` and `nodes(ids)` are answered from the cache when the
 * objects were fetched by any other query; reporting periods under their code. Other objects keep
 * Apollo's `Type:id` keys (the home page's `PortalNewsItem` carries a NewsArticle's id but is not
 * the article).
 */
export function createPortalCache(): InMemoryCache {
  return new InMemoryCache({
    possibleTypes: portalPossibleTypes,
    typePolicies: {
      Node: {
        keyFields: (object) => (typeof object['id'] === 'string' ? object['id'] : false),
      },
      // A period is known by its code (2020-H1) to every page, which asks for one by code or, the
      // latest, by none: keyed by code, `reportingPeriod(code)` is answered from the cache below.
      ReportingPeriod: { keyFields: ['code'] },
      Query: {
        fields: {
          reportingPeriod: {
            read(existing: Reference | undefined, { args, toReference, canRead }) {
              if (existing !== undefined || typeof args?.['code'] !== 'string') return existing;
              const cached = toReference({ __typename: 'ReportingPeriod', code: args['code'] });
              return cached && canRead(cached) ? cached : undefined;
            },
          },
          node: {
            read(existing: Reference | undefined, { args, toReference, canRead }) {
              if (existing !== undefined || typeof args?.['id'] !== 'string') return existing;
              const cached = toReference(args['id']);
              return cached && canRead(cached) ? cached : undefined;
            },
          },
          nodes: {
            read(existing: Array<Reference | null> | undefined, { args, toReference, canRead }) {
              const ids: unknown = args?.['ids'];
              if (existing !== undefined || !Array.isArray(ids)) return existing;
              const cached = ids.map((id) => (typeof id === 'string' ? toReference(id) : undefined));
              return cached.every((reference) => reference && canRead(reference)) ? cached : undefined;
            },
          },
        },
      },
    },
  });
}
