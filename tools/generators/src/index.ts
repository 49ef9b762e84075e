/**
 * The workspace's Nx generators (registered in generators.json; the CLI loads them through
 * src/remote/load-generator.cjs). Exported here for tests and for other generators to compose.
 */
export { default as remoteGenerator } from './remote/generator';
export { normalizeRemoteOptions, remoteIdOf, PROJECT_NAME_PATTERN, GATEWAY_PATH_SEGMENTS, type RemoteOptions } from './remote/options';
export { REMOTES_MANIFEST_PATH, entryOf } from './remote/manifest';
export type { RemoteGeneratorSchema } from './remote/schema';
