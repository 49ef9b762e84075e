import { MAX_QUERY_LENGTH } from '@egov/text';
import { GraphQLError } from 'graphql';

// The longest search text accepted (a search is a few words, not a document), in @egov/text so
// the search boxes cut at the same length.
export { MAX_QUERY_LENGTH };

/** The longest code argument accepted: no code of the portal comes near it. */
const MAX_CODE_LENGTH = 100;

/**
 * Refuses one argument of a field as BAD_USER_INPUT, naming the argument (`extensions.argument`)
 * so that a client can say which of its fields is at fault.
 */
export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** A search text, refused when longer than `MAX_QUERY_LENGTH` before it reaches the database. */
export function searchText(query: string, argument = 'query'): string {
  if (query.length > MAX_QUERY_LENGTH) throw badInput(`A search is at most ${MAX_QUERY_LENGTH} characters.`, argument);
  return query;
}

/**
 * The day (YYYY-MM-DD) a `Date` argument names. The `Date` scalar hands resolvers a JavaScript
 * date at midnight UTC; the domains keep days as text.
 */
export function dayArgument(value: Date | string): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * A code argument, refused when it cannot name anything (an injection string, a page of text):
 * `shape` says what a code looks like, e.g. `a GSO area code of 2 to 5 digits`.
 */
export function codeArgument(value: string, argument: string, pattern: RegExp, shape: string): string {
  if (value.length > MAX_CODE_LENGTH || !pattern.test(value)) throw badInput(`"${argument}" must be ${shape}.`, argument);
  return value;
}
