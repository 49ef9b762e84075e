import type { Migration } from './migrations';
import type { Queryable } from './database';

/** Who did it and what kind of change it was, recorded with every write. */
export interface AuditContext {
  /** The user id of the caller, or a system actor such as `seed`. */
  actor: string;
}

export interface AuditEntry {
  actor: string;
  /** What was done, `<entity>.<verb>`: `observation.correct`, `dossier.transition`. */
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  occurredAt: Date;
}

/** The audit log, append-only: a trigger refuses to update or delete its rows. */
export const auditMigrations: Migration[] = [
  {
    id: 'platform/001-audit-log',
    sql: `
      create table audit_log (
        id bigint generated always as identity primary key,
        occurred_at timestamptz not null default now(),
        actor text not null,
        action text not null,
        entity_type text not null,
        entity_id text not null,
        before jsonb,
        after jsonb
      );
      create index audit_log_entity_idx on audit_log (entity_type, entity_id, id);
      create function audit_log_refuse_change() returns trigger language plpgsql as $$
        begin raise exception 'audit_log is append-only'; end
      $$;
      create trigger audit_log_append_only before update or delete on audit_log
        for each row execute function audit_log_refuse_change();
    `,
  },
];

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    `insert into audit_log (actor, action, entity_type, entity_id, before, after)
     values ($1, $2, $3, $4, $5::jsonb, $6::jsonb)`,
    [
      entry.actor,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}

/** The history of one record, oldest first. */
export async function readAudit(db: Queryable, entityType: string, entityId: string): Promise<AuditRecord[]> {
  const rows = await db.query<{
    id: number;
    occurred_at: Date;
    actor: string;
    action: string;
    entity_type: string;
    entity_id: string;
    before: unknown;
    after: unknown;
  }>('select * from audit_log where entity_type = $1 and entity_id = $2 order by id', [entityType, entityId]);
  return rows.map((row) => ({
    id: row.id,
    occurredAt: row.occurred_at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
  }));
}
