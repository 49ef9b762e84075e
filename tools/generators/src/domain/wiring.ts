import { updateJson, type Tree } from '@nx/devkit';
import { addImport, appendToTable, insertSorted } from './source-edits';
import type { DomainOptions } from './options';

/** The places that list every domain, each as the workspace has it (a missing one is skipped with a warning). */
export const WIRED_FILES = {
  paths: 'tsconfig.base.json',
  importRules: 'tools/workspace/domains.mjs',
  migrations: 'libs/portal/data/src/portal-schema.ts',
  repositories: 'libs/portal/data/src/portal-repositories.ts',
  schemaModules: 'apps/gateway/src/schema-modules.ts',
  nodeTypes: 'libs/platform/client-operations/src/node-types.ts',
  roleMatrix: 'apps/gateway/src/role-matrix.spec.ts',
  badInput: 'apps/gateway/src/bad-input.spec.ts',
} as const;

/** `@egov/<name>-model` and `-server` as path aliases, the aliases kept in order. */
function addPathAliases(tree: Tree, o: DomainOptions): void {
  updateJson(tree, WIRED_FILES.paths, (json: { compilerOptions?: { paths?: Record<string, string[]> } }) => {
    const paths = {
      ...json.compilerOptions?.paths,
      [`@${o.scope}/${o.name}-model`]: [`./${o.modelRoot}/src/index.ts`],
      [`@${o.scope}/${o.name}-server`]: [`./${o.serverRoot}/src/index.ts`],
    };
    json.compilerOptions = { ...json.compilerOptions, paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))) };
    return json;
  });
}

/** The domain's migrations after every other's, its repository over the portal's database, its module in the schema. */
function addToPortal(tree: Tree, o: DomainOptions): void {
  const server = `@${o.scope}/${o.name}-server`;
  addImport(tree, WIRED_FILES.migrations, `import { ${o.domainCamel}Migrations } from '${server}';`);
  appendToTable(tree, WIRED_FILES.migrations, 'portalMigrations', [`...${o.domainCamel}Migrations`]);
  addImport(tree, WIRED_FILES.repositories, `import { create${o.Domain}Repository } from '${server}';`);
  appendToTable(tree, WIRED_FILES.repositories, 'createPortalRepositories', [`${o.domainCamel}: create${o.Domain}Repository(db)`]);
  addImport(tree, WIRED_FILES.schemaModules, `import { ${o.domainCamel}GraphQLModule } from '${server}';`);
  appendToTable(tree, WIRED_FILES.schemaModules, 'schemaModules', [`${o.domainCamel}GraphQLModule(repos)`]);
  insertSorted(tree, WIRED_FILES.nodeTypes, 'NODE_TYPES', o.Entity);
}

/** The gateway's tables of every mutation: who may call it (role matrix) and a valid input to spoil (bad input). */
function addToGatewayTests(tree: Tree, o: DomainOptions): void {
  const writers = o.role === 'admin' ? `['admin']` : `['admin', '${o.role}']`;
  const create = `${o.entityCamel}Create`;
  const rename = `${o.entityCamel}Rename`;
  appendToTable(tree, WIRED_FILES.roleMatrix, 'ALLOWED', [`${create}: ${writers}`, `${rename}: ${writers}`]);
  const record = (what: string) => `{ code: \`${o.name}-${what}-\${f.unique()}\`, nameVi: 'Bản ghi kiểm thử quyền' }`;
  appendToTable(tree, WIRED_FILES.roleMatrix, 'CASES', [
    `${create}: { variables: async (f) => ({ input: ${record('create')} }) }`,
    `${rename}: {\n  variables: async (f) => ({\n    input: { ...idAndVersion(await f.create('${create}', ${record('rename')}, '${o.entityCamel} { id version }')), nameVi: 'Tên mới' },\n  }),\n}`,
  ]);
  appendToTable(tree, WIRED_FILES.badInput, 'validInputs', [
    `${create}: { code: '${o.name}-dau-vao', nameVi: 'Bản ghi kiểm thử', nameEn: 'Test record' }`,
    `${rename}: { ...ref(await create('${create}', { code: '${o.name}-doi-ten', nameVi: 'Bản ghi để đổi tên' }, '${o.entityCamel}')), nameVi: 'Tên mới', nameEn: 'New name' }`,
  ]);
  appendToTable(tree, WIRED_FILES.badInput, 'FREE_TEXT_FIELDS', [
    `...['${o.Entity}CreateInput', '${o.Entity}RenameInput'].flatMap((type) => ['nameVi', 'nameEn'].map((field) => \`\${type}.\${field}\`))`,
  ]);
}

/** A domain builds on none at first: the import rules give it itself and the shared platform. */
function addImportRules(tree: Tree, o: DomainOptions): void {
  const key = /^[a-z][a-z0-9]*$/.test(o.name) ? o.name : `'${o.name}'`;
  appendToTable(tree, WIRED_FILES.importRules, 'domainDependencies', [`${key}: []`]);
}

/** Wires the domain into every place that lists the domains; returns warnings for the places this workspace lacks. */
export function wireDomain(tree: Tree, o: DomainOptions): string[] {
  const missing = Object.values(WIRED_FILES).filter((path) => !tree.exists(path));
  if (missing.length) return [`Not wired, as these files do not exist: ${missing.join(', ')}; add the domain to them by hand.`];
  addPathAliases(tree, o);
  addImportRules(tree, o);
  addToPortal(tree, o);
  addToGatewayTests(tree, o);
  return [];
}
