/** `npm run db:migrate`: applies the migrations the configured database has not recorded yet. */
import { databaseSettingsFromEnv, migrate } from '@egov/db';
import { portalMigrations } from '@egov/portal-data';
import { openOrExplain } from './open-or-explain';

const db = await openOrExplain(databaseSettingsFromEnv());
try {
  const { applied } = await migrate(db, portalMigrations);
  console.log(applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'The schema is up to date.');
} finally {
  await db.close();
}
