/**
 * Scores compareStatements on ../shared/eval/inconsistency-dev.jsonl: macro-F1 over consistent,
 * inconsistent and unrelated, and per-class precision, recall and F1. The committed weights were fitted
 * on this same file, so this is a training score; eval/fit-consistency.ts prints the 5-fold
 * cross-validated one.
 *
 *   npm run build && node dist/eval/consistency.js [--file PATH]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../src/config.js';
import { scoreClassification } from '../src/ledger/classification-score.js';
import { compareStatements } from '../src/ledger/compare.js';

const CLASSES = ['consistent', 'inconsistent', 'unrelated'];

function main(): void {
  const fileFlag = process.argv.indexOf('--file');
  const path =
    fileFlag >= 0 && process.argv[fileFlag + 1]
      ? resolve(process.argv[fileFlag + 1])
      : resolve(readConfig().sharedDir, 'eval', 'inconsistency-dev.jsonl');
  if (!existsSync(path)) {
    console.log(`consistency: ${path} not found; skipped`);
    return;
  }
  const pairs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; a: string; b: string; label: string });
  const started = performance.now();
  const predicted = pairs.map((pair) => compareStatements(pair.a, pair.b).relation);
  const elapsed = performance.now() - started;
  const score = scoreClassification(
    pairs.map((pair) => pair.label),
    predicted,
    CLASSES,
  );
  console.log(`${path}: ${pairs.length} pairs, ${(elapsed / pairs.length).toFixed(2)} ms a pair`);
  console.log(`macro-F1 ${score.macroF1.toFixed(3)}  accuracy ${score.accuracy.toFixed(3)}`);
  for (const item of score.perClass) {
    console.log(
      `  ${item.label.padEnd(13)} P ${item.precision.toFixed(3)}  R ${item.recall.toFixed(3)}  F1 ${item.f1.toFixed(3)}  (n=${item.support})`,
    );
  }
  const majority = scoreClassification(
    pairs.map((pair) => pair.label),
    pairs.map(() => 'inconsistent'),
    CLASSES,
  );
  console.log(`majority class (inconsistent): macro-F1 ${majority.macroF1.toFixed(3)}`);
}

main();
