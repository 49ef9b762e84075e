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

/** `area_code` → `areaCode`: inputs name their fields in camelCase, columns are snake_case. */
const inputName = (column: string) => column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The columns a refused constraint guards: the key PostgreSQL lists in its detail
 * ("Key (indicator_code, period, area_code)=(…) already exists."), else the column it names, else
 * what the constraint's name says ("observations_area_code_fkey" → area_code).
 */
function columnsOf(error: PostgresError): string[] {
  const key = error.detail?.match(/^Key \(([^)]+)\)=/)?.[1]?.split(',').map((column) => column.trim());
  if (key?.every((column) => /^[a-z_][a-z0-9_]*$/.test(column))) return key;
  if (error.column) return [error.column];
  const match = error.constraint?.match(/^[a-z0-9]+_(.+)_(?:fkey|key|check|pkey)$/);
  return match?.[1] ? [match[1]] : [];
}

/** "indicatorCode, period and areaCode" */
const listed = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? ''));

/**
 * Turns what PostgreSQL refuses (a duplicate key, a missing reference, a failed check) into a
 * typed DomainError; anything else is a fault and passes through unchanged.
 */
export function toDomainError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  const names = columnsOf(error).map(inputName);
  // One field per issue: of a key over several columns, the last, which the others scope
  // (a licence's number within its type, a figure's area within its indicator and period).
  const field = names.slice(-1);
  const say = (code: ConstructorParameters<typeof DomainError>[0], message: string) =>
    new DomainError(code, message, [{ field, message, code }]);
  switch (error.code) {
    case '23505':
      return say('DUPLICATE', names.length ? `A record with the same ${listed(names)} already exists.` : 'This record already exists.');
    case '23503':
      return say('UNKNOWN_REFERENCE', `${listed(names) || 'A reference'} points to a record that does not exist.`);
    case '23514':
    case '23502':
      return say('VALIDATION', `The value of ${listed(names) || 'a field'} is not allowed (${error.constraint ?? error.code}).`);
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
