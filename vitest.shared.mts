import { defineConfig } from 'vitest/config';

/** One vitest configuration for every project: the project's own folder holds its specs. */
export function projectTestConfig(projectName: string) {
  return defineConfig({
    resolve: { tsconfigPaths: true },
    test: {
      name: projectName,
      include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'],
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 60_000,
      reporters: ['default'],
    },
  });
}
