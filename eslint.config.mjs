import nx from '@nx/eslint-plugin';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildsOn, domainDependencies } from './tools/workspace/domains.mjs';

/**
 * The roots of the projects whose code runs in a browser (tagged `runtime:browser` or
 * `runtime:isomorphic`), read from their project.json: a remote made by the generator is covered
 * from the moment it exists, with no list to edit.
 */
function browserProjectRoots() {
  const workspace = dirname(fileURLToPath(import.meta.url));
  const roots = [];
  const visit = (folder, depth) => {
    if (depth > 3 || !existsSync(folder)) return;
    const config = join(folder, 'project.json');
    if (existsSync(config)) {
      const tags = JSON.parse(readFileSync(config, 'utf8')).tags ?? [];
      if (tags.includes('runtime:browser') || tags.includes('runtime:isomorphic')) roots.push(relative(workspace, folder));
      return;
    }
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(join(folder, entry.name), depth + 1);
    }
  };
  visit(join(workspace, 'apps'), 0);
  visit(join(workspace, 'libs'), 0);
  return roots.sort();
}

/**
 * The import direction of the suite (docs/architecture.md):
 * app → feature (remote) → server | model → platform, and a model only runs what runs everywhere.
 * A domain imports itself, the domains it builds on and the shared platform; the portal composes them.
 */
const dependencyConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data', 'type:server', 'type:model', 'type:platform'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:data', 'type:server', 'type:model', 'type:platform'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:model', 'type:platform'] },
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:server', 'type:model', 'type:platform'] },
  { sourceTag: 'type:server', onlyDependOnLibsWithTags: ['type:server', 'type:model', 'type:platform'] },
  { sourceTag: 'type:model', onlyDependOnLibsWithTags: ['type:model', 'type:platform'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
  { sourceTag: 'runtime:isomorphic', onlyDependOnLibsWithTags: ['runtime:isomorphic'] },
  { sourceTag: 'runtime:browser', onlyDependOnLibsWithTags: ['runtime:browser', 'runtime:isomorphic'] },
  { sourceTag: 'runtime:node', onlyDependOnLibsWithTags: ['runtime:node', 'runtime:isomorphic'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...Object.keys(domainDependencies).map((domain) => ({
    sourceTag: `scope:${domain}`,
    onlyDependOnLibsWithTags: [`scope:${domain}`, ...buildsOn(domain).map((used) => `scope:${used}`), 'scope:shared'],
  })),
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/coverage', '**/test-output', '**/.data'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.mts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: true,
          allow: [],
          depConstraints: dependencyConstraints,
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Test runner and bundler configs share workspace tooling files; they are not part of any library's API.
    // tools/workspace tests that tooling itself (the bundler helpers, the import rules).
    files: ['**/vitest.config.mts', '**/rspack.config.mjs', 'tools/workspace/src/**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // GraphQL Code Generator's resolver types say `any` where a resolver may return anything (an enum's internal values, a type resolver).
    files: ['**/*.generated.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // In the browser, graphql is reached only through the shared @apollo/client (whose build carries
    // the part of graphql it uses): a value import here would load a second copy. Types are free.
    files: browserProjectRoots().map((root) => `${root}/src/**/*.{ts,tsx}`),
    ignores: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.test-d.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'graphql', allowTypeImports: true, message: 'Browser code gets graphql through @apollo/client (gql, TypedDocumentNode); import only types from graphql.' }] },
      ],
    },
  },
];
