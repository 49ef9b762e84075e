import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const workspace = resolve(import.meta.dirname, '../../..');

describe('npm run seed', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'egov-seed-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const seed = () => run('npm', ['run', '--silent', 'seed'], { cwd: workspace, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });

  it('loads the first data set into a new data folder, then finds nothing to add', async () => {
    const first = await seed();
    expect(first.stdout).toContain(join(dataDir, 'pglite'));
    expect(first.stdout).toMatch(/districts\s+12 inserted/);
    expect(first.stdout).toMatch(/Inserted \d+ records/);

    const second = await seed();
    expect(second.stdout).toContain('Migrations applied: 0');
    expect(second.stdout).toContain('nothing changed');
  }, 60_000);
});
