// @ts-check
/**
 * The Rspack configuration of the portal's host (the shell): a Module Federation host with no
 * remotes at build time (they come from `/remotes.json` at run time) and the shared singletons.
 */
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { baseConfig, modeOf } from './base-config.mjs';
import { shareStrategy, sharedDependencies } from './shared-dependencies.mjs';
import { StartAfterPaintPlugin } from './start-after-paint-plugin.mjs';

/**
 * @param {object} options
 * @param {string} options.projectRoot the host's folder (`apps/shell`)
 * @param {string} [options.name] its federation name (default `shell`)
 * @param {string} options.outputPath where the build goes (`dist/apps/shell`)
 * @param {import('./base-config.mjs').BuildMode} [options.mode] default: production unless NODE_ENV=development
 * @param {boolean} [options.platformLibraries] default true; false shares the npm singletons alone
 * @param {string} [options.entry] default `./src/main.ts`
 * @returns {import('@rspack/core').Configuration}
 */
export function hostConfig({ projectRoot, name = 'shell', outputPath, mode, platformLibraries = true, entry }) {
  const buildMode = modeOf(mode);
  const config = baseConfig({ projectRoot, outputPath, uniqueName: name, publicPath: '/', mode: buildMode, entry });
  config.plugins = [
    ...(config.plugins ?? []),
    new StartAfterPaintPlugin({ hashed: buildMode === 'production' }),
    new ModuleFederationPlugin({
      name,
      remotes: {},
      // Eager: the shell provides the singletons, so they travel in its first script (no async boundary, no waterfall).
      shared: sharedDependencies({ eager: true, platformLibraries }),
      shareStrategy,
      manifest: true,
      dts: false,
      // The host hands its federation runtime to every remote (they are built with `externalRuntime`),
      // so a remote's route does not download a second copy (about 33 kB gzip); browser-only runtime.
      experiments: { provideExternalRuntime: true, optimization: { target: 'web' } },
    }),
  ];
  return config;
}
