import type { Tree } from '@nx/devkit';
import { updateJson } from '@nx/devkit';
import { execFileSync } from 'node:child_process';
import type { RemoteOptions } from './options';

/** The library of the clients' GraphQL documents: each remote's in a folder of its own. */
export const CLIENT_OPERATIONS_ROOT = 'libs/platform/client-operations';
/** Every document by operation name, which the gateway's tests check against the schema and its limits. */
export const OPERATIONS_REGISTRY_PATH = `${CLIENT_OPERATIONS_ROOT}/src/portal-operations.ts`;
const TSCONFIG_BASE = 'tsconfig.base.json';

/** The import path of the remote's documents (`@egov/client-operations/open-data`). */
export const operationsImportPath = (o: RemoteOptions) => `@egov/client-operations/${o.name}`;
/** The first page's query: its operation name (unique in the portal) and its constant. */
export const unitsQueryName = (o: RemoteOptions) => `${o.className}Units`;
export const unitsQueryConstant = (o: RemoteOptions) => `${o.name.toUpperCase().replace(/-/g, '_')}_UNITS_QUERY`;

/**
 * Wires the remote's documents in: the path alias its code imports them by, and their place in the
 * registry the gateway's tests validate. Returns what could not be done, to say to the team.
 */
export function registerOperations(tree: Tree, o: RemoteOptions): string[] {
  const warnings: string[] = [];
  if (tree.exists(TSCONFIG_BASE)) {
    updateJson(tree, TSCONFIG_BASE, (json: { compilerOptions?: { paths?: Record<string, string[]> } }) => {
      const compilerOptions = (json.compilerOptions ??= {});
      compilerOptions.paths = { ...compilerOptions.paths, [operationsImportPath(o)]: [`./${CLIENT_OPERATIONS_ROOT}/src/${o.name}/index.ts`] };
      return json;
    });
  } else {
    warnings.push(`No ${TSCONFIG_BASE}: add the path alias ${operationsImportPath(o)} by hand.`);
  }
  const registry = tree.read(OPERATIONS_REGISTRY_PATH, 'utf-8');
  const closing = registry?.lastIndexOf('\n};') ?? -1;
  if (registry && closing !== -1) {
    // After the last import statement (one line or many), and as the map's last entry.
    const importEnd = [...registry.matchAll(/^import [^;]*;$/gm)].reduce((end, match) => Math.max(end, match.index + match[0].length), 0);
    const withSpread = `${registry.slice(0, closing)}\n  ...${o.propertyName}Operations,${registry.slice(closing)}`;
    tree.write(OPERATIONS_REGISTRY_PATH, `${withSpread.slice(0, importEnd)}\nimport { ${o.propertyName}Operations } from './${o.name}';${withSpread.slice(importEnd)}`);
  } else {
    warnings.push(`No ${OPERATIONS_REGISTRY_PATH}: the gateway's tests will not check the remote's documents until they are listed there.`);
  }
  return warnings;
}

/** Writes the documents' types (GraphQL Code Generator, as `nx run client-operations:codegen` does). */
export function generateOperationTypes(workspaceRoot: string): void {
  execFileSync('npx', ['graphql-codegen', '--config', `${CLIENT_OPERATIONS_ROOT}/codegen.ts`], { cwd: workspaceRoot, stdio: 'inherit' });
}
