import type { Venue } from '../model/statement.js';
import type { Attribution } from './attribution.js';
import { mention } from './attribution.js';
import { BE_FORMS, lookupCue, type CueEntry } from './cue-lexicon.js';
import { readTime } from './find-venue.js';
import { readTail } from './read-content.js';
import type { Sentence, Unit } from './segment.js';
import { isFirstName } from './speaker-words.js';
import { isCapitalized, isComma, isTerminal, lowerOf, posOf } from './units.js';

/*
 * "Ukraine insists on security guarantees. This was stated by Advisor to the Head of the President's
 * Office Mykhailo Podolyak in an interview for Frankfurter Allgemeine Zeitung." Official communications
 * (president.gov.ua, kremlin.ru: one item in ten) and agencies that follow them ("This was reported by
 * Euractiv") put the speaker in a passive sentence after the words, pointing back with "this": the
 * content is the sentence before, the speaker the phrase after "by".
 */

const POINTERS = new Set(['this', 'that']);
/** Words that end the speaker phrase and begin an adjunct ("… Podolyak in an interview", "during a visit"). */
const PHRASE_ENDS = new Set(
  'in during at on while after following when via through amid before as with'.split(' '),
);
/** Longest speaker phrase read after "by", in units: long official titles come before the name. */
const MAX_PHRASE = 20;

/**
 * The reporting verb of "This was [also] stated by" and where "by" is (or the "of"/"by" after the document
 * of "This is stated in a message of"), or null when the sentence does not open so.
 */
function openingCue(
  units: Unit[],
): { verb: number; by: number; entry: CueEntry; document: [number, number] | null } | null {
  if (!POINTERS.has(lowerOf(units[0]))) return null;
  let i = 1;
  if (lowerOf(units[i]) === 'has' || lowerOf(units[i]) === 'had') {
    if (lowerOf(units[i + 1]) !== 'been') return null;
    i += 2;
  } else if (BE_FORMS.has(lowerOf(units[i]))) {
    i += 1;
  } else return null;
  if (lowerOf(units[i]) === 'also') i += 1;
  const verb = i;
  const entry = lookupCue(lowerOf(units[verb]));
  if (!entry || entry.cueClass !== 'speech' || !/ed$|said$/.test(lowerOf(units[verb]))) return null;
  let by = verb + 1;
  // "This was pointed out by", "This was stressed once again by"
  if (lowerOf(units[by]) === 'out') by += 1;
  if (lowerOf(units[by]) === 'once' && lowerOf(units[by + 1]) === 'again') by += 2;
  if (lowerOf(units[by]) === 'by') return { verb, by, entry, document: null };
  // "This is stated in a message of the Ministry of Economy", "… in a joint article by X": the document
  // is where it was said, its author the speaker.
  if (lowerOf(units[by]) !== 'in') return null;
  for (let i = by + 1; i < units.length && i <= by + 6; i++) {
    const lower = lowerOf(units[i]);
    if (lower !== 'of' && lower !== 'by') continue;
    if (!WRITINGS.has(lowerOf(units[i - 1])) || i - 1 === by + 1) return null;
    return { verb, by: i, entry, document: [by + 1, i - 1] };
  }
  return null;
}

/** What an author's words are stated in: "This is stated in a message of X", "in an article by X". */
const WRITINGS = new Set(
  `message statement article op-ed column letter address appeal post report comment commentary publication
  release communique communiqué resolution declaration decree note interview`.split(/\s+/),
);

/** The speaker phrase after "by": words up to an adjunct, a comma or the end, ending in a name or noun. */
function speakerAfter(
  units: Unit[],
  first: number,
): { first: number; last: number; pronoun: boolean } | null {
  const start = units[first];
  if (!start || start.kind !== 'token') return null;
  // "by Monday", "by the end of the week": a deadline, not an agent
  if (readTime(units, first) !== null || (lowerOf(start) === 'the' && lowerOf(units[first + 1]) === 'end'))
    return null;
  if (posOf(start) === 'PRON' && /^(him|her|them|it)$/.test(lowerOf(start)))
    return { first, last: first, pronoun: true };
  let last = -1;
  let named = false;
  for (let i = first; i < units.length && i - first < MAX_PHRASE; i++) {
    const unit = units[i];
    if (unit.kind !== 'token' || isComma(unit) || isTerminal(unit)) break;
    const lower = lowerOf(unit);
    if (PHRASE_ENDS.has(lower) && i > first) break;
    const pos = posOf(unit);
    if (pos === 'VERB' && !isCapitalized(unit)) break;
    if (pos === 'PROPN' || pos === 'NOUN' || (isCapitalized(unit) && pos !== 'DET' && pos !== 'ADP')) {
      last = i;
      if (isCapitalized(unit)) named = true;
    }
  }
  return last >= first && named ? { first, last, pronoun: false } : null;
}

/**
 * "Deputy Prime Minister - Minister for Reintegration of the Temporarily Occupied Territories Iryna
 * Vereshchuk": where a known first name opens a run of capitalised words that ends the phrase, the
 * person is that run and the words before it are their office (an appositive before the name).
 */
function splitOffice(units: Unit[], phrase: { first: number; last: number }): [number, number] | null {
  for (let i = phrase.first + 1; i < phrase.last; i++) {
    const lower = lowerOf(units[i]);
    if (!isFirstName(lower)) continue;
    let run = true;
    for (let j = i; j <= phrase.last; j++) if (!isCapitalized(units[j])) run = false;
    if (run) return [i, phrase.last];
  }
  return null;
}

/**
 * "a joint article by Adviser Oleh Dren and Minister Piotr Lanz": two authors; the first one named is
 * the speaker (a body's name with "and" in it, "the Ministry of Trade and Industry", names no person).
 */
function firstOfTwo(units: Unit[], phrase: { first: number; last: number }): [number, number] | null {
  for (let i = phrase.first + 2; i < phrase.last; i++) {
    if (lowerOf(units[i]) !== 'and') continue;
    return splitOffice(units, { first: phrase.first, last: i - 1 });
  }
  return null;
}

/**
 * The attribution of a sentence that points back at the one before ("This was stated by X"), or null.
 * `previous` is the sentence before it, which must be a statement of its own (no attribution found in
 * it: "X said Y. This was confirmed by Z" is Z confirming X, left alone) in the same or the previous
 * paragraph (the caller checks).
 */
export function attributePassiveBackReference(
  text: string,
  sentence: Sentence,
  sentenceIndex: number,
  previous: Sentence,
): Attribution | null {
  const { units } = sentence;
  const opening = openingCue(units);
  if (!opening) return null;
  let phrase = speakerAfter(units, opening.by + 1);
  if (!phrase) return null;
  // "by Head of the delegation, Head of the faction David Arakhamia": two offices, then the holder.
  // ("by Oleg Ustenko, an adviser to President Volodymyr Zelenskyy": a name, then who he is.)
  const second =
    isComma(units[phrase.last + 1]) &&
    posOf(units[phrase.last]) !== 'PROPN' &&
    isCapitalized(units[phrase.last + 2])
      ? speakerAfter(units, phrase.last + 2)
      : null;
  if (second && !second.pronoun && splitOffice(units, second))
    phrase = { first: phrase.first, last: second.last, pronoun: false };
  const verbUnit = units[opening.verb];
  const { entry } = opening;
  const context = { text, sentence, sentenceIndex };
  const cue = {
    text: text.slice(verbUnit.start, verbUnit.end),
    start: verbUnit.start,
    end: verbUnit.end,
    lemma: entry.lemma,
  };
  const tail = readTail(
    context,
    { first: opening.verb, verb: opening.verb, cue, cueClass: 'speech', participle: false },
    phrase.last + 1,
  );
  // The content: the whole sentence before, without its closing full stop.
  const content = previousContent(text, previous);
  if (!content) return null;
  const person = phrase.pronoun ? null : (firstOfTwo(units, phrase) ?? splitOffice(units, phrase));
  const source = person
    ? mention(context, { first: person[0], last: person[1], pronoun: false }, [phrase.first, person[0] - 1])
    : mention(context, phrase, null);
  return {
    sentence: sentenceIndex,
    parts: [content],
    source,
    cue,
    cueClass: 'speech',
    venue: opening.document ? documentVenue(text, units, opening.document) : tail.venue,
    pattern: 'according',
    sharedWith: null,
  };
}

function documentVenue(text: string, units: Unit[], [first, last]: [number, number]): Venue {
  const start = units[first].start;
  const end = units[last].end;
  return { text: text.slice(start, end), start, end };
}

/** The sentence before as content, without its closing full stop; null for a headline or a fragment. */
export function previousContent(text: string, previous: Sentence): { start: number; end: number } | null {
  const units = previous.units;
  if (units.length < 4) return null;
  let last = units.length - 1;
  while (last >= 0 && (isTerminal(units[last]) || isComma(units[last]))) last--;
  if (last < 0) return null;
  const start = units[0].start;
  const end = units[last].end;
  // A headline or a line without a verb is no statement.
  if (!units.some((unit) => posOf(unit) === 'VERB' || posOf(unit) === 'AUX' || unit.kind === 'quote'))
    return null;
  return end > start ? { start, end: text.slice(start, end).trimEnd().length + start } : null;
}
