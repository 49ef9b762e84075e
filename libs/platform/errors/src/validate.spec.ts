import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from './domain-error';
import { validate } from './validate';

const schema = z.object({
  name: z.string().min(1, 'Name is required'),
  share: z.number().min(0).max(100),
  nested: z.object({ count: z.number().int().nonnegative() }),
});

describe('validate', () => {
  it('returns the parsed value for good input', () => {
    expect(validate(schema, { name: 'a', share: 50, nested: { count: 2 } })).toEqual({
      name: 'a',
      share: 50,
      nested: { count: 2 },
    });
  });

  it('reports every wrong field with its path in one VALIDATION error', () => {
    let caught: unknown;
    try {
      validate(schema, { name: '', share: 101, nested: { count: -1 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const error = caught as DomainError;
    expect(error.code).toBe('VALIDATION');
    expect(error.issues.map((issue) => issue.field.join('.')).sort()).toEqual(['name', 'nested.count', 'share']);
    expect(error.message).toContain('Name is required');
  });
});

describe('DomainError', () => {
  it('says which version was edited and which is current on a conflict', () => {
    const error = DomainError.conflict('Observation', 'F07', 1, 2);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/version 1.*version 2/);
    expect(error.issues[0]?.field).toEqual(['version']);
  });
});
