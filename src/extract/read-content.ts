import type { Span, Venue } from '../model/statement.js';
import type { Context } from './attribution.js';
import { feelingThat } from './cue-lexicon.js';
import type { CueCandidate } from './find-cues.js';
import {
  endsOutletName,
  PUBLISHED_ON,
  SEEN_BY,
  namesAddressee,
  pointedTime,
  possessiveProgramme,
  broadcastProgramme,
  publishedIn,
  readAdjunct,
  readTime,
  TIME_WORDS,
} from './find-venue.js';
import { phraseStartingAt, SUBJECT_PRONOUNS, type PhraseSpan } from './noun-phrase.js';
import { WEEKDAYS } from './said-on.js';
import type { Unit } from './segment.js';
import { HONORIFICS, isFirstName } from './speaker-words.js';
import { isCapitalized, isComma, isDash, isQuote, isTerminal, lowerOf, posOf } from './units.js';

export const COORDINATORS = new Set(['and', 'but']);

/**
 * Conjunctions that open a subordinate clause ("Although …, X said …", "… as Ann Lee, the envoy, said",
 * "If …, she has indicated …"): one list for every rule that asks.
 */
export const SUBORDINATORS = new Set(
  'after before as since while when although though whereas because if unless once until'.split(' '),
);

/** Prepositions that open a clause-like content ("says despite all that, Obama …"). */
export const CLAUSE_PREPOSITIONS = new Set([
  'despite',
  'after',
  'before',
  'since',
  'because',
  'unlike',
  'given',
  'amid',
  'if',
  'while',
  'although',
  'whether',
]);

const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * "told a crowded hall at a hotel in Baltimore that …", "said during the debate that …": prepositional
 * phrases between the verb and an explicit "that" are skipped.
 */
export function skipToComplementizer(units: Unit[], tail: { next: number }): void {
  // "told Times Radio in May, when she was foreign secretary, that …", "said, when asked, that …": a
  // clause of time set off by commas, then "that".
  const setOff = setOffClauseThenThat(units, tail.next);
  if (setOff !== null) {
    tail.next = setOff;
    return;
  }
  // "told the chairman, Jane Doe, that …": the hearer's name in apposition, then "that".
  if (isComma(units[tail.next - 1]) || isComma(units[tail.next])) {
    for (let i = tail.next; i < units.length && i < tail.next + 6; i++) {
      if (lowerOf(units[i]) === 'that' && isComma(units[i - 1]) && i - 1 > tail.next) {
        tail.next = i + 1;
        return;
      }
      const pos = posOf(units[i]);
      const comma = isComma(units[i]) && (i === tail.next || lowerOf(units[i + 1]) === 'that');
      if (pos !== 'PROPN' && !comma) break;
    }
  }
  // ("to staff/VERB that …": the tagger reads the preposition before a noun as an infinitive marker.)
  const toNoun = lowerOf(units[tail.next]) === 'to' && lowerOf(units[tail.next + 2]) === 'that';
  if (posOf(units[tail.next]) !== 'ADP' && !toNoun) return;
  const clausal = CLAUSE_PREPOSITIONS.has(lowerOf(units[tail.next]));
  for (let i = tail.next; i < units.length && i < tail.next + 16; i++) {
    const pos = posOf(units[i]);
    // "has said for weeks he's the only candidate": a short adjunct, then a pronoun subject and its verb;
    // not one a subordinator opens after the adjunct ("warned Tehran of consequences if it ships arms": a
    // condition; "said unless it is agreed, …" opens the content itself).
    if (
      !clausal &&
      i > tail.next &&
      !(i - 1 > tail.next && SUBORDINATORS.has(lowerOf(units[i - 1]))) &&
      i <= tail.next + 5 &&
      pos === 'PRON' &&
      CLAUSE_SUBJECTS.has(lowerOf(units[i])) &&
      (posOf(units[i + 1]) === 'AUX' || posOf(units[i + 1]) === 'VERB')
    ) {
      tail.next = i;
      return;
    }
    // The tagger often reads a complementizer "that" as a pronoun; a subject after it says otherwise.
    const complementizer = pos === 'SCONJ' || (pos === 'PRON' && startsNounPhrase(units[i + 1]));
    if (lowerOf(units[i]) === 'that' && complementizer) {
      tail.next = i + 1;
      return;
    }
    // "outside a polling/VERB location": a participle inside a noun phrase does not end the adjunct.
    // "in a letter to staff/VERB that …": a noun the tagger reads as an infinitive, "that" after it.
    const modifier =
      pos === 'VERB' &&
      (posOf(units[i - 1]) === 'DET' ||
        posOf(units[i - 1]) === 'ADJ' ||
        (lowerOf(units[i - 1]) === 'to' && lowerOf(units[i + 1]) === 'that'));
    if ((pos === 'VERB' && !modifier) || pos === 'AUX' || pos === 'QUOTE' || isTerminal(units[i])) return;
  }
}

/** Conjunctions opening a clause of time set off between the verb and "that" ("…, when …, that"). */
const SET_OFF_TIME = new Set(['when', 'while', 'after', 'before', 'as', 'once']);

/**
 * ", when she was foreign secretary, that …" at `index`: a clause of time between commas right before
 * "that"; the index after "that", or null. No quotation, full stop or further "that" inside the clause
 * ("…, when asked whether …, said" has no "that" after its closing comma).
 */
function setOffClauseThenThat(units: Unit[], index: number): number | null {
  if (!isComma(units[index]) || !SET_OFF_TIME.has(lowerOf(units[index + 1]))) return null;
  for (let i = index + 2; i < units.length && i <= index + 16; i++) {
    const unit = units[i];
    if (isQuote(unit) || isTerminal(unit) || lowerOf(unit) === 'that') return null;
    // (", when the storm came, that was the end": "that" before a verb is the subject, no complementizer)
    if (isComma(unit)) {
      const after = posOf(units[i + 2]);
      const complementizer = lowerOf(units[i + 1]) === 'that' && after !== 'AUX' && after !== 'VERB';
      return complementizer && i > index + 2 ? i + 2 : null;
    }
  }
  return null;
}

/**
 * ", in a statement on Monday, that …", ", addressing the council, that …" at `index`: adjuncts of venue or
 * time between commas right before a complementizer "that"; the index of that "that" and the first venue
 * read, or null. ("…, that was the end": "that" before a verb is the subject, no complementizer.)
 */
function setOffAdjunctsThenThat(
  text: string,
  units: Unit[],
  index: number,
): { next: number; venue: Venue | null } | null {
  if (!isComma(units[index])) return null;
  let next = index + 1;
  let venue: Venue | null = null;
  for (let adjunct = readAdjunct(text, units, next); adjunct; adjunct = readAdjunct(text, units, next)) {
    venue ??= adjunct.venue;
    next = adjunct.next;
  }
  if (next === index + 1 || !isComma(units[next]) || lowerOf(units[next + 1]) !== 'that') return null;
  const after = posOf(units[next + 2]);
  return after === 'AUX' || after === 'VERB' ? null : { next: next + 1, venue };
}

/**
 * Nouns for outlets in general: "told US media", "told Russian state television", "told the BBC News website",
 * "told a Dutch financial daily".
 */
const MEDIA_NOUNS = new Set([
  'media',
  'television',
  'tv',
  'radio',
  'press',
  'newspaper',
  'newspapers',
  'broadcaster',
  'website',
  'daily',
  'weekly',
  'magazine',
  'tabloid',
  'channel',
  'station',
  'agency',
]);

/**
 * "US media", "Russian state television", "local press": outlets described by a qualifier, where the words
 * appeared (not "the newspaper", which points back, nor "reporters", an audience).
 */
function describedMedia(units: Unit[], first: number, last: number): boolean {
  if (!MEDIA_NOUNS.has(lowerOf(units[last])) || last === first) return false;
  return units.slice(first, last).some((unit) => posOf(unit) !== 'DET');
}

/**
 * "told the BBC Michael Howard was wrong", "told Sky News Ukraine would win", "told the Sunday Times Mr
 * Reed had lied": a run of capitals read as the addressee with a verb right after it holds the subject of
 * what was said too. The addressee ends before a person's name (an honorific or a first name) or, failing
 * one, after its last word that ends an outlet's name; `last` when no verb follows or no such word splits
 * the run ("told Tom Reed Ukraine would win" keeps the person whole). A weekday closing the run is left
 * out of it.
 */
function addresseeEnd(units: Unit[], first: number, read: number): number {
  // ("told CNN Wednesday that …": the day is when, read after the addressee)
  let last = read;
  while (last > first && WEEKDAYS.includes(lowerOf(units[last]))) last--;
  const after = units[last + 1];
  const pos = posOf(after);
  if (pos !== 'AUX' && !(pos === 'VERB' && !lowerOf(after).endsWith('ing'))) return last;
  // ("told the BBC programme Go Digital how …": a common noun closes the addressee itself)
  if (!isCapitalized(units[last])) return last;
  for (let i = first + 1; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (isCapitalized(units[i]) && (HONORIFICS.has(lower) || isFirstName(lower))) return i - 1;
  }
  for (let i = last - 1; i >= first; i--) if (endsOutletName(units[i])) return i;
  return last;
}

/**
 * "told her colleagues that …", "told her website …": "her" before a noun phrase owns it, and the phrase is
 * the addressee; the pronoun alone is the addressee before a determiner ("told her the plan …"), a
 * pronoun ("told her he …") or a noun with its verb ("told her plans were changing").
 */
function possessedAddressee(units: Unit[], pronoun: PhraseSpan): PhraseSpan {
  if (lowerOf(units[pronoun.first]) !== 'her') return pronoun;
  const owned = phraseStartingAt(units, pronoun.first + 1, { stopAtFirstCommonNoun: true });
  if (!owned || owned.pronoun || posOf(units[owned.first]) === 'DET') return pronoun;
  const after = posOf(units[owned.last + 1]);
  if (after === 'AUX' || after === 'VERB') return pronoun;
  return { first: pronoun.first, last: owned.last, pronoun: false };
}

/**
 * "a Dutch financial daily", "German newspaper Der Tagesspiegel", "national broadcaster YLE", "the German
 * weekly Der Spiegel": after the addressee read to its first common noun, a medium's noun the tagger may
 * read as an adjective ("daily"), and then the outlet's name in capitals; the index of the outlet's last
 * unit, else `last`. A name followed by a verb or a possessive is the subject of what was said ("told the
 * newspaper Karvia would pay"); a day is when ("told the paper Monday that …").
 */
function outletTail(units: Unit[], last: number): number {
  let end = last;
  if (!MEDIA_NOUNS.has(lowerOf(units[end]))) {
    let i = end + 1;
    while (i <= last + 3 && ['ADJ', 'NOUN'].includes(posOf(units[i])) && !MEDIA_NOUNS.has(lowerOf(units[i])))
      i++;
    if (!MEDIA_NOUNS.has(lowerOf(units[i])) || isCapitalized(units[i])) return last;
    // ("told the House of Commons daily …": "daily" right after a name is an adverb unless a name follows)
    if (i === last + 1 && /^(?:daily|weekly)$/.test(lowerOf(units[i])) && !isCapitalized(units[i + 1]))
      return last;
    end = i;
  }
  let name = end + 1;
  while (name <= end + 5 && isCapitalized(units[name]) && !TIME_WORDS.has(lowerOf(units[name]))) name++;
  const after = units[name];
  const subject = posOf(after) === 'AUX' || posOf(after) === 'VERB' || ["'s", '’s'].includes(lowerOf(after));
  return name > end + 1 && !subject ? name - 1 : end;
}

/** Indefinite pronouns that are an addressee ("told everyone that …", "told everybody about …"). */
const EVERYONE = new Set(['everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody']);

/** Reads object, venue and time adjuncts after a verb; returns where the content may start. */
export function readTail(
  context: Context,
  cue: CueCandidate,
  from: number,
): { next: number; venue: Venue | null } {
  const { units } = context.sentence;
  let next = from;
  let venue: Venue | null = null;
  // ("told BBC Radio 4's Today programme that …", "told the BBC programme Go Digital he …")
  const programme = cue.cueClass === 'object' ? broadcastProgramme(units, next) : null;
  if (programme !== null) {
    const start = units[next].start;
    const end = units[programme].end;
    venue = { text: context.text.slice(start, end), start, end };
    next = programme + 1;
  } else if (cue.cueClass === 'object') {
    const read = phraseStartingAt(units, next, { stopAtFirstCommonNoun: true });
    const owned = read?.pronoun ? possessedAddressee(units, read) : read;
    const addressee = owned && { ...owned, last: addresseeEnd(units, owned.first, owned.last) };
    if (addressee) {
      const outlet = conjoinedAddressee(units, addressee.last + 1)?.last ?? outletTail(units, addressee.last);
      // ('told CNN’s "State of the Union"': the programme is part of the venue)
      const programme = possessiveProgramme(context.text, units, outlet);
      const last = programme ?? outlet;
      const named =
        programme !== null || posOf(units[last]) === 'PROPN' || describedMedia(units, addressee.first, last);
      if (named && cue.cue.lemma === 'tell' && !namesAddressee(units, addressee.first, last)) {
        const start = units[addressee.first].start;
        const end = units[last].end;
        venue = { text: context.text.slice(start, end), start, end };
      }
      next = last + 1;
    } else if (EVERYONE.has(lowerOf(units[next]))) next += 1;
  }
  // "expressed hope that …": the feeling named, then what was said. (The tail ends on its "that", as after
  // "said": a clause opening with an adjunct, "expressed confidence that by joining efforts, …", is content.)
  const feeling = feelingThat(units, next - 1, cue.cue.lemma);
  if (feeling > 0) return { next: feeling - 1, venue };
  for (let guard = 0; guard < 4; guard++) {
    const adjunct = publishedIn(context.text, units, next, cue.cue) ?? readAdjunct(context.text, units, next);
    if (adjunct) {
      if (adjunct.venue && !venue) venue = adjunct.venue;
      next = adjunct.next;
      continue;
    }
    // ("told Reuters in an interview that same day": only in the verb's own tail; "…, announced the change
    // that day." after a speaker read past the verb is no report at all)
    const pointed = from === cue.verb + 1 ? pointedTime(units, next) : null;
    if (pointed !== null) {
      next = pointed;
      continue;
    }
    // "said, in a statement, that …", "said, addressing the council, that …": adjuncts set off by commas.
    const setOff = setOffAdjunctsThenThat(context.text, units, next);
    if (setOff) {
      if (setOff.venue && !venue) venue = setOff.venue;
      next = setOff.next;
      break;
    }
    // "said of the plan, …", "says of Clinton, \"…\"": the topic of the words, not their content.
    if (cue.cueClass === 'speech' && lowerOf(units[next]) === 'of') {
      // A short run of words without a verb up to punctuation (the tagger misreads "his rival").
      let end = next + 1;
      while (end < units.length && end <= next + 8) {
        const unit = units[end];
        const pos = posOf(unit);
        if (isComma(unit) || isTerminal(unit) || isQuote(unit) || pos === 'VERB' || pos === 'AUX') break;
        end++;
      }
      const after = units[end];
      if (end > next + 1 && (after === undefined || isComma(after) || isTerminal(after) || isQuote(after))) {
        next = end;
        continue;
      }
    }
    // "said matter-of-factly", "said quietly, …": a manner adverb before punctuation.
    if (posOf(units[next]) === 'ADV' && /ly$/.test(lowerOf(units[next]))) {
      const after = units[next + 1];
      if (after === undefined || isComma(after) || isTerminal(after) || isQuote(after)) {
        next++;
        continue;
      }
    }
    break;
  }
  // "…, said X in an email to staff that was reviewed by Reuters.", "…, X said in a memo seen by the
  // BBC.": a clause describing the venue runs on to the sentence's end.
  if (venue) next = venueClauseEnd(units, next);
  return { next, venue };
}

/**
 * The end of a clause describing a venue right after it ("in an email that was reviewed by Reuters", "in a
 * letter seen by the BBC", "in an interview published on Monday"), when it runs to the sentence's end or to
 * the "that" opening the content, with no quotation or comma: the index of that end; else `index`. A
 * participle dating the piece may follow a comma when it closes the sentence ("…, X said in an interview
 * with the BBC, published on Friday.").
 */
function venueClauseEnd(units: Unit[], index: number): number {
  const comma = isComma(units[index]);
  const at = comma ? index + 1 : index;
  const word = lowerOf(units[at]);
  const dated = PUBLISHED_ON.has(word) && readTime(units, at + 1) !== null;
  const opens =
    // ("told Fox News that comment could …": a determiner, not a relative)
    (!comma && (word === 'that' || word === 'which') && posOf(units[at + 1]) === 'AUX') ||
    (!comma && SEEN_BY.has(word) && lowerOf(units[at + 1]) === 'by') ||
    dated;
  if (!opens) return index;
  for (let end = at + 1; end < units.length && end <= at + 15; end++) {
    if (isQuote(units[end]) || isComma(units[end])) return index;
    // "in a statement that was released today that …", "in a memo seen by Reuters that …": the content
    // opens after the clause.
    if (isTerminal(units[end]) || (!comma && ['that', ':'].includes(lowerOf(units[end])))) return end;
  }
  return index;
}

/** Words that close an addressee and open what was said to it ("told X that …", "urged X to …", "told X: …"). */
const AFTER_ADDRESSEE = new Set(['that', ':', 'to', ',']);

/**
 * "told the Securities and Exchange Commission it …", "urged Ana Reyes and Tom Reed to …": a second
 * addressee joined by "and" or "or", when what follows it opens the content (a complementizer, a colon,
 * an infinitive, a quotation or a pronoun subject). Returns that second phrase, or null.
 */
function conjoinedAddressee(units: Unit[], index: number): PhraseSpan | null {
  const word = lowerOf(units[index]);
  if (word !== 'and' && word !== 'or') return null;
  const second = phraseStartingAt(units, index + 1, { stopAtFirstCommonNoun: true });
  if (!second || second.pronoun) return null;
  const after = units[second.last + 1];
  const opens =
    AFTER_ADDRESSEE.has(lowerOf(after)) ||
    isQuote(after) ||
    (posOf(after) === 'PRON' && SUBJECT_PRONOUNS.has(lowerOf(after)));
  return opens ? second : null;
}

/**
 * "are talking about this, and this does not mean …", "said and appealed to …", "I apologise, but …": a
 * coordinator after a comma, right after the verb, or after a pronoun object opens a clause or a verb of
 * its own; what follows it is no content of the verb before. (After a noun it more often joins a second
 * object: "told the Post and Courier that …", "warned the British and Irish Lions will …".)
 */
export function coordinatorAfter(units: Unit[], index: number, verb: number): boolean {
  const comma = isComma(units[index]);
  const at = comma ? index + 1 : index;
  const word = lowerOf(units[at]);
  if (!COORDINATORS.has(word) && word !== 'or') return false;
  // ("emphasise again and again: …": one word repeated is an adverb, not two clauses.)
  if (lowerOf(units[at - 1]) === lowerOf(units[at + 1])) return false;
  // ("said, and I quote, \"…\"": the quotation is what was said.)
  if (lowerOf(units[at + 1]) === 'i' && lowerOf(units[at + 2]) === 'quote') return false;
  const before = posOf(units[at - 1]);
  return comma || at === verb + 1 || before === 'PRON' || before === 'ADV';
}

/** A noun phrase complement ("announced his resignation", "criticized the plan"). */
export function startsNounPhrase(unit: Unit | undefined): boolean {
  const pos = posOf(unit);
  return (
    pos === 'DET' ||
    pos === 'NOUN' ||
    pos === 'PROPN' ||
    pos === 'ADJ' ||
    pos === 'NUM' ||
    pos === 'PRON' ||
    pos === 'QUOTE'
  );
}

/** Content after a verb must be a clause or a quotation, not a prepositional phrase ("said in Macau"). */
export function holdsClause(units: Unit[], first: number, last: number): boolean {
  const from = first;
  while (
    first <= last &&
    (isComma(units[first]) || lowerOf(units[first]) === ':' || lowerOf(units[first]) === 'that')
  )
    first++;
  if (first > last) return false;
  // "down-ballot races can …": a preposition glued to a hyphen starts a compound noun, not an adjunct.
  const compound = lowerOf(units[first + 1]) === '-' && units[first + 1].start === units[first].end;
  // "told his supporters to \"go and vote\"": an infinitive, not a prepositional phrase.
  const infinitive =
    lowerOf(units[first]) === 'to' && (posOf(units[first + 1]) === 'VERB' || isQuote(units[first + 1]));
  if (
    posOf(units[first]) === 'ADP' &&
    first === from &&
    !compound &&
    !infinitive &&
    !CLAUSE_PREPOSITIONS.has(lowerOf(units[first]))
  )
    return false;
  for (let i = first; i <= last; i++) {
    const pos = posOf(units[i]);
    if (pos === 'QUOTE' || pos === 'VERB' || pos === 'AUX') return true;
  }
  // "stated that the alleged crime involved/ADJ five drives": after a complementizer "that" and a noun
  // phrase, a clause whatever the tagger says of its verb.
  const complementizer =
    first - 1 >= from && lowerOf(units[first - 1]) === 'that' && posOf(units[first - 1]) === 'SCONJ';
  return complementizer && last - first >= 2 && startsNounPhrase(units[first]);
}

/** "That's why …", "That is the point": a demonstrative subject, not a complementizer. */
function pronounThat(units: Unit[], index: number): boolean {
  const next = units[index + 1];
  return (
    next !== undefined && (posOf(next) === 'AUX' || posOf(next) === 'VERB') && isCapitalizedThat(units[index])
  );
}

function isCapitalizedThat(unit: Unit): boolean {
  return unit.kind === 'token' && unit.token.value === 'That';
}

export function contentSpan(units: Unit[], first: number, last: number): Span | null {
  // Trim punctuation and connectors at both ends (but never a quotation unit).
  while (
    first <= last &&
    !isQuote(units[first]) &&
    (isComma(units[first]) ||
      lowerOf(units[first]) === ':' ||
      (lowerOf(units[first]) === 'that' && !pronounThat(units, first)) ||
      isDash(units[first]))
  )
    first++;
  while (
    last >= first &&
    !isQuote(units[last]) &&
    (isComma(units[last]) ||
      isTerminal(units[last]) ||
      isDash(units[last]) ||
      lowerOf(units[last]) === ':' ||
      COORDINATORS.has(lowerOf(units[last])))
  )
    last--;
  if (last < first) return null;
  let words = 0;
  for (let i = first; i <= last && words < 2; i++)
    if (isQuote(units[i]) || posOf(units[i]) !== 'PUNCT') words++;
  if (words < 2 && !(first === last && isQuote(units[first]))) return null;
  return { start: units[first].start, end: units[last].end };
}

/** Relative pronouns that open a clause describing a speaker ("said Jane Doe, who has fished here …"). */
const SPEAKER_RELATIVES = new Set(['who', 'whose']);

/**
 * "The trouble with the bridge, says Tom Reed, is …", "One of the options, according to a person close
 * to the talks, is …": an attribution set inside its content, between a fronted subject and its
 * predicate. From `after` (the unit after the speaker phrase), the speaker's modifier runs to the next
 * comma ("like Tom Reed", "and others", "close to the talks", ", who has fished here for years"); the
 * content resumes after it when a finite verb follows the comma. Returns the modifier's last unit (or -1
 * when there is none) and where the rest of the content starts, or null. The reach is bounded.
 */
export function resumedPredicate(
  units: Unit[],
  after: number,
): { modifierLast: number; rest: number } | null {
  let comma = after;
  // (A relative clause after a comma describes the speaker: skip to its closing comma.)
  const relative = isComma(units[after]) && SPEAKER_RELATIVES.has(lowerOf(units[after + 1]));
  if (!isComma(units[after]) || relative) {
    comma = relative ? after + 2 : after;
    for (; comma < units.length && comma < after + 16; comma++) {
      const unit = units[comma];
      if (isComma(unit)) break;
      if (isQuote(unit) || isTerminal(unit) || isDash(unit) || [':', ';', '('].includes(lowerOf(unit)))
        return null;
      // (Outside a relative clause the modifier has no verb: "…, said Reed as he left, …".)
      const pos = posOf(unit);
      if (!relative && !SPEAKER_RELATIVES.has(lowerOf(units[after])) && (pos === 'VERB' || pos === 'AUX'))
        return null;
    }
    if (!isComma(units[comma])) return null;
  }
  const next = units[comma + 1];
  const pos = posOf(next);
  if (pos !== 'AUX' && !(pos === 'VERB' && !lowerOf(next).endsWith('ing'))) return null;
  // ("…, said Scholz, quoted by German media": a participle with its agent describes the speaker.)
  if (pos === 'VERB' && lowerOf(units[comma + 2]) === 'by') return null;
  return { modifierLast: comma === after ? -1 : comma - 1, rest: comma + 1 };
}

/** A fronted phrase with no finite verb ("The trouble with the bridge", "Missing from the agenda"). */
export function verbless(units: Unit[], first: number, last: number): boolean {
  if (last < first) return false;
  for (let i = first; i <= last; i++) {
    const pos = posOf(units[i]);
    if (isQuote(units[i]) || pos === 'AUX') return false;
    if (pos === 'VERB' && !/(?:ing|ed)$/.test(lowerOf(units[i]))) return false;
  }
  return true;
}
