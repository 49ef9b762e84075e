const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Migration SQL that has GIN indexes take each write into the index at once (`fastupdate = off`)
 * and merges the entries they hold pending. With fastupdate, new entries wait in a pending list
 * that every lookup reads whole until a vacuum merges it: up to 4 MB, 300 pages a search word,
 * and PGlite never vacuums on its own. A register is searched far more often than it is written,
 * so the write pays once what every search would pay again.
 */
export function ginWithoutPendingListSql(indexes: readonly string[]): string {
  for (const index of indexes) if (!IDENTIFIER.test(index)) throw new Error(`Not a plain SQL identifier: ${index}`);
  return indexes.map((index) => `alter index ${index} set (fastupdate = off);\nselect gin_clean_pending_list('${index}'::regclass);`).join('\n');
}
