import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, MODEL_FEATURES, readPair, readStatement } from './compare-features.js';

// Statements written for these tests.
describe('readStatement direction', () => {
  it.each([
    ['We advocate the removal of rent control.', -1],
    ['We support the abolition of tuition fees.', -1],
    ['We support more funding for rural schools.', 1],
    ['Rent control should be expanded.', 1],
    ['Rent control should be abolished.', -1],
    ['Local councils should not be undermined by the ministry.', 1],
  ])('%s → %i', (text, direction) => {
    expect(readStatement(text).direction).toBe(direction);
  });
});

describe('readPair', () => {
  it('gives every feature a finite value, the model features included', () => {
    const pair = readPair(
      readStatement('The inheritance tax should be abolished.'),
      readStatement('We will keep the inheritance tax.'),
    );
    expect(pair.features).toHaveLength(FEATURE_NAMES.length);
    for (const value of pair.features) expect(Number.isFinite(value)).toBe(true);
    for (const name of MODEL_FEATURES) expect(FEATURE_NAMES).toContain(name);
  });

  it('finds more rare-word coverage and shared bigrams on the same specific issue', () => {
    const feature = (a: string, b: string, name: (typeof FEATURE_NAMES)[number]) =>
      readPair(readStatement(a), readStatement(b)).features[FEATURE_NAMES.indexOf(name)];
    const same = ['The inheritance tax should be abolished.', 'We will keep the inheritance tax.'] as const;
    const broad = [
      'The inheritance tax should be abolished.',
      'Fuel tax is too high for commuters.',
    ] as const;
    expect(feature(...same, 'sharedBigrams')).toBeGreaterThan(feature(...broad, 'sharedBigrams'));
    expect(feature(...same, 'idfCoverage')).toBeGreaterThan(feature(...broad, 'idfCoverage'));
  });
});

describe('statement kinds', () => {
  it.each([
    ['Bus fares should be cut.', true],
    ['Councils must publish their budgets.', true],
    ['The new bridge is to be built next year.', true],
    ['Bus fares were cut last year.', false],
    ['The council published its budget.', false],
  ])('%s proposes: %s', (text, proposal) => {
    expect(readStatement(text).proposal).toBe(proposal);
  });

  it.each([
    ['Libraries are important for every town.', true],
    ['A good school is the best start in life.', true],
    ['Libraries are not important.', false],
    ['The library should open on Sundays.', false],
  ])('%s praises: %s', (text, praises) => {
    expect(readStatement(text).praises).toBe(praises);
  });

  it('marks two statements from opposite political sides', () => {
    const feature = (a: string, b: string) =>
      readPair(readStatement(a), readStatement(b)).features[FEATURE_NAMES.indexOf('stanceClash')];
    expect(feature('Rent control should be expanded.', 'The free market should set rents.')).toBe(1);
    expect(feature('Rent control should be expanded.', 'Tenants need stronger protection.')).toBe(0);
  });
});
