import { SqlStore, type SqlStoreOptions } from '../sql/sql-store.js';
import { openSqliteDriver } from './sqlite-driver.js';

/** The embedded default: one file, WAL, FTS5. */
export async function openSqliteStore(
  file: string,
  options: SqlStoreOptions & { readonly?: boolean; pragmas?: string[] } = {},
): Promise<SqlStore> {
  return SqlStore.open(
    openSqliteDriver(file, { readonly: options.readonly, pragmas: options.pragmas }),
    options,
  );
}
