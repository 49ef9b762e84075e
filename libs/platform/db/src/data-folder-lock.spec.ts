import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError } from './data-folder-lock';
import { openDatabase } from './open-database';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Another process that opens the folder and holds it; resolves once its database is open. */
async function holdInAnotherProcess(dataDir: string): Promise<ChildProcess> {
  // tsx as a loader of this very process (its command line would run the script in a child, which a kill would miss).
  const child = spawn(process.execPath, ['--import', 'tsx', 'libs/platform/db/src/test-support/hold-data-folder.ts', dataDir], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('open') && resolve());
    child.once('exit', (code) => reject(new Error(`the holder exited (${code}) before opening:\n${output}`)));
  });
  return child;
}

// A lock goes stale after 10 s here, not 30 (the holder, a child, inherits it): the takeover is the
// same, and the test waits less.
process.env['DATA_FOLDER_LOCK_STALE_MS'] = '10000';

describe('the lock of an embedded data folder', () => {
  const folders: string[] = [];
  const children: ChildProcess[] = [];
  const newFolder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'egov-lock-'));
    folders.push(dir);
    return join(dir, 'pglite');
  };
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second process while the first runs, and takes over the lock of one that was killed', async () => {
    const dataDir = newFolder();
    const holder = await holdInAnotherProcess(dataDir);
    children.push(holder);

    const refused = await openDatabase({ dataDir }).then(
      () => 'opened',
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DataFolderInUseError);
    expect((refused as Error).message).toContain(dataDir);
    expect((refused as Error).message).toMatch(/portal .* is running on it/);

    // A crash leaves its lock behind; it goes stale since nobody refreshes it, and is taken over.
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    const db = await openDatabase({ dataDir });
    try {
      expect(await db.query('select count(*)::int as n from held')).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    // Waits for the killed holder's lock to go stale, on a loaded machine.
  }, 120_000);

  it('keeps the folder for a holder that still runs though its lock looks stale (its event loop was blocked)', async () => {
    const dataDir = newFolder();
    const holder = await holdInAnotherProcess(dataDir);
    children.push(holder);
    // As if the holder had missed its refreshes for a minute: proper-lockfile alone would take the lock over.
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${dataDir}.lock`, aMinuteAgo, aMinuteAgo);

    await expect(openDatabase({ dataDir })).rejects.toBeInstanceOf(DataFolderInUseError);
  }, 120_000);

  it('is per folder: two folders open at once in one process, and in-memory databases take no lock', async () => {
    const [a, b] = [newFolder(), newFolder()];
    const first = await openDatabase({ dataDir: a });
    const second = await openDatabase({ dataDir: b });
    const [memoryA, memoryB] = [await openDatabase(), await openDatabase()];
    try {
      expect(existsSync(`${a}.lock`) && existsSync(`${b}.lock`)).toBe(true);
      expect(await second.query('select 1 as one')).toEqual([{ one: 1 }]);
      expect(await memoryB.query('select 1 as one')).toEqual([{ one: 1 }]);
    } finally {
      for (const db of [first, second, memoryA, memoryB]) await db.close();
    }
  }, 120_000);
});
