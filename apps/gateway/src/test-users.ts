import { roles, type Role } from '@egov/graphql';
import { createUsersRepository } from '@egov/users-server';
import type { RunningGateway } from './test-gateway';

/** Who calls in a test: one of the staff roles, or an anonymous citizen. */
export type Caller = Role | 'anonymous';

/** Every caller a role matrix covers: the five roles, then nobody signed in. */
export const callers: readonly Caller[] = [...roles, 'anonymous'];

/** The password of every test account: it meets the policy (12+ characters, two kinds, six different). */
export const TEST_PASSWORD = 'Đồi núi Lạng Sơn 2020';

/** The e-mail address of a caller's test account. */
export const testEmail = (role: Role) => `${role.replace('_', '-')}@test.langson.gov.vn`;

/** The headers a caller sends: a bearer token for a role, nothing for anonymous. */
export type CallerHeaders = Record<Caller, Record<string, string>>;

/**
 * Signs in through the gateway's own `sessionCreate`, as an API client does, and returns the
 * `Authorization` header of the new session. Throws with the userErrors when the sign-in is refused.
 */
export async function signIn(gateway: RunningGateway, email: string, password = TEST_PASSWORD): Promise<Record<string, string>> {
  const { body } = await gateway.graphql(
    'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { token userErrors { field message code } } }',
    { input: { email, password } },
  );
  const payload = body.data?.['sessionCreate'] as { token: string | null; userErrors: unknown[] } | undefined;
  if (!payload?.token) throw new Error(`Sign-in of ${email} refused: ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${payload.token}` };
}

/**
 * Makes one account per role in the gateway's database (each holding that role only) and signs
 * each in once; the answer maps every caller, anonymous included, to the headers it sends.
 */
export async function signInEveryRole(gateway: RunningGateway): Promise<CallerHeaders> {
  const users = createUsersRepository(gateway.db);
  const headers = { anonymous: {} } as CallerHeaders;
  // One after the other: sign-ins from one address are counted, and argon2 is CPU-bound anyway.
  for (const role of roles) {
    await users.create({ email: testEmail(role), displayName: `Test ${role}`, password: TEST_PASSWORD, roles: [role] }, { actor: 'test' });
    headers[role] = await signIn(gateway, testEmail(role));
  }
  return headers;
}
