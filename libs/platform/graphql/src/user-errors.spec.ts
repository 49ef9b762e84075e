import { DomainError } from '@egov/errors';
import { buildSchema, printType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createRequestContext, type Role } from './request-context';
import { hasRole, payloadTypeDefs, requireRoleToRead, withInputNames } from './user-errors';

const as = (...roles: Role[]) => createRequestContext(roles.length ? { userId: 'u1', roles } : null, 'request-1');

describe('role checks of reads', () => {
  it('says whether the viewer holds a role, admins holding every one', () => {
    expect(hasRole(as('editor'), 'editor')).toBe(true);
    expect(hasRole(as('editor'), 'statistician', 'inspector')).toBe(false);
    expect(hasRole(as('admin'), 'statistician')).toBe(true);
    expect(hasRole(as(), 'editor')).toBe(false);
  });

  it('refuses a read as a FORBIDDEN error of the query, saying what is missing', () => {
    expect(requireRoleToRead(as('licensing_officer'), 'licensing_officer')).toBe('u1');
    expect(() => requireRoleToRead(as(), 'licensing_officer')).toThrow(expect.objectContaining({ message: 'Sign in to do this.', extensions: { code: 'FORBIDDEN' } }));
    expect(() => requireRoleToRead(as('editor'), 'licensing_officer')).toThrow(
      expect.objectContaining({ message: 'This needs the role licensing_officer.', extensions: { code: 'FORBIDDEN' } }),
    );
  });
});

describe('refusals named as the input names its fields', () => {
  const refusal = () => Promise.reject(new DomainError('VALIDATION', 'Not valid.', [{ field: ['lead_unit_code'], message: 'No such unit.', code: 'UNKNOWN_REFERENCE' }]));

  it('renames the fields by a table, keeping the names it does not list', async () => {
    await expect(withInputNames(refusal, { lead_unit_code: 'leadUnit' })).rejects.toMatchObject({ issues: [{ field: ['leadUnit'], message: 'No such unit.', code: 'UNKNOWN_REFERENCE' }] });
    await expect(withInputNames(refusal, { other: 'x' })).rejects.toMatchObject({ issues: [{ field: ['lead_unit_code'] }] });
  });

  it('lets a fault through untouched, and returns what the write gives', async () => {
    const fault = new Error('connection lost');
    await expect(withInputNames(() => Promise.reject(fault), { x: 'y' })).rejects.toBe(fault);
    await expect(withInputNames(async () => 42, { x: 'y' })).resolves.toBe(42);
  });
});

describe('payloadTypeDefs', () => {
  it('gives a payload the object written, nullable, then its userErrors, with their descriptions', () => {
    const sdl = `type Query { ok: Boolean } type Award { id: ID! } type UserError { message: String! }
      ${payloadTypeDefs('AwardRecordPayload', 'The award recorded, or why not.', 'award', 'Award', 'Null when refused.')}`;
    expect(printType(buildSchema(sdl).getType('AwardRecordPayload') as GraphQLNamedType)).toBe(
      ['"""The award recorded, or why not."""', 'type AwardRecordPayload {', '  """Null when refused."""', '  award: Award', '  userErrors: [UserError!]!', '}'].join('\n'),
    );
  });
});
