/** Runs SQL. Parameters are `$1, $2…`; structured values go to `jsonb` columns as JSON text. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * Something that can run a unit of work atomically: a database opens a transaction,
 * a transaction already open runs the work inside itself. Repositories take an Executor, so the
 * same repository works alone or as part of a larger transaction.
 */
export interface Executor extends Queryable {
  transaction<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Executor {
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

/** Called with every statement sent, for logs and for tests that count round trips. */
export type QueryObserver = (sql: string) => void;

/** A transaction already open: nested work joins it instead of opening another. */
export function joinedTransaction(queryable: Queryable): Executor {
  const tx: Executor = {
    query: (sql, params) => queryable.query(sql, params),
    exec: (sql) => queryable.exec(sql),
    transaction: (work) => work(tx),
  };
  return tx;
}
