import { createHash } from 'node:crypto';
import type { Executor } from './database';

/**
 * One step of the schema, never edited once released: a change is a new migration.
 * Ids are namespaced by their owner and sort within it: `kpis/001-indicators`.
 */
export interface Migration {
  id: string;
  sql: string;
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/**
 * Applies, in the order given, the migrations this database has not recorded yet, all in one
 * transaction under an advisory lock, so two processes starting together cannot both apply them
 * and a failure leaves the schema as it was. Safe to run any number of times.
 */
export async function migrate(db: Executor, migrations: readonly Migration[]): Promise<{ applied: string[] }> {
  const ids = new Set<string>();
  for (const migration of migrations) {
    if (ids.has(migration.id)) throw new MigrationError(`Migration id "${migration.id}" is listed twice.`);
    ids.add(migration.id);
  }
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('egov.schema_migrations'))`);
    await tx.exec(`create table if not exists schema_migrations (
      id text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ id: string; checksum: string }>('select id, checksum from schema_migrations');
    const recorded = new Map(rows.map((row) => [row.id, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const sum = checksum(migration.sql);
      const previous = recorded.get(migration.id);
      if (previous !== undefined) {
        if (previous !== sum) {
          throw new MigrationError(`Migration "${migration.id}" was changed after it was applied; add a new migration instead.`);
        }
        continue;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (id, checksum) values ($1, $2)', [migration.id, sum]);
      applied.push(migration.id);
    }
    return { applied };
  });
}
