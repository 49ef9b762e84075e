import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersMigrations } from './migrations';
import { createUsersRepository, type UsersRepository } from './users-repository';

const PASSWORD = 'Đồi núi Lạng Sơn 1';
const NEW_PASSWORD = 'Mùa hoa đào 2025';
const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000);

describe.each(testBackends)('sessions in the database on %s', (backend) => {
  let db: TestDatabase;
  let users: UsersRepository;
  let adminId: string;

  /** Starts a session for the user as a sign-in does, and returns its id. */
  const start = async (userId: string, userAgent: string | null = 'Mozilla/5.0 (X11; Linux) Chromium') => {
    const id = randomUUID();
    await users.sessions.start({ id, userId, expiresAt: inAnHour(), userAgent, address: '10.0.0.1' });
    return id;
  };
  const newUser = async (email: string) => users.create({ email, displayName: 'Cán bộ', password: PASSWORD, roles: ['editor'] }, { actor: 'test' });

  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...usersMigrations]);
    users = createUsersRepository(db);
    adminId = (await users.create({ email: 'admin@x.vn', displayName: 'Admin', password: PASSWORD, roles: ['admin'] }, { actor: 'test' })).id;
  });
  afterAll(() => db.dispose());

  it('knows the owner of an open session only, and lists the open ones newest first', async () => {
    const user = await newUser('lan@x.vn');
    const first = await start(user.id, 'Firefox');
    const second = await start(user.id, 'x'.repeat(1000));
    expect(await users.sessions.owner(first, user.id)).toEqual({ userId: user.id, roles: ['editor'] });
    // A session id is only good with its own user, whatever the token claims.
    expect(await users.sessions.owner(first, adminId)).toBeNull();
    expect(await users.sessions.owner(randomUUID(), user.id)).toBeNull();
    expect(await users.sessions.owner("' or 1=1 --", user.id)).toBeNull();
    const listed = await users.sessions.listOpen(user.id);
    expect(listed.map((session) => session.id)).toEqual([second, first]);
    expect(listed[0]?.userAgent).toHaveLength(300);
    expect(listed[1]).toMatchObject({ userAgent: 'Firefox', userId: user.id });
  });

  it('ends one session, or every other one, for its owner only, with an audit row', async () => {
    const user = await newUser('minh@x.vn');
    const [a, b, c] = [await start(user.id), await start(user.id), await start(user.id)];
    expect(await users.sessions.end(adminId, a, adminId)).toBe(false);
    expect(await users.sessions.owner(a, user.id)).not.toBeNull();
    expect(await users.sessions.end(user.id, a, user.id)).toBe(true);
    expect(await users.sessions.end(user.id, a, user.id)).toBe(false);
    expect(await users.sessions.owner(a, user.id)).toBeNull();
    expect(await users.sessions.endOthers(user.id, c, user.id)).toBe(1);
    expect(await users.sessions.owner(b, user.id)).toBeNull();
    expect((await users.sessions.listOpen(user.id)).map((session) => session.id)).toEqual([c]);
    const actions = (await readAudit(db, 'user', user.id)).map((entry) => entry.action);
    expect(actions).toEqual(['user.create', 'session.create', 'session.create', 'session.create', 'session.end', 'session.end-others']);
  });

  it('refuses an expired session', async () => {
    const user = await newUser('expired@x.vn');
    const id = randomUUID();
    await users.sessions.start({ id, userId: user.id, expiresAt: new Date(Date.now() - 1000), userAgent: null, address: 'local' });
    expect(await users.sessions.owner(id, user.id)).toBeNull();
    expect(await users.sessions.listOpen(user.id)).toEqual([]);
  });

  it('ends every session of an account when its password changes, it is reset or disabled', async () => {
    const user = await newUser('leaver@x.vn');
    const before = [await start(user.id), await start(user.id)];
    const changed = await users.changePassword(user.id, user.version, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, { actor: user.id });
    for (const id of before) expect(await users.sessions.owner(id, user.id)).toBeNull();

    const afterChange = await start(user.id);
    const reset = await users.resetPassword(user.id, changed.version, { actor: adminId });
    expect(await users.sessions.owner(afterChange, user.id)).toBeNull();

    const afterReset = await start(user.id);
    const other = await newUser('stays@x.vn');
    const untouched = await start(other.id);
    await users.setDisabled(user.id, reset.user.version, true, { actor: adminId });
    expect(await users.sessions.owner(afterReset, user.id)).toBeNull();
    expect(await users.sessions.listOpen(user.id)).toEqual([]);
    // Another account's session is not touched.
    expect(await users.sessions.owner(untouched, other.id)).not.toBeNull();
  });

  it('refuses a session of a disabled account even if its row is still open', async () => {
    const user = await newUser('paused@x.vn');
    const id = await start(user.id);
    await db.query('update users set disabled = true where id = $1', [user.id]);
    expect(await users.sessions.owner(id, user.id)).toBeNull();
  });
});
