import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, Kind, parse, type GraphQLSchema } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import { baseTypeDefs, mutationRootTypeDefs } from './base-schema';
import { countTypeDefs } from './count';
import { fromGlobalId, toGlobalId } from './global-id';
import type { GraphQLModule, NodeType } from './graphql-module';
import type { RequestContext } from './request-context';

/** Most ids one `nodes(ids)` call may ask for: the same bound as a page. */
const MAX_NODES = 100;

type Tagged = Record<string, unknown> & { __typename: string };

/**
 * Builds the executable schema from the base and the given modules: merges their SDL and
 * resolvers, and wires `id` and `node(id)` for every Node type they declare.
 */
export function composeSchema(modules: readonly GraphQLModule[]): GraphQLSchema {
  const nodeTypes = new Map<string, NodeType>();
  const resolvers: Record<string, Record<string, unknown>>[] = [];

  for (const module of modules) {
    for (const [typeName, nodeType] of Object.entries(module.nodeTypes ?? {})) {
      if (nodeTypes.has(typeName)) throw new Error(`Node type ${typeName} is declared by two modules`);
      nodeTypes.set(typeName, nodeType);
      resolvers.push({ [typeName]: { id: (record: unknown) => toGlobalId(typeName, nodeType.key(record)) } });
    }
    resolvers.push(module.resolvers as Record<string, Record<string, unknown>>);
  }

  const loadNode = async (id: string, context: RequestContext): Promise<Tagged | null> => {
    const parsed = fromGlobalId(id);
    const nodeType = parsed ? nodeTypes.get(parsed.typeName) : undefined;
    if (!parsed || !nodeType) return null;
    const record = (await nodeType.load(parsed.key, context)) as Record<string, unknown> | null;
    return record ? { ...record, __typename: parsed.typeName } : null;
  };

  resolvers.unshift({
    Date: DateResolver as never,
    DateTime: DateTimeResolver as never,
    Node: { __resolveType: (record: Tagged) => record.__typename },
    Query: {
      node: (_: unknown, args: { id: string }, context: RequestContext) => loadNode(args.id, context),
      nodes: (_: unknown, args: { ids: string[] }, context: RequestContext) => {
        if (args.ids.length > MAX_NODES) {
          throw new GraphQLError(`Ask for at most ${MAX_NODES} ids at once.`, { extensions: { code: 'BAD_USER_INPUT' } });
        }
        return Promise.all(args.ids.map((id) => loadNode(id, context)));
      },
    },
  });

  const extendsMutation = modules.some((module) =>
    parse(module.typeDefs).definitions.some(
      (definition) => definition.kind === Kind.OBJECT_TYPE_EXTENSION && definition.name.value === 'Mutation',
    ),
  );
  return makeExecutableSchema({
    typeDefs: [baseTypeDefs, countTypeDefs, ...(extendsMutation ? [mutationRootTypeDefs] : []), ...modules.map((module) => module.typeDefs)],
    resolvers: resolvers as never,
    inheritResolversFromInterfaces: true,
  });
}
