import type { Store } from './store.js';

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Opens the store a `--db` value names: a postgres:// URL, else a SQLite file path. Drivers load
 * lazily, so SQLite users never load pg and the reverse.
 */
export async function openStore(location: string, options: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresLocation(location)) {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(location);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(location, { readonly: options.readonly });
}
