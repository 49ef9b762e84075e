import { auditMigrations } from '@egov/db';
import { createTestDatabase, type TestDatabase } from '@egov/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersMigrations } from '../migrations';
import { createUsersRepository } from '../users-repository';
import { runCreateUser, type CreateUserIo } from './create-user-command';

describe('user:create', () => {
  let db: TestDatabase;
  const lines: string[] = [];
  const io = (extra: Partial<CreateUserIo> = {}): CreateUserIo => ({
    env: {},
    out: (line) => void lines.push(line),
    err: (line) => void lines.push(line),
    // The command closes what it opens; the test keeps its database for the checks.
    openDatabase: async () => ({ ...db, close: async () => undefined }),
    ...extra,
  });
  const args = ['--email', 'First.Admin@langson.gov.vn', '--name', 'Quản trị viên', '--role', 'admin'];

  beforeAll(async () => {
    db = await createTestDatabase('pglite', [...auditMigrations, ...usersMigrations]);
  });
  afterAll(() => db.dispose());

  it('has no default password: without EGOV_PASSWORD or a terminal it refuses', async () => {
    expect(await runCreateUser(args, io())).toBe(2);
    expect(lines.at(-1)).toMatch(/EGOV_PASSWORD/);
    expect(await createUsersRepository(db).list()).toEqual([]);
  });

  it('creates the first admin with the password from EGOV_PASSWORD, never printing it', async () => {
    expect(await runCreateUser(args, io({ env: { EGOV_PASSWORD: 'Đồi núi Lạng Sơn 1' } }))).toBe(0);
    expect(lines.at(-1)).toMatch(/^Created first.admin@langson.gov.vn \(Quản trị viên\), roles admin/);
    expect(lines.join('\n')).not.toContain('Đồi núi');
    const verified = await createUsersRepository(db).verifyCredentials({ email: 'first.admin@langson.gov.vn', password: 'Đồi núi Lạng Sơn 1' });
    expect(verified?.roles).toEqual(['admin']);
  });

  it('asks twice on a terminal and refuses different answers or a weak password', async () => {
    const answers = (...given: string[]) => ({ promptSecret: async () => given.shift() ?? '' });
    const other = ['--email', 'ed@x.vn', '--name', 'Ed', '--role', 'editor'];
    expect(await runCreateUser(other, io(answers('Mùa hoa đào 2025', 'Mùa hoa đào 2026')))).toBe(1);
    expect(await runCreateUser(other, io(answers('weak', 'weak')))).toBe(1);
    expect(lines.at(-1)).toMatch(/^Not created: password: /);
    expect(await runCreateUser(other, io(answers('Mùa hoa đào 2025', 'Mùa hoa đào 2025')))).toBe(0);
  });

  it('refuses wrong usage: missing options, unknown options and roles', async () => {
    expect(await runCreateUser(['--email', 'x@y.vn'], io())).toBe(2);
    expect(await runCreateUser([...args, '--admin'], io())).toBe(2);
    expect(await runCreateUser(['--email', 'r@x.vn', '--name', 'R', '--role', 'root'], io({ env: { EGOV_PASSWORD: 'Mùa hoa đào 2025' } }))).toBe(1);
    expect(await runCreateUser(['--help'], io())).toBe(0);
  });
});
