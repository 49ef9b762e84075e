import { DomainError } from '@egov/errors';

/** Ending a session the caller has not: NOT_FOUND on `id`, as for an id that names no session at all. */
export const sessionNotFound = () => DomainError.onField('NOT_FOUND', 'id', 'You have no open session with this id.');
