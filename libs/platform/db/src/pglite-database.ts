import { PGlite, types } from '@electric-sql/pglite';
import { joinedTransaction, type Database, type Executor, type QueryObserver } from './database';
import { toDomainError } from './database-errors';

/** Numbers as numbers and dates as `YYYY-MM-DD`, the same as the PostgreSQL adapter gives. */
export const PGLITE_PARSERS = {
  [types.NUMERIC]: (value: string) => Number(value),
  [types.INT8]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
};

/** Wraps a PGlite instance, embedded PostgreSQL in WebAssembly, as a Database. */
export function pgliteDatabase(pg: PGlite, onQuery?: QueryObserver): Database {
  const run = async <T>(sql: string, work: () => Promise<T>): Promise<T> => {
    onQuery?.(sql);
    try {
      return await work();
    } catch (error) {
      throw toDomainError(error);
    }
  };
  return {
    kind: 'pglite',
    query: <Row>(sql: string, params?: readonly unknown[]) =>
      run(sql, async () => (await pg.query<Row>(sql, params as unknown[])).rows),
    exec: (sql) => run(sql, async () => void (await pg.exec(sql))),
    async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
      try {
        return await pg.transaction(async (tx) =>
          work(
            joinedTransaction({
              query: <Row>(sql: string, params?: readonly unknown[]) =>
                run(sql, async () => (await tx.query<Row>(sql, params as unknown[])).rows),
              exec: (sql) => run(sql, async () => void (await tx.exec(sql))),
            }),
          ),
        );
      } catch (error) {
        throw toDomainError(error);
      }
    },
    close: () => pg.close(),
  };
}

/**
 * What every embedded database starts with. Its shared buffers live in the process's own memory
 * and are touched whole at start: PostgreSQL's default of 128 MB made a gateway on PGlite start
 * at 390 MB. 32 MB holds the hot pages of a department's data (its files stay in the OS page cache
 * beyond that) and took about 100 MB off every PGlite process, tests included.
 */
export const PGLITE_OPTIONS = {
  parsers: PGLITE_PARSERS,
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
};

/** Opens an embedded database: in memory when no folder is given, else stored in that folder. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob; onQuery?: QueryObserver }) {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    ...PGLITE_OPTIONS,
  });
  return pgliteDatabase(pg, options.onQuery);
}
