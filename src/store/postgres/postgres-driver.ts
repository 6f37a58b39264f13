import pg from 'pg';
import { OnrecordError } from '../../errors.js';
import { storableParams, type SqlDriver, type SqlExecutor, type SqlValue } from '../sql/driver.js';

export interface PostgresDriverOptions {
  /** How long a transaction keeps retrying while the server is unreachable (restart, failover). */
  retryForMs?: number;
}

/** A postgres:// URL without its password, for messages. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/**
 * `?schema=name` in the URL selects a schema (created on open), so several records (and the tests)
 * can share one database.
 */
export function splitSchema(url: string): { url: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new OnrecordError(
      'USAGE',
      `Invalid schema "${schema}" in --db: use lower-case letters, digits and _`,
    );
  }
  return { url: parsed.toString(), schema };
}

const numbered = new Map<string, string>();
function numberPlaceholders(sql: string): string {
  let converted = numbered.get(sql);
  if (converted === undefined) {
    let index = 0;
    converted = sql.replace(/\?/g, () => `$${++index}`);
    numbered.set(sql, converted);
  }
  return converted;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

const RACE_CODES = new Set(['40P01', '40001', '23505']);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  if (code && CONNECTION_CODES.has(code)) return true;
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection/i.test(
    message,
  );
}

export async function openPostgresDriver(
  location: string,
  options: PostgresDriverOptions = {},
): Promise<SqlDriver> {
  const description = describePostgresUrl(location);
  const { url, schema } = splitSchema(location);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 5_000,
    // Set at connection start-up, so no query ever runs in the wrong schema.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server (restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const retryForMs = options.retryForMs ?? 30_000;

  const toError = (error: unknown, action: string): OnrecordError => {
    if (error instanceof OnrecordError) return error;
    const message = (error as Error).message ?? String(error);
    if (isConnectionError(error)) {
      return new OnrecordError(
        'STORE_UNAVAILABLE',
        `PostgreSQL at ${description} is unreachable (${message}); the article being written was not saved`,
        { cause: error },
      );
    }
    const code = (error as { code?: string }).code;
    if (code === '25006') {
      return new OnrecordError('STORE_READ_ONLY', `PostgreSQL at ${description} is read-only: ${message}`, {
        cause: error,
      });
    }
    if (code === '53100') {
      return new OnrecordError(
        'STORE_FAILED',
        `PostgreSQL at ${description}: the disk is full (${message}); the article being written was rolled back`,
        { cause: error },
      );
    }
    return new OnrecordError('STORE_FAILED', `Cannot ${action} PostgreSQL at ${description}: ${message}`, {
      cause: error,
    });
  };

  const executorFor = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    dialect: 'postgres',
    async all<T>(sql: string, params: SqlValue[] = []) {
      try {
        const result = await client.query(numberPlaceholders(sql), storableParams(params, { nul: true }));
        return result.rows as T[];
      } catch (error) {
        throw toError(error, 'read from');
      }
    },
    async get<T>(sql: string, params: SqlValue[] = []) {
      try {
        const result = await client.query(numberPlaceholders(sql), storableParams(params, { nul: true }));
        return result.rows[0] as T | undefined;
      } catch (error) {
        throw toError(error, 'read from');
      }
    },
    async run(sql: string, params: SqlValue[] = []) {
      try {
        const result = await client.query(numberPlaceholders(sql), storableParams(params, { nul: true }));
        return { changes: result.rowCount ?? 0 };
      } catch (error) {
        throw toError(error, 'write to');
      }
    },
  });

  const poolExecutor = executorFor(pool);

  const transactionOnce = async <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw toError(error, 'connect to');
    }
    let broken = false;
    // A connection lost between two queries of the transaction is an 'error' event on the checked-out
    // client; unheard, it would crash the process. The next query fails and the transaction is retried.
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(executorFor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = broken || isConnectionError(error) || isConnectionError((error as { cause?: unknown }).cause);
      if (!broken) await client.query('ROLLBACK').catch(() => undefined);
      throw toError(error, 'write to');
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };

  /**
   * Runs `once` again while the server is unreachable (a restart, a failover), backing off, for up to
   * retryForMs. Only for work that is safe to repeat: a read, or a transaction, which the server rolled
   * back when the connection went.
   */
  const whileUnavailable = async <T>(once: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + retryForMs;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await once();
      } catch (error) {
        const unavailable = error instanceof OnrecordError && error.code === 'STORE_UNAVAILABLE';
        if (!unavailable || Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 2_000)));
      }
    }
  };

  const driver: SqlDriver = {
    dialect: 'postgres',
    description,
    all: (sql, params) => whileUnavailable(() => poolExecutor.all(sql, params)),
    get: (sql, params) => whileUnavailable(() => poolExecutor.get(sql, params)),
    // A lone write might have been applied before the connection went: not repeated.
    run: (sql, params) => poolExecutor.run(sql, params),
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      return whileUnavailable(async () => {
        for (let conflicts = 0; ; conflicts += 1) {
          try {
            return await transactionOnce(work);
          } catch (error) {
            // Two writers racing (deadlock, serialization, the same new row): run it again, a few times.
            const cause = (error as { cause?: { code?: string } }).cause?.code;
            if (!(cause && RACE_CODES.has(cause) && conflicts < 3)) throw error;
          }
        }
      });
    },
    async exec(sql: string) {
      try {
        await pool.query(sql);
      } catch (error) {
        throw toError(error, 'write to');
      }
    },
    async close() {
      await pool.end();
    },
  };

  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    else await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw toError(error, 'connect to');
  }
  return driver;
}
