import type { Migration } from '@egov/db';

export const districtsMigrations: Migration[] = [
  {
    id: 'districts/001-administrative-areas',
    sql: `
      create table administrative_areas (
        code text primary key check (code ~ '^[0-9]{2,5}$'),
        level text not null check (level in ('province', 'district')),
        kind text not null check (kind in ('province', 'city', 'town', 'district')),
        name_vi text not null,
        name_en text not null,
        parent_code text references administrative_areas (code),
        communes_count integer check (communes_count >= 0),
        valid_from date,
        valid_to date,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (valid_from is null or valid_to is null or valid_from <= valid_to),
        check ((level = 'district') = (parent_code is not null))
      );
      create index administrative_areas_parent_idx on administrative_areas (parent_code);
    `,
  },
];
