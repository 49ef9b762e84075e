import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import type { UserCreateInput } from '@egov/users-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersMigrations } from './migrations';
import { createUsersRepository, type UsersRepository } from './users-repository';

const who = { actor: 'tester' };
const PASSWORD = 'Đồi núi Lạng Sơn 1';
const input = (email: string, roles: UserCreateInput['roles'] = ['editor']): UserCreateInput => ({ email, displayName: 'Nguyễn Văn A', password: PASSWORD, roles });

describe.each(testBackends)('users repository on %s', (backend) => {
  let db: TestDatabase;
  let users: UsersRepository;

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...usersMigrations]);
    users = createUsersRepository(db);
    await users.create(input('admin@langson.gov.vn', ['admin']), who);
  });
  afterAll(() => db.dispose());

  it('stores an argon2id hash, never the password, and keeps the hash out of the audit log', async () => {
    const user = await users.create(input(' Lan@LangSon.gov.vn', ['inspector', 'editor']), who);
    expect(user).toMatchObject({ email: 'lan@langson.gov.vn', roles: ['editor', 'inspector'], disabled: false, version: 1 });
    const [row] = await db.query<{ password_hash: string }>('select password_hash from users where id = $1', [user.id]);
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row?.password_hash).not.toContain(PASSWORD);
    const audit = await readAudit(db, 'user', user.id);
    expect(audit.map((entry) => entry.action)).toEqual(['user.create']);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|Đồi núi/);
    expect(JSON.stringify(user)).not.toMatch(/argon2|hash/);
  });

  it('opens an account with the right password only, and says nothing about unknown e-mails', async () => {
    expect((await users.verifyCredentials({ email: 'LAN@langson.gov.vn ', password: PASSWORD }))?.email).toBe('lan@langson.gov.vn');
    expect(await users.verifyCredentials({ email: 'lan@langson.gov.vn', password: `${PASSWORD}x` })).toBeNull();
    expect(await users.verifyCredentials({ email: 'nobody@langson.gov.vn', password: PASSWORD })).toBeNull();
    expect(await users.verifyCredentials({ email: "' or 1=1 --", password: "' or 1=1 --" })).toBeNull();
  });

  it('spends about as long on an unknown e-mail as on a wrong password', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await users.verifyCredentials({ email, password: 'wrong password 1' });
      return performance.now() - started;
    };
    await time('nobody@x.vn');
    // Medians of interleaved tries: one try alone is at the mercy of whatever else the machine runs.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      known.push(await time('lan@langson.gov.vn'));
      unknown.push(await time('nobody@x.vn'));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
  });

  it('refuses a taken e-mail (any case) and a weak password, writing nothing', async () => {
    const audits = await db.query('select count(*)::int as n from audit_log');
    await expect(users.create(input('LAN@langson.gov.vn'), who)).rejects.toMatchObject({ code: 'DUPLICATE', issues: [{ field: ['email'] }] });
    await expect(users.create({ ...input('weak@x.vn'), password: 'password' }, who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['password'] }, { field: ['password'] }] });
    expect(await db.query('select count(*)::int as n from audit_log')).toEqual(audits);
  });

  it('refuses a disabled account even with the right password, and enables it again', async () => {
    const user = await users.create(input('disabled@x.vn'), who);
    const disabled = await users.setDisabled(user.id, user.version, true, { actor: 'admin' });
    expect(disabled).toMatchObject({ disabled: true, version: 2 });
    expect(await users.verifyCredentials({ email: 'disabled@x.vn', password: PASSWORD })).toBeNull();
    await users.setDisabled(user.id, disabled.version, false, who);
    expect(await users.verifyCredentials({ email: 'disabled@x.vn', password: PASSWORD })).not.toBeNull();
    expect((await readAudit(db, 'user', user.id)).map((entry) => [entry.action, entry.actor])).toEqual([
      ['user.create', 'tester'],
      ['user.disable', 'admin'],
      ['user.enable', 'tester'],
    ]);
  });

  it('sets roles with the version read; a stale version is a CONFLICT and changes nothing', async () => {
    const user = (await users.getByEmail('lan@langson.gov.vn'))!;
    const updated = await users.setRoles(user.id, user.version, ['statistician'], who);
    expect(updated).toMatchObject({ roles: ['statistician'], version: user.version + 1 });
    await expect(users.setRoles(user.id, user.version, ['admin'], who)).rejects.toMatchObject({ code: 'CONFLICT', issues: [{ field: ['version'] }] });
    expect((await users.get(user.id))?.roles).toEqual(['statistician']);
    await expect(users.setRoles(user.id, updated.version, ['root' as never], who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['roles', '0'] }] });
    await expect(users.setRoles(user.id, updated.version, [], who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['roles'] }] });
    await expect(users.setRoles('00000000-0000-4000-8000-000000000000', 1, ['editor'], who)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(users.setRoles('not-a-uuid', 1, ['editor'], who)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps one enabled admin and refuses disabling oneself', async () => {
    const admin = (await users.getByEmail('admin@langson.gov.vn'))!;
    await expect(users.setRoles(admin.id, admin.version, ['editor'], who)).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ field: ['roles'] }] });
    await expect(users.setDisabled(admin.id, admin.version, true, who)).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(users.setDisabled(admin.id, admin.version, true, { actor: admin.id })).rejects.toMatchObject({ message: 'You cannot disable your own account.' });
    const second = await users.create(input('admin2@x.vn', ['admin']), who);
    expect((await users.setRoles(admin.id, admin.version, ['admin', 'editor'], who)).roles).toEqual(['admin', 'editor']);
    expect((await users.setDisabled(second.id, second.version, true, who)).disabled).toBe(true);
  });

  it('changes a password after checking the current one; the old one stops working', async () => {
    const user = await users.create(input('change@x.vn'), who);
    await expect(users.changePassword(user.id, user.version, { currentPassword: 'wrong', newPassword: 'Mùa hoa đào 2025' }, who)).rejects.toMatchObject({
      issues: [{ field: ['currentPassword'] }],
    });
    const changed = await users.changePassword(user.id, user.version, { currentPassword: PASSWORD, newPassword: 'Mùa hoa đào 2025' }, who);
    expect(changed.version).toBe(2);
    expect(await users.verifyCredentials({ email: 'change@x.vn', password: PASSWORD })).toBeNull();
    expect(await users.verifyCredentials({ email: 'change@x.vn', password: 'Mùa hoa đào 2025' })).not.toBeNull();
    const audit = await readAudit(db, 'user', user.id);
    expect(audit.map((entry) => entry.action)).toEqual(['user.create', 'user.password-change']);
    expect(JSON.stringify(audit)).not.toMatch(/argon2/);
  });

  it('lists users by e-mail and loads many by id in order', async () => {
    const list = await users.list();
    expect(list.map((user) => user.email)).toEqual([...list.map((user) => user.email)].sort());
    const [first] = list;
    expect((await users.getMany(['bad', first!.id, '00000000-0000-4000-8000-000000000000'])).map((user) => user?.id ?? null)).toEqual([null, first!.id, null]);
  });
});
