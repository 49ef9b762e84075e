import type { Migration } from '@egov/db';

export const unitsMigrations: Migration[] = [
  {
    id: 'units/001-units-and-people',
    sql: `
      create table units (
        code text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text not null check (kind in ('department', 'division', 'inspectorate', 'centre', 'press',
          'district_committee', 'district_division', 'district_centre', 'national_agency')),
        name_vi text not null,
        name_en text not null,
        parent_code text references units (code),
        area_code text references administrative_areas (code),
        description_vi text,
        website text,
        source_quote text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (parent_code is null or parent_code <> code)
      );
      create index units_parent_idx on units (parent_code);
      create index units_area_idx on units (area_code);

      create table people (
        id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        full_name text not null,
        position_vi text,
        position_en text,
        unit_code text not null references units (code),
        source_quote text,
        version integer not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index people_unit_idx on people (unit_code);
    `,
  },
];
