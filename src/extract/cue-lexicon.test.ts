import { describe, expect, it } from 'vitest';
import { CUE_LEXICON, lookupCue } from './cue-lexicon.js';

describe('reporting-verb lexicon', () => {
  it('holds a few hundred verbs', () => {
    const lemmas = new Set([...CUE_LEXICON.values()].map((entry) => entry.lemma));
    expect(lemmas.size).toBeGreaterThanOrEqual(250);
  });

  it.each([
    ['said', 'say', 'speech'],
    ['says', 'say', 'speech'],
    ['told', 'tell', 'object'],
    ['wrote', 'write', 'speech'],
    ['added', 'add', 'speech'],
    ['warned', 'warn', 'object'],
    ['suggested', 'suggest', 'speech'],
    ['insisted', 'insist', 'speech'],
    ['denied', 'deny', 'speech'],
    ['acknowledged', 'acknowledge', 'speech'],
    ['replied', 'reply', 'speech'],
    ['testified', 'testify', 'speech'],
    ['begged', 'beg', 'speech'],
    ['tweeted', 'tweet', 'speech'],
    ['thinks', 'think', 'belief'],
    ['criticized', 'criticize', 'attitude'],
    ['spoke', 'speak', 'attitude'],
  ])('%s → %s (%s)', (form, lemma, cueClass) => {
    expect(lookupCue(form)).toEqual({ lemma, cueClass });
  });

  it('leaves out words that only look like reporting verbs', () => {
    for (const form of ['related', 'counter', 'point', 'statement', 'saying-so'])
      expect(lookupCue(form)).toBeUndefined();
  });
});
