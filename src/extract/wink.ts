import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type winkNLPType from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance of a thread (sentence breaks and parts of speech), shared by extraction
 * and the claim frames, with its memory of unknown words kept out of tokenisation.
 *
 * wink-nlp remembers every word outside its lexicon that it has read, and its tokeniser consults that
 * memory: "Russia’s" is split into "Russia" and "’s" in a fresh process, but read as one token once
 * the instance has seen "Russia’s." at the end of an earlier sentence. Output then depends on which
 * articles came before, and a worker pool disagrees with a single thread. Here the tokeniser's lookup
 * answers "unknown" for a remembered word (index at or past the model's own lexicon), as it would
 * the first time, so a document reads the same whatever was read before. The words are still
 * remembered (their features are packed once), and the instance is renewed every
 * RENEW_AFTER documents so that memory stays bounded in a long ingest.
 */
type WinkNLP = typeof winkNLPType;
export type Nlp = ReturnType<WinkNLP>;

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
}
type CacheFactory = (coreModel: unknown, featureFn: unknown) => WinkCache;

/**
 * wink-nlp 2.4.0's English "word" and "number" token patterns (its first and third category
 * detectors): its tokeniser adds a text matching one whole, as itself, whether the cache knows it or
 * not.
 */
// wink's own class, combining marks (U+0300–U+036F) included as a range, as it has them
// eslint-disable-next-line no-misleading-character-class
const WORD_TOKEN = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0300-\u036f\u2060]+$/i;
const NUMBER_TOKEN = /^[+-]?\d+(?:[.,\-/:]?\d+)*$/;
/** wink's category numbers for them (token-categories.js of the English model). */
const WORD_CATEGORY = 1;
const NUMBER_CATEGORY = 2;

/**
 * The category a text is remembered under, whatever the context it was first met in. wink packs a new
 * word's features (its token type among them, which the tagger reads) once, with the category of the
 * first reading: "155" first met inside "£155bn" was remembered as a word and tagged PROPN ever after,
 * where a fresh reading tags it NUM, so a document's tags depended on what came before (16 of 7,229
 * documents read forwards and backwards). Plain words and numbers get their own category; null for
 * any other text.
 */
function plainCategory(text: string): number | null {
  if (NUMBER_TOKEN.test(text)) return NUMBER_CATEGORY;
  if (WORD_TOKEN.test(text)) return WORD_CATEGORY;
  return null;
}

/** Documents read before a fresh instance is made (a load costs ~100 ms; this bounds the word memory). */
export const RENEW_AFTER = 50_000;

let instance: Nlp | null = null;
let documents = 0;
let winkNLP: WinkNLP | null = null;
/** Turns forgetting on for the cache made last: wink's own set-up looks its special tokens up first. */
let armLatest: (() => void) | null = null;

/** wink-nlp's factory, loaded with a cache whose lookup forgets the words it learnt. */
function forgetfulWink(): WinkNLP {
  const require = createRequire(import.meta.url);
  const winkPath = require.resolve('wink-nlp');
  const cachePath = join(dirname(winkPath), 'cache.js');
  const original = require(cachePath) as CacheFactory;
  const forgetful: CacheFactory = (coreModel, featureFn) => {
    const cache = original(coreModel, featureFn);
    const known = (coreModel as { features: { lexeme: { intrinsicSize: number } } }).features.lexeme
      .intrinsicSize;
    const { lookup, add } = cache;
    // Forget only for the tokeniser: while a word is being added, the model's feature functions look
    // up its lower-case form, which they have just added, and need it found.
    let armed = false;
    let adding = false;
    // Whether each remembered word (by its index past the lexicon: one index per text) is a plain word or
    // number, answered once instead of at every lookup (0 not yet asked, 1 plain, 2 not).
    let plain = new Uint8Array(1024);
    cache.lookup = (text) => {
      const found = lookup(text);
      if (!armed || adding || found === null || found.length !== 1) return found;
      // A remembered plain word or number reads the same found or not (wink's tokeniser adds it whole
      // either way, as its own index): only other remembered tokens, which a first reading would have
      // split ("Veldonqa’s"), are forgotten. Skipping the tokeniser's fresh path for the rest saves
      // about a tenth of wink's reading of Reuters, whose numbers and names recur.
      const index = found[0]!;
      if (index < known) return found;
      const at = index - known;
      if (at >= plain.length) {
        const grown = new Uint8Array(Math.max(plain.length * 2, at + 1));
        grown.set(plain);
        plain = grown;
      }
      if (plain[at] === 0) plain[at] = plainCategory(text) !== null ? 1 : 2;
      return plain[at] === 1 ? found : null;
    };
    cache.add = (text, category) => {
      adding = true;
      try {
        return add(text, armed ? (plainCategory(text) ?? category) : category);
      } finally {
        adding = false;
      }
    };
    armLatest = () => (armed = true);
    return cache;
  };
  // wink-nlp.js takes its cache factory when it is first evaluated: evaluate a copy of it that sees
  // ours, and put back whatever was loaded before, so other users of wink-nlp are untouched.
  const loaded = require.cache[winkPath];
  const cacheModule = require.cache[cachePath]!;
  delete require.cache[winkPath];
  cacheModule.exports = forgetful;
  try {
    return require(winkPath) as WinkNLP;
  } finally {
    cacheModule.exports = original;
    if (loaded) require.cache[winkPath] = loaded;
    else delete require.cache[winkPath];
  }
}

/**
 * A read document as wink-nlp holds it (wink-nlp 2.4.0, src/constants.js): four numbers a token, the
 * lexeme's index first, the count of spaces before it in the low 16 bits of the second (0xFFFF: other
 * spaces, kept in `nonBreakingSpaces`), the part of speech in bits 20-25 of the third. Reading these
 * directly costs a fraction of three `out()` passes, which build a string per token and attribute.
 */
export interface RawDocument {
  tokens: number[];
  numOfTokens: number;
  nonBreakingSpaces: Record<number, string>;
  cache: {
    value(index: number): string;
    valueOf(feature: 'pos', index: number): string;
  };
}

/** wink's masks for the number holding a token's spaces and the one holding its part of speech. */
export const SPACES_MASK = 0xffff;
export const POS_MASK = 0x3f00000;
export const POS_SHIFT = 20;

let captured: RawDocument | null = null;
/** An `its` mapper that hands back the document it is given (wink's own mappers read it the same way). */
const captureDocument = (_index: number, rdd: RawDocument): number => {
  captured = rdd;
  return 0;
};
let captureRegistered = false;

/**
 * The raw data of a document read by the thread's instance, null when it has no token. wink accepts
 * only mappers in its own list (src/allowed.js), the same list object for every copy of wink-nlp.js:
 * ours is added to it once.
 */
export function rawDocument(doc: ReturnType<Nlp['readDoc']>): RawDocument | null {
  if (!captureRegistered) {
    const require = createRequire(import.meta.url);
    const allowed = require(join(dirname(require.resolve('wink-nlp')), 'allowed.js')) as {
      its4token: Set<unknown>;
    };
    allowed.its4token.add(captureDocument);
    captureRegistered = true;
  }
  const tokens = doc.tokens();
  if (tokens.length() === 0) return null;
  captured = null;
  tokens.itemAt(0).out(captureDocument as never);
  const raw = captured as RawDocument | null;
  captured = null;
  if (raw === null || !Array.isArray(raw.tokens)) throw new Error('wink-nlp did not hand back its document');
  return raw;
}

/** The thread's instance for reading one more document. */
export function nlpForDocument(): Nlp {
  if (instance === null || documents >= RENEW_AFTER) {
    winkNLP ??= forgetfulWink();
    instance = winkNLP(model, ['sbd', 'pos']);
    if (armLatest === null) throw new Error('wink-nlp did not take the forgetful cache');
    armLatest();
    armLatest = null;
    documents = 0;
  }
  documents += 1;
  return instance;
}
