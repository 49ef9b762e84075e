import { migrate, openDatabase, type Database, type DatabaseSettings } from '@egov/db';
import { isFirstDataSetLoaded, seedFirstDataSet, type SeedReport } from './first-data-set';
import { createPortalRepositories, type PortalRepositories } from './portal-repositories';
import { portalMigrations } from './portal-schema';

export interface PortalDatabase {
  db: Database;
  repositories: PortalRepositories;
  /** Migrations applied by this start (empty when the schema was current). */
  migrationsApplied: string[];
  /** What the first-start seed inserted, or null when the data set was loaded before. */
  seeded: SeedReport | null;
}

/**
 * Opens the portal's database and makes it ready: applies missing migrations and, on first
 * start only, loads the first data set. A data set once loaded is not loaded again at start, so
 * records an official deletes later do not come back; `npm run seed` reloads on purpose.
 */
export async function openPortalDatabase(settings: DatabaseSettings): Promise<PortalDatabase> {
  const db = await openDatabase(settings);
  try {
    const { applied } = await migrate(db, portalMigrations);
    const seeded = (await isFirstDataSetLoaded(db)) ? null : await seedFirstDataSet(db);
    const repositories = createPortalRepositories(db);
    // Articles written before the search index existed get their documents now, not on a reader's first search.
    await repositories.news.prepareSearch();
    return { db, repositories, migrationsApplied: applied, seeded };
  } catch (error) {
    await db.close();
    throw error;
  }
}
