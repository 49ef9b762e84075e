/**
 * The codes of an expected failure. They travel unchanged to the GraphQL `userErrors { code }`,
 * so a client can act on them without reading the message.
 */
export type DomainErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'UNKNOWN_REFERENCE'
  | 'INVALID_TRANSITION'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

/** One thing wrong with an input: which field (a path into the input), what and why. */
export interface FieldIssue {
  field: string[];
  message: string;
  code: DomainErrorCode;
  /** With RATE_LIMITED: the seconds to wait before trying again. */
  retryAfterSeconds?: number;
}

/**
 * An expected failure of a domain rule or a repository: bad input, a stale version, an unknown
 * code. Carries every issue found, so a form can show them all at once.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [{ field: [], message, code }],
  ) {
    super(message);
  }

  /**
   * The record a write names does not exist, or the id cannot name one: one refusal for both, on
   * the input field that named it (`id`, or a dossier's `code`), so a client need not tell them apart.
   */
  static notFound(entity: string, key: string, field = 'id'): DomainError {
    return DomainError.onField('NOT_FOUND', field, `${entity} "${key}" does not exist.`);
  }

  /** The same refusal with its fields named otherwise (`unitCode` → `relatedUnitCodes`); names the table leaves out are kept. */
  renameFields(names: Readonly<Record<string, string>>): DomainError {
    return new DomainError(this.code, this.message, this.issues.map((issue) => ({ ...issue, field: issue.field.map((name) => names[name] ?? name) })));
  }

  static conflict(entity: string, key: string, expected: number, actual: number): DomainError {
    return new DomainError(
      'CONFLICT',
      `${entity} "${key}" was changed by someone else (you edited version ${expected}, it is now at version ${actual}).`,
      [{ field: ['version'], message: 'This record was saved by someone else first.', code: 'CONFLICT' }],
    );
  }

  /** A failure of one input field, told once: the error's message is the field's. */
  static onField(code: DomainErrorCode, field: string | string[], message: string): DomainError {
    return new DomainError(code, message, [{ field: Array.isArray(field) ? field : [field], message, code }]);
  }

  static invalid(field: string | string[], message: string): DomainError {
    return DomainError.onField('VALIDATION', field, message);
  }

  /** Too many attempts: refused without looking at the input; `retryAfterSeconds` says when to try again. */
  static rateLimited(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError('RATE_LIMITED', message, [{ field: [], message, code: 'RATE_LIMITED', retryAfterSeconds }]);
  }

  static unknownReference(field: string | string[], message: string): DomainError {
    return DomainError.onField('UNKNOWN_REFERENCE', field, message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
