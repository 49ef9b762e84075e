import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { SERVER_TWIN_EXTENSIONS } from './tools/rspack/server-twins.mjs';

// graphql 16 ships CommonJS and ESM copies; Node loads the CommonJS one for every library that
// imports it, so tests must too, or the schema and the executor come from two realms.
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

/**
 * One vitest configuration for every project: the project's own folder holds its specs.
 * `isolate: false` lets a project's spec files share the modules they import (each file still runs
 * once, in order): for suites whose files import the whole gateway, that import cost seconds a file.
 * Vitest runs one file at a time on a 2-core machine (cores - 1); `maxWorkers: 2` suits suites that
 * mostly wait on the processes they start (gateways, browsers), whose waits another file fills.
 */
export function projectTestConfig(projectName: string, options: { globalSetup?: string[]; isolate?: boolean; maxWorkers?: number } = {}) {
  return defineConfig({
    resolve: { tsconfigPaths: true, alias: [{ find: /^graphql$/, replacement: graphqlCommonJs }] },
    test: {
      name: projectName,
      include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
      reporters: ['default'],
      ...options,
    },
  });
}

/** A remote's specs of its server render (`renderRemoteOnServer` from `@egov/federation/testing`). */
const SERVER_SPECS = 'src/**/*.server.spec.tsx';

/**
 * For a remote with server-render specs: its specs as {@link projectTestConfig} runs them, and its
 * `*.server.spec.tsx` as the server build resolves modules, a `x.node.ts` twin before `x.ts`
 * (tools/rspack/server-config.mjs), so a browser-only module is replaced as it is in the gateway.
 */
export function remoteTestConfig(projectName: string) {
  const { resolve, test } = projectTestConfig(projectName);
  // @egov/ui's components import their CSS modules as namespaces; Vite gives those named exports
  // only when it processes the stylesheets (as in libs/platform/ui).
  const css = { include: [/\.module\.css$/] };
  return defineConfig({
    test: {
      projects: [
        { resolve, test: { ...test, css, exclude: [SERVER_SPECS] } },
        {
          // Vite's own extensions, after the server twins.
          resolve: { ...resolve, extensions: [...SERVER_TWIN_EXTENSIONS, '.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'] },
          test: { ...test, css, name: `${projectName}:server`, include: [SERVER_SPECS] },
        },
      ],
    },
  });
}
