import { auditMigrations, type Migration } from '@egov/db';
import { districtsMigrations } from '@egov/districts-server';
import { unitsMigrations } from '@egov/units-server';

/**
 * The portal's whole schema: the platform's tables, then each domain after the domains it
 * references (districts ◄ units ◄ the rest). Adding a domain is adding its migrations here.
 */
export const portalMigrations: readonly Migration[] = [
  ...auditMigrations,
  {
    id: 'portal/001-data-set-loads',
    sql: `create table data_set_loads (
      name text primary key,
      first_loaded_at timestamptz not null default now(),
      last_loaded_at timestamptz not null default now(),
      records_inserted integer not null default 0
    )`,
  },
  ...districtsMigrations,
  ...unitsMigrations,
];
