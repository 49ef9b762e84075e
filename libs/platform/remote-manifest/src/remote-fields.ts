// zod/mini: the same checks as zod, tree-shakable, because the shell carries these into every first visit.
import * as z from 'zod/mini';

/**
 * A remote's id: its federation name, which becomes a JavaScript global and part of module ids,
 * so lower-case letters, digits and underscores only.
 */
export const remoteIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be 1–40 lower-case letters, digits or underscores, starting with a letter'));

/** A route base: one or more lower-case path segments, no trailing slash (`/statistics`); `/` is the shell's home. */
export const routeBaseSchema = z.string().check(z.regex(/^(\/[a-z0-9][a-z0-9-]*)+$/, 'must be a path like /statistics (lower-case segments, no trailing slash)'));

/** Navigation labels in both languages, neither empty. */
export const navLabelsSchema = z.object({
  vi: z.string().check(z.trim(), z.minLength(1, 'the Vietnamese label is empty')),
  en: z.string().check(z.trim(), z.minLength(1, 'the English label is empty')),
});

/** Readable reasons from zod's issues: `routeBase: must be a path like …`. */
export function reasonsOf(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message));
}
