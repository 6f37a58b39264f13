import pg from 'pg';
import { readConfig } from '../../config.js';

/**
 * The PostgreSQL database the store tests use (onrecord_store_test, created on demand), or null with
 * the reason when the server is unreachable. Under CI the caller must fail instead of skipping.
 */
export async function storeTestDatabase(
  base = 'onrecord_store_test',
): Promise<{ url: string } | { unavailable: string }> {
  const { testPostgres: admin, testDatabaseSuffix } = readConfig();
  const name = `${base}${testDatabaseSuffix}`;
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`Not a test database name: "${name}"`);
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by a parallel test file
      });
    }
  } catch (error) {
    return { unavailable: `PostgreSQL at ${admin} is unreachable: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => undefined);
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString() };
}

/** Drops and recreates one schema, so each test starts empty. */
export async function resetSchema(url: string, schema: string): Promise<string> {
  assertIdentifier(schema);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
  const located = new URL(url);
  located.searchParams.set('schema', schema);
  return located.toString();
}

/** Drops the schemas a test file made (by name prefix), so repeated runs leave nothing behind. */
export async function dropSchemas(url: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`,
      [`${prefix.replace(/_/g, '\\_')}%`],
    );
    for (const row of rows.rows) await client.query(`DROP SCHEMA IF EXISTS ${row.nspname} CASCADE`);
  } finally {
    await client.end();
  }
}

/** Schema names are interpolated into SQL; only plain lower-case identifiers are taken. */
function assertIdentifier(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a test schema name: "${name}"`);
}
