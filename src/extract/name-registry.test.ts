import { describe, expect, it } from 'vitest';
import { stem } from './name-registry.js';

describe('stem', () => {
  it.each([
    // a demonym and its country share a stem
    ['ukrainian', 'ukrai'],
    ['ukraine', 'ukrai'],
    ['polish', 'pol'],
    ['poland', 'pol'],
    ['american', 'united-states'],
    ['u.s.', 'united-states'],
    // short words are their own stem
    ['envoy', 'envoy'],
    // the names of properties every object has are words like any other
    ['constructor', 'const'],
    ['tostring', 'tostr'],
    ['valueof', 'value'],
    ['hasownproperty', 'hasow'],
    ['__proto__', '__pro'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
