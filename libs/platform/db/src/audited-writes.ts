import { DomainError } from '@egov/errors';
import { recordAudit, type AuditContext } from './audit';
import type { Queryable } from './database';

type Row = Record<string, unknown>;

/** What the write is, for the audit row and for error messages. */
export interface WriteTarget {
  table: string;
  /** The column that identifies a row to people: `code`, `id`, `number`. */
  keyColumn: string;
  /** The name of the entity in audit rows and messages: `observation`, `dossier`. */
  entityType: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return name;
}

/** Structured values go to jsonb columns as JSON text; the schema uses jsonb, never SQL arrays. */
function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

/** Inserts one row and audits it as `<entityType>.create`, in the caller's transaction. */
export async function insertAudited<R extends Row>(
  tx: Queryable,
  target: WriteTarget,
  values: Row,
  context: AuditContext & { action?: string },
): Promise<R> {
  const columns = Object.keys(values).map(identifier);
  const placeholders = columns.map((_, index) => `$${index + 1}`);
  const [row] = await tx.query<R>(
    `insert into ${identifier(target.table)} (${columns.join(', ')}) values (${placeholders.join(', ')}) returning *`,
    columns.map((column) => toParameter(values[column])),
  );
  if (!row) throw new Error(`Insert into ${target.table} returned no row`);
  await recordAudit(tx, {
    actor: context.actor,
    action: context.action ?? `${target.entityType}.create`,
    entityType: target.entityType,
    entityId: String(row[target.keyColumn]),
    before: null,
    after: row,
  });
  return row;
}

/**
 * Changes one row if it is still at the version the caller last read (optimistic concurrency),
 * bumps its version and audits before and after. A stale version is a CONFLICT, a missing row
 * NOT_FOUND; either way nothing is written.
 */
export async function updateVersioned<R extends Row>(
  tx: Queryable,
  target: WriteTarget,
  key: string | number,
  expectedVersion: number,
  changes: Row,
  context: AuditContext & { action: string },
): Promise<{ before: R; after: R }> {
  const table = identifier(target.table);
  const keyColumn = identifier(target.keyColumn);
  const [before] = await tx.query<R>(`select * from ${table} where ${keyColumn} = $1 for update`, [key]);
  if (!before) throw DomainError.notFound(target.entityType, String(key));
  if (before['version'] !== expectedVersion) {
    throw DomainError.conflict(target.entityType, String(key), expectedVersion, Number(before['version']));
  }
  const columns = Object.keys(changes).map(identifier);
  const assignments = columns.map((column, index) => `${column} = $${index + 2}`);
  const [after] = await tx.query<R>(
    `update ${table} set ${[...assignments, 'version = version + 1', 'updated_at = now()'].join(', ')}
     where ${keyColumn} = $1 returning *`,
    [key, ...columns.map((column) => toParameter(changes[column]))],
  );
  if (!after) throw DomainError.notFound(target.entityType, String(key));
  await recordAudit(tx, {
    actor: context.actor,
    action: context.action,
    entityType: target.entityType,
    entityId: String(key),
    before,
    after,
  });
  return { before, after };
}
