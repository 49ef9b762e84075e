import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import lockfile from 'proper-lockfile';

/**
 * How long a lock whose holder stopped refreshing it (a crash, `kill -9`) keeps others out, and
 * how often a live holder refreshes it. The margin between the two lets a busy event loop (the
 * embedded database's first start runs seconds of WebAssembly without a break) miss refreshes
 * without the lock going stale. `DATA_FOLDER_LOCK_STALE_MS` in the environment sets another wait
 * (2 s at least, proper-lockfile's least; every process on the folder must use the same).
 */
export const DATA_FOLDER_LOCK_STALE_MS = 30_000;

function staleAfterMs(): number {
  const set = Number(process.env['DATA_FOLDER_LOCK_STALE_MS']);
  return Number.isInteger(set) && set >= 2_000 ? set : DATA_FOLDER_LOCK_STALE_MS;
}

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
 * For a process that opens the database at its start (the portal, seed, migrate): what `opening`
 * gives, or, when another process holds the data folder, its message in one line and exit code 1,
 * before anything is written. Any other failure is thrown as it is.
 */
export async function orExitWhenDataFolderInUse<T>(opening: Promise<T>): Promise<T> {
  try {
    return await opening;
  } catch (error) {
    if (!isDataFolderInUse(error)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

interface LockOwner {
  pid: number;
  host: string;
  /** When the process started (Linux's clock ticks since boot), so that a reused pid is not taken for the holder. */
  started?: string;
}

/** The start time of a process as the kernel gives it; undefined where /proc is not there. */
function startOf(pid: number): string | undefined {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count after its ')'.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19];
  } catch {
    return undefined;
  }
}

const ownerFile = (dataDir: string) => `${dataDir}.lock-owner.json`;

/** Whether the process that wrote the owner file still runs (on this machine; elsewhere it cannot be told). */
function ownerIsAlive(dataDir: string): boolean {
  let owner: LockOwner;
  try {
    owner = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as LockOwner;
  } catch {
    return false;
  }
  if (owner.host !== hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return owner.started === undefined || owner.started === startOf(owner.pid);
}

const lock = (dataDir: string, retries: number, onLost: (error: Error) => void) =>
  lockfile.lock(dataDir, {
    stale: staleAfterMs(),
    update: staleAfterMs() / 6,
    retries: { retries, factor: 1, minTimeout: 1_000, maxTimeout: 1_000 },
    onCompromised: onLost,
  });

/**
 * Takes the exclusive lock of an embedded database's folder (`<folder>.lock`, refreshed while the
 * process runs, removed on close and on exit). PGlite takes none, and two processes writing one
 * folder can corrupt it. A live holder refuses at once with DataFolderInUseError. A lock whose
 * holder is gone (a crash, `kill -9`) is taken over once it is stale: a start right after a crash
 * waits at most about the stale time (30 s).
 */
export async function lockDataFolder(
  dataDir: string,
  onLost: (error: Error) => void = (error) => console.error(`The lock of the data folder ${dataDir} was lost: ${error.message}`),
): Promise<() => Promise<void>> {
  // A holder on this machine that still runs keeps the folder even when its lock looks stale: a
  // holder whose event loop was blocked longer than the stale time (PGlite's start on a loaded
  // machine) has not refreshed it, and proper-lockfile alone would hand the folder to a second process.
  if (ownerIsAlive(dataDir)) throw new DataFolderInUseError(dataDir);
  let release: () => Promise<void>;
  try {
    release = await lock(dataDir, 0, onLost).catch(async (error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ELOCKED' || ownerIsAlive(dataDir)) throw error;
      // Its holder is gone (or cannot be told): wait a little longer than the lock takes to go stale.
      return lock(dataDir, Math.ceil(staleAfterMs() / 1_000) + 2, onLost);
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') throw new DataFolderInUseError(dataDir);
    throw error;
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: startOf(process.pid) };
  writeFileSync(ownerFile(dataDir), JSON.stringify(owner));
  return async () => {
    rmSync(ownerFile(dataDir), { force: true });
    // A lock already lost (onLost said so) has nothing left to release.
    await release().catch((error: unknown) => {
      if ((error as { code?: unknown }).code !== 'ERELEASED') throw error;
    });
  };
}
