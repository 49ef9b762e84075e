export { navLabelsSchema, reasonsOf, remoteIdSchema, routeBaseSchema } from './remote-fields';
export { remoteManifestEntrySchema, remotesManifestSchema, type RemoteManifestEntry, type RemotesManifest } from './remotes-manifest';
