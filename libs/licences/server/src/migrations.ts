import type { Migration } from '@egov/db';

export const licencesMigrations: Migration[] = [
  {
    id: 'licences/001-licences',
    sql: `
      create table licences (
        id uuid primary key default gen_random_uuid(),
        type text not null check (type in ('bulletin_publishing', 'non_commercial_publication', 'game_service_point_certificate')),
        number text not null check (number <> ''),
        holder_name text not null,
        holder_address text,
        subject_vi text not null,
        issued_on date not null,
        valid_from date not null,
        valid_until date,
        revoked_on date,
        revocation_reason text,
        issuer_unit_code text not null references units (code),
        is_sample boolean not null default false,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint licences_type_number_key unique (type, number),
        constraint licences_valid_from_check check (valid_from >= issued_on),
        constraint licences_valid_until_check check (valid_until is null or valid_until >= valid_from),
        constraint licences_revoked_on_check check (revoked_on is null or revoked_on >= issued_on),
        constraint licences_revocation_reason_check check ((revoked_on is null) = (revocation_reason is null))
      );
      create index licences_issued_idx on licences (type, issued_on);
      create index licences_issuer_idx on licences (issuer_unit_code);
    `,
  },
  {
    id: 'licences/002-register-order',
    sql: `
      -- The register's order (latest issued first): an export reads it batch after batch from this index.
      create index licences_register_order_idx on licences (issued_on desc, type, number);
    `,
  },
];
