/**
 * Databases for tests: every test suite gets its own, so runs cannot collide.
 * The embedded database is always tested; a PostgreSQL server too when TEST_DATABASE_URL is set.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database, Executor, Queryable } from './database';
import { migrate, type Migration } from './migrations';
import { PGLITE_OPTIONS, pgliteDatabase } from './pglite-database';
import { openPostgres } from './postgres-database';

export type TestBackend = 'pglite' | 'postgres';

/** The backends this run tests against: `pglite` always, `postgres` when TEST_DATABASE_URL is set. */
export const testBackends: TestBackend[] = process.env['TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  /** Closes the database and removes what the test created. */
  dispose(): Promise<void>;
}

/**
 * Creating an embedded database (its initdb) takes seconds; loading a migrated copy takes a
 * fraction of that. Each copy is made once per process, or read from the folder where an earlier
 * test process of this install left it: every spec file is a process of its own, and would
 * otherwise create its own. A copy is named by the PGlite version and the migrations' text, so a
 * changed migration makes a new one; `npm ci` empties the folder.
 */
const templates = new Map<string, Promise<Blob>>();
const nodeModules = new URL('../../../../node_modules/', import.meta.url);
const templateFolder = fileURLToPath(new URL('.cache/egov-test-databases/', nodeModules));
const pgliteVersion = (JSON.parse(readFileSync(new URL('@electric-sql/pglite/package.json', nodeModules), 'utf8')) as { version: string }).version;

function templateFor(migrations: readonly Migration[]): Promise<Blob> {
  const key = createHash('sha256')
    .update(JSON.stringify([pgliteVersion, PGLITE_OPTIONS.startParams, migrations.map((m) => [m.id, m.sql])]))
    .digest('hex');
  let template = templates.get(key);
  if (!template) {
    template = readTemplate(key).then((kept) => kept ?? makeTemplate(key, migrations));
    templates.set(key, template);
  }
  return template;
}

async function readTemplate(key: string): Promise<Blob | null> {
  try {
    return new Blob([await readFile(join(templateFolder, `${key}.tar`))]);
  } catch {
    return null;
  }
}

async function makeTemplate(key: string, migrations: readonly Migration[]): Promise<Blob> {
  const pg = await PGlite.create(PGLITE_OPTIONS);
  await migrate(pgliteDatabase(pg), migrations);
  const dump = await pg.dumpDataDir('none');
  await pg.close();
  // Written whole under another name, then renamed: a process never reads half a copy.
  await mkdir(templateFolder, { recursive: true });
  const partial = join(templateFolder, `${key}.${process.pid}.${randomBytes(4).toString('hex')}.partial`);
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, join(templateFolder, `${key}.tar`));
  return dump;
}

async function createPgliteTestDatabase(migrations: readonly Migration[], onQuery?: (sql: string) => void): Promise<TestDatabase> {
  const pg = await PGlite.create({ loadDataDir: await templateFor(migrations), ...PGLITE_OPTIONS });
  const db = pgliteDatabase(pg, onQuery);
  return { ...db, dispose: () => db.close() };
}

async function createPostgresTestDatabase(
  connectionString: string,
  migrations: readonly Migration[],
  onQuery?: (sql: string) => void,
): Promise<TestDatabase> {
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = openPostgres({ connectionString, schema, maxConnections: 4, ...(onQuery ? { onQuery } : {}) });
  await migrate(db, migrations);
  return {
    ...db,
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

/** A fresh, migrated database of the given backend, isolated from every other test. */
export async function createTestDatabase(
  backend: TestBackend,
  migrations: readonly Migration[],
  options: { onQuery?: (sql: string) => void } = {},
): Promise<TestDatabase> {
  if (backend === 'pglite') return createPgliteTestDatabase(migrations, options.onQuery);
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: there is no PostgreSQL server to test against.');
  return createPostgresTestDatabase(url, migrations, options.onQuery);
}

/** A statement a repository sent, with its parameters. */
export interface SentStatement {
  sql: string;
  params: readonly unknown[];
}

/**
 * `db` as an executor that records every query sent through it (not those of its transactions),
 * so a test can explain the statement a page cost. Empty `sent` with `sent.length = 0`.
 */
export function watchStatements(db: Executor): { executor: Executor; sent: SentStatement[] } {
  const sent: SentStatement[] = [];
  const executor: Executor = {
    ...db,
    query: async <Row,>(sql: string, params: readonly unknown[] = []) => {
      sent.push({ sql, params });
      return db.query<Row>(sql, params);
    },
  };
  return { executor, sent };
}

/** A node of a plan as `explain (format json)` gives it; `Plans` are its children. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  Plans?: PlanNode[];
  [property: string]: unknown;
}

export interface ExplainedPlan {
  /** Every node of the plan, the top one first, children after their parent. */
  nodes: PlanNode[];
  /** The plan as JSON text, for looking for an index's name. */
  text: string;
  /** The nodes that read a table or an index (sequential, index, index-only and bitmap scans). */
  scans: PlanNode[];
  /** The most rows any node produced or threw away after reading them (with `analyze`). */
  rowsRead: number;
  /** The pages (8 kB blocks of tables and indexes) the statement read, from the cache or the disk (with `analyze`). */
  pagesRead: number;
}

const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/**
 * The plan of a statement as the database chose it, and with `analyze` (the default) as it ran,
 * so a test can assert that a page is read from an index without a Sort and reads no more rows
 * than it shows.
 */
export async function explainPlan(
  db: Queryable,
  sql: string,
  params: readonly unknown[] = [],
  options: { analyze?: boolean } = {},
): Promise<ExplainedPlan> {
  const [row] = await db.query<Record<string, unknown>>(`explain (${options.analyze === false ? '' : 'analyze, buffers, '}format json) ${sql}`, params);
  const answer = Object.values(row ?? {})[0];
  const [top] = (typeof answer === 'string' ? JSON.parse(answer) : answer) as Array<{ Plan: PlanNode }>;
  if (!top) throw new Error(`No plan for: ${sql}`);
  const nodes = flatten(top.Plan);
  const removed = (node: PlanNode) => (node['Rows Removed by Filter'] ?? 0) + (node['Rows Removed by Index Recheck'] ?? 0);
  return {
    nodes,
    text: JSON.stringify(top.Plan),
    scans: nodes.filter((node) => node['Node Type'].endsWith('Scan')),
    rowsRead: Math.max(0, ...nodes.map((node) => (node['Actual Rows'] ?? 0) + removed(node))),
    // A node's buffers include its children's: the top node's are the statement's.
    pagesRead: Number(top.Plan['Shared Hit Blocks'] ?? 0) + Number(top.Plan['Shared Read Blocks'] ?? 0),
  };
}
