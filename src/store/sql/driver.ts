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

/**
 * `sql` with each `(?*)` made a list of `count` placeholders, built once per text and count: both drivers
 * find a statement they prepared by its text, and a text built afresh per call is hashed in full each time.
 */
export function withPlaceholders(sql: string, count: number): string {
  let byCount = placeholderMemo.get(sql);
  if (byCount === undefined) {
    byCount = [];
    placeholderMemo.set(sql, byCount);
  }
  return (byCount[count] ??= sql.replaceAll(
    '(?*)',
    `(${Array.from({ length: count }, () => '?').join(', ')})`,
  ));
}

const placeholderMemo = new Map<string, string[]>();

/**
 * Strings as both databases can keep them (UTF-8): a lone surrogate becomes U+FFFD, one UTF-16 unit for
 * one, so stored offsets keep pointing at the same characters (the drivers would otherwise write three
 * replacement characters for it). PostgreSQL text cannot hold U+0000 either: `nul` replaces it likewise.
 * (isWellFormed/toWellFormed are V8's own scan: a regular expression over every article text and JSON
 * column cost about 2% of an ingest.)
 */
export function storableParams(params: SqlValue[], options: { nul?: boolean } = {}): SqlValue[] {
  return params.map((value) => {
    if (typeof value !== 'string') return value;
    let text = value.isWellFormed() ? value : value.toWellFormed();
    if (options.nul && text.includes('\u0000')) text = text.replace(/\u0000/g, '\uFFFD');
    return text;
  });
}
