import pg from 'pg';
import { readConfig } from '../config.js';

/**
 * The performance engineer's PostgreSQL databases (onrecord_perf_*) on the server the tests use: the
 * queue tests and the benchmark each start from an empty one, and never touch another's.
 */
export function perfDatabaseUrl(name: string): string {
  if (!/^onrecord_perf_[a-z0-9_]+$/.test(name)) {
    throw new Error(`Not a performance database name: "${name}" (onrecord_perf_* only)`);
  }
  const url = new URL(readConfig().testPostgres);
  url.pathname = `/${perfDatabaseName(name)}`;
  return url.toString();
}

/** The database's name on the server: the given name and this checkout's ONRECORD_TEST_DB_SUFFIX. */
function perfDatabaseName(name: string): string {
  return `${name}${readConfig().testDatabaseSuffix}`;
}

/** Whether the test server answers; under CI it must, so an unreachable server is an error there. */
export async function perfPostgresReachable(): Promise<boolean> {
  const config = readConfig();
  const client = new pg.Client({ connectionString: config.testPostgres, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    if (config.ci)
      throw new Error(`PostgreSQL is unreachable at ${config.testPostgres} under CI`, { cause: error });
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops (closing its connections) and recreates one onrecord_perf_* database; returns its URL. */
export async function freshPerfDatabase(name: string): Promise<string> {
  const url = perfDatabaseUrl(name);
  const client = new pg.Client({
    connectionString: readConfig().testPostgres,
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${perfDatabaseName(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${perfDatabaseName(name)}`);
  } finally {
    await client.end().catch(() => {});
  }
  return url;
}
