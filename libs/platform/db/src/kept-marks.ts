/** A column the kept marks are split by, with its SQL type: the key of the summary's rows. */
export interface MarksKeyColumn {
  column: string;
  type: string;
}

/** What {@link keptMarksSql} builds: the summary of `table` named `kept`, one row per value of `key`. */
export interface KeptMarksDefinition {
  table: string;
  kept: string;
  key: readonly MarksKeyColumn[];
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const TYPE = /^[a-z][a-z0-9_ ]*$/;

/**
 * The migration SQL that keeps the change marks of a versioned table (with `version` and
 * `updated_at` columns) in a summary table, for `changeStamp`'s `{ table, kept }` and for counts by
 * key: `row_count`, `version_sum` and `last_change` a row, filled from the table as it is and
 * kept by statement-level triggers in the writers' own transactions. A statement adds its rows'
 * changes in one insert, in key order, so two writers never wait for each other in a cycle; an
 * update counts as its old rows out and its new rows in. PGlite and PostgreSQL run it alike.
 */
export function keptMarksSql({ table, kept, key }: KeptMarksDefinition): string {
  for (const name of [table, kept, ...key.map((part) => part.column)]) if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  for (const part of key) if (!TYPE.test(part.type)) throw new Error(`Not a plain SQL type: ${part.type}`);
  if (key.length === 0) throw new Error(`The kept marks of ${table} need a key: one row for every write would make writers queue.`);
  const columns = key.map((part) => part.column).join(', ');
  const changes = (rows: string, sign: '' | '-', time: string) =>
    `array(select row(${columns}, ${sign}1, ${sign}version, ${time})::${kept} from ${rows})`;
  return `
    create table ${kept} (
      ${key.map((part) => `${part.column} ${part.type} not null,`).join('\n      ')}
      row_count bigint not null,
      version_sum bigint not null,
      last_change timestamptz,
      primary key (${columns})
    );
    insert into ${kept} select ${columns}, count(*), sum(version), max(updated_at) from ${table} group by ${columns};
    create function ${kept}_add(changes ${kept}[]) returns void language sql as $$
      insert into ${kept} as k
        select ${columns}, sum(row_count), sum(version_sum), max(last_change)
        from unnest(changes) group by ${columns} order by ${columns}
      on conflict (${columns}) do update set row_count = k.row_count + excluded.row_count,
        version_sum = k.version_sum + excluded.version_sum,
        last_change = greatest(k.last_change, excluded.last_change)
    $$;
    create function ${kept}_apply() returns trigger language plpgsql as $$
      declare
        changes ${kept}[] := '{}';
      begin
        if tg_op = 'TRUNCATE' then
          update ${kept} set row_count = 0, version_sum = 0, last_change = null;
          return null;
        end if;
        if tg_op in ('UPDATE', 'DELETE') then
          changes := changes || ${changes('old_rows', '-', 'null')};
        end if;
        if tg_op in ('INSERT', 'UPDATE') then
          changes := changes || ${changes('new_rows', '', 'updated_at')};
        end if;
        perform ${kept}_add(changes);
        return null;
      end
    $$;
    create trigger ${kept}_insert after insert on ${table}
      referencing new table as new_rows for each statement execute function ${kept}_apply();
    create trigger ${kept}_update after update on ${table}
      referencing old table as old_rows new table as new_rows for each statement execute function ${kept}_apply();
    create trigger ${kept}_delete after delete on ${table}
      referencing old table as old_rows for each statement execute function ${kept}_apply();
    create trigger ${kept}_truncate after truncate on ${table}
      for each statement execute function ${kept}_apply();
  `;
}
