// @ts-check
/**
 * The Rspack configuration of a remote, the same shape for every one: it exposes `./Remote` (the
 * contract module of @egov/federation) from `remoteEntry.js`, describes itself in `mf-manifest.json`
 * (what `/remotes.json` points at), shares the same singletons as the shell, and loads its chunks
 * from wherever it is served (`publicPath: 'auto'`).
 */
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { baseConfig, modeOf } from './base-config.mjs';
import { remoteServerConfig } from './server-config.mjs';
import { shareStrategy, sharedDependencies } from './shared-dependencies.mjs';

/** The file the shell's runtime reads a remote's exposes and shared modules from. */
export const REMOTE_ENTRY_FILE = 'remoteEntry.js';

/**
 * The browser build and the server build of a remote (server-config.mjs): the shell loads the
 * first, the gateway renders the remote's pages with the second (`server/remoteEntry.js`, which
 * the manifest names as the remote's `serverEntry`).
 * @param {object} options
 * @param {string} options.name the remote's id: its federation name and its manifest id (`statistics`)
 * @param {string} options.projectRoot the remote's folder (`apps/statistics`)
 * @param {string} options.outputPath where the build goes (`dist/apps/statistics`)
 * @param {Record<string, string>} [options.exposes] default `{ './Remote': './src/remote.tsx' }`
 * @param {import('./base-config.mjs').BuildMode} [options.mode] default: production unless NODE_ENV=development
 * @returns {[import('@rspack/core').Configuration, import('@rspack/core').Configuration]}
 */
export function remoteConfig(options) {
  return [remoteBrowserConfig(options), remoteServerConfig(options)];
}

/**
 * The browser build alone.
 * @param {Parameters<typeof remoteConfig>[0]} options
 * @returns {import('@rspack/core').Configuration}
 */
export function remoteBrowserConfig({ name, projectRoot, outputPath, exposes = { './Remote': './src/remote.tsx' }, mode }) {
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(name)) {
    throw new Error(`remoteConfig: "${name}" is not a remote id (lower-case letters, digits, underscores; it becomes a JavaScript global)`);
  }
  const buildMode = modeOf(mode);
  const config = baseConfig({ projectRoot, outputPath, uniqueName: name, publicPath: 'auto', mode: buildMode });
  config.plugins = [
    ...(config.plugins ?? []),
    new ModuleFederationPlugin({
      name,
      filename: REMOTE_ENTRY_FILE,
      exposes,
      shared: sharedDependencies(),
      shareStrategy,
      manifest: true,
      dts: false,
      // In production the shell provides the federation runtime (`provideExternalRuntime`), so the
      // remote does not ship its own; the development server keeps it, for the remote run alone.
      experiments: { externalRuntime: buildMode === 'production', optimization: { target: 'web' } },
    }),
  ];
  return config;
}
