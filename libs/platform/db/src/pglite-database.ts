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

/** Opens an embedded database: in memory when no folder is given, else stored in that folder. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob; onQuery?: QueryObserver }) {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: PGLITE_PARSERS,
  });
  return pgliteDatabase(pg, options.onQuery);
}
