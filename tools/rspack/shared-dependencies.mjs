// @ts-check
/**
 * The modules the shell and every remote share as singletons through Module Federation, so a page
 * holds one React, one Apollo Client cache, one event bus and one language, however many remotes
 * are open. The shell and the remotes must call this with the same list, or a remote brings its own
 * copy of what it does not find shared.
 */
import { readFileSync } from 'node:fs';
import { workspaceRoot } from './paths.mjs';

/** @typedef {{ singleton: true; requiredVersion: string | false; version?: string; strictVersion?: boolean; eager?: boolean }} SharedSingleton */

const rootPackage = JSON.parse(readFileSync(`${workspaceRoot}/package.json`, 'utf8'));

/**
 * The version range of an npm dependency as the root package.json pins it: `^19.3.1` for `19.3.1`,
 * so a remote built against a patch-newer React still shares the shell's copy.
 * @param {string} name
 * @returns {string}
 */
function rangeOf(name) {
  const pinned = rootPackage.dependencies?.[name] ?? rootPackage.devDependencies?.[name];
  if (!pinned) throw new Error(`tools/rspack: ${name} is shared but not a dependency of the root package.json`);
  return /^\d/.test(pinned) ? `^${pinned}` : pinned;
}

/**
 * npm packages shared as singletons, with their entry points that are imported on their own
 * (`react/jsx-runtime` is a module apart from `react`). Each entry point maps to its package.
 */
const npmSingletons = /** @type {const} */ ({
  react: ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime'],
  'react-dom': ['react-dom', 'react-dom/client'],
  // graphql is not shared on its own: shared modules cannot be tree-shaken, and the whole package
  // costs 45 kB gzip on every first visit. Browser code reaches graphql only through the shared
  // @apollo/client (a lint rule allows type imports only), so the page still holds one copy: the
  // 15 kB of it Apollo's build uses.
  // Nor is rxjs, for the same reason (whole, it was 58 kB of the shell's first script before
  // gzip; 26 kB of it are used): the shared @apollo/client and event bus bring the operators they
  // use, and an operator of a remote's own copy works on their Observables (rxjs pipes through
  // `lift`, whichever copy made the Observable).
  '@apollo/client': ['@apollo/client', '@apollo/client/react'],
});

/**
 * The platform libraries: aliases of tsconfig.base.json paths, not npm packages, so they have no
 * package.json version. They are versioned with the workspace; any build of the same workspace fits.
 */
export const platformSingletons = /** @type {const} */ ([
  '@egov/i18n',
  '@egov/ui',
  '@egov/federation',
  '@egov/routing',
  '@egov/client',
  '@egov/client-operations',
  '@egov/remote-manifest',
]);

/**
 * The `shared` option of the ModuleFederationPlugin, the same list for the shell and every remote.
 * @param {{ eager?: boolean; platformLibraries?: boolean }} [options] `eager: true` for the shell
 *   only (see host-config.mjs); `platformLibraries: false` shares the npm packages alone (the
 *   benchmark's baseline page, which uses none of the portal's libraries)
 * @returns {Record<string, SharedSingleton>}
 */
export function sharedDependencies({ eager = false, platformLibraries = true } = {}) {
  /** @type {Record<string, SharedSingleton>} */
  const shared = {};
  const mode = eager ? { eager: true } : {};
  for (const [pkg, entryPoints] of Object.entries(npmSingletons)) {
    for (const entryPoint of entryPoints) shared[entryPoint] = { singleton: true, requiredVersion: rangeOf(pkg), ...mode };
  }
  for (const lib of platformLibraries ? platformSingletons : []) shared[lib] = { singleton: true, requiredVersion: false, version: String(rootPackage.version), ...mode };
  return shared;
}

/** The federation share strategy: a remote's shared modules are not fetched before it is opened. */
export const shareStrategy = 'loaded-first';
