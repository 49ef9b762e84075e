import { buildClientSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type RunningGateway } from './test-gateway';

describe('the published schema', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(() => gateway.stop());

  it('documents every type, field and argument (other teams read it in their GraphQL tools)', async () => {
    const { body } = await gateway.graphql(getIntrospectionQuery());
    const schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
    const undocumented: string[] = [];
    const connectionPlumbing = /(Connection|Edge)$/;
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description && !connectionPlumbing.test(type.name) && !['Query', 'Mutation'].includes(type.name)) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          // Payload and connection plumbing (userErrors, edges, cursor…) says what it is by its shape.
          const plumbing = connectionPlumbing.test(type.name) || type.name.endsWith('Payload') || field.name === 'id';
          if (!field.description && !plumbing) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            const common = ['first', 'last', 'after', 'before', 'input', 'id', 'ids'].includes(arg.name);
            if (!arg.description && !common && !field.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && !type.description) undocumented.push(type.name);
    }
    expect(undocumented).toEqual([]);
  });
});
