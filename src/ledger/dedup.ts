/**
 * The same quote carried by several outlets (syndication, rewrites) is one statement with several
 * sightings. Pure functions, no I/O.
 *
 * Approach:
 * - Normalisation: NFKC, accents folded, lower case, quotation marks and punctuation dropped,
 *   whitespace collapsed, and a light spelling fold on each word (y → i; doubled letters collapsed in
 *   long words) so "Zelenskyy" and "Zelensky" inside a quote agree.
 * - `quoteFingerprint`: a hash of the whole normalised text. Equal fingerprints mean the same words.
 * - `quoteKeys`: lookup keys for near-identical texts, by winnowing (Schleimer, Wilkerson and Aiken,
 *   SIGMOD 2003, the scheme behind MOSS): hash every 3-word shingle and keep the smallest hash of each
 *   window of 4 consecutive shingles (every shingle for texts of 12 words or fewer). Any two texts that
 *   isSameQuote accepts share at least one key, so a store that indexes the keys finds every
 *   candidate without scanning. The fingerprint is one of the keys.
 * - `isSameQuote`: the decision. The two texts must share one contiguous run of words, and may differ
 *   only by words trimmed or added at either end (at most 3, or a fifth of the shared run for long
 *   quotes), and the shared run must hold three quarters of the longer text. A word changed inside, or different words at the same end on both sides, is a different
 *   quote: "we will never give up our land" is not "we will never give up our freedom", and dropping
 *   a "not" in the middle is never a sighting of the same statement.
 */
import { hash } from 'node:crypto';
import { foldDiacritics, normalizeSpacing } from './names.js';

const SHINGLE = 3;
const WINDOW = 4;
/** Longest run compared by isSameQuote, in words; longer texts are compared on their first words. */
const MAX_WORDS = 2000;

/** The normalised words of a quote. */
export function quoteWords(text: string): string[] {
  // ASCII text (most English news) needs no Unicode folding: the same words, faster. So does text whose
  // only other characters are curly quotes, en and em dashes and no-break spaces, once they are the
  // ASCII characters normalizeSpacing makes of them.
  let source = text;
  let ascii = ASCII.test(text);
  if (!ascii && NEAR_ASCII.test(text)) {
    source = text.replace(TYPOGRAPHIC, (c) => TYPOGRAPHIC_ASCII[c]);
    ascii = true;
  }
  const folded = (ascii ? asciiPlain(source) : foldDiacritics(normalizeSpacing(text)).toLowerCase())
    .replace(/\bper cent\b/g, 'percent')
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1') // 1,000 and 1.000 → 1000
    .replace(/['"]/g, '');
  const plain = (ascii ? folded.replace(/[^a-z0-9]+/g, ' ') : folded.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
  if (!plain) return [];
  return plain.split(' ').map(foldWord);
}

const ASCII = /^[\x00-\x7f]*$/;
const NEAR_ASCII = /^[\x00-\x7f\u2018\u2019\u201C\u201D\u2013\u2014\u00A0]*$/;
const TYPOGRAPHIC = /[\u2018\u2019\u201C\u201D\u2013\u2014\u00A0]/g;
const TYPOGRAPHIC_ASCII: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u00A0': ' ',
};

/** What normalizeSpacing and foldDiacritics make of ASCII text, lower-cased: spaces collapsed, a backtick an apostrophe. */
function asciiPlain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/`/g, "'").trim().toLowerCase();
}

/** y → i, and in words of six letters or more doubled letters collapsed (the regular expressions run only where they change something). */
function foldWord(word: string): string {
  const folded = word.includes('y') ? word.replace(/y/g, 'i') : word;
  if (folded.length < 6) return folded;
  for (let i = 1; i < folded.length; i++) {
    if (folded.charCodeAt(i) === folded.charCodeAt(i - 1)) return folded.replace(/(\p{L})\1+/gu, '$1');
  }
  return folded;
}

/** A hash of the normalised words; equal for texts that differ only in case, punctuation, quotes or spacing. */
export function quoteFingerprint(text: string): string {
  // The store asks for a quote's keys and then its fingerprint: the last answer is kept for that.
  if (text === lastFingerprint.text) return lastFingerprint.value;
  const value = fingerprintOf(quoteWords(text));
  lastFingerprint = { text, value };
  return value;
}

let lastFingerprint = { text: '', value: fingerprintOf([]) };

function fingerprintOf(words: string[]): string {
  return hash('sha256', words.join(' '), 'hex').slice(0, 24);
}

/**
 * 53-bit string hash (cyrb53) of the shingle words[from, from + SHINGLE) joined by single spaces, read
 * word by word instead of joined first (the same number; stored keys depend on it): fast, well spread;
 * collisions only add a candidate that isSameQuote rejects.
 */
function shingleHash(words: string[], from: number): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let w = from; w < from + SHINGLE; w++) {
    if (w > from) {
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
    }
    const word = words[w];
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  return finish53(h1, h2);
}

/** cyrb53 of a whole string, as shingleHash is of its words (stored key numbers depend on it). */
export function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish53(h1, h2);
}

/** cyrb53's final mixing of its two 32-bit states into one 53-bit number. */
function finish53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Lookup keys for near-duplicate candidates: the fingerprint plus the winnowed shingle hashes. */
export function quoteKeys(text: string): string[] {
  const words = quoteWords(text);
  const fingerprint = fingerprintOf(words);
  lastFingerprint = { text, value: fingerprint };
  const keys = new Set<string>([fingerprint]);
  const hashes: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.push(shingleHash(words, i));
  if (hashes.length === 0) return [...keys];
  // a pair isSameQuote accepts with a shared run under 6 words has at most 11 words on each side;
  // keeping every shingle of such short texts makes the lookup complete for them too
  if (words.length <= 12) {
    for (const h of hashes) keys.add(shingleKey(h));
    return [...keys];
  }
  const width = Math.min(WINDOW, hashes.length);
  // Neighbouring windows mostly keep the same minimum: a key is made only when it changes.
  let last = -1;
  for (let i = 0; i + width <= hashes.length; i++) {
    let min = hashes[i];
    for (let j = i + 1; j < i + width; j++) if (hashes[j] < min) min = hashes[j];
    if (min !== last) keys.add(shingleKey(min));
    last = min;
  }
  return [...keys];
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A shingle hash's key: "w" and the hash in base 36, as `hash.toString(36)` writes it (stored keys
 * depend on it), by integer division: exact for integers below 2^53, and several times faster than
 * V8's conversion of a number beyond 2^31.
 */
function shingleKey(hash: number): string {
  let digits = '';
  let rest = hash;
  do {
    digits = BASE36[rest % 36] + digits;
    rest = Math.floor(rest / 36);
  } while (rest > 0);
  return `w${digits}`;
}

/** Longest common contiguous run of words: [length, start in a, start in b]. */
function longestCommonRun(a: string[], b: string[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : 0;
      if (current[j] > best[0]) best = [current[j], i - current[j], j - current[j]];
    }
    [previous, current] = [current, previous];
  }
  return best;
}

/** Whether two quote texts are the same quote as carried by different outlets (see the file comment). */
export function isSameQuote(a: string, b: string): boolean {
  const wa = quoteWords(a).slice(0, MAX_WORDS);
  const wb = quoteWords(b).slice(0, MAX_WORDS);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.length === wb.length && wa.every((w, i) => w === wb[i])) return true;
  const [run, startA, startB] = longestCommonRun(wa, wb);
  // short fragments that merely share a phrase ("an end to the conflict") are not one quote
  if (run < 4 || run < 0.75 * Math.max(wa.length, wb.length)) return false;
  const endA = wa.length - startA - run;
  const endB = wb.length - startB - run;
  const allowance = Math.max(3, Math.floor(run / 5));
  // at each end, only one side may have extra words (trimmed or added), never both (changed)
  if (Math.min(startA, startB) > 0 || Math.min(endA, endB) > 0) return false;
  return Math.max(startA, startB) <= allowance && Math.max(endA, endB) <= allowance;
}
