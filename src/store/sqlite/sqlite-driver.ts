import { accessSync, constants, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { OnrecordError } from '../../errors.js';
import { storableParams, type SqlDriver, type SqlExecutor, type SqlValue } from '../sql/driver.js';

/**
 * better-sqlite3 behind the async SqlDriver surface. The connection is shared, so every top-level call
 * waits its turn: an open transaction's uncommitted rows are never seen by an interleaved read.
 */
export function openSqliteDriver(
  file: string,
  options: { readonly?: boolean; pragmas?: string[] } = {},
): SqlDriver {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, timeout: BUSY_WAIT_MS });
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    // For the fault tests: "max_page_count = N" makes a small database behave like a full disk.
    for (const pragma of options.pragmas ?? []) db.pragma(pragma);
  } catch (error) {
    throw sqliteError(file, 'open', error);
  }
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const executor: SqlExecutor = {
    dialect: 'sqlite',
    async all<T>(sql: string, params: SqlValue[] = []) {
      try {
        return prepare(sql).all(...storableParams(params)) as T[];
      } catch (error) {
        throw sqliteError(file, 'read', error);
      }
    },
    async get<T>(sql: string, params: SqlValue[] = []) {
      try {
        return prepare(sql).get(...storableParams(params)) as T | undefined;
      } catch (error) {
        throw sqliteError(file, 'read', error);
      }
    },
    async run(sql: string, params: SqlValue[] = []) {
      try {
        const result = prepare(sql).run(...storableParams(params));
        return { changes: result.changes };
      } catch (error) {
        throw sqliteError(file, 'write', error);
      }
    },
  };

  /**
   * IMMEDIATE takes the write lock up front, so two writers never deadlock upgrading a read. While
   * another connection holds it, wait without blocking the event loop (busy_timeout would block it, and
   * with it a second connection of this same process that is about to commit).
   */
  const beginImmediate = async (): Promise<void> => {
    const deadline = Date.now() + BUSY_WAIT_MS;
    db.pragma('busy_timeout = 0');
    try {
      for (;;) {
        try {
          db.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) {
            throw sqliteError(file, 'write', error);
          }
          await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
        }
      }
    } finally {
      db.pragma(`busy_timeout = ${BUSY_WAIT_MS}`);
    }
  };

  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    dialect: 'sqlite',
    description: file,
    all: (sql, params) => serialize(() => executor.all(sql, params)),
    get: (sql, params) => serialize(() => executor.get(sql, params)),
    run: (sql, params) => serialize(() => executor.run(sql, params)),
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return serialize(async () => {
        await beginImmediate();
        try {
          const result = await work(executor);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error instanceof OnrecordError ? error : sqliteError(file, 'write', error);
        }
      });
    },
    exec: (sql) =>
      serialize(async () => {
        try {
          db.exec(sql);
        } catch (error) {
          throw sqliteError(file, 'write', error);
        }
      }),
    close: () =>
      serialize(async () => {
        if (db.open) db.close();
      }),
  };
}

const BUSY_WAIT_MS = 15_000;

/** Names the file and says what the user can do about it (full disk, read-only file, locked). */
export function sqliteError(file: string, action: string, error: unknown): OnrecordError {
  if (error instanceof OnrecordError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message ?? String(error);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') {
    return new OnrecordError(
      'STORE_READ_ONLY',
      `Cannot ${action} SQLite database "${file}": it is read-only (${message}); nothing was written`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_FULL') {
    return new OnrecordError(
      'STORE_FAILED',
      `Cannot ${action} SQLite database "${file}": the disk or database is full (${message}); the article being written was rolled back`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_CANTOPEN' && !writable(file)) {
    return new OnrecordError(
      'STORE_READ_ONLY',
      `Cannot ${action} SQLite database "${file}": the file or its folder is read-only (${message}); nothing was written`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new OnrecordError('STORE_UNAVAILABLE', `Cannot open SQLite database "${file}": ${message}`, {
      cause: error,
    });
  }
  if (code === 'SQLITE_BUSY') {
    return new OnrecordError(
      'STORE_UNAVAILABLE',
      `SQLite database "${file}" is locked by another process (${message})`,
      { cause: error },
    );
  }
  return new OnrecordError('STORE_FAILED', `Cannot ${action} SQLite database "${file}": ${message}`, {
    cause: error,
  });
}

/** Whether the file (or, when it does not exist yet, its folder) can be written, with WAL's side files. */
function writable(file: string): boolean {
  try {
    const path = resolve(file);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
