import { MIN_SECRET_BYTES } from '@egov/users-server';
import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file in the data folder that holds the session secret made on first start. */
export const SESSION_SECRET_FILE = 'session-secret';
/** Read and write for the owner only: the secret signs every staff session. */
const OWNER_ONLY = 0o600;

export interface StoredSessionSecret {
  secret: Uint8Array;
  path: string;
  /** True when this start made it (the first start with this data folder). */
  created: boolean;
  /** True when the file was readable by others and its permissions were narrowed to the owner. */
  narrowed: boolean;
}

/**
 * The session secret kept in `dataFolder`, made on first start when SESSION_SECRET is not set,
 * so that `npm start` needs no set-up and sessions survive a restart. The file is written
 * owner-only (0600) under a temporary name and linked into place, so two processes starting at
 * once agree on one secret and neither reads a half-written file.
 */
export async function sessionSecretFromFile(dataFolder: string): Promise<StoredSessionSecret> {
  const path = join(dataFolder, SESSION_SECRET_FILE);
  await mkdir(dataFolder, { recursive: true, mode: 0o700 });
  let created = false;
  const candidate = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(candidate, `${randomBytes(48).toString('base64')}\n`, { mode: OWNER_ONLY, flag: 'wx' });
  try {
    await link(candidate, path);
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(candidate);
  }

  let narrowed = false;
  if (((await stat(path)).mode & 0o077) !== 0) {
    await chmod(path, OWNER_ONLY);
    narrowed = true;
  }
  const secret = new TextEncoder().encode((await readFile(path, 'utf8')).trim());
  if (secret.byteLength < MIN_SECRET_BYTES) {
    throw new Error(`${path} holds ${secret.byteLength} bytes; a session secret needs at least ${MIN_SECRET_BYTES}: delete the file to have a new one made, or set SESSION_SECRET.`);
  }
  return { secret, path, created, narrowed };
}

/** SESSION_SECRET when given, else the data folder's (made on first start). */
export async function sessionSecretOf(given: Uint8Array | null, dataFolder: string): Promise<{ secret: Uint8Array; stored: StoredSessionSecret | null }> {
  if (given) return { secret: given, stored: null };
  const stored = await sessionSecretFromFile(dataFolder);
  return { secret: stored.secret, stored };
}
