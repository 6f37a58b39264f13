import { describe, expect, it } from 'vitest';
import { OnrecordError } from '../errors.js';
import { checkToken } from './check-token.js';

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as OnrecordError).code;
  }
}

describe('checkToken', () => {
  it.each([
    ['no token configured', null, 'Bearer anything', 'WRITE_DISABLED'],
    ['empty token configured', '', 'Bearer ', 'WRITE_DISABLED'],
    ['missing header', 's3cret', undefined, 'UNAUTHORIZED'],
    ['wrong scheme', 's3cret', 'Basic s3cret', 'UNAUTHORIZED'],
    ['wrong token', 's3cret', 'Bearer s3cres', 'UNAUTHORIZED'],
    ['longer token', 's3cret', 'Bearer s3cret-and-more', 'UNAUTHORIZED'],
    ['prefix of the token', 's3cret', 'Bearer s3c', 'UNAUTHORIZED'],
    ['right token', 's3cret', 'Bearer s3cret', null],
    ['scheme in lower case', 's3cret', 'bearer s3cret', null],
  ])('%s', (_name, configured, header, expected) => {
    expect(codeOf(() => checkToken(configured, header))).toBe(expected);
  });
});
