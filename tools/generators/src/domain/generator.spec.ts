import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Tree } from '@nx/devkit';
import { readJson, readProjectConfiguration } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import fc from 'fast-check';
import ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import domainGenerator from './generator';
import { DOMAIN_NAME_PATTERN, normalizeDomainOptions, pluralOf, singularOf } from './options';
import { WIRED_FILES } from './wiring';

const WORKSPACE_ROOT = resolve(import.meta.dirname, '../../../..');
const SCHEMA_PATH = 'libs/platform/client-operations/schema.graphql';

/** A tree holding this workspace's own copies of the files a domain is wired into, and its schema. */
function portalTree(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const path of [...Object.values(WIRED_FILES), SCHEMA_PATH]) tree.write(path, readFileSync(resolve(WORKSPACE_ROOT, path), 'utf8'));
  return tree;
}

/** Syntax errors of a TypeScript or JavaScript source, as the compiler reports them. */
const syntaxErrors = (path: string, text: string) =>
  (ts.transpileModule(text, { fileName: path, reportDiagnostics: true }).diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));

const added = (tree: Tree, path: string) => {
  const before = readFileSync(resolve(WORKSPACE_ROOT, path), 'utf8').split('\n');
  return (tree.read(path, 'utf8') ?? '').split('\n').filter((line) => !before.includes(line));
};

describe('nx g @egov/tools:domain', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = portalTree();
  });

  it('creates the model and server libraries with the tags the import rules read', () => {
    domainGenerator(tree, { name: 'legal-documents', role: 'editor' });
    expect(readProjectConfiguration(tree, 'legal-documents-model')).toMatchObject({ root: 'libs/legal-documents/model', tags: ['type:model', 'scope:legal-documents', 'runtime:isomorphic'] });
    expect(readProjectConfiguration(tree, 'legal-documents-server')).toMatchObject({ root: 'libs/legal-documents/server', tags: ['type:server', 'scope:legal-documents', 'runtime:node'] });
    const files = ['model/src/legal-document.ts', 'model/src/legal-document.spec.ts', 'server/src/migrations.ts', 'server/src/legal-documents-repository.ts', 'server/src/legal-documents-repository.spec.ts']
      .concat(['module.ts', 'module.spec.ts', 'schema.ts', 'sources.ts', 'inputs.ts', 'loaders.ts', 'node-types.ts', 'resolvers/Query.ts', 'resolvers/Mutation.ts'].map((file) => `server/src/graphql/${file}`));
    expect(JSON.parse(tree.read('libs/legal-documents/server/src/graphql/schema-types.json', 'utf8') ?? '')).toEqual({
      mappers: { LegalDocument: '@egov/legal-documents-model#LegalDocument' },
      enums: {},
    });
    for (const file of files) {
      const path = `libs/legal-documents/${file}`;
      const text = tree.read(path, 'utf8') ?? '';
      expect(text, path).not.toMatch(/<%|%>|__\w+__/);
      expect(syntaxErrors(path, text), path).toEqual([]);
    }
  });

  it('names the record in every form from the domain and the role the command line gives', () => {
    domainGenerator(tree, { name: 'legal-documents', role: 'editor' });
    const schema = tree.read('libs/legal-documents/server/src/graphql/schema.ts', 'utf8');
    expect(schema).toContain('type LegalDocument implements Node {');
    expect(schema).toContain('legalDocuments(first: Int, after: String, last: Int, before: String): LegalDocumentConnection!');
    expect(schema).toContain('legalDocumentCreate(input: LegalDocumentCreateInput!): LegalDocumentCreatePayload!');
    expect(schema).toContain('Records a legal document. Role: admin or editor.');
    expect(tree.read('libs/legal-documents/server/src/graphql/resolvers/Mutation.ts', 'utf8')).toContain("requireRole(context, 'editor')");
    expect(tree.read('libs/legal-documents/server/src/migrations.ts', 'utf8')).toContain("id: 'legal-documents/001-legal-documents'");
    expect(tree.read('libs/legal-documents/server/src/migrations.ts', 'utf8')).toContain('create table legal_documents (');
  });

  it('gives writing to admins alone when no role is named', () => {
    domainGenerator(tree, { name: 'archives' });
    expect(tree.read('libs/archives/server/src/graphql/resolvers/Mutation.ts', 'utf8')).toContain('requireRole(context)');
    expect(added(tree, WIRED_FILES.roleMatrix)).toContain("  archiveCreate: ['admin'],");
  });

  it('wires the domain into the aliases, the import rules, the portal, the schema, the Node types and the gateway tests', () => {
    domainGenerator(tree, { name: 'legal-documents', role: 'editor' });
    const paths = readJson(tree, WIRED_FILES.paths).compilerOptions.paths as Record<string, string[]>;
    expect(paths['@egov/legal-documents-model']).toEqual(['./libs/legal-documents/model/src/index.ts']);
    expect(paths['@egov/legal-documents-server']).toEqual(['./libs/legal-documents/server/src/index.ts']);
    expect(Object.keys(paths)).toEqual(Object.keys(paths).sort((a, b) => a.localeCompare(b)));
    expect(added(tree, WIRED_FILES.importRules)).toEqual(["  'legal-documents': [],"]);
    expect(added(tree, WIRED_FILES.migrations)).toEqual(["import { legalDocumentsMigrations } from '@egov/legal-documents-server';", '  ...legalDocumentsMigrations,']);
    expect(added(tree, WIRED_FILES.repositories)).toEqual(["import { createLegalDocumentsRepository } from '@egov/legal-documents-server';", '    legalDocuments: createLegalDocumentsRepository(db),']);
    expect(added(tree, WIRED_FILES.schemaModules)).toEqual(["import { legalDocumentsGraphQLModule } from '@egov/legal-documents-server';", '    legalDocumentsGraphQLModule(repos),']);
    expect(added(tree, WIRED_FILES.nodeTypes)).toEqual(["  'LegalDocument',"]);
    expect(added(tree, WIRED_FILES.roleMatrix).slice(0, 2)).toEqual(["  legalDocumentCreate: ['admin', 'editor'],", "  legalDocumentRename: ['admin', 'editor'],"]);
    expect(added(tree, WIRED_FILES.badInput).join('\n')).toContain("legalDocumentRename: { ...ref(await create('legalDocumentCreate'");
    for (const path of Object.values(WIRED_FILES).filter((path) => /\.(ts|mjs)$/.test(path))) expect(syntaxErrors(path, tree.read(path, 'utf8') ?? ''), path).toEqual([]);
    // The Node types stay in order, the new one among them.
    const nodeTypes = [...(tree.read(WIRED_FILES.nodeTypes, 'utf8') ?? '').matchAll(/^ {2}'(\w+)',$/gm)].map((match) => match[1] as string);
    expect(nodeTypes).toEqual([...nodeTypes].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('refuses, before writing anything, a domain or a record whose names are taken', () => {
    const before = tree.listChanges().length;
    tree.write('libs/awards/model/src/index.ts', '');
    expect(() => domainGenerator(tree, { name: 'awards' })).toThrow('libs/awards exists already');
    expect(() => domainGenerator(tree, { name: 'organisations', entity: 'unit' })).toThrow('the schema has a type Unit already');
    expect(() => domainGenerator(tree, { name: 'records', entity: 'indicator-field' })).not.toThrow();
    expect(() => domainGenerator(tree, { name: 'Legal_Documents' })).toThrow('lower-case words');
    expect(tree.listChanges().filter((change) => change.path.startsWith('libs/organisations')).length).toBe(0);
    expect(before).toBeGreaterThan(0);
  });
});

describe('domain names', () => {
  it('finds the singular of the plurals a domain is likely named with', () => {
    const plurals = ['legal-documents', 'licences', 'cases', 'activities', 'boxes', 'inspection-batches', 'classes', 'wishes', 'sheep'];
    expect(plurals.map(singularOf)).toEqual(['legal-document', 'licence', 'case', 'activity', 'box', 'inspection-batch', 'class', 'wish', 'sheep']);
    expect(['document', 'activity', 'box', 'batch', 'class', 'licence'].map(pluralOf)).toEqual(['documents', 'activities', 'boxes', 'batches', 'classes', 'licences']);
  });

  it('never names the list as the record: every plural is another valid name', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z0-9]{0,8}(-[a-z][a-z0-9]{0,8}){0,2}$/), (entity) => {
        expect(pluralOf(entity)).not.toBe(entity);
        expect(DOMAIN_NAME_PATTERN.test(pluralOf(entity))).toBe(true);
      }),
    );
  });

  it('derives identifiers that the schema, TypeScript and SQL accept', () => {
    const options = normalizeDomainOptions({ name: 'legal-documents' });
    expect(options).toMatchObject({ Entity: 'LegalDocument', entityCamel: 'legalDocument', ENTITY: 'LEGAL_DOCUMENT', entitiesCamel: 'legalDocuments', Domain: 'LegalDocuments', domainCamel: 'legalDocuments', table: 'legal_documents', entityType: 'legal_document', roleList: 'admin', roleArguments: '', otherRole: 'editor' });
  });
});
