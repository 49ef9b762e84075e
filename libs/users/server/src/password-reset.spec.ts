import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersMigrations } from './migrations';
import { RESET_CODE_MAX_ATTEMPTS } from './password-reset-codes';
import { createUsersRepository, RESET_CODE_REFUSED, type UsersRepository } from './users-repository';

const PASSWORD = 'Đồi núi Lạng Sơn 1';
const NEW_PASSWORD = 'Mùa hoa đào 2025';
const refused = { code: 'VALIDATION', issues: [{ field: ['code'], message: RESET_CODE_REFUSED }] };

describe.each(testBackends)('password reset by an admin on %s', (backend) => {
  let db: TestDatabase;
  let users: UsersRepository;
  let adminId: string;
  const admin = () => ({ actor: adminId });
  const newUser = (email: string) => users.create({ email, displayName: 'Cán bộ', password: PASSWORD, roles: ['editor'] }, { actor: 'test' });

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...usersMigrations]);
    users = createUsersRepository(db);
    adminId = (await users.create({ email: 'admin@x.vn', displayName: 'Admin', password: PASSWORD, roles: ['admin'] }, { actor: 'test' })).id;
  });
  afterAll(() => db.dispose());

  it('gives a code shown once, stores only its hash, and the code sets a new password once', async () => {
    const user = await newUser('lan@x.vn');
    const { code, expiresAt } = await users.resetPassword(user.id, user.version, admin());
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const hours = (expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const stored = JSON.stringify(await db.query('select * from password_reset_codes'));
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(code.replace(/-/g, ''));
    expect(JSON.stringify(await readAudit(db, 'user', user.id))).not.toContain(code.replace(/-/g, ''));

    // Typed as a person might: lower case, spaces for dashes.
    const typed = code.toLowerCase().replace(/-/g, ' ');
    expect(await users.completePasswordReset({ email: 'LAN@x.vn', code: typed, newPassword: NEW_PASSWORD })).toMatchObject({ id: user.id });
    expect(await users.verifyCredentials({ email: 'lan@x.vn', password: NEW_PASSWORD })).not.toBeNull();
    await expect(users.completePasswordReset({ email: 'lan@x.vn', code, newPassword: 'Một mật khẩu khác 9' })).rejects.toMatchObject(refused);
    expect((await readAudit(db, 'user', user.id)).map((entry) => [entry.action, entry.actor])).toEqual([
      ['user.create', 'test'],
      ['user.password-reset', adminId],
      ['user.password-reset-complete', user.id],
    ]);
  });

  it(`stops a code after ${RESET_CODE_MAX_ATTEMPTS} wrong tries, counting tries that were refused`, async () => {
    const user = await newUser('minh@x.vn');
    const { code } = await users.resetPassword(user.id, user.version, admin());
    const wrong = code.startsWith('A') ? 'BBBB-BBBB-BBBB-BBBB' : 'AAAA-AAAA-AAAA-AAAA';
    for (let i = 0; i < RESET_CODE_MAX_ATTEMPTS; i += 1) {
      await expect(users.completePasswordReset({ email: 'minh@x.vn', code: wrong, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);
    }
    await expect(users.completePasswordReset({ email: 'minh@x.vn', code, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);
    expect(await users.verifyCredentials({ email: 'minh@x.vn', password: PASSWORD })).not.toBeNull();
  });

  it('refuses an expired code, a code replaced by a newer one, another account and a disabled account alike', async () => {
    const user = await newUser('phuong@x.vn');
    const first = await users.resetPassword(user.id, user.version, admin());
    const second = await users.resetPassword(user.id, first.user.version, admin());
    await expect(users.completePasswordReset({ email: 'phuong@x.vn', code: first.code, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);
    await expect(users.completePasswordReset({ email: 'admin@x.vn', code: second.code, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);
    await expect(users.completePasswordReset({ email: 'nobody@x.vn', code: second.code, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);
    await db.query(`update password_reset_codes set expires_at = now() - interval '1 second' where user_id = $1`, [user.id]);
    await expect(users.completePasswordReset({ email: 'phuong@x.vn', code: second.code, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);

    const third = await users.resetPassword(user.id, second.user.version, admin());
    await users.setDisabled(user.id, third.user.version, true, admin());
    await expect(users.completePasswordReset({ email: 'phuong@x.vn', code: third.code, newPassword: NEW_PASSWORD })).rejects.toMatchObject(refused);
  });

  it('refuses a weak new password before looking at the code, and an admin resetting their own', async () => {
    const user = await newUser('tuan@x.vn');
    const { code } = await users.resetPassword(user.id, user.version, admin());
    await expect(users.completePasswordReset({ email: 'tuan@x.vn', code, newPassword: 'aaaaaaaaaaaa' })).rejects.toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ field: ['newPassword'] })]) });
    // The weak attempt did not use the code up.
    await expect(users.completePasswordReset({ email: 'tuan@x.vn', code, newPassword: NEW_PASSWORD })).resolves.toMatchObject({ id: user.id });
    const self = (await users.get(adminId))!;
    await expect(users.resetPassword(adminId, self.version, admin())).rejects.toMatchObject({ issues: [{ field: ['id'] }] });
  });
});
