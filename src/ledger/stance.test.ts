import { describe, expect, it } from 'vitest';
import { opposedPush, readStance } from './stance.js';
import { tokenize } from './tokenize.js';

const stanceOf = (text: string) => readStance(tokenize(text));

// Statements written for these tests.
describe('readStance lean', () => {
  it.each([
    ['The minimum wage should be raised.', 1],
    ['Rent control is the best protection for tenants.', 1],
    ['We will abolish the wealth tax.', -1],
    ['The railways should be privatized.', -1],
    ['Harsher penalties for burglary are needed.', -1],
    ['Deportations must be stopped.', 1],
    ['We oppose any further tax increases.', -1],
    ['We will abolish the tax cuts for the rich.', 1],
    ['Red tape must be cut for small firms.', -1],
    ['Climate protection should not be weakened.', 1],
  ])('%s leans %i', (text, sign) => {
    expect(Math.sign(stanceOf(text).lean)).toBe(sign);
  });

  it('reads a word inside a term as part of the term, not as a reversal', () => {
    const reading = stanceOf('A speed limit should apply in every town.');
    expect(reading.terms.map((term) => term.term)).toContain('speed limit');
    expect(reading.lean).toBeGreaterThan(0);
  });

  it('keeps a reversal inside its clause', () => {
    const reading = stanceOf('We reject new taxes, but public transport needs more money.');
    const transport = reading.terms.find((term) => term.term === 'public transport');
    expect(transport?.reversed).toBe(false);
    const tax = reading.terms.find((term) => term.term === 'tax');
    expect(tax?.reversed).toBe(true);
  });

  it('reads no lean from a statement without political terms', () => {
    expect(stanceOf('The weather was fine on Tuesday.').lean).toBe(0);
  });
});

describe('opposedPush', () => {
  it.each([
    ['We must raise the minimum wage.', 'The minimum wage should be cut.', 'minimum wage', 'raise', 'cut'],
    [
      'Nuclear plants should stay open.',
      'Nuclear plants must be phased out.',
      'nuclear plants',
      'stay',
      'phased',
    ],
    [
      'Gender studies should not be taught.',
      'Universities must keep gender studies.',
      'gender studies',
      'keep',
      'not',
    ],
  ])('%s / %s → %s', (a, b, phrase, up, down) => {
    expect(opposedPush(stanceOf(a), stanceOf(b))).toEqual({ noun: expect.any(String), phrase, up, down });
  });

  it('finds nothing when both push the same way or share no noun', () => {
    expect(
      opposedPush(stanceOf('Bus fares should be cut.'), stanceOf('We will lower bus fares.')),
    ).toBeNull();
    expect(opposedPush(stanceOf('Pensions must rise.'), stanceOf('The army should be cut.'))).toBeNull();
  });
});
