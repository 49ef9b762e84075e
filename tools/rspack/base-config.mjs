// @ts-check
/**
 * What every browser app of the portal builds with (the shell and each remote): TypeScript and
 * JSX through SWC, CSS modules as @egov/ui needs them, the `@egov/*` aliases from
 * tsconfig.base.json, content-hashed names in production (the gateway caches those a year).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { rspack } from '@rspack/core';
import { rootTsConfig } from './paths.mjs';
import { PrecompressPlugin } from './precompress-plugin.mjs';

/** @typedef {import('@rspack/core').Configuration} Configuration */
/** @typedef {'production' | 'development'} BuildMode */

/**
 * The mode when a config does not say: development only when asked (`NODE_ENV=development`, as the
 * dev server sets it), production otherwise, so a plain `rspack build` makes what ships.
 * @param {BuildMode | undefined} mode
 * @returns {BuildMode}
 */
export function modeOf(mode) {
  return mode ?? (process.env['NODE_ENV'] === 'development' ? 'development' : 'production');
}

/**
 * @param {object} options
 * @param {string} options.projectRoot the app's folder (absolute, or relative to the working directory)
 * @param {string} options.outputPath where the build goes (`dist/apps/<name>`)
 * @param {string} options.uniqueName the app's federation name, which keeps its chunk loading apart from others'
 * @param {string} options.publicPath `/` for the shell (its pages live at any path), `auto` for a remote (served wherever the manifest says)
 * @param {BuildMode} options.mode
 * @param {string} [options.entry] the app's entry module (default `./src/main.ts`)
 * @returns {Configuration}
 */
export function baseConfig({ projectRoot, outputPath, uniqueName, publicPath, mode, entry = './src/main.ts' }) {
  const root = resolve(projectRoot);
  const production = mode === 'production';
  const hashed = production ? '.[contenthash:16]' : '';
  const htmlTemplate = resolve(root, 'src/index.html');
  return {
    name: 'browser',
    mode,
    context: root,
    entry: { main: entry },
    target: 'web',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    output: {
      path: resolve(outputPath),
      publicPath,
      uniqueName,
      clean: true,
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      cssFilename: `[name]${hashed}.css`,
      cssChunkFilename: `[name]${hashed}.css`,
      assetModuleFilename: `assets/[name]${hashed}[ext]`,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      tsConfig: { configFile: rootTsConfig },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'builtin:swc-loader',
          type: 'javascript/auto',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic', development: !production, refresh: false } },
              target: 'es2022',
            },
          },
        },
        // @egov/ui's README: `*.module.css` become CSS modules with named exports, other CSS stays global.
        { test: /\.css$/, type: 'css/auto' },
        // A domain's model and @egov/periods are types, schemas and pure rules (docs/architecture.md):
        // importing one rule (`fineInWords`, `latestPeriod`) must not bring every schema, and zod with them.
        { test: /[\\/]libs[\\/](?:[^\\/]+[\\/]model|platform[\\/]periods)[\\/]src[\\/]/, sideEffects: false },
      ],
    },
    optimization: { minimize: production },
    // The bench (npm run bench:web) measures the budget that matters: 150 kB of JS gzip per first visit.
    performance: { hints: false },
    plugins: [
      ...(existsSync(htmlTemplate) ? [new rspack.HtmlRspackPlugin({ template: htmlTemplate, scriptLoading: 'defer' })] : []),
      new rspack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(mode) }),
      ...(production ? [new PrecompressPlugin()] : []),
    ],
    stats: 'errors-warnings',
  };
}
