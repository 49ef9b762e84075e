// @ts-check
/**
 * The server builds of the portal's apps: the same source as the browser builds, compiled for
 * Node so the gateway renders pages to HTML. A remote's server build is a Module Federation
 * container too (`server/remoteEntry.js`, a CommonJS module the federation runtime evaluates in
 * Node), so it stays built and deployed with its remote; the shell's server build is the host
 * that provides the shared singletons, as the shell does in the browser.
 */
import { ModuleFederationPlugin } from '@module-federation/enhanced/rspack';
import { baseConfig, modeOf } from './base-config.mjs';
import { SERVER_TWIN_EXTENSIONS } from './server-twins.mjs';
import { shareStrategy, sharedDependencies } from './shared-dependencies.mjs';

/** Where a server build goes inside its app's build folder. */
export const SERVER_FOLDER = 'server';
/** A remote's server entry, which the manifest names as its `serverEntry` (`/remotes/news/server/remoteEntry.js`). */
export const REMOTE_SERVER_ENTRY_FILE = 'remoteEntry.js';

/**
 * What a server build changes in the browser one: Node as the target, CommonJS output in one
 * file per entry (no chunks to fetch at render time), CSS modules as their class names only
 * (the browser build ships the styles), no HTML page and no compressed copies.
 * @param {import('@rspack/core').Configuration} config
 * @returns {import('@rspack/core').Configuration}
 */
function forNode(config) {
  return {
    ...config,
    name: 'server',
    // After the browser build, which cleans the whole folder this one writes `server/` into.
    dependencies: ['browser'],
    target: 'async-node',
    devtool: 'source-map',
    output: {
      ...config.output,
      path: `${config.output?.path}/${SERVER_FOLDER}`,
      publicPath: '',
      filename: '[name].js',
      chunkFilename: '[name].js',
      asyncChunks: false,
      library: { type: 'commonjs-module' },
    },
    resolve: { ...config.resolve, extensions: [...SERVER_TWIN_EXTENSIONS, ...(config.resolve?.extensions ?? [])] },
    module: {
      ...config.module,
      generator: { 'css/auto': { exportsOnly: true } },
    },
    // Readable stack traces in the gateway's log; size does not matter on the server.
    optimization: { ...config.optimization, minimize: false },
    plugins: [...(config.plugins ?? []).filter((plugin) => plugin?.constructor?.name === 'DefinePlugin'), new CommonJsPackagePlugin()],
  };
}

/**
 * Writes `package.json` with `"type": "commonjs"` beside the output: the workspace's own says
 * `"module"`, and Node must load this CommonJS output with `require` (the gateway does).
 */
class CommonJsPackagePlugin {
  /** @param {import('@rspack/core').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CommonJsPackagePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CommonJsPackagePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('package.json', new sources.RawSource(`${JSON.stringify({ type: 'commonjs' })}\n`));
      });
    });
  }
}

/**
 * A remote's server build: the browser build's exposes, shared singletons taken from the host
 * (`import: false`: the shell's server build provides one React for the whole page).
 * @param {object} options
 * @param {string} options.name
 * @param {string} options.projectRoot
 * @param {string} options.outputPath the remote's build folder; the server build goes in its `server/`
 * @param {Record<string, string>} [options.exposes]
 * @param {import('./base-config.mjs').BuildMode} [options.mode]
 * @returns {import('@rspack/core').Configuration}
 */
export function remoteServerConfig({ name, projectRoot, outputPath, exposes = { './Remote': './src/remote.tsx' }, mode }) {
  // The browser build's uniqueName: CSS module class names are derived from it, and must match.
  const config = forNode(baseConfig({ projectRoot, outputPath, uniqueName: name, publicPath: '', mode: modeOf(mode) }));
  const shared = Object.fromEntries(Object.entries(sharedDependencies()).map(([key, value]) => [key, { ...value, import: /** @type {false} */ (false) }]));
  return {
    ...config,
    entry: {},
    plugins: [
      ...(config.plugins ?? []),
      new ModuleFederationPlugin({ name, filename: REMOTE_SERVER_ENTRY_FILE, exposes, shared, shareStrategy, library: { type: 'commonjs-module' }, manifest: false, dts: false }),
    ],
  };
}

/**
 * The shell's server build: the host of the server render, with the shared singletons eager.
 * @param {object} options
 * @param {string} options.projectRoot
 * @param {string} options.outputPath
 * @param {string} [options.entry] default `./src/server.tsx`
 * @param {import('./base-config.mjs').BuildMode} [options.mode]
 * @returns {import('@rspack/core').Configuration}
 */
export function hostServerConfig({ projectRoot, outputPath, entry = './src/server.tsx', mode }) {
  const config = forNode(baseConfig({ projectRoot, outputPath, uniqueName: 'shell', publicPath: '', mode: modeOf(mode), entry }));
  return {
    ...config,
    plugins: [
      ...(config.plugins ?? []),
      new ModuleFederationPlugin({ name: 'shell', remotes: {}, shared: sharedDependencies({ eager: true }), shareStrategy, library: { type: 'commonjs-module' }, manifest: false, dts: false }),
    ],
  };
}
