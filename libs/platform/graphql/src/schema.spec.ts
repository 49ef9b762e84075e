import { DomainError } from '@egov/errors';
import fc from 'fast-check';
import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeSchema } from './compose-schema';
import { fromGlobalId, toGlobalId } from './global-id';
import type { GraphQLModule } from './graphql-module';
import { defineLoader } from './loaders';
import { createRequestContext } from './request-context';
import { mutationPayload, requireRole } from './user-errors';

const things = new Map([['a', { code: 'a', label: 'Thing A' }]]);
let batches = 0;
const thingLoader = defineLoader<string, unknown>('thing', async (codes) => {
  batches += 1;
  return codes.map((code) => things.get(code) ?? null);
});
const thingModule: GraphQLModule = {
  name: 'things',
  typeDefs: /* GraphQL */ `
    type Thing implements Node { id: ID! label: String! }
    input ThingRenameInput { code: String! label: String! }
    type ThingRenamePayload { thing: Thing userErrors: [UserError!]! }
    extend type Query { thing(code: String!): Thing }
    extend type Mutation { thingRename(input: ThingRenameInput!): ThingRenamePayload! }
  `,
  resolvers: {
    Query: {
      thing: (_: unknown, args: { code: string }, ctx: ReturnType<typeof createRequestContext>) =>
        thingLoader(ctx).load(args.code),
    },
    Mutation: {
      thingRename: (_: unknown, args: { input: { code: string; label: string } }, ctx: ReturnType<typeof createRequestContext>) =>
        mutationPayload(async () => {
          requireRole(ctx, 'editor');
          if (args.input.label.length > 10) throw DomainError.invalid('label', 'At most 10 letters');
          return { thing: { code: args.input.code, label: args.input.label } };
        }),
    },
  },
  nodeTypes: {
    Thing: { key: (thing: { code: string }) => thing.code, load: async (key) => (things.get(key) ?? null) as never },
  },
};
const schema = composeSchema([thingModule]);
const run = (source: string, roles: Array<'editor' | 'inspector'> | null = null) =>
  graphql({ schema, source, contextValue: createRequestContext(roles ? { userId: 'u1', roles } : null, 'r1') });

describe('global ids', () => {
  it('round-trip any type and key, and reject what is not ours', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Za-z]{0,20}$/), fc.string({ minLength: 1, maxLength: 60 }), (type, key) => {
        expect(fromGlobalId(toGlobalId(type, key))).toEqual({ typeName: type, key });
      }),
    );
    expect(fromGlobalId('not an id!')).toBeNull();
    expect(fromGlobalId(Buffer.from('lowercase:x').toString('base64url'))).toBeNull();
  });
});

describe('composeSchema', () => {
  it('gives each Node type a global id and finds it again with node(id)', async () => {
    const first = await run('{ thing(code: "a") { id label } }');
    const id = (first.data?.['thing'] as { id: string }).id;
    const again = await run(`{ node(id: "${id}") { id ... on Thing { label } } }`);
    expect(again.data).toEqual({ node: { id, label: 'Thing A' } });
    expect((await run(`{ node(id: "${toGlobalId('Nope', 'a')}") { id } }`)).data).toEqual({ node: null });
  });

  it('batches loads of one request through its DataLoader', async () => {
    batches = 0;
    await run('{ a: thing(code: "a") { label } b: thing(code: "b") { label } c: thing(code: "a") { label } }');
    expect(batches).toBe(1);
  });

  it('returns expected failures as userErrors with the input path, and refuses the wrong role', async () => {
    const mutation = (label: string) => `mutation { thingRename(input: { code: "a", label: "${label}" }) { thing { label } userErrors { field message code } } }`;
    expect((await run(mutation('Short'), ['editor'])).data).toEqual({ thingRename: { thing: { label: 'Short' }, userErrors: [] } });
    expect((await run(mutation('Far too long a label'), ['editor'])).data).toEqual({
      thingRename: { thing: null, userErrors: [{ field: ['input', 'label'], message: 'At most 10 letters', code: 'VALIDATION' }] },
    });
    const refused = await run(mutation('Short'), ['inspector']);
    expect(refused.data).toMatchObject({ thingRename: { thing: null, userErrors: [{ code: 'FORBIDDEN' }] } });
    const anonymous = await run(mutation('Short'));
    expect(anonymous.data).toMatchObject({ thingRename: { userErrors: [{ code: 'FORBIDDEN', message: 'Sign in to do this.' }] } });
  });

  it('bounds nodes(ids) to 100 ids', async () => {
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, () => toGlobalId('Thing', 'a')));
    expect((await run(`{ nodes(ids: ${ids(100)}) { id } }`)).errors).toBeUndefined();
    expect((await run(`{ nodes(ids: ${ids(101)}) { id } }`)).errors?.[0]?.message).toMatch(/at most 100/);
  });
});
