import pg from 'pg';
import { joinedTransaction, type Database, type Executor, type QueryObserver } from './database';
import { toDomainError } from './database-errors';

const { Pool, types } = pg;

/** Numbers as numbers and dates as `YYYY-MM-DD`, the same as the PGlite adapter gives. */
function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === types.builtins.NUMERIC || oid === types.builtins.INT8) return (value: string) => Number(value);
  if (oid === types.builtins.DATE) return (value: string) => value;
  return types.getTypeParser(oid, format);
}

export interface PostgresOptions {
  connectionString: string;
  /** Schema to work in (tests isolate themselves in their own). */
  schema?: string;
  maxConnections?: number;
  onQuery?: QueryObserver;
}

/** A PostgreSQL server over a pool of real connections. */
export function openPostgres(options: PostgresOptions): Database {
  const pool = new Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types: { getTypeParser: typeParser as never },
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);

  const runOn = (client: Pick<pg.PoolClient, 'query'>) => ({
    async query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
      options.onQuery?.(sql);
      try {
        return (await client.query(sql, params as unknown[])).rows as Row[];
      } catch (error) {
        throw toDomainError(error);
      }
    },
    async exec(sql: string): Promise<void> {
      options.onQuery?.(sql);
      try {
        await client.query(sql);
      } catch (error) {
        throw toDomainError(error);
      }
    },
  });

  return {
    kind: 'postgres',
    ...runOn(pool),
    async transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(joinedTransaction(runOn(client)));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw toDomainError(error);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
