import { auditMigrations } from '@egov/db';
import { createTestDatabase, testBackends, type TestDatabase } from '@egov/db/testing';
import { composeSchema, createRequestContext, type GraphQLModule } from '@egov/graphql';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from './login-rate-limiter';
import { usersMigrations } from './migrations';
import { createSessionTokens } from './session-tokens';
import { createSessionService } from './sessions';
import { usersGraphQLModule } from './graphql/module';
import { createUsersRepository } from './users-repository';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Accounts written straight to the table (hashing a password per account would only slow the test). */
const addUsers = (db: TestDatabase, names: string[]) =>
  db.query(
    `insert into users (email, display_name, password_hash) select name || '@x.vn', name, '$argon2id$test' from unnest($1::text[]) as name`,
    [names],
  );

describe.each(testBackends)('pages of users on %s', (backend) => {
  let db: TestDatabase;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = await createTestDatabase(backend, [...auditMigrations, ...usersMigrations]);
    const users = createUsersRepository(db);
    const sessions = createSessionService({ users, tokens: createSessionTokens({ secret: new Uint8Array(32).fill(7) }), limiter: createLoginRateLimiter() });
    const module: GraphQLModule = usersGraphQLModule({ users, sessions });
    schema = composeSchema([module]);
    await addUsers(db, Array.from({ length: 23 }, (_, i) => `user-${String(i * 2).padStart(3, '0')}`));
  });
  afterAll(() => db.dispose());

  const page = async (args: Record<string, unknown>) => {
    const result = await graphql({
      schema,
      source: 'query ($first: Int, $after: String, $last: Int, $before: String) { users(first: $first, after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { email } } }',
      variableValues: args,
      contextValue: createRequestContext({ userId: 'admin', roles: ['admin'] }, 'test'),
    });
    expect(result.errors).toBeUndefined();
    return (result.data as Data)['users'];
  };

  it('reads every account once by e-mail, forwards and backwards, while accounts are added between pages', async () => {
    const before = (await db.query<{ email: string }>('select email from users order by email')).map((row) => row.email);
    for (const backward of [false, true]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let round = 0; ; round++) {
        const users = await page(backward ? { last: 4, before: cursor } : { first: 4, after: cursor });
        const emails = users.nodes.map((node: { email: string }) => node.email);
        if (backward) seen.unshift(...emails);
        else seen.push(...emails);
        // One account lands among those read, one among those still to read.
        await addUsers(db, [`user-${String(round * 2 + 1).padStart(3, '0')}-${backward ? 'b' : 'f'}`, `user-${String(45 - round * 2).padStart(3, '0')}-${backward ? 'b' : 'f'}`]);
        if (!(backward ? users.pageInfo.hasPreviousPage : users.pageInfo.hasNextPage)) break;
        cursor = backward ? users.pageInfo.startCursor : users.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...seen].sort());
      for (const email of before) expect(seen).toContain(email);
    }
    expect((await page({ first: 1 })).totalCount).toBe((await db.query('select id from users')).length);
  });
});
