import lockfile from 'proper-lockfile';

/**
 * How long a lock whose holder stopped refreshing it (a crash, `kill -9`) keeps others out, and
 * how often a live holder refreshes it. The margin between the two lets a busy event loop (a
 * long query of the embedded database) miss a few refreshes without losing the lock.
 */
export const DATA_FOLDER_LOCK_STALE_MS = 10_000;
const REFRESH_MS = 2_000;

/** A second process asked for a data folder that another one (the portal, most often) holds. */
export class DataFolderInUseError extends Error {
  readonly code = 'DATA_FOLDER_IN_USE';
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another process: the portal (npm start) or another command is running on it. ` +
        'Nothing was written. Stop the portal first and run the command again, or make the change while the portal runs ' +
        'through its GraphQL API (/graphql) or its staff pages.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export function isDataFolderInUse(error: unknown): error is DataFolderInUseError {
  return error instanceof DataFolderInUseError;
}

/**
 * Takes the exclusive lock of an embedded database's folder (`<folder>.lock`, refreshed while the
 * process runs, removed on close and on exit). PGlite takes none, and two processes writing one
 * folder can corrupt it. A lock left by a process that died is taken over once it is stale, so
 * a start right after a crash waits at most about that long; a live holder refuses with
 * DataFolderInUseError.
 */
export async function lockDataFolder(
  dataDir: string,
  onLost: (error: Error) => void = (error) => console.error(`The lock of the data folder ${dataDir} was lost: ${error.message}`),
): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      stale: DATA_FOLDER_LOCK_STALE_MS,
      update: REFRESH_MS,
      // Keep trying a little longer than a lock takes to go stale: a dead holder's lock is then taken over.
      retries: { retries: Math.ceil(DATA_FOLDER_LOCK_STALE_MS / 1_000) + 2, factor: 1, minTimeout: 1_000, maxTimeout: 1_000 },
      onCompromised: onLost,
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') throw new DataFolderInUseError(dataDir);
    throw error;
  }
}
