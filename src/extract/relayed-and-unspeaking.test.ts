import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Sentences written for these tests; the names are invented.

/** Each statement as "speaker: content" (the content as written, quotation marks included). */
function said(text: string): string[] {
  return extract({ text, published: '2024-03-01' }).map((s) => `${s.speaker.name}: ${s.quote.text}`);
}

describe('"according to" an outlet after a whole reported clause relays it', () => {
  it.each([
    {
      name: 'after a quotation the content ends before the relay',
      text: 'The minister said on Friday that "the talks will go on", according to Reuters.',
      expected: ['the minister: "the talks will go on"'],
    },
    {
      name: 'after an indirect clause',
      text: 'The Kremlin said the talks would continue, according to the Tavrin news agency.',
      expected: ['the Kremlin: the talks would continue'],
    },
    {
      name: 'after an opening phrase and "told"',
      text: 'On Monday, Lena Voss told the council the bridge would reopen, according to the Harbour Gazette.',
      expected: ['Lena Voss: the bridge would reopen'],
    },
  ])('$name', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    {
      name: 'no comma: the source of a figure inside the content',
      text: 'Lena Voss said rival ferries, of which there are now nine according to recent figures, cut fares.',
      expected: [
        'Lena Voss: rival ferries, of which there are now nine according to recent figures, cut fares',
      ],
    },
    {
      name: 'a negated verb: the source says what was not said',
      text: 'The port authority has not said when it would decide, according to a spokesman.',
      expected: ['a spokesman: The port authority has not said when it would decide'],
    },
    {
      name: 'a verb inside a clause the relay speaks for',
      text: 'It was the first time Tavria had publicly announced drills, according to the Harbour Gazette.',
      contains: 'the Harbour Gazette: It was the first time Tavria had publicly announced drills',
    },
    {
      name: 'an estimate, whose source may be the one named',
      text: 'Analyst Ivo Rask estimated the port to be worth 130 million dollars, according to Ledger Weekly.',
      notExpected: 'Ivo Rask: the port to be worth 130 million dollars',
    },
  ])('$name stays', ({ text, expected, contains, notExpected }) => {
    if (expected) expect(said(text)).toEqual(expected);
    if (contains) expect(said(text)).toContain(contains);
    if (notExpected) expect(said(text)).not.toContain(notExpected);
  });
});
