import { GraphQLError } from 'graphql';
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

/**
 * The SDL of a mutation's payload that writes one object: the object, null when the write was
 * refused, and the userErrors that say why (empty when it was not), in that order.
 */
export function payloadTypeDefs(typeName: string, description: string, field: string, type: string, fieldDescription?: string): string {
  return `
    """${description}"""
    type ${typeName} {
      ${fieldDescription ? `"""${fieldDescription}"""` : ''}
      ${field}: ${type}
      userErrors: [UserError!]!
    }
  `;
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

/** Whether the viewer holds one of the roles (admins hold them all): for reads that show staff more. */
export function hasRole(context: RequestContext, ...allowed: Role[]): boolean {
  const viewer = context.viewer;
  return !!viewer && (viewer.roles.includes('admin') || allowed.some((role) => viewer.roles.includes(role)));
}

/**
 * `requireRole` for a read: a query has no payload to carry a user error, so the refusal is an
 * error of the query, FORBIDDEN, with the same words.
 */
export function requireRoleToRead(context: RequestContext, ...allowed: Role[]): string {
  try {
    return requireRole(context, ...allowed);
  } catch (error) {
    if (error instanceof DomainError) throw new GraphQLError(error.message, { extensions: { code: 'FORBIDDEN' } });
    throw error;
  }
}

/** The input's names of the model's fields that a mutation's input names otherwise (a licence's `revocationReason` is `reason`). */
export type InputNaming = Readonly<Record<string, string>>;

/**
 * Runs a write, renaming each field its DomainError names (a model's or a column's name) to the
 * input's name, so that a form puts every message beside the field it sent.
 */
export async function withInputNames<T>(write: () => Promise<T>, naming: InputNaming): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw error.renameFields(naming);
  }
}
