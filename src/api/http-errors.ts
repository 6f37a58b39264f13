import type { ErrorCode } from '../errors.js';
import { OnrecordError, describeError } from '../errors.js';

/** The one place error codes become HTTP statuses (DESIGN.md: "The HTTP layer maps codes ... in one place"). */
const STATUS_BY_CODE: Record<ErrorCode, number> = {
  USAGE: 400,
  INPUT_INVALID: 400,
  INPUT_NOT_FOUND: 404,
  INPUT_UNREADABLE: 422,
  INPUT_TOO_LARGE: 413,
  INPUT_BINARY: 415,
  FETCH_FAILED: 502,
  FETCH_FORBIDDEN: 422,
  FETCH_TIMEOUT: 504,
  STORE_FAILED: 500,
  STORE_READ_ONLY: 503,
  STORE_UNAVAILABLE: 503,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  WRITE_DISABLED: 403,
  INTERNAL: 500,
};

export function statusForCode(code: ErrorCode): number {
  return STATUS_BY_CODE[code] ?? 500;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

export interface HttpError {
  status: number;
  body: ErrorBody;
}

/**
 * Turns anything thrown into a status and a JSON body. Unknown errors become INTERNAL with a generic
 * message: their text may carry paths or SQL that a caller has no business seeing.
 */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof OnrecordError) {
    return {
      status: statusForCode(error.code),
      body: { error: { code: error.code, message: error.message } },
    };
  }
  return {
    status: 500,
    body: { error: { code: 'INTERNAL', message: `Internal error: ${internalReason(error)}` } },
  };
}

function internalReason(error: unknown): string {
  // Only the error's class travels to the client; the full message goes to the server log.
  return error instanceof Error ? error.name : typeof error;
}

export function logInternal(error: unknown): void {
  if (!(error instanceof OnrecordError)) {
    process.stderr.write(`onrecord serve: ${describeError(error)}\n`);
  }
}

export const ALL_ERROR_CODES = Object.keys(STATUS_BY_CODE) as ErrorCode[];
