import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Unnamed sources in wire copy: sentences written for these tests; the people are invented.
const extractText = (text: string) => extract({ text, published: '2023-05-12' });

describe('a source who goes unnamed', () => {
  it.each([
    [
      'Piotr Lanz arrived in Vienna. The talks went well, one official, who asked not to be named, said.',
      'one official',
      'The talks went well',
    ],
    [
      'Piotr Lanz visited Brussels. A senior diplomat, speaking on condition of anonymity, said the package would pass.',
      'a senior diplomat',
      'the package would pass',
    ],
    [
      'Anna Lanz spoke on Tuesday. An official who requested anonymity said the call lasted an hour.',
      'an official',
      'the call lasted an hour',
    ],
    [
      'Anna Lanz spoke on Tuesday. An aide who declined to be identified said the call was tense.',
      'an aide',
      'the call was tense',
    ],
    [
      'Anna Lanz met the envoy. "We are close to a deal," a source told the Morning Courier.',
      'a source',
      '"We are close to a deal,"',
    ],
  ])('%j', (text, speaker, quote) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].quote.text).toBe(quote);
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].cue?.lemma).not.toBe('ask');
  });

  it.each([
    [
      'But according to the senior official, who asked to remain anonymous, more troops have arrived.',
      'more troops have arrived',
      'the senior official',
    ],
    [
      'The plan failed, according to one diplomat, who asked not to be named.',
      'The plan failed',
      'one diplomat',
    ],
  ])('after "according to": %j', (text, quote, speaker) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].quote.text).toBe(quote);
    expect(statements[0].speaker.name).toBe(speaker);
  });

  it.each([
    [
      '"Prices fell again today," a senior dealer at a Harbour bank told the Morning Courier.',
      'a senior dealer',
    ],
    ['"Talks stalled," a diplomat from a Nordic country said.', 'a diplomat'],
    ['"Demand is weak," one trader with a Tokyo house said.', 'one trader'],
  ])('is the role before where it works: %j', (text, speaker) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe(speaker);
  });

  it('still reads a question put (with `stances`, as PolNeAR counts questions)', () => {
    const [statement] = extract(
      { text: 'Anna Lanz asked whether the border would open.', published: '2023-05-12' },
      { stances: true },
    );
    expect(statement.cue?.lemma).toBe('ask');
  });
});
