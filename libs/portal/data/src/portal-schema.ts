import { auditMigrations, type Migration } from '@egov/db';
import { awardsMigrations } from '@egov/awards-server';
import { districtsMigrations } from '@egov/districts-server';
import { inspectionsMigrations } from '@egov/inspections-server';
import { kpisMigrations } from '@egov/kpis-server';
import { licencesMigrations } from '@egov/licences-server';
import { newsMigrations } from '@egov/news-server';
import { proceduresMigrations } from '@egov/procedures-server';
import { unitsMigrations } from '@egov/units-server';
import { usersMigrations } from '@egov/users-server';

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
  ...usersMigrations,
  ...districtsMigrations,
  ...unitsMigrations,
  ...kpisMigrations,
  ...awardsMigrations,
  ...licencesMigrations,
  ...proceduresMigrations,
  ...newsMigrations,
  ...inspectionsMigrations,
];
