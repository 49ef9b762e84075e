import { keptMarksSql, type Migration } from '@egov/db';

// Constraints are named `<short>_<column>_<kind>` so a refusal names the field it guards (a second
// constraint on a column takes the plural short name: inspections_concluded_on_check).
export const inspectionsMigrations: Migration[] = [
  {
    id: 'inspections/001-register',
    sql: `
      create table inspections (
        id uuid primary key default gen_random_uuid(),
        decision_number text not null,
        kind text not null,
        activity text not null,
        field text not null,
        subjects jsonb not null,
        started_on date not null,
        ended_on date,
        status text not null,
        conclusion_vi text,
        concluded_on date,
        lead_unit_code text not null,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint inspection_kind_check check (kind in ('planned', 'ad_hoc')),
        constraint inspection_activity_check check (activity in ('inspection', 'check')),
        constraint inspection_field_check check (field in ('press', 'publishing', 'post', 'telecom', 'internet', 'it',
          'broadcasting', 'radio_frequency', 'electronic_information', 'information_security', 'other')),
        constraint inspection_subjects_check check (jsonb_typeof(subjects) = 'array' and jsonb_array_length(subjects) > 0),
        constraint inspection_status_check check (status in ('planned', 'in_progress', 'concluded')),
        constraint inspection_ended_on_check check (ended_on is null or ended_on >= started_on),
        constraint inspection_concluded_on_check check (concluded_on is null or concluded_on >= started_on),
        constraint inspection_conclusion_vi_check check ((status = 'concluded') = (conclusion_vi is not null and concluded_on is not null)),
        constraint inspection_lead_unit_code_fkey foreign key (lead_unit_code) references units (code)
      );
      create index inspections_started_on_idx on inspections (started_on);

      create table sanction_decisions (
        id uuid primary key default gen_random_uuid(),
        number text not null,
        issued_on date not null,
        inspection_id uuid,
        standalone_reason text,
        field text,
        violator_name text not null,
        violator_kind text not null,
        violations jsonb not null,
        fine_vnd bigint not null,
        extra_measures jsonb not null default '[]'::jsonb,
        enforcement_status text not null default 'pending',
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint sanction_inspection_id_fkey foreign key (inspection_id) references inspections (id),
        constraint sanction_standalone_reason_check check (inspection_id is not null or length(btrim(coalesce(standalone_reason, ''))) > 0),
        constraint sanction_fine_vnd_check check (fine_vnd > 0),
        constraint sanction_violator_kind_check check (violator_kind in ('organisation', 'individual')),
        constraint sanction_violations_check check (jsonb_typeof(violations) = 'array' and jsonb_array_length(violations) > 0),
        constraint sanction_extra_measures_check check (jsonb_typeof(extra_measures) = 'array'),
        constraint sanction_enforcement_status_check check (enforcement_status in ('pending', 'paid', 'enforced', 'appealed')),
        constraint sanction_field_check check (field is null or field in ('press', 'publishing', 'post', 'telecom', 'internet', 'it',
          'broadcasting', 'radio_frequency', 'electronic_information', 'information_security', 'other'))
      );
      create index sanction_decisions_issued_on_idx on sanction_decisions (issued_on);
      create index sanction_decisions_inspection_idx on sanction_decisions (inspection_id);
    `,
  },
  {
    id: 'inspections/002-conclusion-after-work-and-one-basis-per-decision',
    sql: `
      -- The conclusion is drawn up after the work ends; a decision follows an inspection or stands alone, never both.
      alter table inspections
        add constraint inspections_concluded_on_check check (concluded_on is null or ended_on is null or concluded_on >= ended_on);
      alter table sanction_decisions
        add constraint sanctions_standalone_reason_check check (inspection_id is null or standalone_reason is null);
    `,
  },
  {
    id: 'inspections/003-register-order-indexes',
    sql: `
      -- The register is read page by page in these orders (oldest or newest first, one index each way):
      -- an index on each order's columns lets a page read its own rows and no others.
      create index inspections_register_order_idx on inspections (started_on, decision_number, id);
      create index sanction_decisions_register_order_idx on sanction_decisions (issued_on, number, id);
      drop index inspections_started_on_idx;
      drop index sanction_decisions_issued_on_idx;
    `,
  },
  {
    id: 'inspections/004-register-counts-and-filter-orders',
    // The register's totals over all periods (all inspections, one sector's, one status's; all
    // decisions, one enforcement status's) without counting the rows: counts kept by statement-level
    // triggers on every write, summed over the few rows a filter keeps. A total within a period still
    // counts its rows, from the order index's range. Rows are upserted in key order, so two writers
    // never wait for each other in a cycle. The lists filtered by a status or a sector (the forms'
    // choices: inspections under way, fines pending) have the order's index behind that column, so
    // their pages too read their own rows and no others.
    sql: `
      create index inspections_status_register_order_idx on inspections (status, started_on, decision_number, id);
      create index inspections_field_register_order_idx on inspections (field, started_on, decision_number, id);
      create index sanction_decisions_status_register_order_idx on sanction_decisions (enforcement_status, issued_on, number, id);
      create table inspection_counts (
        field text not null,
        status text not null,
        inspections bigint not null,
        primary key (field, status)
      );
      insert into inspection_counts (field, status, inspections) select field, status, count(*) from inspections group by 1, 2;
      create function inspection_counts_apply() returns trigger language plpgsql as $$
        begin
          if tg_op = 'TRUNCATE' then
            delete from inspection_counts;
          elsif tg_op = 'INSERT' then
            insert into inspection_counts (field, status, inspections)
              select field, status, count(*) from new_rows group by 1, 2 order by 1, 2
              on conflict (field, status) do update set inspections = inspection_counts.inspections + excluded.inspections;
          elsif tg_op = 'DELETE' then
            insert into inspection_counts (field, status, inspections)
              select field, status, -count(*) from old_rows group by 1, 2 order by 1, 2
              on conflict (field, status) do update set inspections = inspection_counts.inspections + excluded.inspections;
          else
            insert into inspection_counts (field, status, inspections)
              select field, status, sum(delta)
              from (select field, status, 1 as delta from new_rows union all select field, status, -1 from old_rows) as changes
              group by 1, 2 having sum(delta) <> 0 order by 1, 2
              on conflict (field, status) do update set inspections = inspection_counts.inspections + excluded.inspections;
          end if;
          return null;
        end
      $$;
      create trigger inspection_counts_insert after insert on inspections
        referencing new table as new_rows for each statement execute function inspection_counts_apply();
      create trigger inspection_counts_update after update on inspections
        referencing old table as old_rows new table as new_rows for each statement execute function inspection_counts_apply();
      create trigger inspection_counts_delete after delete on inspections
        referencing old table as old_rows for each statement execute function inspection_counts_apply();
      create trigger inspection_counts_truncate after truncate on inspections
        for each statement execute function inspection_counts_apply();

      create table sanction_decision_counts (
        enforcement_status text primary key,
        decisions bigint not null
      );
      insert into sanction_decision_counts (enforcement_status, decisions) select enforcement_status, count(*) from sanction_decisions group by 1;
      create function sanction_decision_counts_apply() returns trigger language plpgsql as $$
        begin
          if tg_op = 'TRUNCATE' then
            delete from sanction_decision_counts;
          elsif tg_op = 'INSERT' then
            insert into sanction_decision_counts (enforcement_status, decisions)
              select enforcement_status, count(*) from new_rows group by 1 order by 1
              on conflict (enforcement_status) do update set decisions = sanction_decision_counts.decisions + excluded.decisions;
          elsif tg_op = 'DELETE' then
            insert into sanction_decision_counts (enforcement_status, decisions)
              select enforcement_status, -count(*) from old_rows group by 1 order by 1
              on conflict (enforcement_status) do update set decisions = sanction_decision_counts.decisions + excluded.decisions;
          else
            insert into sanction_decision_counts (enforcement_status, decisions)
              select enforcement_status, sum(delta)
              from (select enforcement_status, 1 as delta from new_rows union all select enforcement_status, -1 from old_rows) as changes
              group by 1 having sum(delta) <> 0 order by 1
              on conflict (enforcement_status) do update set decisions = sanction_decision_counts.decisions + excluded.decisions;
          end if;
          return null;
        end
      $$;
      create trigger sanction_decision_counts_insert after insert on sanction_decisions
        referencing new table as new_rows for each statement execute function sanction_decision_counts_apply();
      create trigger sanction_decision_counts_update after update on sanction_decisions
        referencing old table as old_rows new table as new_rows for each statement execute function sanction_decision_counts_apply();
      create trigger sanction_decision_counts_delete after delete on sanction_decisions
        referencing old table as old_rows for each statement execute function sanction_decision_counts_apply();
      create trigger sanction_decision_counts_truncate after truncate on sanction_decisions
        for each statement execute function sanction_decision_counts_apply();
    `,
  },
  {
    id: 'inspections/005-register-marks',
    // The counts above become kept marks (rows, sum of versions, latest write) by the same keys: the
    // register's totals read them as before, and its change stamp (the open-data files' ETag and
    // Last-Modified) reads these few rows instead of every inspection and decision.
    sql: `
      drop trigger inspection_counts_insert on inspections;
      drop trigger inspection_counts_update on inspections;
      drop trigger inspection_counts_delete on inspections;
      drop trigger inspection_counts_truncate on inspections;
      drop function inspection_counts_apply();
      drop table inspection_counts;
      drop trigger sanction_decision_counts_insert on sanction_decisions;
      drop trigger sanction_decision_counts_update on sanction_decisions;
      drop trigger sanction_decision_counts_delete on sanction_decisions;
      drop trigger sanction_decision_counts_truncate on sanction_decisions;
      drop function sanction_decision_counts_apply();
      drop table sanction_decision_counts;
      ${keptMarksSql({ table: 'inspections', kept: 'inspection_marks', key: [{ column: 'field', type: 'text' }, { column: 'status', type: 'text' }] })}
      ${keptMarksSql({ table: 'sanction_decisions', kept: 'sanction_decision_marks', key: [{ column: 'enforcement_status', type: 'text' }] })}
    `,
  },
];
