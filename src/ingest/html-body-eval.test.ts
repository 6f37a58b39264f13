import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateHtmlBodies, tokenF1 } from '../../eval/html-body.js';
import { readConfig } from '../config.js';

describe('tokenF1 (the body-extraction measure)', () => {
  it.each([
    ['identical', 'The cat sat.', 'the CAT sat', 1, 1],
    ['extra tokens lower precision', 'the cat sat on the mat', 'the cat sat', 0.5, 1],
    ['missing tokens lower recall', 'the cat', 'the cat sat on', 1, 0.5],
    ['bags, not sets', 'the the the', 'the', 1 / 3, 1],
    ['nothing in common', 'dog', 'cat', 0, 0],
  ])('%s', (_name, predicted, gold, precision, recall) => {
    const score = tokenF1(predicted, gold);
    expect(score.precision).toBeCloseTo(precision);
    expect(score.recall).toBeCloseTo(recall);
  });

  it('is 1 when both are empty and 0 when only one is', () => {
    expect(tokenF1('', '').f1).toBe(1);
    expect(tokenF1('', 'words').f1).toBe(0);
  });
});

describe('HTML body F1 on ../shared/corpora/html', () => {
  const corpus = join(readConfig().sharedDir, 'corpora', 'html');
  it('returns null when the corpus is absent', () => {
    expect(evaluateHtmlBodies(join(corpus, 'no-such-dir'))).toBeNull();
  });

  it.skipIf(!existsSync(join(corpus, 'ground-truth.json')))(
    'keeps the mean token F1 at or above 0.90',
    () => {
      const report = evaluateHtmlBodies(corpus);
      expect(report?.pages).toBe(181);
      expect(report?.f1).toBeGreaterThanOrEqual(0.9);
    },
    120_000,
  );
});
