import { describe, expect, it } from 'vitest';
import { STATEMENT_PARAMS, readQuery } from './query-params.js';

const base = 'http://127.0.0.1/api/statements';

describe('readQuery', () => {
  it('reads typed values and skips empty ones', () => {
    expect(
      readQuery(`${base}?q=NATO&limit=10&from=2024-11-01&kind=direct&speaker=`, STATEMENT_PARAMS),
    ).toEqual({
      q: 'NATO',
      limit: 10,
      from: '2024-11-01',
      kind: 'direct',
    });
  });

  it.each([
    ['unknown parameter', '?speeker=x', /unknown query parameter "speeker"/],
    ['repeated parameter', '?q=a&q=b', /more than once/],
    ['bad kind', '?kind=rumour', /must be one of direct, indirect, mixed/],
    ['bad date', '?from=2024-13-45', /YYYY-MM-DD/],
    ['limit too large', '?limit=100000', /between 1 and 200/],
    ['limit not a number', '?limit=ten', /must be an integer/],
    ['query too long', `?q=${'x'.repeat(501)}`, /longer than 500/],
  ])('refuses %s', (_name, search, message) => {
    expect(() => readQuery(`${base}${search}`, STATEMENT_PARAMS)).toThrow(message);
  });
});
