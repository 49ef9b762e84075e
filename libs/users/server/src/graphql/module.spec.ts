import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, type TestDatabase } from '@egov/db/testing';
import { composeSchema, createRequestContext, roles, toGlobalId, type Role, type Viewer } from '@egov/graphql';
import { userRoles } from '@egov/users-model';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from '../login-rate-limiter';
import { usersMigrations } from '../migrations';
import { ROLES_MATCH } from '../roles-match';
import type { SessionControl } from '../session-context';
import { createSessionTokens } from '../session-tokens';
import { createSessionService, SIGN_IN_REFUSED } from '../sessions';
import { usersGraphQLModule } from './module';
import { createUsersRepository, type UsersRepository } from '../users-repository';

const PASSWORD = 'Đồi núi Lạng Sơn 1';
let db: TestDatabase;
let users: UsersRepository;
let schema: ReturnType<typeof composeSchema>;
let adminId: string;
let sessions: ReturnType<typeof createSessionService>;

type Data = Record<string, { user?: { id: string; version: number; roles: string[] } | null; userErrors: Array<{ code: string; message: string; field: string[] }> } & Record<string, unknown>>;

const run = async (source: string, viewer: Viewer | null = null, session?: SessionControl) => {
  const result = await graphql({ schema, source, contextValue: { ...createRequestContext(viewer, 'r1'), ...(session ? { session } : {}) } });
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.data as Data;
};

beforeAll(async () => {
  db = await createTestDatabase('pglite', [...auditMigrations, ...usersMigrations]);
  users = createUsersRepository(db);
  adminId = (await users.create({ email: 'admin@x.vn', displayName: 'Admin', password: PASSWORD, roles: ['admin'] }, { actor: 'cli' })).id;
  sessions = createSessionService({ users, tokens: createSessionTokens({ secret: new Uint8Array(32).fill(7) }), limiter: createLoginRateLimiter() });
  schema = composeSchema([usersGraphQLModule({ users, sessions })]);
});
afterAll(() => db.dispose());

describe('roles', () => {
  it('are the same list in the model and in the GraphQL platform', () => {
    expect(ROLES_MATCH).toBe(true);
    expect([...userRoles]).toEqual([...roles]);
  });
});

describe('sessionCreate and viewer', () => {
  const signIn = (email: string, password: string, session?: SessionControl) =>
    run(`mutation { sessionCreate(input: { email: "${email}", password: "${password}" }) { user { email roles } token expiresAt userErrors { field message code } } }`, null, session);

  it('signs in, sets the cookie through the context, and the token names the viewer', async () => {
    const cookies: string[] = [];
    const session: SessionControl = { address: '10.1.1.1', userAgent: 'Chromium', current: null, setCookie: (token) => void cookies.push(token), clearCookie: () => undefined };
    const { sessionCreate } = await signIn('ADMIN@x.vn', PASSWORD, session);
    expect(sessionCreate).toMatchObject({ user: { email: 'admin@x.vn', roles: ['ADMIN'] }, userErrors: [] });
    expect(cookies).toEqual([sessionCreate!['token']]);
    const found = await sessions.viewerFromToken(String(sessionCreate!['token']));
    expect(found?.viewer).toEqual({ userId: adminId, roles: ['admin'] });
    expect((await run('{ viewer { email displayName } }', found!.viewer)).viewer).toEqual({ email: 'admin@x.vn', displayName: 'Admin' });
    expect((await run('{ viewer { email } }')).viewer).toBeNull();
  });

  it('gives the same answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await signIn('admin@x.vn', 'not the password');
    const unknown = await signIn('nobody@x.vn', PASSWORD);
    expect(wrong.sessionCreate).toEqual({ user: null, token: null, expiresAt: null, userErrors: [{ field: [], message: SIGN_IN_REFUSED, code: 'FORBIDDEN' }] });
    expect(unknown.sessionCreate).toEqual(wrong.sessionCreate);
    expect((await signIn('', '')).sessionCreate!.userErrors.map((e) => e.field)).toEqual([['input', 'email'], ['input', 'password']]);
  });

  it('signs out: the token no longer names a viewer and the cookie is cleared', async () => {
    const { token, claims } = await sessions.signIn({ email: 'admin@x.vn', password: PASSWORD }, 'local');
    let cleared = 0;
    const session: SessionControl = { address: 'local', userAgent: null, current: claims, setCookie: () => undefined, clearCookie: () => void (cleared += 1) };
    expect((await run('mutation { sessionDelete { signedOut userErrors { code } } }', null, session)).sessionDelete).toEqual({ signedOut: true, userErrors: [] });
    expect(cleared).toBe(1);
    expect(await sessions.viewerFromToken(token)).toBeNull();
    expect((await readAudit(db, 'user', adminId)).map((entry) => entry.action)).toEqual(expect.arrayContaining(['session.create', 'session.end']));
    expect((await run('mutation { sessionDelete { signedOut } }')).sessionDelete).toEqual({ signedOut: false });
  });
});

describe('user management', () => {
  const create = (email: string) =>
    `mutation { userCreate(input: { email: "${email}", displayName: "Trần Văn B", password: "${PASSWORD}", roles: [EDITOR] }) { user { id email roles version } userErrors { field message code } } }`;

  describe.each(roles)('as %s', (role) => {
    const viewer = () => ({ userId: role === 'admin' ? adminId : `00000000-0000-4000-8000-00000000000${roles.indexOf(role)}`, roles: [role] });
    const allowed = role === 'admin';

    it(`${allowed ? 'may' : 'may not'} create, set roles, disable and list users`, async () => {
      const made = await users.create({ email: `made-for-${role}@x.vn`, displayName: 'X', password: PASSWORD, roles: ['editor'] }, { actor: 'cli' });
      const id = toGlobalId('User', made.id);
      const results = [
        (await run(create(`new-by-${role}@x.vn`), viewer())).userCreate!,
        (await run(`mutation { userRolesSet(input: { id: "${id}", version: 1, roles: [INSPECTOR] }) { user { roles } userErrors { code } } }`, viewer())).userRolesSet!,
      ];
      const version = (await users.get(made.id))!.version;
      results.push((await run(`mutation { userDisable(input: { id: "${id}", version: ${version} }) { user { disabled } userErrors { code } } }`, viewer())).userDisable!);
      for (const result of results) {
        if (allowed) expect(result.userErrors).toEqual([]);
        else expect(result).toMatchObject({ user: null, userErrors: [{ code: 'FORBIDDEN' }] });
      }
      expect((await users.get(made.id))!).toMatchObject(allowed ? { roles: ['inspector'], disabled: true } : { roles: ['editor'], disabled: false });
      expect(await users.getByEmail(`new-by-${role}@x.vn`)).toEqual(allowed ? expect.objectContaining({ roles: ['editor'] }) : null);
      const listed = await graphql({ schema, source: '{ users(first: 100) { totalCount } }', contextValue: createRequestContext(viewer(), 'r') });
      if (allowed) expect(listed.errors).toBeUndefined();
      else expect(listed.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  it('refuses anonymous callers', async () => {
    expect((await run(create('anon@x.vn'))).userCreate).toMatchObject({ user: null, userErrors: [{ code: 'FORBIDDEN', message: 'Sign in to do this.' }] });
  });

  it('returns wrong input as userErrors on the input fields, changing nothing', async () => {
    const admin = { userId: adminId, roles: ['admin' as Role] };
    const audits = await db.query('select count(*)::int as n from audit_log');
    const bad = await run(`mutation { userCreate(input: { email: "<script>alert(1)</script>", displayName: "", password: "short", roles: [] }) { user { id } userErrors { field code } } }`, admin);
    expect(bad.userCreate!.userErrors.map((e) => e.field.join('.'))).toEqual(expect.arrayContaining(['input.email', 'input.displayName', 'input.password', 'input.roles']));
    expect((await run(create('admin@x.vn'), admin)).userCreate!.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'email'] })]);
    for (const id of ['nope', toGlobalId('Unit', 'so-tttt'), toGlobalId('User', "' or 1=1 --")]) {
      const result = await run(`mutation { userDisable(input: { id: "${id}", version: 1 }) { userErrors { field code } } }`, admin);
      expect(result.userDisable!.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_FOUND' }]);
    }
    expect(await db.query('select count(*)::int as n from audit_log')).toEqual(audits);
  });

  it('a stale version is a CONFLICT', async () => {
    const admin = { userId: adminId, roles: ['admin' as Role] };
    const made = await users.create({ email: 'stale@x.vn', displayName: 'S', password: PASSWORD, roles: ['editor'] }, { actor: 'cli' });
    await users.setRoles(made.id, 1, ['inspector'], { actor: 'cli' });
    const result = await run(`mutation { userRolesSet(input: { id: "${toGlobalId('User', made.id)}", version: 1, roles: [ADMIN] }) { user { id } userErrors { field code } } }`, admin);
    expect(result.userRolesSet).toEqual({ user: null, userErrors: [{ field: ['input', 'version'], code: 'CONFLICT' }] });
  });

  it('shows a user through node(id) only to itself and to admins', async () => {
    const made = await users.create({ email: 'seen@x.vn', displayName: 'S', password: PASSWORD, roles: ['editor'] }, { actor: 'cli' });
    const query = `{ node(id: "${toGlobalId('User', made.id)}") { ... on User { email } } }`;
    expect((await run(query)).node).toBeNull();
    expect((await run(query, { userId: adminId, roles: ['editor'] })).node).toBeNull();
    expect((await run(query, { userId: made.id, roles: ['editor'] })).node).toEqual({ email: 'seen@x.vn' });
    expect((await run(query, { userId: adminId, roles: ['admin'] })).node).toEqual({ email: 'seen@x.vn' });
  });
});

describe('sessions of changed users', () => {
  it('end when the user is disabled or changes password', async () => {
    const made = await users.create({ email: 'leaver@x.vn', displayName: 'L', password: PASSWORD, roles: ['editor'] }, { actor: 'cli' });
    const first = await sessions.signIn({ email: 'leaver@x.vn', password: PASSWORD }, 'local');
    expect(await sessions.viewerFromToken(first.token)).not.toBeNull();
    const changed = await users.changePassword(made.id, 1, { currentPassword: PASSWORD, newPassword: 'Mùa hoa đào 2025' }, { actor: made.id });
    expect(await sessions.viewerFromToken(first.token)).toBeNull();
    const second = await sessions.signIn({ email: 'leaver@x.vn', password: 'Mùa hoa đào 2025' }, 'local');
    expect((await sessions.viewerFromToken(second.token))?.viewer.userId).toBe(made.id);
    await users.setDisabled(made.id, changed.version, true, { actor: adminId });
    expect(await sessions.viewerFromToken(second.token)).toBeNull();
  });
});

describe('own sessions and password, and admin resets', () => {
  /** A session of the user as the gateway's context would carry it after a sign-in. */
  const signedIn = async (email: string, password = PASSWORD, userAgent = 'Chromium') => {
    const { token, claims, user } = await sessions.signIn({ email, password }, 'local', userAgent);
    let cleared = 0;
    const session: SessionControl = { address: 'local', userAgent, current: claims, setCookie: () => undefined, clearCookie: () => void (cleared += 1) };
    return { token, session, viewer: { userId: user.id, roles: user.roles }, cleared: () => cleared };
  };

  it('lists the viewer sessions with the current one marked, and ends one or all others', async () => {
    await users.create({ email: 'many@x.vn', displayName: 'M', password: PASSWORD, roles: ['inspector'] }, { actor: 'cli' });
    const laptop = await signedIn('many@x.vn', PASSWORD, 'Firefox laptop');
    const phone = await signedIn('many@x.vn', PASSWORD, 'Phone');
    const desk = await signedIn('many@x.vn', PASSWORD, 'Desk');
    const list = async () =>
      (await run('{ viewerSessions { id current userAgent createdAt lastSeenAt } }', desk.viewer, desk.session)).viewerSessions as unknown as Array<{ id: string; current: boolean; userAgent: string }>;
    const listed = await list();
    expect(listed.map((s) => [s.userAgent, s.current])).toEqual([['Desk', true], ['Phone', false], ['Firefox laptop', false]]);

    const phoneId = listed[1]!.id;
    // Another user cannot end it, nor see it through node(id).
    const other = await run(`mutation { sessionEnd(input: { id: "${phoneId}" }) { endedSessionId userErrors { field code } } }`, { userId: adminId, roles: ['admin'] });
    expect(other.sessionEnd).toEqual({ endedSessionId: null, userErrors: [{ field: ['input', 'id'], code: 'NOT_FOUND' }] });
    expect((await run(`{ node(id: "${phoneId}") { id } }`, { userId: adminId, roles: ['admin'] })).node).toBeNull();
    expect((await run(`{ node(id: "${phoneId}") { ... on Session { userAgent } } }`, desk.viewer, desk.session)).node).toEqual({ userAgent: 'Phone' });

    const ended = await run(`mutation { sessionEnd(input: { id: "${phoneId}" }) { endedSessionId userErrors { code } } }`, desk.viewer, desk.session);
    expect(ended.sessionEnd).toEqual({ endedSessionId: phoneId, userErrors: [] });
    expect(await sessions.viewerFromToken(phone.token)).toBeNull();
    expect(desk.cleared()).toBe(0);

    const others = await run('mutation { sessionEndOthers { endedCount userErrors { code } } }', desk.viewer, desk.session);
    expect(others.sessionEndOthers).toEqual({ endedCount: 1, userErrors: [] });
    expect(await sessions.viewerFromToken(laptop.token)).toBeNull();
    expect(await sessions.viewerFromToken(desk.token)).not.toBeNull();
    expect((await list()).map((s) => s.userAgent)).toEqual(['Desk']);
    await expect(run('{ viewerSessions { id } }')).rejects.toThrow(/Sign in/);
  });

  it('changes the viewer password with the current one, ending every session and clearing the cookie', async () => {
    await users.create({ email: 'changer@x.vn', displayName: 'C', password: PASSWORD, roles: ['editor'] }, { actor: 'cli' });
    const a = await signedIn('changer@x.vn');
    const b = await signedIn('changer@x.vn');
    const change = (current: string, next: string) =>
      run(`mutation { viewerPasswordChange(input: { currentPassword: "${current}", newPassword: "${next}" }) { user { email } userErrors { field code } } }`, a.viewer, a.session);
    expect((await change('wrong one', 'Mùa hoa đào 2025')).viewerPasswordChange).toEqual({ user: null, userErrors: [{ field: ['input', 'currentPassword'], code: 'VALIDATION' }] });
    expect(await sessions.viewerFromToken(a.token)).not.toBeNull();
    expect((await change(PASSWORD, 'Mùa hoa đào 2025')).viewerPasswordChange).toEqual({ user: { email: 'changer@x.vn' }, userErrors: [] });
    expect(await sessions.viewerFromToken(a.token)).toBeNull();
    expect(await sessions.viewerFromToken(b.token)).toBeNull();
    expect(a.cleared()).toBe(1);
    const anonymous = await run('mutation { viewerPasswordChange(input: { currentPassword: "x", newPassword: "Mùa hoa đào 2026" }) { userErrors { code } } }');
    expect(anonymous.viewerPasswordChange!.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
  });

  it('lets an admin reset a password (code shown once), disable and enable, each in the account audit log', async () => {
    const made = await users.create({ email: 'forgot@x.vn', displayName: 'F', password: PASSWORD, roles: ['statistician'] }, { actor: 'cli' });
    const open = await signedIn('forgot@x.vn');
    const admin = { userId: adminId, roles: ['admin' as Role] };
    const id = toGlobalId('User', made.id);
    const reset = await run(`mutation { userPasswordReset(input: { id: "${id}", version: 1 }) { user { version } code codeExpiresAt userErrors { code } } }`, admin);
    const code = String(reset.userPasswordReset!['code']);
    expect(code).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
    expect(await sessions.viewerFromToken(open.token)).toBeNull();

    const complete = (input: string) => run(`mutation { passwordResetComplete(input: { ${input} }) { user { email } userErrors { field code } } }`);
    expect((await complete(`email: "forgot@x.vn", code: "WRONG-CODE", newPassword: "Mùa hoa đào 2025"`)).passwordResetComplete!.userErrors).toEqual([{ field: ['input', 'code'], code: 'VALIDATION' }]);
    expect((await complete(`email: "forgot@x.vn", code: "${code}", newPassword: "Mùa hoa đào 2025"`)).passwordResetComplete).toEqual({ user: { email: 'forgot@x.vn' }, userErrors: [] });
    const again = await signedIn('forgot@x.vn', 'Mùa hoa đào 2025');

    const version = (await users.get(made.id))!.version;
    expect((await run(`mutation { userDisable(input: { id: "${id}", version: ${version} }) { user { disabled } userErrors { code } } }`, admin)).userDisable).toEqual({ user: { disabled: true }, userErrors: [] });
    expect(await sessions.viewerFromToken(again.token)).toBeNull();
    expect((await run(`mutation { userEnable(input: { id: "${id}", version: ${version + 1} }) { user { disabled } userErrors { code } } }`, admin)).userEnable).toEqual({ user: { disabled: false }, userErrors: [] });
    // Enabling does not bring an ended session back.
    expect(await sessions.viewerFromToken(again.token)).toBeNull();

    const log = await run(`{ node(id: "${id}") { ... on User { auditLog(first: 100) { action actorName actor { email } } } } }`, admin);
    const entries = (log.node as unknown as { auditLog: Array<{ action: string; actorName: string; actor: { email: string } | null }> }).auditLog;
    expect(entries.map((e) => e.action)).toEqual([
      'user.enable',
      'user.disable',
      'session.create',
      'user.password-reset-complete',
      'user.password-reset',
      'session.create',
      'user.create',
    ]);
    expect(entries[0]).toEqual({ action: 'user.enable', actorName: adminId, actor: { email: 'admin@x.vn' } });
    expect(entries.at(-1)).toEqual({ action: 'user.create', actorName: 'cli', actor: null });
    expect(JSON.stringify(entries)).not.toContain(code.replace(/-/g, ''));
    const stranger = await graphql({ schema, source: `{ node(id: "${id}") { id } }`, contextValue: createRequestContext({ userId: adminId, roles: ['editor'] }, 'r') });
    expect(stranger.data?.['node']).toBeNull();
  });
});
