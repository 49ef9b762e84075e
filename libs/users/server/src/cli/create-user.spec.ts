import { auditMigrations, migrate, openDatabase, type Database } from '@egov/db';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { usersMigrations } from '../migrations';
import { createUsersRepository } from '../users-repository';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
const tsxCli = join(dirname(tsxPackage), (JSON.parse(readFileSync(tsxPackage, 'utf8')) as { bin: string }).bin);

/** `npm run user:create -- …` in a process of its own, on the embedded database in `dataDir`. */
async function userCreate(dataDir: string, email: string) {
  const { DATABASE_URL: _databaseUrl, ...inherited } = process.env;
  const args = [tsxCli, '--tsconfig', 'tsconfig.base.json', 'libs/users/server/src/cli/create-user.ts', '--email', email, '--name', 'Quản trị viên', '--role', 'admin'];
  const env = { ...inherited, DATA_DIR: dataDir, EGOV_PASSWORD: 'Đồi núi Lạng Sơn 1' };
  return promisify(execFile)(process.execPath, args, { cwd: root, env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('npm run user:create while the portal runs on the same data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'egov-user-create-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const countUsers = async (db: Database) => (await createUsersRepository(db).list()).length;

  it('refuses with a message saying how to proceed and writes nothing; once the portal stops, it creates the account', async () => {
    // This test's process plays the running portal.
    const portal = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    await migrate(portal, [...auditMigrations, ...usersMigrations]);

    const refused = await userCreate(dataDir, 'lan@langson.gov.vn');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Not created: The data folder ${join(dataDir, 'pglite')} is in use`);
    expect(refused.stderr).toMatch(/Stop the portal first .* GraphQL API/);
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect(await countUsers(portal)).toBe(0);
    await portal.close();

    const created = await userCreate(dataDir, 'lan@langson.gov.vn');
    expect(created.stdout).toMatch(/^Created lan@langson.gov.vn/);
    const reopened = await openDatabase({ dataDir: join(dataDir, 'pglite') });
    try {
      expect(await countUsers(reopened)).toBe(1);
    } finally {
      await reopened.close();
    }
    // Two processes start tsx and PGlite: slow on a loaded machine.
  }, 180_000);
});
