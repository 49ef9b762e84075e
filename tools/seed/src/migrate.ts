/** `npm run db:migrate`: applies the migrations the configured database has not recorded yet. */
import { databaseSettingsFromEnv, migrate, openDatabase, orExitWhenDataFolderInUse } from '@egov/db';
import { portalMigrations } from '@egov/portal-data';

const db = await orExitWhenDataFolderInUse(openDatabase(databaseSettingsFromEnv()));
try {
  const { applied } = await migrate(db, portalMigrations);
  console.log(applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'The schema is up to date.');
} finally {
  await db.close();
}
