import { isDataFolderInUse, openDatabase, type Database, type DatabaseSettings } from '@egov/db';

/**
 * Opens the configured database for a command; when a running portal holds the embedded one, says
 * so and ends the process with code 1 before anything is written.
 */
export async function openOrExplain(settings: DatabaseSettings): Promise<Database> {
  try {
    return await openDatabase(settings);
  } catch (error) {
    if (!isDataFolderInUse(error)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
