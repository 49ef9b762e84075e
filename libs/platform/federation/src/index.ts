export {
  REMOTE_CONTRACT_VERSION,
  defineRemote,
  type MountRemote,
  type NavLabels,
  type RemoteComponent,
  type RemoteDefinition,
  type RemoteDefinitionInput,
  type RemoteServices,
  type UnmountRemote,
} from './contract/remote-contract';
export { checkRemoteModule, type ExpectedRemote, type RemoteCheck } from './contract/check-remote-module';
export { RemoteView, type RemoteViewProps } from './contract/remote-view';
// The manifest's schema is isomorphic: the gateway checks the file it serves with the same rules.
export {
  navLabelsSchema,
  remoteIdSchema,
  remoteManifestEntrySchema,
  remotesManifestSchema,
  routeBaseSchema,
  type RemoteManifestEntry,
  type RemotesManifest,
} from '@egov/remote-manifest';
export { inNavigationOrder, loadManifest, type FetchManifest, type LoadManifestOptions, type ManifestResult } from './manifest/load-manifest';
export { isRemoteFallback, remoteFallbackPlugin, type RemoteFallback } from './loader/fallback-plugin';
export {
  createRemoteLoader,
  type FederationRuntime,
  type FederationRuntimeOptions,
  type RemoteLoadResult,
  type RemoteLoader,
  type RemoteLoaderLog,
  type RemoteLoaderOptions,
  type RemoteToRegister,
} from './loader/remote-loader';
export { createEventBus, type EventBus, type EventBusOptions, type EventMap, type EventPayloadArgs } from './events/event-bus';
export {
  createPortalEventBus,
  currentUser,
  type PortalEventBus,
  type PortalEvents,
  type PortalLanguage,
  type SignedInUser,
} from './events/portal-events';
export { useEvent } from './events/use-event';
export { createPortalSession, type PortalSession, type SignInResult } from './session/portal-session';
export { hasRole, useSignedInUser } from './session/use-signed-in-user';
export { SignInForm, type SignInFormProps } from './session/sign-in-form';
export { sessionMessages } from './session/session-messages';
