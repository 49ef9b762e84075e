import type { GraphQLModule } from '@egov/graphql';
import { isAbstractType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * What the schema modules read beyond their own domain. A domain module reads its own tables
 * and units and districts (which no mutation changes); the portal's cross-domain modules read
 * several domains, and the response cache must know which.
 */
export const CROSS_DOMAIN_READS: Readonly<Record<string, readonly string[]>> = {
  'portal-summary': ['awards', 'kpis', 'licences', 'news', 'procedures'],
  'period-inspection-totals': ['inspections'],
};

/**
 * What a committed mutation of a module changes beyond its own domain: a dossier received or
 * returned by post adds to the postal figures of its half year (kpis).
 */
export const CROSS_DOMAIN_WRITES: Readonly<Record<string, readonly string[]>> = {
  procedures: ['kpis'],
};

/**
 * Sign-in and sign-out change a session, never anything an anonymous answer shows: they
 * invalidate nothing (anyone may send them, so they must not empty the shared cache).
 */
const WRITE_NOTHING = new Set(['sessionCreate', 'sessionDelete']);

/**
 * The scopes of the response cache: one per domain (the name of the schema module that owns
 * it). Every cached answer is filed under the generations of the scopes it read; a committed
 * mutation moves on the generations of the scopes it changed, and only those answers are missed.
 */
export interface CacheScopes {
  /** Every scope, in a stable order. */
  readonly all: readonly string[];
  /** The scopes an operation reads, from the fields it selects (computed once per document). */
  readsOf(document: DocumentNode): readonly string[];
  /** The scopes a committed mutation field changes (`newsArticlePublish` → news). */
  writesOf(mutationField: string): readonly string[];
}

export function cacheScopes(modules: readonly GraphQLModule[], schema: GraphQLSchema): CacheScopes {
  // `Type.field` → the module whose resolver answers it; fields without one read their parent's value.
  const owner = new Map<string, string>();
  for (const module of modules) {
    for (const [typeName, fields] of Object.entries(module.resolvers)) {
      if (!fields || typeof fields !== 'object' || !schema.getType(typeName) || isAbstractType(schema.getType(typeName))) continue;
      for (const fieldName of Object.keys(fields)) owner.set(`${typeName}.${fieldName}`, module.name);
    }
  }
  const all = [...new Set(modules.map((module) => module.name))].sort();
  const readsOfModule = (module: string) => [module, ...(CROSS_DOMAIN_READS[module] ?? [])];
  const rootTypes = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name].filter(Boolean));

  const reads = new WeakMap<DocumentNode, readonly string[]>();
  return {
    all,
    readsOf(document) {
      const known = reads.get(document);
      if (known) return known;
      const scopes = new Set<string>();
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            if (!parent || node.name.value.startsWith('__')) return;
            const module = owner.get(`${parent.name}.${node.name.value}`);
            if (module) for (const scope of readsOfModule(module)) scopes.add(scope);
            // A root field no module owns (node, nodes) may read any domain.
            else if (rootTypes.has(parent.name)) for (const scope of all) scopes.add(scope);
          },
        }),
      );
      const result = [...scopes].sort();
      reads.set(document, result);
      return result;
    },
    writesOf(mutationField) {
      if (WRITE_NOTHING.has(mutationField)) return [];
      const module = owner.get(`${schema.getMutationType()?.name ?? 'Mutation'}.${mutationField}`);
      // A mutation no module owns would be new to this list: everything, to be safe.
      return module ? [module, ...(CROSS_DOMAIN_WRITES[module] ?? [])] : all;
    },
  };
}
