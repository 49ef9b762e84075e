import { composeSchema, type GraphQLModule } from '@egov/graphql';
import type { PortalRepositories } from '@egov/portal-data';
import type { SessionService } from '@egov/users-server';
import { GraphQLObjectType, GraphQLSchema, Kind, parse, printSchema, type GraphQLNamedType } from 'graphql';
import { schemaModules } from './schema-modules';

/** Stands in for a service the schema's shape does not need: any use of it is a mistake, said loudly. */
function unavailable<T>(name: string): T {
  return new Proxy(Object.create(null) as object, {
    get: (_target, key) => {
      throw new Error(`Printing the schema reads no data, yet ${name}.${String(key)} was read`);
    },
  }) as T;
}

/** The gateway's modules and the schema composed from them, with no database: the modules read their repositories only when a request runs. */
function servedSchema(): { schema: GraphQLSchema; modules: GraphQLModule[] } {
  const repositories = new Proxy(Object.create(null) as object, {
    get: (_target, key) => unavailable(`repositories.${String(key)}`),
  }) as PortalRepositories;
  const modules = schemaModules(repositories, { sessions: unavailable<SessionService>('sessions') });
  return { schema: composeSchema(modules), modules };
}

/** A root type cut down to the fields a module declares, or null when it declares none. */
function rootWith(root: GraphQLObjectType | null | undefined, fields: ReadonlySet<string>): GraphQLObjectType | null {
  if (!root || fields.size === 0) return null;
  const config = root.toConfig();
  return new GraphQLObjectType({ ...config, fields: Object.fromEntries(Object.entries(config.fields).filter(([name]) => fields.has(name))) });
}

/**
 * One module's view of the served schema: the root fields it declares, the types it defines and
 * every type these reach (another domain's type with all its fields). The module's resolver types
 * are generated from it, so they name the types the module resolves and those it returns.
 */
function moduleSchemaText(schema: GraphQLSchema, module: GraphQLModule): string {
  const definitions = parse(module.typeDefs).definitions;
  const rootFields = (root: string) =>
    new Set(
      definitions.flatMap((definition) =>
        (definition.kind === Kind.OBJECT_TYPE_EXTENSION || definition.kind === Kind.OBJECT_TYPE_DEFINITION) && definition.name.value === root
          ? (definition.fields ?? []).map((field) => field.name.value)
          : [],
      ),
    );
  const defined = definitions.flatMap((definition) =>
    'name' in definition && definition.name && !definition.kind.endsWith('Extension') ? [schema.getType(definition.name.value) as GraphQLNamedType] : [],
  );
  const query = rootWith(schema.getQueryType(), rootFields('Query')) ?? rootWith(schema.getQueryType(), new Set(['node']));
  const mutation = rootWith(schema.getMutationType(), rootFields('Mutation'));
  return `${printSchema(new GraphQLSchema({ query, mutation, types: defined }))}\n`;
}

/**
 * The schema the gateway serves, as SDL (`portal`: what the clients' types are generated from,
 * `libs/platform/client-operations/schema.graphql`), and each module's view of it by the module's
 * name (`modules`), from one composition.
 */
export function schemaTexts(): { portal: string; modules: Map<string, string> } {
  const { schema, modules } = servedSchema();
  return { portal: `${printSchema(schema)}\n`, modules: new Map(modules.map((module) => [module.name, moduleSchemaText(schema, module)])) };
}
