import type { Migration } from '@egov/db';

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
    id: 'inspections/003-decisions-register-order',
    sql: `
      -- The register's order (date, number): an export reads it batch after batch from this index.
      create index sanction_decisions_register_order_idx on sanction_decisions (issued_on, number, id);
      -- It answers what the index on the date alone did.
      drop index sanction_decisions_issued_on_idx;
    `,
  },
];
