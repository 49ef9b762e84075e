import type { Queryable } from './database';

/** How far a set of tables has changed: enough to tell a cache whether what it holds is current. */
export interface ChangeStamp {
  /**
   * Rows, sum of row versions and latest write of each table. No write leaves it as it was: an
   * insert adds a row, an update bumps a version (these tables are versioned, never deleted from).
   */
  version: string;
  /** When the latest row was written (for Last-Modified); null when the tables are empty. */
  lastChange: Date | null;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * A table whose marks a summary keeps: `kept` names a table, maintained by triggers in the
 * writers' transactions, whose rows add up to the table's (`row_count`, `version_sum`) and whose
 * latest `last_change` is its latest write. Its stamp then reads those few rows, not the table.
 */
export interface KeptMarks {
  table: string;
  kept: string;
}

const TIME = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/**
 * The change stamp of versioned tables (with `version` and `updated_at` columns), in one
 * statement that sends no row back: cheap enough to ask before deciding to send anything at all.
 * A table given with its kept marks stamps the same, from its summary.
 */
export async function changeStamp(db: Queryable, tables: readonly (string | KeptMarks)[]): Promise<ChangeStamp> {
  const marks = tables.map((entry, index) => {
    const { table, kept } = typeof entry === 'string' ? { table: entry, kept: null } : entry;
    for (const name of [table, kept ?? table]) if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
    // The time as text keeps its microseconds: two writes within one millisecond still differ.
    return kept
      ? `(select coalesce(sum(row_count), 0)::text || '/' || coalesce(sum(version_sum), 0)::text || '/' ||
               coalesce(to_char(max(last_change) at time zone 'UTC', ${TIME}), '')
             from ${kept}) as m${index}`
      : `(select count(*)::text || '/' || coalesce(sum(version), 0)::text || '/' ||
               coalesce(to_char(max(updated_at) at time zone 'UTC', ${TIME}), '')
             from ${table}) as m${index}`;
  });
  const [row] = await db.query<Record<string, string>>(`select ${marks.join(', ')}`);
  const stamps = tables.map((entry, index) => ({ table: typeof entry === 'string' ? entry : entry.table, mark: row?.[`m${index}`] ?? '' }));
  const times = stamps.map(({ mark }) => Date.parse(mark.split('/')[2] ?? '')).filter((time) => !Number.isNaN(time));
  return {
    version: stamps.map(({ table, mark }) => `${table}:${mark}`).join(' '),
    lastChange: times.length ? new Date(Math.max(...times)) : null,
  };
}
