import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_SECRET_FILE, sessionSecretFromFile } from './session-secret-file';

describe('the session secret kept in the data folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'session-secret-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('is made on first start, readable by its owner only, and the same on every later start', async () => {
    const dataFolder = join(folder, '.data');
    const first = await sessionSecretFromFile(dataFolder);
    expect(first.created).toBe(true);
    expect(first.secret.byteLength).toBeGreaterThanOrEqual(32);
    expect((await stat(join(dataFolder, SESSION_SECRET_FILE))).mode & 0o777).toBe(0o600);

    const again = await sessionSecretFromFile(dataFolder);
    expect(again.created).toBe(false);
    expect(Buffer.from(again.secret).equals(Buffer.from(first.secret))).toBe(true);
    // No temporary file is left behind.
    expect(await readdir(dataFolder)).toEqual([SESSION_SECRET_FILE]);
  });

  it('gives two processes starting at once the same secret', async () => {
    const [a, b, c] = await Promise.all([sessionSecretFromFile(folder), sessionSecretFromFile(folder), sessionSecretFromFile(folder)]);
    expect([a, b, c].filter((each) => each.created)).toHaveLength(1);
    expect(new Set([a, b, c].map((each) => Buffer.from(each.secret).toString('hex'))).size).toBe(1);
  });

  it('narrows a file others could read to its owner', async () => {
    await sessionSecretFromFile(folder);
    await chmod(join(folder, SESSION_SECRET_FILE), 0o644);
    expect((await sessionSecretFromFile(folder)).narrowed).toBe(true);
    expect((await stat(join(folder, SESSION_SECRET_FILE))).mode & 0o777).toBe(0o600);
  });

  it('refuses a file holding a secret too short to sign with', async () => {
    await writeFile(join(folder, SESSION_SECRET_FILE), 'short\n', { mode: 0o600 });
    await expect(sessionSecretFromFile(folder)).rejects.toThrow(/at least 32/);
  });
});
