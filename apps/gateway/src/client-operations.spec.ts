import { NODE_TYPES, PORTAL_SUMMARY_QUERY, portalSummaryFixture } from '@egov/client-operations';
import { portalOperations } from '@egov/client-operations/all';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { buildClientSchema, getIntrospectionQuery, print, specifiedRules, validate, type GraphQLInterfaceType, type IntrospectionQuery, type ValidationRule } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryArmor } from './gateway';
import { startTestGateway, type RunningGateway } from './test-gateway';

/** Keys of an answer, recursively, to compare its shape with the client's fixture (Apollo adds `__typename` itself). */
const shape = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.length ? [shape(value[0])] : [];
  if (value === null || typeof value !== 'object') return typeof value;
  const fields = Object.entries(value).filter(([key]) => key !== '__typename');
  return Object.fromEntries(fields.map(([key, field]) => [key, shape(field)]).sort());
};

describe("the portal client's operations against the gateway", () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.stop());

  it('are valid against the schema the gateway serves, and the client knows every Node type', async () => {
    const { body } = await gateway.graphql(getIntrospectionQuery());
    const schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
    for (const [name, document] of Object.entries(portalOperations)) {
      expect(validate(schema, document).map((error) => `${name}: ${error.message}`)).toEqual([]);
    }
    const nodeTypes = schema.getPossibleTypes(schema.getType('Node') as GraphQLInterfaceType).map((type) => type.name);
    expect([...NODE_TYPES].sort()).toEqual(nodeTypes.sort());
  });

  it('each pass the limits the gateway puts on depth, aliases, cost and tokens, so none is refused in a reader’s browser', async () => {
    const { body } = await gateway.graphql(getIntrospectionQuery());
    const schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
    const limits = queryArmor(true).protect().validationRules as ValidationRule[];
    for (const [name, document] of Object.entries(portalOperations)) {
      // As Apollo Client sends it: with `__typename` in every selection, which the cost counts.
      const sent = addTypenameToDocument(document);
      expect(validate(schema, sent, [...specifiedRules, ...limits]).map((error) => `${name}: ${error.message}`)).toEqual([]);
    }
  });

  it('get an answer shaped like the fixture the client is tested with', async () => {
    const { body } = await gateway.graphql(print(PORTAL_SUMMARY_QUERY));
    expect(body.errors).toBeUndefined();
    expect(shape(body.data)).toEqual(shape(portalSummaryFixture));
  });
});
