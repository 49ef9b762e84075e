import type { Migration } from '@egov/db';

export const proceduresMigrations: Migration[] = [
  {
    id: 'procedures/001-procedures-and-dossiers',
    sql: `
      create table procedures (
        code text primary key check (code ~ '^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$'),
        name_vi text not null,
        name_en text not null,
        field text not null check (field in ('publishing', 'press', 'electronic_games', 'post', 'telecom_internet',
          'radio_frequency', 'information_technology', 'electronic_information', 'broadcasting')),
        performing_agency_code text not null references units (code),
        deciding_authority_vi text not null,
        channels jsonb not null check (jsonb_typeof(channels) = 'array' and jsonb_array_length(channels) > 0),
        required_documents jsonb not null check (jsonb_typeof(required_documents) = 'array'),
        steps jsonb not null check (jsonb_typeof(steps) = 'array' and jsonb_array_length(steps) > 0),
        legal_basis jsonb not null check (jsonb_typeof(legal_basis) = 'array'),
        result_vi text not null,
        service_level text not null check (service_level in ('full_process', 'partial_process')),
        national_portal_url text,
        is_sample boolean not null,
        source_fact_id text check (source_fact_id ~ '^F[0-9]{2}$'),
        source_quote text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (is_sample or national_portal_url is not null)
      );
      create index procedures_field_idx on procedures (field);
      create index procedures_agency_idx on procedures (performing_agency_code);

      create table dossiers (
        code text primary key check (code ~ '^LSN-[0-9]{6}-[0-9]{4}$'),
        procedure_code text not null references procedures (code),
        channel text not null check (channel in ('in_person', 'online', 'postal')),
        return_channel text check (return_channel in ('in_person', 'online', 'postal')),
        applicant jsonb not null check (jsonb_typeof(applicant) = 'object'),
        received_at timestamptz not null,
        due_on date not null,
        state text not null check (state in ('new', 'received', 'not_accepted', 'processing', 'supplement_requested',
          'financial_obligation', 'withdrawal_requested', 'stopped', 'processed', 'returned')),
        supplement jsonb check (jsonb_typeof(supplement) = 'object'),
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((state = 'returned') = (return_channel is not null)),
        check ((state = 'supplement_requested') = (supplement is not null)),
        check (due_on >= (received_at at time zone 'UTC' + interval '7 hours')::date)
      );
      create index dossiers_procedure_idx on dossiers (procedure_code);
      create index dossiers_received_idx on dossiers (received_at);

      -- Append-only: each row is one move of the state machine, written with the dossier's update.
      create table dossier_history (
        id bigint generated always as identity primary key,
        dossier_code text not null references dossiers (code),
        from_state text not null,
        to_state text not null,
        at timestamptz not null,
        actor text not null,
        note text,
        supplement jsonb,
        check (from_state || '>' || to_state in (
          'new>received', 'new>not_accepted',
          'received>processing', 'received>withdrawal_requested',
          'processing>supplement_requested', 'processing>financial_obligation', 'processing>withdrawal_requested',
          'processing>stopped', 'processing>processed',
          'supplement_requested>processing', 'supplement_requested>withdrawal_requested', 'supplement_requested>stopped',
          'financial_obligation>processing', 'financial_obligation>withdrawal_requested', 'financial_obligation>stopped',
          'withdrawal_requested>stopped', 'withdrawal_requested>processing',
          'processed>returned'))
      );
      create index dossier_history_dossier_idx on dossier_history (dossier_code, id);
      create index dossier_history_returned_idx on dossier_history (to_state, at);
    `,
  },
  {
    // A channel's fee is a whole, non-negative number of đồng, or JSON null when it is not
    // recorded (null is not 0: 0 tells citizens the procedure is free).
    id: 'procedures/002-channel-fee-may-be-unknown',
    sql: `
      alter table procedures add constraint procedures_channel_fee_check check (
        not jsonb_path_exists(channels, '$[*] ? (!exists(@.feeVnd) || (@.feeVnd.type() != "null" && (@.feeVnd.type() != "number" || @.feeVnd < 0 || @.feeVnd.floor() != @.feeVnd)))')
      );
    `,
  },
  {
    // The officers' dossier list reads a page by (received_at, code), newest first, alone or
    // within one procedure or one state: each such order has its index, so a page reads only
    // its rows. The new indexes begin with the columns of the two they replace.
    id: 'procedures/003-dossier-pages',
    sql: `
      create index dossiers_newest_idx on dossiers (received_at, code);
      create index dossiers_procedure_newest_idx on dossiers (procedure_code, received_at, code);
      create index dossiers_state_newest_idx on dossiers (state, received_at, code);
      drop index dossiers_received_idx;
      drop index dossiers_procedure_idx;
    `,
  },
  {
    // The officers' list gives its total (all dossiers, one procedure's, one state's) without
    // counting the rows: a count per procedure and state, kept by statement-level triggers on every
    // write, and summed over the few rows a filter keeps. A move updates its procedure's two rows in
    // key order, so two moves never wait for each other in a cycle.
    id: 'procedures/004-dossier-counts',
    sql: `
      create table dossier_counts (
        procedure_code text not null,
        state text not null,
        dossiers bigint not null,
        primary key (procedure_code, state)
      );
      insert into dossier_counts (procedure_code, state, dossiers)
        select procedure_code, state, count(*) from dossiers group by procedure_code, state;
      create function dossier_counts_apply() returns trigger language plpgsql as $$
        begin
          if tg_op = 'TRUNCATE' then
            delete from dossier_counts;
          elsif tg_op = 'INSERT' then
            insert into dossier_counts (procedure_code, state, dossiers)
              select procedure_code, state, count(*) from new_rows group by 1, 2 order by 1, 2
              on conflict (procedure_code, state) do update set dossiers = dossier_counts.dossiers + excluded.dossiers;
          elsif tg_op = 'DELETE' then
            insert into dossier_counts (procedure_code, state, dossiers)
              select procedure_code, state, -count(*) from old_rows group by 1, 2 order by 1, 2
              on conflict (procedure_code, state) do update set dossiers = dossier_counts.dossiers + excluded.dossiers;
          else
            insert into dossier_counts (procedure_code, state, dossiers)
              select procedure_code, state, sum(delta)
              from (select procedure_code, state, 1 as delta from new_rows
                    union all select procedure_code, state, -1 from old_rows) as moves
              group by 1, 2 having sum(delta) <> 0 order by 1, 2
              on conflict (procedure_code, state) do update set dossiers = dossier_counts.dossiers + excluded.dossiers;
          end if;
          return null;
        end
      $$;
      create trigger dossier_counts_insert after insert on dossiers
        referencing new table as new_rows for each statement execute function dossier_counts_apply();
      create trigger dossier_counts_update after update on dossiers
        referencing old table as old_rows new table as new_rows for each statement execute function dossier_counts_apply();
      create trigger dossier_counts_delete after delete on dossiers
        referencing old table as old_rows for each statement execute function dossier_counts_apply();
      create trigger dossier_counts_truncate after truncate on dossiers
        for each statement execute function dossier_counts_apply();
    `,
  },
];
