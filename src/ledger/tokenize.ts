import {
  nlpForDocument,
  POS_MASK,
  POS_SHIFT,
  rawDocument,
  type RawDocument,
  SPACES_MASK,
} from '../extract/wink.js';
import type { WinkReading } from '../extract/analyse.js';

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

/** What a token's lexeme and part of speech decide: its value, forms and tag. */
interface TokenForms {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
}

/**
 * The forms of a lexeme with a part of speech (key: lexeme × 64 + tag), for the instance's cache they
 * were read from. Outside contractions, wink's lemma is a function of the two: the lexeme's own lemma,
 * or its lemmatiser's, which consults only the model's own lexicon.
 */
let formsCache: RawDocument['cache'] | null = null;
let formsMemo = new Map<number, TokenForms>();

/** The forms of the token at `index` of a read document (memoised per lexeme and tag). */
function formsAt(raw: RawDocument, index: number, lemmaAt: (index: number) => string): TokenForms {
  const { tokens: data, cache } = raw;
  if (cache !== formsCache) {
    formsCache = cache;
    formsMemo = new Map();
  }
  const lexeme = data[index * 4];
  const tag = (data[index * 4 + 2] & POS_MASK) >>> POS_SHIFT;
  // (a contraction's expansion carries its own lemma in the token)
  const contraction = data[index * 4 + 1] > 65535;
  const key = lexeme * 64 + tag;
  let forms = contraction ? undefined : formsMemo.get(key);
  if (forms === undefined) {
    const text = cache.value(lexeme);
    const pos = cache.valueOf('pos', tag);
    const [lower, lemma] = formsOf(text, pos, lemmaAt(index));
    forms = { text, lower, lemma, pos };
    if (!contraction) formsMemo.set(key, forms);
  }
  return forms;
}

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
  const { tokens: data, nonBreakingSpaces } = raw;
  const count = raw.numOfTokens;
  const sentenceOf = new Array<number>(count).fill(0);
  spans.forEach(([first, last], index) => {
    for (let position = first; position <= last && position < count; position++) sentenceOf[position] = index;
  });
  const items = doc.tokens();
  const lemmaAt = (index: number) => String(items.itemAt(index).out(its.lemma as never));
  const tokens = new Array<Token>(count);
  for (let index = 0; index < count; index++) {
    const spaceCount = data[index * 4 + 1] & SPACES_MASK;
    const space = spaceCount < SPACES_MASK ? ''.padEnd(spaceCount) : nonBreakingSpaces[index];
    const { text, lower, lemma, pos } = formsAt(raw, index, lemmaAt);
    tokens[index] = { text, lower, lemma, pos, sentence: sentenceOf[index], space: String(space ?? '') };
  }
  return tokens;
}

/**
 * A text with, for each of its characters, the offset of the character of the article it came from
 * (-1 for a space put in its place): a statement's content after its quotation marks are taken out
 * (cleanContent in frame.ts).
 */
export interface MappedText {
  text: string;
  origins: number[];
}

/**
 * The spaces wink-nlp's tokeniser splits at besides " " (its model's "splitter"); a run with one of them
 * is kept as it is, a run of plain spaces as a count.
 */
const OTHER_SPACE = /^[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]$/;

/** Index of the first of `starts` (ascending) past `offset`. */
function firstAfter(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The tokens `tokenize(content.text)` gives, taken from wink-nlp's reading of the article instead of
 * read again: the article's tokens whose characters all remain in the content, with the spaces the
 * content puts before them and sentences counted from 0. wink tags a word in the article's context,
 * so a part of speech may differ from the one the content read alone gets. Null when the content is
 * not made of whole tokens of the reading (a mark taken out of a token's middle, two tokens brought
 * together by a bracket taken out): the caller reads the content itself then.
 *
 * Example: the article's `He said: "We [will] stay."`, content `We will stay.` from offset 10 → the
 * reading's tokens We, will, stay, . with "will" after one space.
 */
export function readingTokens(reading: WinkReading, content: MappedText): Token[] | null {
  const { raw, starts, sentences } = reading;
  const { text, origins } = content;
  if (text.length === 0) return [];
  let low = -1;
  for (const origin of origins) {
    if (origin >= 0) {
      low = origin;
      break;
    }
  }
  if (low < 0 || reading.unmapped > 0) return null;
  const count = raw.numOfTokens;
  const tokens: Token[] = [];
  // (the token holding the content's first character, or the first after it)
  let index = Math.max(0, firstAfter(starts, low) - 1);
  let sentence = 0;
  let firstSentence = -1;
  let at = 0;
  let gapStart = 0;
  // (whether the spaces since the last token are plain ones, which wink keeps as a count)
  let plainGap = true;
  let previousEnd = -1;
  for (; index < count && at < text.length; index++) {
    const start = starts[index];
    const forms = formsAt(raw, index, reading.lemmaAt);
    const value = forms.text;
    const end = start + value.length;
    if (end <= low) continue;
    // the content's characters before the token: spaces (kept, or put for a line break) only
    while (at < text.length && origins[at] < start) {
      const code = text.charCodeAt(at);
      if (code !== 32) {
        if (!OTHER_SPACE.test(text[at])) return null;
        plainGap = false;
      }
      at++;
    }
    if (at === text.length) break;
    if (origins[at] !== start) {
      // A token taken out (a quotation mark, a bracket, a line break) inside the content: wink tagged
      // the words around it with it there (a verb right after an opening mark or a line break is often
      // tagged a noun), the content read alone does without it.
      if (tokens.length > 0 || origins[at] < end) return null;
      continue;
    }
    for (let offset = 0; offset < value.length; offset++) {
      if (
        origins[at + offset] !== start + offset ||
        text.charCodeAt(at + offset) !== value.charCodeAt(offset)
      )
        return null;
    }
    const gap = at - gapStart;
    // (two tokens brought together make one word for the tokeniser, "[s]he")
    if (tokens.length > 0 && gap === 0 && start !== previousEnd) return null;
    if (firstSentence < 0) {
      // (the first token's sentence, found by search: a long article has many before it)
      let high = sentences.length - 1;
      while (sentence < high) {
        const middle = (sentence + high) >>> 1;
        if (sentences[middle][1] < index) sentence = middle + 1;
        else high = middle;
      }
      firstSentence = sentence;
    } else while (sentence < sentences.length - 1 && sentences[sentence][1] < index) sentence++;
    tokens.push({
      text: value,
      lower: forms.lower,
      lemma: forms.lemma,
      pos: forms.pos,
      sentence: sentence - firstSentence,
      space:
        gap === 0
          ? ''
          : gap === 1 && plainGap
            ? ' '
            : plainGap
              ? ''.padEnd(Math.min(gap, SPACES_MASK - 1))
              : text.slice(gapStart, at),
    });
    at += value.length;
    gapStart = at;
    plainGap = true;
    previousEnd = end;
  }
  for (; at < text.length; at++) if (text.charCodeAt(at) !== 32 && !OTHER_SPACE.test(text[at])) return null;
  return tokens;
}

/** The text of a run of tokens with its original spacing. */
export function joinTokens(tokens: Token[]): string {
  return tokens
    .map((token, index) => (index === 0 ? '' : token.space) + token.text)
    .join('')
    .trim();
}
