/** The one error type: a stable `code`, a message saying what failed and why, and the underlying cause. */
export type ErrorCode =
  | 'USAGE'
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_INVALID'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_BINARY'
  | 'FETCH_FAILED'
  | 'FETCH_FORBIDDEN'
  | 'FETCH_TIMEOUT'
  | 'STORE_FAILED'
  | 'STORE_READ_ONLY'
  | 'STORE_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'WRITE_DISABLED'
  | 'INTERNAL';

export class OnrecordError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OnrecordError';
    this.code = code;
  }
}

export function isOnrecordError(value: unknown): value is OnrecordError {
  return value instanceof OnrecordError;
}

/** A short reason from any thrown value, for messages and logs. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
