import { SqlStore, type SqlStoreOptions } from '../sql/sql-store.js';
import { openPostgresDriver, type PostgresDriverOptions } from './postgres-driver.js';

/** The multi-user backend: postgres://user@host:port/db[?schema=name]. */
export async function openPostgresStore(
  url: string,
  options: SqlStoreOptions & PostgresDriverOptions = {},
): Promise<SqlStore> {
  return SqlStore.open(await openPostgresDriver(url, options), options);
}
