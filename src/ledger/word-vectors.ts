import type { Token } from './tokenize.js';

/** Lemmas too common to say what a text is about (on top of the parts of speech we skip). */
export const CONTENT_STOPWORDS = new Set([
  'be',
  'have',
  'do',
  'say',
  'make',
  'get',
  'go',
  'take',
  'come',
  'see',
  'know',
  'also',
  'would',
  'could',
  'should',
  'will',
  'can',
  'may',
  'might',
  'must',
  'year',
  'time',
  'mr',
  'mrs',
  'ms',
  'new',
  'other',
  'many',
  'more',
  'most',
  'such',
  'own',
  'just',
  'only',
  'very',
  'even',
  'well',
  'still',
  'last',
  'first',
  'way',
  'thing',
  'lot',
  'one',
  'two',
  'told',
  'tell',
  'said',
  'says',
  'think',
  'want',
  'need',
  'use',
  'give',
  'put',
  'look',
  'day',
  'week',
  'month',
  'people',
  'we',
  'us',
  'our',
  'support',
  'advocate',
  'believe',
  'call',
]);

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** Whether a token carries content worth a vector. */
export function isContentToken(token: Token): boolean {
  return CONTENT_POS.has(token.pos) && /^[a-z][a-z-]*$/.test(token.lemma) && token.lemma.length > 1;
}

export interface WordVectors {
  dimensions: number;
  words: string[];
  idf: number[];
  /** Row-major int8 vectors, one row per word, base64. */
  vectors: string;
}

export interface VectorIndex {
  dimensions: number;
  lookup(lemma: string): { vector: Float32Array; idf: number } | null;
}

/** Decodes committed vectors once into a lookup. */
export function indexVectors(data: WordVectors): VectorIndex {
  const bytes = Buffer.from(data.vectors, 'base64');
  const values = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const rows = new Map<string, number>(data.words.map((word, index) => [word, index]));
  // The mean vector is what all news words share; removing it makes cosines tell topics apart.
  const mean = new Float32Array(data.dimensions);
  for (let row = 0; row < data.words.length; row++) {
    for (let d = 0; d < data.dimensions; d++)
      mean[d] += values[row * data.dimensions + d] / 127 / data.words.length;
  }
  const cache = new Map<number, Float32Array>();
  return {
    dimensions: data.dimensions,
    lookup(lemma) {
      const row = rows.get(lemma);
      if (row === undefined) return null;
      let vector = cache.get(row);
      if (!vector) {
        vector = new Float32Array(data.dimensions);
        for (let d = 0; d < data.dimensions; d++)
          vector[d] = values[row * data.dimensions + d] / 127 - mean[d];
        cache.set(row, vector);
      }
      return { vector, idf: data.idf[row] };
    },
  };
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d] * b[d];
    normA += a[d] * a[d];
    normB += b[d] * b[d];
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** The idf-weighted mean of the vectors of the lemmas that have one; null when none has. */
export function textVector(index: VectorIndex, lemmas: string[]): Float32Array | null {
  const sum = new Float32Array(index.dimensions);
  let found = 0;
  for (const lemma of new Set(lemmas)) {
    const entry = index.lookup(lemma);
    if (!entry) continue;
    found++;
    for (let d = 0; d < sum.length; d++) sum[d] += entry.vector[d] * entry.idf;
  }
  return found === 0 ? null : sum;
}

/**
 * For each content lemma of one text, its best cosine to a lemma of the other, averaged both ways:
 * "tuition" finds "students" though the texts share no word.
 */
export function softOverlap(index: VectorIndex, a: string[], b: string[]): number {
  // Capped: the pairwise comparison is quadratic, and a statement's first words say what it is about.
  const vectorsOf = (lemmas: string[]) =>
    [...new Set(lemmas)]
      .slice(0, 64)
      .map((lemma) => index.lookup(lemma))
      .filter((entry) => entry !== null);
  const left = vectorsOf(a);
  const right = vectorsOf(b);
  if (left.length === 0 || right.length === 0) return 0;
  const best = (from: typeof left, to: typeof left) =>
    from.reduce((sum, x) => sum + Math.max(...to.map((y) => cosine(x.vector, y.vector))), 0) / from.length;
  return (best(left, right) + best(right, left)) / 2;
}
