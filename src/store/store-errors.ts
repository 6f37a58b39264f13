import { OnrecordError } from '../errors.js';

/**
 * Store failures that no other article can get past (read-only database, full disk, server gone after
 * retries): the batch stops with the message instead of failing every remaining article.
 */
export function isFatalStoreError(error: unknown): boolean {
  if (!(error instanceof OnrecordError)) return false;
  if (error.code === 'STORE_READ_ONLY' || error.code === 'STORE_UNAVAILABLE') return true;
  const cause = (error.cause as { code?: string } | undefined)?.code;
  return (
    error.code === 'STORE_FAILED' &&
    (cause === 'SQLITE_FULL' || cause === '53100' || cause === 'SQLITE_IOERR')
  );
}
