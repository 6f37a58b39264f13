/**
 * The little SQL surface both backends share, so one store implementation (sql-store.ts) serves SQLite
 * and PostgreSQL with the same queries. Placeholders are `?`; the PostgreSQL driver numbers them.
 */
export type SqlValue = string | number | null;

export interface SqlRunResult {
  changes: number;
}

export interface SqlExecutor {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: SqlValue[]): Promise<SqlRunResult>;
}

export interface SqlDriver extends SqlExecutor {
  /** Runs `work` in one transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements separated by semicolons (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** Where the data lives, for error messages ("onrecord.db", "postgres://127.0.0.1:5432/x"). */
  readonly description: string;
}
