import type { Attribution } from './attribution.js';
import { mention } from './attribution.js';
import { MODAL_VERBS } from './cue-lexicon.js';
import { previousContent } from './attribute-passive.js';
import { findCues } from './find-cues.js';
import { subjectBefore } from './find-subject.js';
import { readTime } from './find-venue.js';
import { readTail } from './read-content.js';
import type { Sentence, Unit } from './segment.js';
import { isComma, isQuote, isTerminal, lowerOf, posOf } from './units.js';

/*
 * "Ukraine will not trade land for peace. The President said this during a meeting with students." The
 * active twin of "This was stated by X" (attribute-passive.ts), as common in official communications and
 * the agencies that follow them: the content is the sentence before, the speaker the subject, and what
 * follows "this" only says where and when ("in an interview with Politico", "while visiting Lviv").
 */

/** Subjects that are the writer or the reader, not a speaker the text reports ("I have said this before"). */
const PERSONAL = new Set(['i', 'we', 'you', 'me', 'us', 'nobody', 'no', 'none', 'everyone', 'everybody']);

/** Words that may open what follows "said this": narration of the occasion, never more words said. */
const OCCASION_LEADS = new Set(['while', 'when', 'following', 'after', 'before', 'as', 'upon', 'amid']);

/**
 * ", according to an Ukrinform correspondent", ", Ukrinform reports": the outlet that relays the sentence,
 * up to its end, with no quotation or colon.
 */
function relayTail(units: Unit[], from: number): boolean {
  let last = units.length - 1;
  while (last > from && isTerminal(units[last])) last--;
  for (let i = from; i <= last; i++) if (isQuote(units[i]) || lowerOf(units[i]) === ':') return false;
  if (lowerOf(units[from]) === 'according' && lowerOf(units[from + 1]) === 'to') return true;
  return /^report(?:s|ed)$/.test(lowerOf(units[last])) && last - from <= 4;
}

/** Does what follows "this" only tell the occasion, up to the sentence's end (no colon, quote or clause)? */
function occasionOnly(units: Unit[], pointer: number, from: number): boolean {
  const first = units[from];
  // ("Mr Reed said this." and "said this quite clearly" tell no occasion: a speaker in a transcript
  // commenting on someone else's words, not a report.)
  if (first === undefined || isTerminal(first)) return from > pointer + 1;
  // (a place read with the outlet, "in Lviv, Coastline News", leaves only "reports")
  if (from > pointer + 1 && relayTail(units, isComma(first) ? from + 1 : from)) return true;
  const pos = posOf(first);
  const lower = lowerOf(first);
  // ("said this in an interview to leading media": the tagger may read "to" before an -ing word as an
  // infinitive's; after "said this" it opens an audience or a purpose, never more words said.)
  if (lower === 'that' || (pos !== 'ADP' && pos !== 'SCONJ' && lower !== 'to' && !OCCASION_LEADS.has(lower)))
    return false;
  // ("said this in Lviv: \"…\"": more words follow.)
  for (let i = from; i < units.length; i++) {
    const word = lowerOf(units[i]);
    if (isQuote(units[i]) || word === ':' || word === ';') return false;
  }
  return true;
}

/**
 * The attribution of a sentence whose reporting verb takes "this" pointing back at the sentence before
 * ("He said this during a meeting", "Andriy Yermak emphasized this in an interview with Politico"), or
 * null. `previous` must be a statement of its own, with no attribution found in it, in the same or the
 * previous paragraph (the caller checks).
 */
export function attributeSaidThis(
  text: string,
  sentence: Sentence,
  sentenceIndex: number,
  previous: Sentence,
): Attribution | null {
  const { units } = sentence;
  for (const cue of findCues(text, sentence)) {
    if (cue.cueClass !== 'speech' || cue.participle || cue.cue.lemma === 'according to') continue;
    const pointer = cue.verb + 1;
    if (lowerOf(units[pointer]) !== 'this' && lowerOf(units[pointer]) !== 'that') continue;
    // "said this week that …": a time, not a pointer; "said this is …", "said that Kyiv …": a clause.
    const time = readTime(units, pointer);
    if (time !== null && time > pointer + 1) continue;
    const after = units[pointer + 1];
    if (after && !isTerminal(after) && (posOf(after) === 'NOUN' || posOf(after) === 'PROPN')) continue;
    if (posOf(after) === 'AUX' || posOf(after) === 'VERB' || posOf(after) === 'DET') continue;
    if (/n['’]t$|^not$/.test(lowerOf(units[cue.verb - 1]))) continue;
    // ("readers will demand this of any site": a modal verb says what may be said, not what was.)
    if (units.slice(cue.first, cue.verb).some((unit) => MODAL_VERBS.has(lowerOf(unit)))) continue;
    const subject = subjectBefore(text, units, cue.first - 1, 0);
    if (!subject || (subject.first > 0 && !isComma(units[subject.first - 1]))) continue;
    if (PERSONAL.has(lowerOf(units[subject.phrase.first]))) continue;
    const context = { text, sentence, sentenceIndex };
    const tail = readTail(context, cue, pointer + 1);
    if (!occasionOnly(units, pointer, tail.next)) continue;
    const content = previousContent(text, previous);
    if (!content) return null;
    return {
      sentence: sentenceIndex,
      parts: [content],
      source: mention(context, subject.phrase, subject.appositive),
      cue: cue.cue,
      cueClass: 'speech',
      venue: tail.venue ?? subject.venue ?? null,
      pattern: 'according',
      sharedWith: null,
    };
  }
  return null;
}
