import { describe, expect, it } from 'vitest';
import { createRequestContext, type Role } from './request-context';
import { hasRole, requireRoleToRead } from './user-errors';

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
