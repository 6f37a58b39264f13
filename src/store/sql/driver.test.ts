import { describe, expect, it } from 'vitest';
import { storableParams } from './driver.js';

describe('storableParams', () => {
  it('replaces each lone surrogate by one U+FFFD, keeping pairs, offsets and other values', () => {
    expect(
      storableParams([
        'a\uD800b',
        'a\uDC00b',
        '\uDC00\uD800',
        'pair \uD83D\uDE00 kept',
        'end \uD83D',
        'plain',
        3,
        null,
      ]),
    ).toEqual([
      'a\uFFFDb',
      'a\uFFFDb',
      '\uFFFD\uFFFD',
      'pair \uD83D\uDE00 kept',
      'end \uFFFD',
      'plain',
      3,
      null,
    ]);
  });

  it('replaces U+0000 only when asked (PostgreSQL)', () => {
    expect(storableParams(['a\u0000b'])).toEqual(['a\u0000b']);
    expect(storableParams(['a\u0000b\uD800'], { nul: true })).toEqual(['a\uFFFDb\uFFFD']);
  });
});
