import { ApolloServer } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import { auditMigrations } from '@egov/db';
import { createTestDatabase, type TestDatabase } from '@egov/db/testing';
import { composeSchema, type RequestContext } from '@egov/graphql';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usersMigrations } from './migrations';
import { registerSessionHttp, SESSION_COOKIE } from './session-http';
import { createSessionTokens } from './session-tokens';
import { createSessionService } from './sessions';
import { usersGraphQLModule } from './graphql/module';
import { createUsersRepository } from './users-repository';

const PASSWORD = 'Đồi núi Lạng Sơn 1';

/** The gateway's wiring in small: Fastify, the session cookie, Apollo with the users module. */
async function startApp(db: TestDatabase, production: boolean): Promise<FastifyInstance> {
  const users = createUsersRepository(db);
  const sessions = createSessionService({ users, tokens: createSessionTokens({ secret: new Uint8Array(32).fill(3) }) });
  const app = Fastify();
  const sessionHttp = await registerSessionHttp(app, { sessions, production });
  const apollo = new ApolloServer<RequestContext>({ schema: composeSchema([usersGraphQLModule({ users, sessions })]), csrfPrevention: true });
  await apollo.start();
  await app.register(fastifyApollo(apollo), { context: (request, reply) => sessionHttp.requestContext(request, reply) });
  return app;
}

describe.each([false, true])('sessions over HTTP (production: %s)', (production) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  const post = (query: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload: { query } });
  const signIn = (password: string) => post(`mutation { sessionCreate(input: { email: "lan@x.vn", password: "${password}" }) { user { email } token userErrors { message } } }`);

  beforeAll(async () => {
    db = await createTestDatabase('pglite', [...auditMigrations, ...usersMigrations]);
    await createUsersRepository(db).create({ email: 'lan@x.vn', displayName: 'Lan', password: PASSWORD, roles: ['editor'] }, { actor: 'cli' });
    app = await startApp(db, production);
  });
  afterAll(async () => {
    await app.close();
    await db.dispose();
  });

  it('sets an httpOnly, SameSite=Strict session cookie on sign-in, Secure in production only', async () => {
    const response = await signIn(PASSWORD);
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=[\\w.-]+; `));
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).toMatch(/; Path=\//);
    expect(header).toMatch(/; Expires=/);
    expect(/; Secure/.test(header)).toBe(production);
    expect(String((await signIn('wrong password')).headers['set-cookie'] ?? '')).toBe('');
  });

  it('starts a new session id at every sign-in, whatever session cookie the browser brings', async () => {
    const tokenOf = (response: { json(): unknown }) => (response.json() as { data: { sessionCreate: { token: string } } }).data.sessionCreate.token;
    const first = tokenOf(await signIn(PASSWORD));
    const second = tokenOf(
      await post(`mutation { sessionCreate(input: { email: "lan@x.vn", password: "${PASSWORD}" }) { token } }`, { cookie: `${SESSION_COOKIE}=${first}`, 'user-agent': 'Test browser' }),
    );
    const sessionId = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti;
    expect(sessionId(second)).not.toBe(sessionId(first));
    const rows = await db.query<{ id: string; user_agent: string | null }>('select id, user_agent from sessions where id = any($1::uuid[])', [[sessionId(first), sessionId(second)]]);
    expect(rows.find((row) => row.id === sessionId(second))?.user_agent).toBe('Test browser');
    expect(rows).toHaveLength(2);
  });

  it('knows the viewer from the cookie and from a bearer header, and signs out', async () => {
    const signedIn = await signIn(PASSWORD);
    const token = (signedIn.json() as { data: { sessionCreate: { token: string } } }).data.sessionCreate.token;
    const viewer = (headers: Record<string, string>) => post('{ viewer { email } }', headers).then((r) => (r.json() as { data: { viewer: unknown } }).data.viewer);
    expect(await viewer({ cookie: `${SESSION_COOKIE}=${token}` })).toEqual({ email: 'lan@x.vn' });
    expect(await viewer({ authorization: `Bearer ${token}` })).toEqual({ email: 'lan@x.vn' });
    expect(await viewer({})).toBeNull();
    // The header, when present, alone decides: a bad bearer is anonymous even with a good cookie.
    expect(await viewer({ authorization: 'Bearer nope', cookie: `${SESSION_COOKIE}=${token}` })).toBeNull();
    expect(await viewer({ authorization: `Basic ${token}` })).toBeNull();

    const out = await post('mutation { sessionDelete { signedOut } }', { cookie: `${SESSION_COOKIE}=${token}` });
    expect(out.json()).toEqual({ data: { sessionDelete: { signedOut: true } } });
    expect(String(out.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Expires=Thu, 01 Jan 1970`));
    expect(await viewer({ authorization: `Bearer ${token}` })).toBeNull();
    const stale = await post('{ viewer { email } }', { cookie: `${SESSION_COOKIE}=${token}` });
    expect(String(stale.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
  });
});
