import { DomainError } from '@egov/errors';

interface PostgresError {
  code: string;
  constraint?: string;
  column?: string;
  detail?: string;
  message: string;
}

function isPostgresError(error: unknown): error is PostgresError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as { code: string }).code)
  );
}

/** "observations_area_code_fkey" → ["area_code"]: the field a constraint guards, where its name says. */
function fieldOf(error: PostgresError): string[] {
  if (error.column) return [error.column];
  const match = error.constraint?.match(/^[a-z0-9]+_(.+)_(?:fkey|key|check|pkey)$/);
  return match?.[1] ? [match[1]] : [];
}

/**
 * Turns what PostgreSQL refuses (a duplicate key, a missing reference, a failed check) into a
 * typed DomainError; anything else is a fault and passes through unchanged.
 */
export function toDomainError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  const field = fieldOf(error);
  const say = (code: ConstructorParameters<typeof DomainError>[0], message: string) =>
    new DomainError(code, message, [{ field, message, code }]);
  switch (error.code) {
    case '23505':
      return say('DUPLICATE', `A record with the same ${field.join('.') || 'key'} already exists.`);
    case '23503':
      return say('UNKNOWN_REFERENCE', `${field.join('.') || 'A reference'} points to a record that does not exist.`);
    case '23514':
    case '23502':
      return say('VALIDATION', `The value of ${field.join('.') || 'a field'} is not allowed (${error.constraint ?? error.code}).`);
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22001':
      return say('VALIDATION', `A value has the wrong form or is out of range.`);
    case '40001':
    case '40P01':
      return new DomainError('CONFLICT', 'The record was changed at the same time by someone else; try again.');
    default:
      return error;
  }
}
