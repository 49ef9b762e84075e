import type { z } from 'zod';
import { DomainError } from './domain-error';

/**
 * Parses an input with a zod schema; on failure throws one VALIDATION error that lists every
 * issue with the path of its field, so the caller can point at each wrong field.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.map(String),
    message: issue.message,
    code: 'VALIDATION' as const,
  }));
  const summary = issues.map((issue) => (issue.field.length ? `${issue.field.join('.')}: ${issue.message}` : issue.message));
  throw new DomainError('VALIDATION', `Invalid input: ${summary.join('; ')}`, issues);
}
