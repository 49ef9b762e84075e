/** Conditions to put after `where`, with their parameters numbered from $1. */
export interface SqlConditions {
  sql: string;
  params: unknown[];
}

/**
 * The conditions of a filter, only those whose value is given (`?` stands for it), joined by
 * `and`; `true` when none is. A condition left out lets an index on the list's order serve alone.
 */
export function sqlConditions(parts: ReadonlyArray<readonly [condition: string, value: unknown]>): SqlConditions {
  const given = parts.filter(([, value]) => value !== null && value !== undefined);
  return {
    sql: given.length ? given.map(([condition], index) => condition.replace('?', `$${index + 1}`)).join(' and ') : 'true',
    params: given.map(([, value]) => value),
  };
}
