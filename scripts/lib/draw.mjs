import { readFileSync } from 'node:fs';

// The pieces the seeded dev-set draws share (scripts/draw-free-dev.mjs, scripts/draw-news-dev.mjs): the
// blind set's ids (never drawn, never opened), the attribution-looking test, the excerpt cut, and the
// seeded shuffle (sort by id, then Fisher–Yates with mulberry32), so that a draw is reproducible from its
// seed and the corpus alone.

/** The blind set's documents (eval/gold/free-news-heldout2): listed here so that its files are never opened. */
export const BLIND = [
  'GUM_news_hackers',
  'GUM_news_lanterns',
  'GUM_news_flag',
  'GUM_news_worship',
  'president-gov-ua-75977',
  'president-gov-ua-73917',
  'president-gov-ua-74813',
  'kremlin-68523',
];

/** A sentence that looks as if it reports someone: a quotation mark, or said / noted / stressed / according to. */
export const attributionLooking = /["“”]|\b(said|says|noted|notes|stressed|stresses|according to)\b/i;

/** The number of sentences (cut at . ! ? or a line break) that look attributed. */
export function attributionLookingSentences(text) {
  return text.split(/(?<=[.!?]["”]?)\s+|\n+/).filter((sentence) => attributionLooking.test(sentence)).length;
}

/**
 * The text up to the last paragraph end (if past 60% of limit) or sentence end before limit characters;
 * the whole text when it is no longer than limit. The gold builders cut excerpts the same way.
 */
export function excerpt(text, limit) {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const para = cut.lastIndexOf('\n\n');
  if (para > limit * 0.6) return cut.slice(0, para);
  const sentence = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('." '));
  return cut.slice(0, text[sentence + 1] === '"' ? sentence + 2 : sentence + 1);
}

export function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rows sorted by id, then shuffled in place by a mulberry32 stream seeded with seed. */
export function seededShuffle(rows, seed) {
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const random = mulberry32(seed);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows;
}

/** The non-blank lines of a JSONL file, parsed. */
export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}
