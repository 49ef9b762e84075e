import { DomainError } from '@egov/errors';
import { keyOfGlobalId } from '@egov/graphql';

/** The key of a User global id; anything else is NOT_FOUND on `id`. */
export function userKey(id: string): string {
  const key = keyOfGlobalId(id, 'User');
  if (!key) throw new DomainError('NOT_FOUND', 'No user has this id.', [{ field: ['id'], message: 'No user has this id.', code: 'NOT_FOUND' }]);
  return key;
}

export const sessionNotFound = () =>
  new DomainError('NOT_FOUND', 'You have no open session with this id.', [{ field: ['id'], message: 'You have no open session with this id.', code: 'NOT_FOUND' }]);

/** The key of a Session global id; anything else is NOT_FOUND on `id`. */
export function sessionKey(id: string): string {
  const key = keyOfGlobalId(id, 'Session');
  if (!key) throw sessionNotFound();
  return key;
}
