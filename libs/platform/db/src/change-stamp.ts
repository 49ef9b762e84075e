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
 * The change stamp of versioned tables (with `version` and `updated_at` columns), in one
 * statement that sends no row back: cheap enough to ask before deciding to send anything at all.
 */
export async function changeStamp(db: Queryable, tables: readonly string[]): Promise<ChangeStamp> {
  const marks = tables.map((table, index) => {
    if (!IDENTIFIER.test(table)) throw new Error(`Not a plain SQL identifier: ${table}`);
    // The time as text keeps its microseconds: two writes within one millisecond still differ.
    return `(select count(*)::text || '/' || coalesce(sum(version), 0)::text || '/' ||
               coalesce(to_char(max(updated_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '')
             from ${table}) as m${index}`;
  });
  const [row] = await db.query<Record<string, string>>(`select ${marks.join(', ')}`);
  const stamps = tables.map((table, index) => ({ table, mark: row?.[`m${index}`] ?? '' }));
  const times = stamps.map(({ mark }) => Date.parse(mark.split('/')[2] ?? '')).filter((time) => !Number.isNaN(time));
  return {
    version: stamps.map(({ table, mark }) => `${table}:${mark}`).join(' '),
    lastChange: times.length ? new Date(Math.max(...times)) : null,
  };
}
