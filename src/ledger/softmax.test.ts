import { describe, expect, it } from 'vitest';
import { decide, decisionConfidence, scores, trainSoftmax } from './softmax.js';
import { scoreClassification } from './classification-score.js';

describe('trainSoftmax', () => {
  it('separates three classes that one feature each tells apart', () => {
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let index = 0; index < 60; index++) {
      const label = index % 3;
      rows.push([1, label === 0 ? 1 : 0, label === 1 ? 1 : 0, (index % 7) / 7]);
      labels.push(label);
    }
    const model = trainSoftmax(rows, labels, {
      classes: ['a', 'b', 'c'],
      features: ['bias', 'x', 'y', 'noise'],
    });
    const predicted = rows.map((row) => decide(model, scores(model, row)));
    expect(predicted).toEqual(labels);
    expect(model.mean[0]).toBe(0);
    expect(model.std[0]).toBe(1);
  });
});

describe('scoreClassification', () => {
  it('computes per-class and macro scores', () => {
    const score = scoreClassification(['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'b'], ['a', 'b', 'c']);
    expect(score.perClass[0]).toMatchObject({ precision: 1, recall: 0.5 });
    expect(score.perClass[1].precision).toBeCloseTo(1 / 3);
    expect(score.perClass[2].f1).toBe(0);
    expect(score.accuracy).toBe(0.5);
    expect(score.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3);
  });
});

describe('decisionConfidence', () => {
  const model = {
    classes: ['a', 'b', 'c'],
    mean: [0],
    std: [1],
    weights: [[0], [0], [0]],
    offsets: [0, 0.3, -0.5],
    features: ['bias'],
  };

  it('gives the class the offsets chose its share of the shifted probabilities, never below a third', () => {
    const probabilities = [0.5, 0.3, 0.2];
    const chosen = decide(model, probabilities);
    expect(chosen).toBe(1);
    // shifted: 0.5, 0.6, 0 (negative counted as 0)
    expect(decisionConfidence(model, probabilities, chosen)).toBeCloseTo(0.6 / 1.1, 6);
    expect(decisionConfidence(model, probabilities, chosen)).toBeGreaterThan(1 / 3);
  });
});
