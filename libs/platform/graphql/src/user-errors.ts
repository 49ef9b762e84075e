import { DomainError, type DomainErrorCode } from '@egov/errors';
import type { RequestContext, Role } from './request-context';

/** An expected failure as a mutation returns it: which input field, what, and a code to act on. */
export interface UserError {
  field: string[];
  message: string;
  code: DomainErrorCode;
  /** With RATE_LIMITED: the seconds to wait before trying again. */
  retryAfterSeconds?: number;
}

/**
 * Runs a mutation's work and returns its payload with `userErrors: []`, or, when the work fails
 * with a DomainError, the payload with only its userErrors (fields prefixed with `input`).
 * Faults are not caught: they are the server's, and are masked by the error formatter.
 */
export async function mutationPayload<P extends object>(work: () => Promise<P>): Promise<P & { userErrors: UserError[] }> {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const userErrors = error.issues.map((issue) => ({
      field: issue.field.length ? ['input', ...issue.field] : [],
      message: issue.message,
      code: issue.code,
      ...(issue.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: issue.retryAfterSeconds }),
    }));
    return { userErrors } as unknown as P & { userErrors: UserError[] };
  }
}

/** Refuses, as a FORBIDDEN user error, a caller who holds none of the roles; admins may do anything. */
export function requireRole(context: RequestContext, ...allowed: Role[]): string {
  const viewer = context.viewer;
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in to do this.');
  if (!viewer.roles.includes('admin') && !allowed.some((role) => viewer.roles.includes(role))) {
    throw new DomainError('FORBIDDEN', `This needs the role ${allowed.length ? allowed.join(' or ') : 'admin'}.`);
  }
  return viewer.userId;
}
