import { hash53 } from '../../ledger/dedup.js';

/**
 * A quote key (PeopleRules.quoteKeys) as the integer the store indexes: statement_quote_keys holds
 * some seven rows per attributed statement, and integer rows are several times cheaper to insert and
 * look up than the key strings. The ledger's shingle keys ("w" and a hash below 2^53 in base 36) are
 * read back exactly, a hex fingerprint by its first 13 digits (52 bits), any other string hashed to 53
 * bits. Two keys may meet on one number: that only adds a candidate, which isSameQuote then turns
 * away, so the sightings found are the same.
 */
export function quoteKeyNumber(key: string): number {
  if (SHINGLE_KEY.test(key)) {
    const value = parseInt(key.slice(1), 36);
    if (Number.isSafeInteger(value)) return value;
  } else if (HEX_KEY.test(key)) {
    return parseInt(key.slice(0, 13), 16);
  }
  return hash53(key);
}

/** The distinct numbers of a statement's keys, in the order first met. */
export function quoteKeyNumbers(keys: string[]): number[] {
  return [...new Set(keys.map(quoteKeyNumber))];
}

const SHINGLE_KEY = /^w[0-9a-z]{1,11}$/;
const HEX_KEY = /^[0-9a-f]{13,}$/;
