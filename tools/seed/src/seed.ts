/**
 * `npm run seed`: brings the configured database (DATABASE_URL, or the embedded one in DATA_DIR)
 * up to date and loads whatever part of the first data set it is missing. Safe to run again.
 */
import { databaseSettingsFromEnv, migrate, openDatabase, orExitWhenDataFolderInUse } from '@egov/db';
import { portalMigrations, seedFirstDataSet } from '@egov/portal-data';

const settings = databaseSettingsFromEnv();
const db = await orExitWhenDataFolderInUse(openDatabase(settings));
try {
  const { applied } = await migrate(db, portalMigrations);
  const report = await seedFirstDataSet(db);
  const total = Object.values(report).reduce((sum, n) => sum + n, 0);
  console.log(`Database: ${settings.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : settings.dataDir}`);
  console.log(`Migrations applied: ${applied.length}`);
  for (const [domain, inserted] of Object.entries(report)) console.log(`  ${domain.padEnd(12)} ${inserted} inserted`);
  console.log(total === 0 ? 'The first data set was already complete: nothing changed.' : `Inserted ${total} records.`);
} finally {
  await db.close();
}
