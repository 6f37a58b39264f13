import { lookupCue } from './cue-lexicon.js';
import {
  COUNTRIES,
  HONORIFICS,
  isFirstName,
  PERSON_DESCRIPTION_NOUNS,
  PLACES,
  ROLE_ACRONYMS,
  TITLE_WORDS,
} from './speaker-words.js';
import { nlpForDocument, POS_MASK, POS_SHIFT, rawDocument, type RawDocument, SPACES_MASK } from './wink.js';

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
  /** wink-nlp's own reading of the text, token by token, for the claim frames; null for a text with no token. */
  reading: WinkReading | null;
}

/**
 * The text as wink-nlp read it, before the corrections above: every wink token with its offset and
 * sentence, its part of speech as wink tagged it, and its lemma on demand. The claim frames
 * (src/ledger/tokenize.ts) read a statement's words from it instead of reading the text a second time.
 */
export interface WinkReading {
  text: string;
  raw: RawDocument;
  /** UTF-16 offset in `text` of each wink token (-1 where its value was not found there). */
  starts: Int32Array;
  /** How many tokens have no offset (their value was not found in the text). */
  unmapped: number;
  /** Token index ranges [first, last] of wink-nlp's sentences. */
  sentences: Array<[number, number]>;
  /** wink's lemma of a token (what `its.lemma` gives it). */
  lemmaAt(index: number): string;
}

const LETTERS = /^\p{L}+$/u;
/** A capital and lower-case letters: what a verb read as a name must look like. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** Lower-case words wink-nlp takes for abbreviations (of states, inches, numbers; "etc.") with their full stop. */
const STOP_GLUED = /^(?:ill|miss|wash|ore|mass|ind|cal|conn|tenn|in|no|sun|etc)\.$/;

/** First names that are also verbs, beyond the lists of common first names ("Josh Hendler", "Grant Young"). */
const VERB_LIKE_FIRST_NAMES = new Set([
  'josh',
  'grant',
  'bill',
  'chuck',
  'wade',
  'pat',
  'rob',
  'bob',
  'sue',
  'hope',
]);

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
 * "“…,” Will/AUX Moy, chief executive of Full Fact, told the BBC", "Will Moy said": "Will" before a
 * capitalised word that a comma, a full stop or a reporting verb in the past or third person follows is a
 * first name, which wink-nlp reads as the modal; a question's modal goes on with a verb's plain form
 * ("Will Trump win?", "Will Britain say so?").
 */
function willAsFirstName(
  value: string,
  nextValue: string | undefined,
  afterNext: string | undefined,
): boolean {
  if (value !== 'Will' || nextValue === undefined || afterNext === undefined) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(nextValue)) return false;
  return (
    afterNext === ',' ||
    afterNext === '.' ||
    /^(?:said|says|told|tells|wrote|writes|added|adds)$/.test(afterNext)
  );
}

/**
 * "The broadsheet Die/VERB Welt said …", "Die Zeit": the German article before a capitalised word opens
 * a paper's name, not the English verb.
 */
function germanArticleOpensName(value: string, nextValue: string | undefined): boolean {
  return value === 'Die' && nextValue !== undefined && /^\p{Lu}\p{Ll}/u.test(nextValue);
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
  if (previous === undefined || previous.pos !== 'PROPN') return false;
  const lower = value.toLowerCase();
  // "Theresa May/NOUN said", "Ada March/NOUN, the minister, said": a month or a modal is a surname too.
  if (tag !== 'VERB' && !((tag === 'NOUN' || tag === 'AUX') && MONTH_OR_MODAL_SURNAMES.has(lower)))
    return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(value) || lookupCue(lower) !== undefined) return false;
  if (nextValue !== undefined && /^\p{Lu}/u.test(nextValue)) return false;
  // "Lord Bach/VERB, the minister, said": a peer's title before the surname, as a first name is.
  return isFirstName(previous.lower) || PEERAGE_TITLES.has(previous.lower);
}

/**
 * "Norman Cook/VERB - aka …", "the Sydney Morning Herald/VERB.": a capitalised "verb" that goes on a run
 * of capitalised words inside a sentence (after a name, or after a capitalised noun that "the" opens), with
 * no capital after it, is the run's last word, not a verb; not a reporting verb ("Ann Lee Says …") nor a
 * participle or -s form ("Kyiv Hit by …" stays a headline's verb).
 */
function capitalisedWordInName(
  value: string,
  tag: string,
  tokens: Token[],
  nextValue: string | undefined,
): boolean {
  const previous = tokens[tokens.length - 1];
  if (tag !== 'VERB' || previous === undefined || !/^\p{Lu}\p{Ll}+$/u.test(value)) return false;
  if (!/^\p{Lu}\p{Ll}/u.test(previous.value)) return false;
  const beforePrevious = tokens[tokens.length - 2];
  // (a two-word name, "Norman Cook", not the last word of a body's, "Human Rights Watch", "the Holy See";
  // a paper's three, "the Sydney Morning Herald")
  const opensRun =
    beforePrevious === undefined || (beforePrevious.pos !== 'PROPN' && beforePrevious.lower !== 'the');
  const named =
    (previous.pos === 'PROPN' && opensRun) ||
    (previous.pos === 'NOUN' &&
      beforePrevious?.pos === 'PROPN' &&
      tokens[tokens.length - 3]?.lower === 'the');
  if (!named) return false;
  const lower = value.toLowerCase();
  if (lookupCue(lower) !== undefined || /(?:ed|ing|s)$/.test(lower)) return false;
  if (PLACES.has(previous.lower) || COUNTRIES.has(previous.lower)) return false;
  return nextValue === undefined || !/^\p{Lu}/u.test(nextValue);
}

/**
 * "Norman Cook has won. Cook/VERB said …": a capitalised "verb" that the story writes elsewhere as a name
 * inside a sentence (after a name, "Norman Cook/PROPN") is that name where no capital follows it (a
 * headline's "Cook Says …" stays). Only words written as a name's last word count, so a first name that is
 * also a verb ("Grant the request") stays a verb.
 */
function readNamesAgain(tokens: Token[]): void {
  let surnames: Set<string> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.pos !== 'PROPN' || tokens[i - 1].pos !== 'PROPN') continue;
    // (a two-word name's second word: "Norman Cook", not "Human Rights Watch" nor "the Holy See"; after a
    // title or a role too when a first name opens it: "Guitarist Brian May", not "Johann Sebastian Bach")
    const opener = tokens[i - 2];
    const titled =
      opener !== undefined &&
      (TITLE_WORDS.has(opener.lower) || PERSON_DESCRIPTION_NOUNS.has(opener.lower)) &&
      isFirstName(tokens[i - 1].lower);
    if (opener !== undefined && (opener.pos === 'PROPN' || opener.lower === 'the') && !titled) continue;
    if (tokens[i + 1]?.pos === 'PROPN' || !CAPITALISED_WORD.test(token.value)) continue;
    (surnames ??= new Set()).add(token.value);
  }
  if (surnames === null) return;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!surnames.has(token.value)) continue;
    if (token.pos === 'VERB') {
      const next = tokens[i + 1]?.value;
      if (next !== undefined && /^\p{Lu}/u.test(next)) continue;
      token.pos = 'PROPN';
    } else if (monthOrModalSurnameAgain(tokens, i)) token.pos = 'PROPN';
  }
}

/** Months and modals that are surnames too, which wink-nlp reads as nouns or modals ("Theresa May"). */
const MONTH_OR_MODAL_SURNAMES = new Set(['may', 'march', 'june', 'august', 'will', 'might']);

/**
 * "Yin Myint May, 60, said", "Aung Thu May told …": a month or a modal after a name of two capitalised
 * words that no common first name opens (surnameReadAsVerb's case), before a comma or a reporting verb's
 * past or -s form, is the name's last word; a month goes on with a day ("… Day May 5"), a modal with a
 * verb's plain form ("Britain May decide").
 */
function monthOrModalEndsName(
  value: string,
  tag: string,
  tokens: Token[],
  nextValue: string | undefined,
): boolean {
  if ((tag !== 'NOUN' && tag !== 'AUX') || !MONTH_OR_MODAL_SURNAMES.has(value.toLowerCase())) return false;
  const previous = tokens[tokens.length - 1];
  const opening = tokens[tokens.length - 2];
  if (previous?.pos !== 'PROPN' || opening?.pos !== 'PROPN') return false;
  if (!CAPITALISED_WORD.test(previous.value) || !CAPITALISED_WORD.test(opening.value)) return false;
  // (a run of two: "the Sydney Morning Herald May …" is no one's)
  const before = tokens[tokens.length - 3];
  if (before !== undefined && (before.pos === 'PROPN' || before.lower === 'the')) return false;
  if (nextValue === ',') return true;
  const entry = nextValue === undefined ? undefined : lookupCue(nextValue.toLowerCase());
  return entry !== undefined && entry.cueClass === 'speech' && entry.lemma !== nextValue!.toLowerCase();
}

/**
 * "Brian May is on tour. May said …", "Mr May told …": a month or a modal the story writes elsewhere as a
 * name's last word is that name again before a reporting verb's past or -s form (no modal goes on with
 * one) or after an honorific; "The report published in May said …" keeps its month (a preposition or a
 * determiner before it), and "Britain May decide" its modal.
 */
function monthOrModalSurnameAgain(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if ((token.pos !== 'NOUN' && token.pos !== 'AUX') || !MONTH_OR_MODAL_SURNAMES.has(token.lower))
    return false;
  const previous = tokens[index - 1];
  if (previous !== undefined && HONORIFICS.has(previous.lower)) return true;
  if (previous !== undefined && (previous.pos === 'ADP' || previous.pos === 'DET' || previous.pos === 'ADJ'))
    return false;
  const next = tokens[index + 1];
  const entry = next === undefined ? undefined : lookupCue(next.lower);
  return (
    entry !== undefined &&
    (entry.cueClass === 'speech' || entry.cueClass === 'object') &&
    entry.lemma !== next!.lower
  );
}

/** Titles of peers and knights, which stand before a surname alone ("Lord Bach", "Baroness Smith"). */
const PEERAGE_TITLES = new Set(['lord', 'lady', 'baroness', 'baron', 'dame', 'sir']);

/** Quotation marks as wink-nlp gives them, closing the quotation before an inverted reporting verb. */
const CLOSING_MARKS = new Set(['"', '”', "''", '’’', '»']);

/**
 * '"…," said Parry.', '"…," said EFF lawyer Kurt Opsahl.': wink-nlp reads the capitalised word right
 * after an inverted reporting verb as a verb ("said Madden/VERB"). After a comma or a closing quotation
 * mark and a past or -s form of a verb of saying, a capitalised word opens the speaker's name or title.
 */
function nameAfterInvertedCue(value: string, tag: string, tokens: Token[]): boolean {
  if (tag !== 'VERB' || !/^\p{Lu}/u.test(value)) return false;
  const verb = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (verb === undefined || before === undefined) return false;
  if (before.value !== ',' && !CLOSING_MARKS.has(before.value)) return false;
  const entry = lookupCue(verb.lower);
  if (entry === undefined || (entry.cueClass !== 'speech' && entry.cueClass !== 'object')) return false;
  return verb.lower !== entry.lemma && !verb.lower.endsWith('ing');
}

/** Participles that open a title ("managing director", "acting president", "presiding judge"). */
const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'presiding', 'founding', 'reigning', 'ranking']);

/**
 * "said managing/VERB director Rodrigo Rato": wink-nlp reads the participle that opens a title as a
 * verb; before a title word it modifies that title.
 */
function participleOpensTitle(value: string, tag: string, nextValue: string | undefined): boolean {
  // (lower case only: "the IMF Managing Director" is a name)
  return (
    tag === 'VERB' &&
    TITLE_PARTICIPLES.has(value) &&
    nextValue !== undefined &&
    TITLE_WORDS.has(nextValue.toLowerCase())
  );
}

/**
 * "Pursuant to your question: …", "Further to …": capitalised words that open a sentence with "to" as a
 * preposition of their own, which wink-nlp reads as names.
 */
const PREPOSITION_OPENERS = new Set([
  'Pursuant',
  'Further',
  'Prior',
  'Contrary',
  'Owing',
  'Due',
  'Thanks',
  'Next',
]);

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
 * Each lexeme's shared word and lower-case form, by wink's index of the lexeme (one string per index in
 * wink's list, for as long as the instance lives): the table lookups and the lower-casing are done once
 * per word of the instance, not once per token. Held side by side (the word at 2 × index, its lower-case
 * form next to it), '' where not yet asked; renewed with the instance.
 */
let formsOf: RawDocument['cache'] | null = null;
let forms: string[] = [];

function growForms(lexeme: number): void {
  const grown = new Array<string>(Math.max(forms.length * 2, 2 * lexeme + 2, 2048)).fill('');
  for (let i = 0; i < forms.length; i++) grown[i] = forms[i];
  forms = grown;
}

/** The shared word of a lexeme (its lower-case form is then at forms[2 × lexeme + 1]). */
function wordOfLexeme(cache: RawDocument['cache'], lexeme: number): string {
  if (cache !== formsOf) {
    formsOf = cache;
    forms = [];
  }
  if (2 * lexeme >= forms.length) growForms(lexeme);
  let word = forms[2 * lexeme];
  if (word === '') {
    const value = cache.value(lexeme);
    word = interned(value);
    // (a word already in lower case is its own lower-case form: one lookup)
    const lower = value.toLowerCase();
    forms[2 * lexeme + 1] = lower === value ? word : interned(lower);
    forms[2 * lexeme] = word;
  }
  return word;
}

/**
 * A token of white space alone (wink-nlp keeps line breaks as tokens): `value.trim() === ''`, with a
 * token opening with a printable ASCII character (nearly all) answered without the call.
 */
export function isBlank(value: string): boolean {
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === '';
}

/** Token index → wink sentence, reused from document to document. */
let sentenceBuffer = new Int32Array(4096);

/**
 * `text.startsWith(value, start)` for a start within the text, a character at a time: tokens are short,
 * and the built-in's call cost a fifth of the loop below.
 */
function occursAt(text: string, value: string, start: number): boolean {
  const length = value.length;
  if (length === 0) return true;
  if (start + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(start + k) !== value.charCodeAt(k)) return false;
  return true;
}

/**
 * Runs wink-nlp once over the text and maps every token back to its UTF-16 offsets. wink-nlp keeps the
 * spaces before each token, so the offsets follow from a running sum; where its token value differs from
 * the text (it normalises a few characters), a bounded search re-synchronises instead of drifting.
 */
export function analyse(text: string): Analysis {
  if (text.length === 0) return { tokens: [], sentences: [], reading: null };
  const instance = nlpForDocument();
  const its = instance.its;
  const doc = instance.readDoc(text);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const raw = rawDocument(doc);
  if (raw === null) return { tokens: [], sentences: spans, reading: null };
  // wink's document read directly (see RawDocument): values, spaces and tags as its `out()` gives them.
  const data = raw.tokens;
  const cache = raw.cache;
  const count = raw.numOfTokens;
  // (the next token's value and tag are read only where a rule needs them)
  const valueAt = (i: number): string | undefined => (i < count ? cache.value(data[i * 4]) : undefined);
  const tagAt = (i: number): string | undefined =>
    i < count ? cache.valueOf('pos', (data[i * 4 + 2] & POS_MASK) >>> POS_SHIFT) : undefined;
  // (one buffer for every document: a typed array made per document cost a twentieth of this function)
  if (sentenceBuffer.length < count)
    sentenceBuffer = new Int32Array(Math.max(count, 2 * sentenceBuffer.length));
  const sentenceOf = sentenceBuffer;
  sentenceOf.fill(0, 0, count);
  spans.forEach(([first, last], index) => {
    for (let i = first; i <= last && i < count; i++) sentenceOf[i] = index;
  });
  // (the reading outlives this call: its offsets are its own array)
  const starts = new Int32Array(count).fill(-1);
  let unmapped = 0;
  // A verb read as a name, "Will" or "Die" opening a name. The next tokens' values and tags are read
  // only for a capitalised verb, "Will" and "Die" (reading them for every token cost a tenth of this
  // loop).
  const readAsName = (value: string, tag: string, previous: Token | undefined, i: number): boolean => {
    if (
      tag === 'VERB' &&
      CAPITALISED_WORD.test(value) &&
      (firstNameReadAsVerb(value, tag, valueAt(i + 1), tagAt(i + 1)) ||
        surnameReadAsVerb(value, tag, previous, valueAt(i + 1)) ||
        capitalisedWordInName(value, tag, tokens, valueAt(i + 1)))
    )
      return true;
    if (
      (tag === 'NOUN' || tag === 'AUX') &&
      previous?.pos === 'PROPN' &&
      CAPITALISED_WORD.test(value) &&
      (surnameReadAsVerb(value, tag, previous, valueAt(i + 1)) ||
        monthOrModalEndsName(value, tag, tokens, valueAt(i + 1)))
    )
      return true;
    // "The EFF/VERB, representing the reporters, has asked …": capitals after "the" are an acronym's (not
    // in a headline in capitals, "THE UNITED NATIONS:", nor a role: "says the DJ", "the MP").
    if (
      tag === 'VERB' &&
      (previous?.value === 'the' || previous?.value === 'The') &&
      /^\p{Lu}{2,6}$/u.test(value) &&
      !ROLE_ACRONYMS.has(value)
    )
      return true;
    if (value === 'Will') return willAsFirstName(value, valueAt(i + 1), valueAt(i + 2));
    return value === 'Die' && germanArticleOpensName(value, valueAt(i + 1));
  };
  const tokens: Token[] = [];
  let cursor = 0;
  let extraSentences = 0;
  for (let i = 0; i < count; i++) {
    const lexeme = data[i * 4];
    const value = wordOfLexeme(cache, lexeme);
    const tag = tagAt(i)!;
    const spaceCount = data[i * 4 + 1] & SPACES_MASK;
    const spaces = spaceCount < SPACES_MASK ? spaceCount : raw.nonBreakingSpaces[i].length;
    let start = cursor + spaces;
    if (!occursAt(text, value, start)) {
      const found = text.indexOf(value, cursor);
      if (found < 0 || found - cursor > 64 + spaces) {
        unmapped++;
        continue;
      }
      start = found;
    }
    starts[i] = start;
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
      tag === 'PROPN' &&
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
      tag === 'PROPN' &&
      previous !== undefined &&
      previous.pos === 'VERB' &&
      /^\p{Lu}\p{Ll}+ed$/u.test(previous.value) &&
      tokens.length > 1 &&
      tokens[tokens.length - 2].lower === 'the' &&
      /^\p{Lu}/u.test(value)
    )
      previous.pos = 'PROPN';
    // "the economics think tank said", "a policy think-tank": "think" is part of the noun, not a verb.
    if ((value.length === 4 || value.length === 5) && /^tanks?$/i.test(value) && previous !== undefined) {
      const think = previous.value === '-' ? tokens[tokens.length - 2] : previous;
      if (think !== undefined && think.lower === 'think') think.pos = 'NOUN';
    }
    // "he was ill. The mayor …": wink-nlp reads a lower-case word that is also an abbreviation (Ill.,
    // Miss., Wash., in., no.) as one token with its full stop. Before a capital, a quotation mark or the
    // end of the text the stop ends the sentence; the tokens after it start a new one.
    const sentence = sentenceOf[i] + extraSentences;
    if (
      value.length > 0 &&
      value.charCodeAt(value.length - 1) === 46 &&
      STOP_GLUED.test(value) &&
      endsSentence(valueAt(i + 1))
    ) {
      const glued = interned(value.slice(0, -1));
      tokens.push({
        start,
        end: end - 1,
        value: glued,
        lower: glued,
        pos: tag,
        sentence,
      });
      tokens.push({ start: end - 1, end, value: '.', lower: '.', pos: 'PUNCT', sentence });
      if (i + 1 < count && sentenceOf[i + 1] === sentenceOf[i]) extraSentences++;
      continue;
    }
    let pos = tag;
    // (the participle and the inverted cue are tested on the token alone before anything next is read)
    if (tag === 'VERB' && TITLE_PARTICIPLES.has(value) && participleOpensTitle(value, tag, valueAt(i + 1)))
      pos = 'ADJ';
    else if (tag === 'PROPN' && PREPOSITION_OPENERS.has(value) && valueAt(i + 1) === 'to') pos = 'ADJ';
    else if (readAsName(value, tag, previous, i) || nameAfterInvertedCue(value, tag, tokens)) pos = 'PROPN';
    tokens.push({ start, end, value, lower: forms[2 * lexeme + 1], pos, sentence });
  }
  readNamesAgain(tokens);
  const items = doc.tokens();
  const lemmaAt = (index: number) => String(items.itemAt(index).out(its.lemma as never));
  return { tokens, sentences: spans, reading: { text, raw, starts, unmapped, sentences: spans, lemmaAt } };
}
