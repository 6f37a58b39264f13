/**
 * Fits the comparison model (src/ledger/compare-weights.json) on the labelled statement pairs in
 * ../shared/eval/inconsistency-dev.jsonl and reports stratified 5-fold cross-validated scores, so the
 * number is not a score on the data the weights were fitted to.
 *
 *   npm run build && node dist/eval/fit-consistency.js [--write] [--weights]
 *
 * Knobs for experiments: FIT_SEEDS=",a,b,c,d,e,f,g" scores eight splits and prints their mean (one
 * split moves by about ±0.03, so compare means); FIT_SEED=a one other split; FIT_FEATURES=a,b,c
 * another feature set; FIT_L2, FIT_BALANCED=0, FIT_TUNE=0 the training options.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../src/config.js';
import { FEATURE_NAMES, MODEL_FEATURES, readPair, readStatement } from '../src/ledger/compare-features.js';
import { scoreClassification } from '../src/ledger/classification-score.js';
import { decide, scores, trainSoftmax, type SoftmaxModel, type TrainOptions } from '../src/ledger/softmax.js';

export const CLASSES = ['consistent', 'inconsistent', 'unrelated'];

interface Pair {
  id: string;
  a: string;
  b: string;
  label: string;
}

export function readPairs(path: string): Pair[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Pair);
}

/** A deterministic order: folds must not change from run to run. */
function hashOf(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++)
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  return value >>> 0;
}

export function stratifiedFolds(labels: string[], ids: string[], k: number): number[] {
  const fold = new Array<number>(labels.length).fill(0);
  for (const label of new Set(labels)) {
    const members = labels
      .map((value, index) => ({ value, index }))
      .filter((item) => item.value === label)
      .sort((x, y) => hashOf(ids[x.index]) - hashOf(ids[y.index]));
    members.forEach((item, position) => (fold[item.index] = position % k));
  }
  return fold;
}

/** Offsets on the class scores that maximise macro-F1 on the given predictions (coarse grid). */
function tuneOffsets(model: SoftmaxModel, probabilities: number[][], labels: number[]): number[] {
  let best = { f1: -1, offsets: [0, 0, 0] };
  const grid = [-0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5];
  for (const a of grid) {
    for (const c of grid) {
      const offsets = [a, 0, c];
      const trial = { ...model, offsets };
      const predicted = probabilities.map((row) => CLASSES[decide(trial, row)]);
      const f1 = scoreClassification(
        labels.map((label) => CLASSES[label]),
        predicted,
        CLASSES,
      ).macroF1;
      if (f1 > best.f1 + 1e-9) best = { f1, offsets };
    }
  }
  return best.offsets;
}

export function fit(
  rows: number[][],
  labels: number[],
  options: TrainOptions,
  tune: boolean,
  features: string[],
): SoftmaxModel {
  const model = trainSoftmax(rows, labels, { classes: CLASSES, features }, options);
  if (tune) {
    // Offsets from inner cross-validation on the training rows only.
    const inner = stratifiedFolds(
      labels.map((label) => CLASSES[label]),
      rows.map((_, index) => String(index)),
      4,
    );
    const probabilities: number[][] = new Array(rows.length);
    for (let f = 0; f < 4; f++) {
      const train = rows.map((_, index) => index).filter((index) => inner[index] !== f);
      const sub = trainSoftmax(
        train.map((index) => rows[index]),
        train.map((index) => labels[index]),
        { classes: CLASSES, features },
        options,
      );
      rows.forEach((row, index) => {
        if (inner[index] === f) probabilities[index] = scores(sub, row);
      });
    }
    model.offsets = tuneOffsets(model, probabilities, labels);
  }
  return model;
}

function crossValidate(
  pairs: Pair[],
  rows: number[][],
  labels: number[],
  setup: { seed: string; options: TrainOptions; tune: boolean; used: string[] },
) {
  const folds = stratifiedFolds(
    pairs.map((pair) => pair.label),
    pairs.map((pair) => `${setup.seed}${pair.id}`),
    5,
  );
  const predicted = new Array<string>(pairs.length);
  for (let f = 0; f < 5; f++) {
    const train = pairs.map((_, index) => index).filter((index) => folds[index] !== f);
    const model = fit(
      train.map((index) => rows[index]),
      train.map((index) => labels[index]),
      setup.options,
      setup.tune,
      setup.used,
    );
    pairs.forEach((_, index) => {
      if (folds[index] === f) predicted[index] = CLASSES[decide(model, scores(model, rows[index]))];
    });
  }
  return scoreClassification(
    pairs.map((pair) => pair.label),
    predicted,
    CLASSES,
  );
}

function main(): void {
  const path = resolve(readConfig().sharedDir, 'eval', 'inconsistency-dev.jsonl');
  if (!existsSync(path)) {
    console.log(`fit-consistency: ${path} not found; skipped`);
    return;
  }
  const pairs = readPairs(path);
  const used = process.env.FIT_FEATURES
    ? ['bias', ...process.env.FIT_FEATURES.split(',')]
    : [...MODEL_FEATURES];
  const columns = used.map((name) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]));
  const rows = pairs.map((pair) => {
    const features = readPair(readStatement(pair.a), readStatement(pair.b)).features;
    return columns.map((column) => features[column]);
  });
  const labels = pairs.map((pair) => CLASSES.indexOf(pair.label));
  const options: TrainOptions = {
    l2: Number(process.env.FIT_L2 ?? 0.03),
    epochs: 500,
    learningRate: 0.3,
    balanced: process.env.FIT_BALANCED !== '0',
  };
  const tune = process.env.FIT_TUNE !== '0';
  // FIT_SEED reshuffles the folds, to see how much the score moves with the split.
  // FIT_SEEDS=",a,b,c,d" runs several splits and prints their mean: one split moves by ±0.03.
  const seeds = (process.env.FIT_SEEDS ?? process.env.FIT_SEED ?? '').split(',');
  const macro: number[] = [];
  const perClass = CLASSES.map(() => 0);
  for (const seed of seeds) {
    const cv = crossValidate(pairs, rows, labels, { seed, options, tune, used });
    macro.push(cv.macroF1);
    cv.perClass.forEach((item, index) => (perClass[index] += item.f1 / seeds.length));
    console.log(
      `5-fold stratified cross-validation on ${pairs.length} pairs${seed ? ` (seed ${seed})` : ''}: macro-F1 ${cv.macroF1.toFixed(3)}, accuracy ${cv.accuracy.toFixed(3)}`,
    );
    for (const item of cv.perClass) {
      console.log(
        `  ${item.label.padEnd(13)} P ${item.precision.toFixed(3)}  R ${item.recall.toFixed(3)}  F1 ${item.f1.toFixed(3)}  (n=${item.support})`,
      );
    }
  }
  if (seeds.length > 1) {
    const mean = macro.reduce((sum, value) => sum + value, 0) / macro.length;
    console.log(
      `mean over ${seeds.length} splits: macro-F1 ${mean.toFixed(3)} (min ${Math.min(...macro).toFixed(3)}, max ${Math.max(...macro).toFixed(3)}); ${CLASSES.map((label, index) => `${label} ${perClass[index].toFixed(3)}`).join(', ')}`,
    );
  }
  const model = fit(rows, labels, options, tune, used);
  if (process.argv.includes('--write')) {
    const out = resolve(readConfig().projectDir, 'src', 'ledger', 'compare-weights.json');
    const round = (value: number) => Math.round(value * 10000) / 10000;
    const compact = {
      ...model,
      mean: model.mean.map(round),
      std: model.std.map(round),
      weights: model.weights.map((row) => row.map(round)),
    };
    writeFileSync(out, `${JSON.stringify(compact, null, 1)}\n`);
    console.log(`wrote ${out}`);
  }
  if (process.argv.includes('--weights')) {
    used.forEach((name, index) =>
      console.log(
        `${name.padEnd(26)} ${model.weights.map((row) => row[index].toFixed(2).padStart(7)).join(' ')}`,
      ),
    );
    console.log('offsets', model.offsets);
  }
}

main();
