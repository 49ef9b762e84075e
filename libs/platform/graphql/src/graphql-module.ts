import type { RequestContext } from './request-context';

/** How a type that implements `Node` is keyed and loaded, so `id` and `node(id)` work for it. */
export interface NodeType<T = unknown> {
  /** The record's own key: a code, a number or a uuid. */
  key(record: T): string;
  load(key: string, context: RequestContext): Promise<T | null>;
}

type Resolver = (parent: never, args: never, context: RequestContext, info: never) => unknown;

/** Resolvers by type, then field; scalars and enums may be given as objects. */
export type ModuleResolvers = Record<string, Record<string, Resolver | unknown> | object>;

/**
 * One domain's slice of the schema: its SDL (extending Query and Mutation), its resolvers and
 * its Node types. The gateway composes a list of these; adding a domain is adding its module.
 */
export interface GraphQLModule {
  name: string;
  typeDefs: string;
  resolvers: ModuleResolvers;
  nodeTypes?: Record<string, NodeType>;
}
