import type { Database } from '@egov/db';
import { openPortalDatabase } from '@egov/portal-data';
import { join } from 'node:path';

/** Work on a portal's database by hand, as an administrator with SQL (or a restored copy) would. */
export type DatabasePreparation = (db: Database) => Promise<void>;

/**
 * Opens the database of a data folder as the portal would (migrated, first data set loaded), runs
 * `work` on it and closes it, before the gateway opens the folder (one process at a time holds it).
 */
export async function prepareDatabase(dataDir: string, work: DatabasePreparation): Promise<void> {
  const { db } = await openPortalDatabase({ dataDir: join(dataDir, 'pglite') });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}
