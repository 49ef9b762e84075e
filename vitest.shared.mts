import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS and ESM copies; Node loads the CommonJS one for every library that
// imports it, so tests must too, or the schema and the executor come from two realms.
const graphqlCommonJs = createRequire(import.meta.url).resolve('graphql');

/**
 * One vitest configuration for every project: the project's own folder holds its specs.
 * `isolate: false` lets a project's spec files share the modules they import (each file still runs
 * once, in order): for suites whose files import the whole gateway, that import cost seconds a file.
 */
export function projectTestConfig(projectName: string, options: { globalSetup?: string[]; isolate?: boolean } = {}) {
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
