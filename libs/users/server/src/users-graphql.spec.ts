import { auditMigrations, readAudit } from '@egov/db';
import { createTestDatabase, type TestDatabase } from '@egov/db/testing';
import { composeSchema, createRequestContext, roles, toGlobalId, type Role, type Viewer } from '@egov/graphql';
import { userRoles } from '@egov/users-model';
import { graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from './login-rate-limiter';
import { usersMigrations } from './migrations';
import { ROLES_MATCH } from './roles-match';
import type { SessionControl } from './session-context';
import { createSessionTokens } from './session-tokens';
import { createSessionService, SIGN_IN_REFUSED } from './sessions';
import { usersGraphQLModule } from './users-graphql';
import { createUsersRepository, type UsersRepository } from './users-repository';

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
    const session: SessionControl = { address: '10.1.1.1', current: null, setCookie: (token) => void cookies.push(token), clearCookie: () => undefined };
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
    const session: SessionControl = { address: 'local', current: claims, setCookie: () => undefined, clearCookie: () => void (cleared += 1) };
    expect((await run('mutation { sessionDelete { signedOut userErrors { code } } }', null, session)).sessionDelete).toEqual({ signedOut: true, userErrors: [] });
    expect(cleared).toBe(1);
    expect(await sessions.viewerFromToken(token)).toBeNull();
    expect((await readAudit(db, 'user', adminId)).map((entry) => entry.action)).toEqual(expect.arrayContaining(['session.create', 'session.delete']));
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
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const changed = await users.changePassword(made.id, 1, { currentPassword: PASSWORD, newPassword: 'Mùa hoa đào 2025' }, { actor: made.id });
    expect(await sessions.viewerFromToken(first.token)).toBeNull();
    const second = await sessions.signIn({ email: 'leaver@x.vn', password: 'Mùa hoa đào 2025' }, 'local');
    expect((await sessions.viewerFromToken(second.token))?.viewer.userId).toBe(made.id);
    await users.setDisabled(made.id, changed.version, true, { actor: adminId });
    expect(await sessions.viewerFromToken(second.token)).toBeNull();
  });
});
