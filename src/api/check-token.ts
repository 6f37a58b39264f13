import { createHash, timingSafeEqual } from 'node:crypto';
import { OnrecordError } from '../errors.js';

/**
 * Checks an Authorization header against the configured write token. Both sides are hashed first so
 * timingSafeEqual compares equal-length digests: neither the token's content nor its length leaks
 * through response timing.
 */
export function checkToken(configured: string | null, header: string | undefined | null): void {
  if (configured === null || configured === '') {
    throw new OnrecordError(
      'WRITE_DISABLED',
      'write routes are off: start the server with ONRECORD_TOKEN set to enable them',
    );
  }
  const presented = readBearer(header);
  if (presented === null) {
    throw new OnrecordError('UNAUTHORIZED', 'this route needs "Authorization: Bearer <ONRECORD_TOKEN>"');
  }
  if (!timingSafeEqual(digest(presented), digest(configured))) {
    throw new OnrecordError('UNAUTHORIZED', 'the bearer token is not the configured ONRECORD_TOKEN');
  }
}

function readBearer(header: string | undefined | null): string | null {
  if (!header) return null;
  const match = /^Bearer[ \t]+(\S.*)$/i.exec(header.trim());
  return match ? match[1].trim() : null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
