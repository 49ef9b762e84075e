export { badInput, codeArgument, dayArgument, MAX_QUERY_LENGTH, searchText } from './arguments';
export { baseTypeDefs } from './base-schema';
export { composeSchema } from './compose-schema';
export { countTypeDefs, countUpTo, DEFAULT_COUNT_LIMIT, MAX_COUNT_LIMIT, type Count } from './count';
export {
  connectionFromArray,
  connectionTypeDefs,
  offsetConnection,
  pageOffset,
  pageSize,
  pageWindow,
  DEFAULT_PAGE_SIZE,
  MAX_OFFSET,
  MAX_PAGE_SIZE,
  type Connection,
  type ConnectionResult,
  type PageArgs,
} from './connection';
export { fromGlobalId, keyOfGlobalId, recordKey, toGlobalId } from './global-id';
export {
  encodeKeysetCursor,
  keysetConnection,
  keysetRange,
  type KeysetConnection,
  type KeysetOrder,
} from './keyset-connection';
export type { GraphQLModule, ModuleResolvers, NodeType } from './graphql-module';
export { enumOf } from './enum-values';
export { defineLoader, existing, type LoaderReference } from './loaders';
export { createRequestContext, roles, type RequestContext, type Role, type Viewer } from './request-context';
export {
  hasRole,
  mutationPayload,
  payloadTypeDefs,
  requireRole,
  requireRoleToRead,
  withInputNames,
  type InputNaming,
  type UserError,
} from './user-errors';
