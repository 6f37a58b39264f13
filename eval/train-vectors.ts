/**
 * Trains the small word vectors that tell related statements from unrelated ones
 * (src/ledger/word-vectors.json): lemma co-occurrence counts over ../shared news text, positive PMI,
 * and a randomised truncated SVD. Only the vectors are kept, never text.
 *
 *   npm run build && node dist/eval/train-vectors.js
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from '../src/config.js';
import { tokenize } from '../src/ledger/tokenize.js';
import { CONTENT_STOPWORDS, isContentToken } from '../src/ledger/word-vectors.js';

const VOCABULARY = 12_000;
const CONTEXTS = 3_000;
const DIMENSIONS = 48;
const WINDOW = 5;

function readTexts(sharedDir: string): string[] {
  const files = [
    'eval/polnear-train.jsonl',
    'corpora/news/bbc-2004-2005.jsonl',
    'corpora/news/ukraine-war-2022-2024.jsonl',
    'corpora/free/gum_wikinews/articles.jsonl',
    'corpora/free/ua_president_kremlin/articles.jsonl',
  ];
  const texts: string[] = [];
  for (const file of files) {
    const path = resolve(sharedDir, file);
    if (!existsSync(path)) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { text?: string; machine_translated?: boolean };
      if (record.text && !record.machine_translated) texts.push(record.text);
    }
  }
  return texts;
}

/** Gram-Schmidt on the columns of a row-major n×k matrix, in place. */
function orthonormalise(matrix: Float64Array, rows: number, columns: number): void {
  for (let j = 0; j < columns; j++) {
    for (let previous = 0; previous < j; previous++) {
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += matrix[i * columns + j] * matrix[i * columns + previous];
      for (let i = 0; i < rows; i++) matrix[i * columns + j] -= dot * matrix[i * columns + previous];
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += matrix[i * columns + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < rows; i++) matrix[i * columns + j] /= norm;
  }
}

/** Eigen-decomposition of a small symmetric matrix (Jacobi rotations). */
function symmetricEigen(input: Float64Array, size: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(size * size);
  for (let i = 0; i < size; i++) v[i * size + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < size; p++) for (let q = p + 1; q < size; q++) off += a[p * size + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < size; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q];
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * size + q] - a[p * size + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p];
          const akq = a[k * size + q];
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k];
          const aqk = a[q * size + k];
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < size; k++) {
          const vkp = v[k * size + p];
          const vkq = v[k * size + q];
          v[k * size + p] = c * vkp - s * vkq;
          v[k * size + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Array.from({ length: size }, (_, i) => a[i * size + i]), vectors: v };
}

function main(): void {
  const { sharedDir, projectDir } = readConfig();
  const texts = readTexts(sharedDir);
  if (texts.length === 0) {
    console.log('train-vectors: no corpora under ../shared; skipped');
    return;
  }
  const documents: string[][] = [];
  const frequency = new Map<string, number>();
  let tokenCount = 0;
  for (const text of texts) {
    const lemmas = tokenize(text)
      .filter(isContentToken)
      .map((token) => token.lemma);
    documents.push(lemmas);
    for (const lemma of lemmas) frequency.set(lemma, (frequency.get(lemma) ?? 0) + 1);
    tokenCount += lemmas.length;
  }
  console.log(`${texts.length} texts, ${tokenCount} content tokens, ${frequency.size} lemmas`);
  const ranked = [...frequency.entries()]
    .filter(([lemma, count]) => count >= 3 && !CONTENT_STOPWORDS.has(lemma))
    .sort((a, b) => b[1] - a[1]);
  const words = ranked.slice(0, VOCABULARY).map(([lemma]) => lemma);
  const wordIndex = new Map(words.map((word, index) => [word, index]));
  const contexts = words.slice(0, CONTEXTS);
  const contextIndex = new Map(contexts.map((word, index) => [word, index]));
  const V = words.length;
  const C = contexts.length;
  const counts = new Float32Array(V * C);
  for (const lemmas of documents) {
    for (let i = 0; i < lemmas.length; i++) {
      const w = wordIndex.get(lemmas[i]);
      if (w === undefined) continue;
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(lemmas.length - 1, i + WINDOW); j++) {
        if (j === i) continue;
        const c = contextIndex.get(lemmas[j]);
        if (c !== undefined) counts[w * C + c] += 1;
      }
    }
  }
  // Positive PMI with context smoothing (alpha 0.75), the standard count-based recipe.
  const rowSum = new Float64Array(V);
  const columnSum = new Float64Array(C);
  for (let w = 0; w < V; w++) {
    for (let c = 0; c < C; c++) {
      const value = counts[w * C + c];
      rowSum[w] += value;
      columnSum[c] += value;
    }
  }
  const smoothed = Array.from(columnSum, (value) => value ** 0.75);
  const smoothedTotal = smoothed.reduce((sum, value) => sum + value, 0);
  const matrix = new Float64Array(V * C);
  for (let w = 0; w < V; w++) {
    for (let c = 0; c < C; c++) {
      const value = counts[w * C + c];
      if (value === 0 || rowSum[w] === 0) continue;
      const pmi = Math.log(value / rowSum[w] / (smoothed[c] / smoothedTotal));
      if (pmi > 0) matrix[w * C + c] = pmi;
    }
  }
  // Randomised SVD: a range finder with two power iterations, then the small k×k problem.
  const k = DIMENSIONS + 8;
  let seed = 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32 - 0.5;
  };
  const omega = Float64Array.from({ length: C * k }, random);
  const multiply = (right: Float64Array): Float64Array => {
    // matrix (V×C) · right (C×k)
    const out = new Float64Array(V * k);
    for (let w = 0; w < V; w++) {
      for (let c = 0; c < C; c++) {
        const value = matrix[w * C + c];
        if (value === 0) continue;
        for (let j = 0; j < k; j++) out[w * k + j] += value * right[c * k + j];
      }
    }
    return out;
  };
  const multiplyTransposed = (left: Float64Array): Float64Array => {
    // matrixᵀ (C×V) · left (V×k)
    const out = new Float64Array(C * k);
    for (let w = 0; w < V; w++) {
      for (let c = 0; c < C; c++) {
        const value = matrix[w * C + c];
        if (value === 0) continue;
        for (let j = 0; j < k; j++) out[c * k + j] += value * left[w * k + j];
      }
    }
    return out;
  };
  let q = multiply(omega);
  orthonormalise(q, V, k);
  for (let iteration = 0; iteration < 2; iteration++) {
    const z = multiplyTransposed(q);
    orthonormalise(z, C, k);
    q = multiply(z);
    orthonormalise(q, V, k);
  }
  const b = multiplyTransposed(q); // = (Qᵀ M)ᵀ, C×k
  const gram = new Float64Array(k * k); // (QᵀM)(QᵀM)ᵀ
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let c = 0; c < C; c++) sum += b[c * k + i] * b[c * k + j];
      gram[i * k + j] = sum;
    }
  }
  const { values, vectors } = symmetricEigen(gram, k);
  const order = values.map((value, index) => ({ value, index })).sort((x, y) => y.value - x.value);
  const dims = order.slice(0, DIMENSIONS);
  // Word vectors U·S^0.5 (the symmetric weighting works better than U·S for similarity).
  const out = new Int8Array(V * DIMENSIONS);
  for (let w = 0; w < V; w++) {
    const row = dims.map(({ value, index }) => {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += q[w * k + j] * vectors[j * k + index];
      return sum * Math.sqrt(Math.sqrt(Math.max(value, 0)));
    });
    const norm = Math.sqrt(row.reduce((sum, value) => sum + value * value, 0)) || 1;
    row.forEach(
      (value, d) =>
        (out[w * DIMENSIONS + d] = Math.max(-127, Math.min(127, Math.round((value / norm) * 127)))),
    );
  }
  const idf = words.map((word) => Math.round(Math.log(tokenCount / (frequency.get(word) ?? 1)) * 10) / 10);
  const path = resolve(projectDir, 'src', 'ledger', 'word-vectors.json');
  writeFileSync(
    path,
    `${JSON.stringify({ dimensions: DIMENSIONS, words, idf, vectors: Buffer.from(out.buffer).toString('base64') })}\n`,
  );
  console.log(`wrote ${path}: ${V} words × ${DIMENSIONS} dimensions`);
}

main();
