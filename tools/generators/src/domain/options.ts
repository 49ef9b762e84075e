import { roles, type Role } from '@egov/graphql';
import type { DomainGeneratorSchema } from './schema';

/** A domain's or a record's name: lower-case words of letters and digits joined by single hyphens. */
export const DOMAIN_NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Everything the templates and the wiring name, derived once from the command line. */
export interface DomainOptions {
  /** `legal-documents`: folder, project prefix, scope tag, migration prefix. */
  name: string;
  /** `legal-document`: the record's file name. */
  entity: string;
  /** `LegalDocument`: the GraphQL type and the model's type. */
  Entity: string;
  /** `legalDocument`: the single-record query field and the mutations' prefix. */
  entityCamel: string;
  /** `LEGAL_DOCUMENT`: the constants' prefix. */
  ENTITY: string;
  /** `legalDocuments`: the list's query field. */
  entitiesCamel: string;
  /** `LegalDocuments`: the repository's and the sources' type prefix. */
  Domain: string;
  /** `legalDocuments`: the migrations', module's and repositories' value prefix. */
  domainCamel: string;
  /** `legal_documents`: the table. */
  table: string;
  /** `legal-documents`: the first migration's name. */
  tableKebab: string;
  /** `legal_document`: the audit rows' entity type. */
  entityType: string;
  /** `legal document`, `legal documents`, `Legal documents`: for descriptions. */
  entityWords: string;
  domainWords: string;
  DomainWords: string;
  /** The role that writes, besides admin. */
  role: Role;
  /** `admin or editor`. */
  roleList: string;
  /** The arguments after the context of `requireRole`: `, 'editor'`, or none for admin alone. */
  roleArguments: string;
  /** A role that may not write, for the tests that prove it. */
  otherRole: Role;
  /** The npm scope of the workspace's libraries. */
  scope: string;
  modelRoot: string;
  serverRoot: string;
  offsetFromRoot: string;
}

const words = (kebab: string) => kebab.split('-');
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const pascal = (kebab: string) => words(kebab).map(capitalise).join('');
const camel = (kebab: string) => pascal(kebab).charAt(0).toLowerCase() + pascal(kebab).slice(1);

/** English plural of a name's last word, the common rules only: documents, activities, boxes. */
export function pluralOf(kebab: string): string {
  if (/[^aeiou]y$/.test(kebab)) return `${kebab.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(kebab)) return `${kebab}es`;
  return `${kebab}s`;
}

/**
 * English singular of a plural name's last word, the common rules only (licences, activities,
 * boxes, classes); a name that is not plural stays. Where English is irregular (statuses, axes),
 * the command line's --entity names the record.
 */
export function singularOf(kebab: string): string {
  if (/[^aeiou]ies$/.test(kebab)) return `${kebab.slice(0, -3)}y`;
  if (/(x|ch|sh|ss)es$/.test(kebab)) return kebab.slice(0, -2);
  if (/[^s]s$/.test(kebab)) return kebab.slice(0, -1);
  return kebab;
}

/** Checks the command line and derives every name; a bad name is refused before anything is written. */
export function normalizeDomainOptions(schema: DomainGeneratorSchema): DomainOptions {
  const name = schema.name?.trim() ?? '';
  if (!DOMAIN_NAME_PATTERN.test(name) || name.length > 40) {
    throw new Error(`Cannot create the domain "${name}": a name is lower-case words of letters and digits joined by hyphens, at most 40 characters (legal-documents).`);
  }
  const entity = schema.entity?.trim() || singularOf(name);
  if (!DOMAIN_NAME_PATTERN.test(entity) || entity.length > 40) {
    throw new Error(`Cannot name the record "${entity}": a name is lower-case words of letters and digits joined by hyphens (legal-document).`);
  }
  const role = schema.role ?? 'admin';
  if (!roles.includes(role)) throw new Error(`Cannot give writing to "${role}": the roles are ${roles.join(', ')}.`);
  const entities = pluralOf(entity);
  const domainWords = words(name).join(' ');
  return {
    name,
    entity,
    Entity: pascal(entity),
    entityCamel: camel(entity),
    ENTITY: words(entity).join('_').toUpperCase(),
    entitiesCamel: camel(entities),
    Domain: pascal(name),
    domainCamel: camel(name),
    table: words(name).join('_'),
    tableKebab: name,
    entityType: words(entity).join('_'),
    entityWords: words(entity).join(' '),
    domainWords,
    DomainWords: capitalise(domainWords),
    role,
    roleList: role === 'admin' ? 'admin' : `admin or ${role}`,
    roleArguments: role === 'admin' ? '' : `, '${role}'`,
    otherRole: role === 'editor' ? 'inspector' : 'editor',
    scope: 'egov',
    modelRoot: `libs/${name}/model`,
    serverRoot: `libs/${name}/server`,
    offsetFromRoot: '../../../',
  };
}
