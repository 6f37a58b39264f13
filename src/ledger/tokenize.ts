import {
  nlpForDocument,
  POS_MASK,
  POS_SHIFT,
  rawDocument,
  type RawDocument,
  SPACES_MASK,
} from '../extract/wink.js';

/** One word of a statement, as the frame and comparison rules see it. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** The whitespace before the token, to rebuild readable phrases. */
  space: string;
}

/** Irregular or mis-lemmatised forms that matter for the lexicons (wink keeps some plurals and adjectives). */
const LEMMA_FIXES: Record<string, string> = {
  'n\u2019t': 'not',
  "n't": 'not',
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  talks: 'talk',
  arms: 'arms',
  negotiations: 'negotiation',
  sanctions: 'sanction',
  russian: 'russian',
  ceasefire: 'ceasefire',
  'cease-fire': 'ceasefire',
};

/**
 * wink tags many gerunds as nouns and keeps them whole ("ruled out ceding"); the verb lemma is what the
 * lexicons know. A spelling guess: "ceding" → "cede", "stopping" → "stop", "negotiating" → "negotiate".
 */
function gerundLemma(word: string): string {
  let stem = word.slice(0, -3);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ss|ll)$/.test(stem)) return stem.slice(0, -1);
  if (/(at|iz|is|uc|ur|as|ov|iv|ak|ok)$/.test(stem) && !/[aeiou]{2}.$/.test(stem)) stem += 'e';
  else if (stem.length <= 4 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) stem += 'e';
  return stem;
}

/** A word's lower-case form and lemma as the rules see them (LEMMA_FIXES and gerunds applied). */
function formsOf(value: string, pos: string, winkLemma: string): [lower: string, lemma: string] {
  const lower = value.toLowerCase().replace(/\u2019/g, "'");
  let lemma = LEMMA_FIXES[lower] ?? winkLemma.toLowerCase();
  if (pos === 'NOUN' && lemma === lower && lower.length > 5 && lower.endsWith('ing'))
    lemma = gerundLemma(lower);
  return [lower, lemma];
}

/**
 * The forms of a lexeme with a part of speech (key: lexeme × 64 + tag), for the instance's cache they
 * were read from. Outside contractions, wink's lemma is a function of the two: the lexeme's own lemma,
 * or its lemmatiser's, which consults only the model's own lexicon.
 */
let formsCache: RawDocument['cache'] | null = null;
let formsMemo = new Map<number, [string, string]>();

/** Tokens of a text with lemmas and parts of speech (wink-nlp), punctuation kept as its own tokens. */
export function tokenize(text: string): Token[] {
  const nlp = nlpForDocument();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const spans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  // wink's document read directly (see RawDocument): values, spaces and tags as its `out()` gives them,
  // lemmas asked of wink once per lexeme and tag.
  const raw = rawDocument(doc);
  if (raw === null) return [];
  const { tokens: data, cache, nonBreakingSpaces } = raw;
  const count = raw.numOfTokens;
  if (cache !== formsCache) {
    formsCache = cache;
    formsMemo = new Map();
  }
  const sentenceOf = new Array<number>(count).fill(0);
  spans.forEach(([first, last], index) => {
    for (let position = first; position <= last && position < count; position++) sentenceOf[position] = index;
  });
  const items = doc.tokens();
  const lemmaAt = (index: number) => String(items.itemAt(index).out(its.lemma as never));
  const tokens = new Array<Token>(count);
  for (let index = 0; index < count; index++) {
    const lexeme = data[index * 4];
    const value = cache.value(lexeme);
    const tag = (data[index * 4 + 2] & POS_MASK) >>> POS_SHIFT;
    const pos = cache.valueOf('pos', tag);
    const spaceCount = data[index * 4 + 1] & SPACES_MASK;
    const space = spaceCount < SPACES_MASK ? ''.padEnd(spaceCount) : nonBreakingSpaces[index];
    let forms: [string, string] | undefined;
    // (a contraction's expansion carries its own lemma in the token)
    if (data[index * 4 + 1] > 65535) forms = formsOf(value, pos, lemmaAt(index));
    else {
      const key = lexeme * 64 + tag;
      forms = formsMemo.get(key);
      if (forms === undefined) {
        forms = formsOf(value, pos, lemmaAt(index));
        formsMemo.set(key, forms);
      }
    }
    tokens[index] = {
      text: value,
      lower: forms[0],
      lemma: forms[1],
      pos,
      sentence: sentenceOf[index],
      space: String(space ?? ''),
    };
  }
  return tokens;
}

/** The text of a run of tokens with its original spacing. */
export function joinTokens(tokens: Token[]): string {
  return tokens
    .map((token, index) => (index === 0 ? '' : token.space) + token.text)
    .join('')
    .trim();
}
