import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameQuote, quoteFingerprint, quoteKeys, quoteWords } from './dedup.js';

const base = 'We are ready to talk, but we will not give away a single metre of our land to anyone.';

function sharesKey(a: string, b: string): boolean {
  const keys = new Set(quoteKeys(a));
  return quoteKeys(b).some((k) => keys.has(k));
}

describe('quoteFingerprint', () => {
  const equal: [string, string][] = [
    [base, base.toUpperCase()],
    [base, `\u201c${base}\u201d`],
    [base, `"${base.replace(/,/g, '')}"`],
    [base, base.replace(/ /g, '   \n ')],
    ["It's the Kremlin's war", 'It\u2019s the Kremlin\u2019s war'],
    ['President Zelenskyy said so', 'President Zelensky said so'],
    ['It cost 1,000 lives', 'It cost 1000 lives'],
  ];
  it.each(equal)('%s ≡ %s', (a, b) => {
    expect(quoteFingerprint(a)).toBe(quoteFingerprint(b));
  });

  it('differs for different words', () => {
    expect(quoteFingerprint('We will not cede territory')).not.toBe(
      quoteFingerprint('We will cede territory'),
    );
  });
});

describe('quoteKeys', () => {
  // Stored in every database (statement_quote_keys, as their quoteKeyNumber): a new computation must
  // give the same strings.
  it.each([
    [
      'We will never give up our land, not one inch of it, whatever they offer us now',
      [
        'ebc84724bb0bd932a9ba588e',
        'w141o9cibm3w',
        'we72a3nlcg6',
        'wcxr5txh1ts',
        'wutsy01u24f',
        'whtommnb670',
      ],
    ],
    [
      'Prices rose 3 per cent, he said',
      ['3c717e03c93b35278deebad3', 'wru48x0o9zw', 'w175k37opbpe', 'w2axgvt7s11w', 'wtqsgf5swpa'],
    ],
  ])('keeps the keys databases hold: %s', (text, keys) => {
    expect(quoteKeys(text)).toEqual(keys);
  });

  it('reads ASCII text as the Unicode path does', () => {
    const pairs: [string, string][] = [
      ['Prices rose 3 per\ncent', 'Prices rose 3 per\u00a0cent'],
      ['don`t go, it\'s "fine"', 'don\u2019t go, it\u2019s \u201cfine\u201d'],
      ['Allowed  connellly yes', 'Allowed\u2003connellly yes\u200b'],
      ['1,000 and 1.000-strong', '1,000 and 1.000\u2013strong'],
    ];
    for (const [ascii, unicode] of pairs) expect(quoteWords(ascii)).toEqual(quoteWords(unicode));
    expect(quoteWords('Allowed connellly yes')).toEqual(['alowed', 'coneli', 'ies']);
  });

  it('reads curly quotes, dashes and no-break spaces as the Unicode path does', () => {
    // A trailing zero-width space sends a text down the Unicode path without changing its words.
    const piece = fc.constantFrom(
      ...['We', 'yes', 'connellly', '1,000', '3', ' per cent', ' ', '\n', ',', '.', "'", '"', '`', '-'],
      ...['\u2018', '\u2019', '\u201C', '\u201D', '\u2013', '\u2014', '\u00A0'],
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(quoteWords(value)).toEqual(quoteWords(`${value}\u200b`));
      }),
    );
  });
});

describe('isSameQuote', () => {
  const cases: [string, string, string, boolean][] = [
    ['identical', base, base, true],
    ['curly quotes and case', base, `\u201C${base.toLowerCase()}\u201D`, true],
    [
      'first words trimmed',
      base,
      'ready to talk, but we will not give away a single metre of our land to anyone',
      true,
    ],
    [
      'last words trimmed',
      base,
      'We are ready to talk, but we will not give away a single metre of our land',
      true,
    ],
    ['a word added at the start', base, `And ${base}`, true],
    [
      'trimmed at one end, extended at the other',
      base,
      'to talk, but we will not give away a single metre of our land to anyone at all',
      true,
    ],
    [
      'a word changed at the end',
      'We will never give up our land',
      'We will never give up our freedom',
      false,
    ],
    ['negation dropped inside', base, base.replace(' not ', ' '), false],
    ['a word changed inside', base, base.replace('metre', 'inch'), false],
    [
      'fragments sharing a phrase',
      'an end to the conflict in Ukraine',
      'to see an end to the conflict',
      false,
    ],
    ['too much trimmed', base, 'we will not give away a single metre', false],
    ['different quotes', base, 'The counteroffensive is going more slowly than we hoped.', false],
    ['short identical', 'hot phase', 'Hot phase', true],
    ['short different', 'hot phase', 'cold phase', false],
    ['empty', '', '', false],
  ];
  it.each(cases)('%s', (_label, a, b, same) => {
    expect(isSameQuote(a, b)).toBe(same);
    expect(isSameQuote(b, a)).toBe(same);
    if (same) expect(sharesKey(a, b)).toBe(true);
  });

  it('finds every accepted pair through a shared key, and accepts end trims that keep three quarters (property)', () => {
    const word = fc.constantFrom(
      'we',
      'will',
      'not',
      'give',
      'land',
      'peace',
      'talks',
      'Russia',
      'must',
      'end',
      'the',
      'war',
      'now',
      'never',
      'our',
      'army',
      'is',
      'ready',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 4, maxLength: 40 }),
        fc.nat(2),
        fc.nat(2),
        fc.array(word, { maxLength: 2 }),
        (words, cutStart, cutEnd, extra) => {
          const a = words.join(' ');
          const trimmed = words.slice(cutStart, words.length - cutEnd);
          fc.pre(trimmed.length >= 4);
          const b = [...extra, ...trimmed].join(' ');
          if (isSameQuote(a, b)) expect(sharesKey(a, b)).toBe(true);
          if (extra.length === 0 && trimmed.length >= 0.75 * words.length)
            expect(isSameQuote(a, b)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
