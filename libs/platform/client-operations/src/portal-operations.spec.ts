import { Kind, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { portalOperations } from './portal-operations';

describe('portalOperations', () => {
  it.each(Object.entries(portalOperations))('%s is one operation of that name, so logs and caches can name it', (name, document) => {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((operation) => operation.name?.value)).toEqual([name]);
  });
});
