import { createRemoteLoader, remoteFallbackPlugin, type RemoteLoader, type RemoteLoaderOptions } from '@egov/federation';
import { getInstance } from '@module-federation/enhanced/runtime';

/**
 * The shell's remote loader on the federation instance the build made (it holds the shared
 * singletons the shell provides, so a remote finds the shell's React instead of loading its own).
 * Outside a federated build (unit tests) a fresh instance is made instead.
 */
export function createShellRemoteLoader(options: Omit<RemoteLoaderOptions, 'runtime'> = {}): RemoteLoader {
  const host = getInstance();
  if (host) {
    host.registerPlugins([remoteFallbackPlugin()]);
    return createRemoteLoader({ ...options, runtime: host });
  }
  return createRemoteLoader({ ...options, runtime: { name: 'shell', remotes: [], shareStrategy: 'loaded-first' } });
}
