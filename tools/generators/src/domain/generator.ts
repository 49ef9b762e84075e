import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { GeneratorCallback, ProjectConfiguration, Tree } from '@nx/devkit';
import { addProjectConfiguration, generateFiles, getProjects, logger } from '@nx/devkit';
import { buildSchema } from 'graphql';
import { normalizeDomainOptions, type DomainOptions } from './options';
import type { DomainGeneratorSchema } from './schema';
import { wireDomain } from './wiring';

const TEMPLATES = join(import.meta.dirname, 'files');

/** The composed schema as the gateway prints it: names a new domain must not take. */
const SCHEMA_PATH = 'libs/platform/client-operations/schema.graphql';

function refuseTakenNames(tree: Tree, o: DomainOptions): void {
  const projects = getProjects(tree);
  for (const project of [`${o.name}-model`, `${o.name}-server`]) {
    if (projects.has(project)) throw new Error(`Cannot create the domain: a project "${project}" exists already.`);
  }
  if (tree.exists(`libs/${o.name}`)) throw new Error(`Cannot create the domain: libs/${o.name} exists already.`);
  const sdl = tree.read(SCHEMA_PATH, 'utf8');
  if (!sdl) return;
  const schema = buildSchema(sdl);
  const types = [o.Entity, `${o.Entity}Connection`, `${o.Entity}Edge`, `${o.Entity}CreateInput`, `${o.Entity}RenameInput`, `${o.Entity}CreatePayload`, `${o.Entity}RenamePayload`];
  const takenType = types.find((name) => schema.getType(name));
  if (takenType) throw new Error(`Cannot create the domain: the schema has a type ${takenType} already; choose another --entity.`);
  const fields = { ...schema.getQueryType()?.getFields(), ...schema.getMutationType()?.getFields() };
  const takenField = [o.entityCamel, o.entitiesCamel, `${o.entityCamel}Create`, `${o.entityCamel}Rename`].find((name) => name in fields);
  if (takenField) throw new Error(`Cannot create the domain: the schema has a field ${takenField} already; choose another --entity.`);
}

/** A library project: the tags the import rules read, and the targets every library has. */
const library = (name: string, root: string, kind: 'model' | 'server', domain: string): ProjectConfiguration => ({
  name,
  root,
  sourceRoot: `${root}/src`,
  projectType: 'library',
  tags: [`type:${kind}`, `scope:${domain}`, kind === 'model' ? 'runtime:isomorphic' : 'runtime:node'],
  targets: { lint: {}, typecheck: {}, test: {} },
});

/**
 * `nx g @egov/tools:domain <name>`: creates a domain as every domain of the portal is made: the
 * model library (the record's zod schema and type) and the server library (migrations, an audited
 * repository paged in SQL, the GraphQL module in the shape of docs/architecture.md, tests on every
 * database backend), then wires it in: path aliases, import rules, the portal's migrations,
 * repositories and schema, the client's Node types, and the gateway's role-matrix and bad-input
 * tables. Everything is checked before anything is written.
 */
export default function domainGenerator(tree: Tree, schema: DomainGeneratorSchema): GeneratorCallback {
  const options = normalizeDomainOptions(schema);
  refuseTakenNames(tree, options);

  addProjectConfiguration(tree, `${options.name}-model`, library(`${options.name}-model`, options.modelRoot, 'model', options.name));
  addProjectConfiguration(tree, `${options.name}-server`, library(`${options.name}-server`, options.serverRoot, 'server', options.name));
  const substitutions = { ...options, tmpl: '', __entity__: options.entity, __name__: options.name };
  generateFiles(tree, join(TEMPLATES, 'model'), options.modelRoot, substitutions);
  generateFiles(tree, join(TEMPLATES, 'server'), options.serverRoot, substitutions);
  const warnings = wireDomain(tree, options);

  const root = tree.root;
  const printsSchema = tree.exists('libs/platform/client-operations/codegen.ts');
  return () => {
    // The composed schema (and the client types) with the new domain; CI fails when they are not committed.
    // The targets check instead of writing under CI=true; here they must write.
    if (printsSchema) execFileSync('npx', ['nx', 'run', 'client-operations:codegen', '--skip-nx-cache'], { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'false' } });
    for (const warning of warnings) logger.warn(warning);
    logger.info(
      [
        `Domain "${options.name}" created in libs/${options.name} (model and server), wired into the portal and the gateway's tests.`,
        `  npx nx run-many -t lint typecheck test -p ${options.name}-model ${options.name}-server   # its checks`,
        `  npx nx run gateway:test                                      # the role matrix and bad input, with its mutations`,
        '  docs/architecture.md describes the shape; grow the record from there.',
      ].join('\n'),
    );
  };
}
