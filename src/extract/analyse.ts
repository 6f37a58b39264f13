import { lookupCue } from './cue-lexicon.js';
import { isFirstName } from './speaker-words.js';
import { nlpForDocument } from './wink.js';

/** One token of the article with its offsets into the original text. */
export interface Token {
  start: number;
  end: number;
  value: string;
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, ...). */
  pos: string;
  /** Index of the wink-nlp sentence the token belongs to. */
  sentence: number;
}

export interface Analysis {
  tokens: Token[];
  /** Token index ranges [first, last] of wink-nlp's sentences. */
  sentences: Array<[number, number]>;
}

const LETTERS = /^\p{L}+$/u;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Lower-case words wink-nlp takes for abbreviations (of states, inches, numbers) with their full stop. */
const STOP_GLUED = /^(?:ill|miss|wash|ore|mass|ind|cal|conn|tenn|in|no|sun)\.$/;

/** First names that are also verbs, beyond the lists of common first names ("Josh Hendler", "Grant Young"). */
const VERB_LIKE_FIRST_NAMES = new Set(['josh', 'grant', 'bill', 'chuck', 'wade', 'pat', 'rob', 'bob', 'sue']);

/**
 * "Josh/VERB Hendler/PROPN, a Democratic operative, warned …": wink-nlp reads a capitalised first name
 * that is also a verb as the verb when a surname follows. ("Will" and "May" stay out: "Will Trump win?")
 */
function firstNameReadAsVerb(
  value: string,
  tag: string,
  nextValue: string | undefined,
  nextTag: string | undefined,
): boolean {
  if (tag !== 'VERB' || nextTag !== 'PROPN' || nextValue === undefined) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(value) || !/^\p{Lu}\p{Ll}/u.test(nextValue)) return false;
  const lower = value.toLowerCase();
  return isFirstName(lower) || VERB_LIKE_FIRST_NAMES.has(lower);
}

/**
 * "Richard Burr/VERB, a Republican, acknowledged …": a capitalised "verb" right after a common first name,
 * with no capital after it, is the surname (a headline's "Trump Says …" keeps its reporting verb).
 */
function surnameReadAsVerb(
  value: string,
  tag: string,
  previous: Token | undefined,
  nextValue: string | undefined,
): boolean {
  if (tag !== 'VERB' || previous === undefined || previous.pos !== 'PROPN') return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(value) || lookupCue(value.toLowerCase()) !== undefined) return false;
  if (nextValue !== undefined && /^\p{Lu}/u.test(nextValue)) return false;
  return isFirstName(previous.lower);
}

/** The token after a full stop opens a sentence: a capital, a quotation mark, or nothing at all. */
function endsSentence(next: string | undefined): boolean {
  return next === undefined || /^[\p{Lu}"“‘']/u.test(next) || next.trim() === '';
}

/**
 * One copy of each word's string for every token that holds it. The engine keeps literal strings
 * ("the", "said") in its string table and compares two such strings by identity; a word the tagger built
 * or lower-cased anew is another kind of string, and code compiled for the one kind is thrown away and
 * recompiled when the other first reaches it (a capitalised "State" after many "state"). A property
 * name is always the table's copy, so Object.keys hands it back (a number such as "2004" is kept as an
 * element, not a name: JSON.parse gives its short strings from the table). The table is an object used
 * as a dictionary, whose keyed lookups cost a third of a Map's here; bounded: renewed past 200,000 words.
 */
let words: Record<string, string> = Object.create(null) as Record<string, string>;
let wordCount = 0;
function interned(word: string): string {
  let shared = words[word];
  if (shared === undefined) {
    if (++wordCount > 200_000) {
      words = Object.create(null) as Record<string, string>;
      wordCount = 1;
    }
    shared = /^\d{1,9}$/.test(word) ? (JSON.parse(`"${word}"`) as string) : Object.keys({ [word]: 0 })[0];
    words[shared] = shared;
  }
  return shared;
}

/** Two letter runs with nothing between them, one holding a letter beyond Latin-1: one word split apart. */
function splitWord(before: string, after: string): boolean {
  if (before.length === 0 || after.length === 0) return false;
  const first = before.charCodeAt(before.length - 1);
  const next = after.charCodeAt(0);
  // Fast path: both sides ASCII letters never reach here split; anything ASCII-only is not a split.
  if (first < 0x100 && next < 0x100 && !BEYOND_LATIN1.test(before) && !BEYOND_LATIN1.test(after))
    return false;
  return LETTERS.test(before) && LETTERS.test(after);
}

/**
 * Runs wink-nlp once over the text and maps every token back to its UTF-16 offsets. wink-nlp keeps the
 * spaces before each token, so the offsets follow from a running sum; where its token value differs from
 * the text (it normalises a few characters), a bounded search re-synchronises instead of drifting.
 */
export function analyse(text: string): Analysis {
  if (text.length === 0) return { tokens: [], sentences: [] };
  const instance = nlpForDocument();
  const its = instance.its;
  const doc = instance.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([first, last], index) => {
    for (let i = first; i <= last && i < values.length; i++) sentenceOf[i] = index;
  });
  const tokens: Token[] = [];
  let cursor = 0;
  let extraSentences = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let start = cursor + spaces[i].length;
    if (text.startsWith(value, start) === false) {
      const found = text.indexOf(value, cursor);
      if (found < 0 || found - cursor > 64 + spaces[i].length) continue;
      start = found;
    }
    const end = start + value.length;
    cursor = end;
    // wink-nlp splits words at letters outside Latin-1 ("Nausėda" → "Naus", "ė", "da"): glue the pieces
    // back into one word, a name when it is capitalised.
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && previous.end === start && splitWord(previous.value, value)) {
      previous.end = end;
      previous.value = interned(previous.value + value);
      previous.lower = interned(previous.value.toLowerCase());
      if (/^\p{Lu}/u.test(previous.value)) previous.pos = 'PROPN';
      else if (previous.pos === 'X') previous.pos = 'NOUN';
      continue;
    }
    // "Press Secretary Josh/VERB Earnest": a capitalised "verb" between two names is a name.
    if (
      tags[i] === 'PROPN' &&
      previous !== undefined &&
      previous.pos === 'VERB' &&
      tokens.length > 1 &&
      tokens[tokens.length - 2].pos === 'PROPN' &&
      /^\p{Lu}\p{Ll}/u.test(previous.value) &&
      // "Ann Lee Predicts Council Will …": a headline's reporting verb stays a verb.
      lookupCue(previous.lower) === undefined
    )
      previous.pos = 'PROPN';
    // "the Associated Press", "the Combined Authority": a capitalised participle between "the" and a name
    // is the name's first word, not a verb.
    if (
      tags[i] === 'PROPN' &&
      previous !== undefined &&
      previous.pos === 'VERB' &&
      /^\p{Lu}\p{Ll}+ed$/u.test(previous.value) &&
      tokens.length > 1 &&
      tokens[tokens.length - 2].lower === 'the' &&
      /^\p{Lu}/u.test(value)
    )
      previous.pos = 'PROPN';
    // "the economics think tank said", "a policy think-tank": "think" is part of the noun, not a verb.
    if (/^tanks?$/i.test(value) && previous !== undefined) {
      const think = previous.value === '-' ? tokens[tokens.length - 2] : previous;
      if (think !== undefined && think.lower === 'think') think.pos = 'NOUN';
    }
    // "he was ill. The mayor …": wink-nlp reads a lower-case word that is also an abbreviation (Ill.,
    // Miss., Wash., in., no.) as one token with its full stop. Before a capital, a quotation mark or the
    // end of the text the stop ends the sentence; the tokens after it start a new one.
    const sentence = sentenceOf[i] + extraSentences;
    const nextValue = i + 1 < values.length ? values[i + 1] : undefined;
    if (
      value.length > 0 &&
      value.charCodeAt(value.length - 1) === 46 &&
      STOP_GLUED.test(value) &&
      endsSentence(nextValue)
    ) {
      const glued = interned(value.slice(0, -1));
      tokens.push({
        start,
        end: end - 1,
        value: glued,
        lower: glued,
        pos: tags[i],
        sentence,
      });
      tokens.push({ start: end - 1, end, value: '.', lower: '.', pos: 'PUNCT', sentence });
      if (i + 1 < values.length && sentenceOf[i + 1] === sentenceOf[i]) extraSentences++;
      continue;
    }
    // (a word already in lower case is its own lower-case form: one lookup)
    const word = interned(value);
    const lower = value.toLowerCase();
    tokens.push({
      start,
      end,
      value: word,
      lower: lower === value ? word : interned(lower),
      pos:
        firstNameReadAsVerb(value, tags[i], values[i + 1], tags[i + 1]) ||
        surnameReadAsVerb(value, tags[i], previous, values[i + 1])
          ? 'PROPN'
          : tags[i],
      sentence,
    });
  }
  return { tokens, sentences: spans };
}
