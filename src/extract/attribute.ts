import type { Attribution, Context } from './attribution.js';
import { mention } from './attribution.js';
import {
  according,
  askedQuestion,
  colonOrDash,
  trailingQuestion,
  verbFirst,
} from './attribute-punctuation.js';
import { BE_FORMS, lookupCue, MODAL_VERBS } from './cue-lexicon.js';
import { findCues, PARTICIPLE_LEADS, QUOTED_FORMS, type CueCandidate } from './find-cues.js';
import {
  clauseSubject,
  extendAppositive,
  finiteVerbSubject,
  pastParticiple,
  quoteEndsWithComma,
  subjectBefore,
} from './find-subject.js';
import { closingVenue, frontedVenue, readAdjunct } from './find-venue.js';
import {
  CONTRAST_LEADS,
  phraseEndingAt,
  phraseStartingAt,
  POSSESSIVE_CLITICS,
  RELATIVES,
} from './noun-phrase.js';
import { dayOrMonth } from './name-registry.js';
import { namedAfter, namingCall, quotedName } from './naming-call.js';
import { reportsObject, topicOnly } from './precision.js';
import { skipAnonymity } from './skip-anonymity.js';
import {
  CLAUSE_PREPOSITIONS,
  COORDINATORS,
  contentSpan,
  coordinatorAfter,
  holdsClause,
  readTail,
  resumedPredicate,
  skipToComplementizer,
  startsNounPhrase,
  SUBORDINATORS,
  verbless,
} from './read-content.js';
import type { Sentence, Unit } from './segment.js';
import {
  EVERYDAY_PERSON_NOUNS,
  HONORIFICS,
  isFirstName,
  FEMALE_PERSON_NOUNS,
  GROUP_NOUNS,
  GROUP_WORDS as SPEAKER_GROUP_WORDS,
  MALE_PERSON_NOUNS,
  ORGANIZATION_WORDS,
  PERSON_DESCRIPTION_NOUNS,
  TITLE_WORDS,
  WRITTEN_NOUNS,
} from './speaker-words.js';
import {
  firstStartingAt,
  holdsVerb,
  isCapitalized,
  isComma,
  isDash,
  isQuote,
  isTerminal,
  lowerOf,
  NOMINAL_TAGS,
  posOf,
  valueOf,
} from './units.js';

export type { Attribution, SourceMention } from './attribution.js';

/**
 * A split quotation resumed after a longer attribution ('"…," X wrote in a statement to Wired explaining
 * why …, "but …"'): the index of a quotation after a comma that closes the sentence, with no other
 * quotation before it, or -1. The look-ahead is bounded.
 */
function resumedQuote(units: Unit[], from: number, end: number): number {
  for (let i = from; i < end && i < from + 40; i++) {
    if (isQuote(units[i])) return -1;
    if (!isComma(units[i]) || !isQuote(units[i + 1])) continue;
    const after = i + 2;
    return after > end || after >= units.length || isTerminal(units[after]) ? i + 1 : -1;
  }
  return -1;
}

/** Is the cue at `index` a verb that shares the subject of an earlier one ("and said", ", adding")? */
function isCoordinated(units: Unit[], cue: CueCandidate, text = ''): boolean {
  const before = lowerOf(units[cue.first - 1]);
  if (COORDINATORS.has(before)) return true;
  if (cue.participle && (isComma(units[cue.first - 1]) || isDash(units[cue.first - 1]))) return true;
  // 'hailed the vote as "fantastic," telling reporters …': the comma closes the quotation before it.
  if (cue.participle && quoteEndsWithComma(text, units[cue.first - 1])) return true;
  // "…, falsely suggesting that …": one adverb between the comma and the participle.
  if (cue.participle && posOf(units[cue.first - 1]) === 'ADV' && isComma(units[cue.first - 2])) return true;
  // "… before claiming that …", "… while insisting …": the participle shares the clause's subject.
  if (cue.participle && PARTICIPLE_LEADS.has(lowerOf(units[cue.first - 1]))) return true;
  const lead = lowerOf(units[cue.first]);
  if (isComma(units[cue.first - 1]) && (lead === 'then' || lead === 'also') && cue.first < cue.verb)
    return true;
  return false;
}

/** Verbs of saying that, with an object, are mostly deeds ("wrote a book", "teaches at a school"). */
const DEED_CUES = new Set(['write', 'teach']);

/** Verbs whose past is their base form ("put", "read"): no tense can be told from them. */
const UNINFLECTED = new Set(['put', 'read', 'forecast']);

/** The verb form of a cue: "base", "third" (-s), "ing", or "past"; and whether a modal leads its group. */
function verbForm(
  units: Unit[],
  cue: CueCandidate,
): { form: 'base' | 'third' | 'ing' | 'past'; modal: boolean } {
  let modal = false;
  for (let k = cue.first; k < cue.verb; k++) if (MODAL_VERBS.has(lowerOf(units[k]))) modal = true;
  let verb = cue.verb;
  while (verb > cue.first && lookupCue(lowerOf(units[verb]))?.lemma !== cue.cue.lemma) verb--;
  const word = lowerOf(units[verb]);
  const lemma = cue.cue.lemma;
  if (word.endsWith('ing')) return { form: 'ing', modal };
  if (word === lemma && !UNINFLECTED.has(lemma)) return { form: 'base', modal };
  if (word !== lemma && /s$/.test(word) && !/ss$/.test(word)) return { form: 'third', modal };
  return { form: 'past', modal };
}

/**
 * "stated it would attack … and would respond", "stressed that Ukraine will hold talks and insist on …":
 * a verb joined by "and" shares the subject of the reporting verb only in the reporting verb's form. A
 * modal the reporting verb lacks, or a bare form after a past or -s verb, continues the reported clause.
 */
function sameVerbForm(units: Unit[], first: CueCandidate, second: CueCandidate): boolean {
  if (second.participle) return true;
  const one = verbForm(units, first);
  const two = verbForm(units, second);
  if (two.modal && !one.modal) return false;
  const bare = second.first === second.verb || lowerOf(units[second.first]) === 'also';
  if (
    bare &&
    !two.modal &&
    two.form === 'base' &&
    (one.form === 'past' || one.form === 'third') &&
    !one.modal
  )
    return false;
  return true;
}

/**
 * "Tom Reed, who said the plan would fail, voted against it": the relative clause ends at the comma
 * before the main verb. The look-ahead is bounded.
 */
function endOfRelative(units: Unit[], from: number, end: number): number {
  for (let i = from + 1; i < end && i < from + 40; i++) {
    if (isQuote(units[i])) return end;
    const pos = posOf(units[i + 1]);
    if (isComma(units[i]) && (pos === 'VERB' || pos === 'AUX')) return i - 1;
  }
  return end;
}

const RELATIVE_PRONOUNS = new Set(['which', 'whom']);

/**
 * "the plan, which the ministry rejects, would …": the relative pronoun before the subject is the verb's
 * object, so what follows the verb (punctuation, "and", a preposition) is the rest of the sentence, not
 * content. ("which she said would fail" keeps its clause; "that" is left alone, as it also opens the
 * content of a noun: "the claim that …".)
 */
function objectRelative(units: Unit[], subjectFirst: number, next: number): boolean {
  const pronoun = lowerOf(units[subjectFirst - 1]);
  if (!RELATIVE_PRONOUNS.has(pronoun)) return false;
  // "in which he says …": after a preposition the pronoun is no object of the verb.
  if (posOf(units[subjectFirst - 2]) === 'ADP') return false;
  const after = units[next];
  const pos = posOf(after);
  return (
    after === undefined ||
    isComma(after) ||
    isTerminal(after) ||
    isDash(after) ||
    COORDINATORS.has(lowerOf(after)) ||
    ((pos === 'ADP' || pos === 'SCONJ') && !CLAUSE_PREPOSITIONS.has(lowerOf(after)))
  );
}

/**
 * "In what the firm says is an \"alarming development\"", "ran to what they thought was a safe place":
 * "what" before the subject makes the verb's clause a noun phrase (a free relative) naming a thing, whose
 * object is the gap; the words after the verb are no one's statement. Not "call": "in what state radio
 * called unprecedented weather" gives the words used, as "called the plan \"reckless\"" does (by design,
 * precision.ts).
 */
function freeRelative(units: Unit[], subjectFirst: number, cue: CueCandidate): boolean {
  const before = lowerOf(units[subjectFirst - 1]);
  return (before === 'what' || before === 'whatever') && !/^call/.test(lowerOf(units[cue.verb]));
}

/**
 * "In what the survey calls an \"alarming development\", the wait fell …", "a trial of what it calls the
 * Media Player last year, which …", "to eliminate what he called a threat and \"de-nazify\" the country":
 * "call" in a free relative names a thing in the speaker's words, and only that name is said: it ends at
 * the comma, dash or full stop that closes the free relative, or before "and" and a verb of the main
 * clause. The index of the name's last unit, or -1 when the verb is no "call" after "what".
 */
function calledNameEnd(
  units: Unit[],
  subjectFirst: number,
  cue: CueCandidate,
  from: number,
  end: number,
): number {
  const before = lowerOf(units[subjectFirst - 1]);
  if ((before !== 'what' && before !== 'whatever') || !/^call/.test(lowerOf(units[cue.verb]))) return -1;
  let last = -1;
  for (let i = from; i <= end && i < units.length && i < from + 40; i++) {
    const unit = units[i];
    if (isComma(unit) || isDash(unit) || isTerminal(unit) || lowerOf(unit) === ';') break;
    const verbAfter =
      posOf(units[i + 1]) === 'VERB' || (isQuote(units[i + 1]) && posOf(units[i + 2]) === 'DET');
    if (i > from && COORDINATORS.has(lowerOf(unit)) && verbAfter) break;
    last = i;
  }
  return last;
}

/** Is the unit at `index` inside a subordinate clause that opens the sentence (no comma before it)? */
function inOpeningClause(units: Unit[], index: number): boolean {
  if (!SUBORDINATORS.has(lowerOf(units[0]))) return false;
  for (let i = 1; i < index; i++) if (isComma(units[i]) || isQuote(units[i])) return false;
  return true;
}

/** Where content after a verb ends: the sentence end, or before a coordinated second cue. */
function contentEnd(units: Unit[], cues: CueCandidate[], cueIndex: number, text = ''): number {
  // Only the next few verbs can end this content: bounded, so a sentence of thousands of verbs stays linear.
  for (let k = cueIndex + 1; k < cues.length && k <= cueIndex + 4; k++) {
    const other = cues[k];
    // "…, but Cook did not say when", "…, while others say …", "…; 26 percent of Democrats say …": a
    // later clause with its own reporting verb and subject.
    let subject = phraseEndingAt(units, other.first - 1, cues[cueIndex].verb + 1);
    // ("…, and another board member, Jim Hood, said …", "…, while Jim Hood, a board member, said …": a
    // subject with its appositive between commas.)
    if (!subject && isComma(units[other.first - 1]) && other.first - 3 > cues[cueIndex].verb) {
      const set = subjectBefore(text, units, other.first - 1, cues[cueIndex].verb + 1);
      if (set && !set.phrase.pronoun && set.appositive !== null)
        subject = { ...set.phrase, first: Math.min(set.first, set.phrase.first) };
    }
    let subjectFirst = subject ? subject.first : -1;
    // ("…, while only 49 percent of Republicans say …": the share before "of" opens the subject.)
    if (subject && lowerOf(units[subjectFirst - 1]) === 'of') {
      const share = phraseEndingAt(units, subjectFirst - 2, cues[cueIndex].verb + 1);
      if (share && !share.pronoun) subjectFirst = share.first;
    }
    // ("…, but a source close to the firm said …", "…, and a spokesman for the board said …": back over the
    // subject's prepositional phrases, an adjective's too, to the noun they modify; only before a verb of
    // saying: "… one set of laws for foreign suspects and another for British suspects" has no speaker.)
    for (let hops = 0; subject && !subject.pronoun && other.cueClass === 'speech' && hops < 3; hops++) {
      let at = subjectFirst - 1;
      if (posOf(units[at]) !== 'ADP' || isCapitalized(units[at])) break;
      at--;
      if (posOf(units[at]) === 'ADJ') at--;
      const head = phraseEndingAt(units, at, cues[cueIndex].verb + 1);
      if (!head || head.pronoun || head.last !== at) break;
      subjectFirst = head.first;
    }
    const lead = subject ? lowerOf(units[subjectFirst - 1]) : '';
    const contrast =
      CONTRAST_LEADS.has(lead) && (isComma(units[subjectFirst - 2]) || isDash(units[subjectFirst - 2]));
    if (subject && (COORDINATORS.has(lead) || contrast || lead === ';')) {
      let end = subjectFirst - 1;
      while (
        end > 0 &&
        (COORDINATORS.has(lowerOf(units[end])) ||
          CONTRAST_LEADS.has(lowerOf(units[end])) ||
          lowerOf(units[end]) === ';' ||
          isComma(units[end]))
      )
        end--;
      // "said the EU and US hoped …": "and" right after a noun with no verb before it joins two subjects,
      // not two clauses (after a comma, a dash or a quotation, or before a pronoun, it joins clauses).
      const joinsSubjects =
        lead === 'and' &&
        subjectFirst - 2 === end &&
        ['NOUN', 'PROPN', 'PRON'].includes(posOf(units[end])) &&
        !subject.pronoun &&
        !holdsVerb(units, cues[cueIndex].verb + 1, end);
      if (!joinsSubjects) return end;
    }
    // "46 percent said yes, compared with 23 percent who said …": a later speaker in a relative clause
    // after a comma ends this content at that comma.
    if (lowerOf(units[other.first - 1]) === 'who' && other.cue.lemma === 'say') {
      for (
        let comma = other.first - 2;
        comma > cues[cueIndex].verb + 1 && comma >= other.first - 8;
        comma--
      ) {
        if (isQuote(units[comma]) || isTerminal(units[comma])) break;
        if (isComma(units[comma])) return comma - 1;
      }
    }
    // "Although the mayor said the plan was dead, Quillon insisted …": a verb inside an opening
    // subordinate clause reports up to the comma before the main clause's subject and verb.
    if (subject && isComma(units[subject.first - 1]) && inOpeningClause(units, cues[cueIndex].first))
      return subject.first - 2;
    if (isCoordinated(units, other, text) && sameVerbForm(units, cues[cueIndex], other)) {
      let end = other.first - 1;
      while (end > 0 && (COORDINATORS.has(lowerOf(units[end])) || isComma(units[end]))) end--;
      return end;
    }
  }
  return units.length - 1;
}

/** Prepositions that attach a place or an organisation to a speaker ("a source in the room"). */
const SPEAKER_PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'with', 'for', 'on']);

/** What may follow a written noun before its participle: an addressee or a time ("to the board last week"). */
const WRITTEN_TRAIL_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV']);

/**
 * "released a statement saying …", "sent a letter to the board last week stating that …": a written noun
 * right before the participle, or before an addressee or a time without a verb or comma ("a report by
 * the agency saying …", "a letter from the mayor stating …" are their authors', not the clause
 * subject's).
 */
const AUTHOR_LEADS = new Set(['by', 'from', 'of']);

function writtenNounBefore(units: Unit[], participle: number): boolean {
  for (let i = participle - 1; i >= 0 && i >= participle - 8; i--) {
    const word = lowerOf(units[i]);
    if (WRITTEN_NOUNS.has(word)) return i === participle - 1 || !AUTHOR_LEADS.has(lowerOf(units[i + 1]));
    // ("sent a letter to MCI's board on Thursday saying …")
    if (!WRITTEN_TRAIL_TAGS.has(posOf(units[i])) && !POSSESSIVE_CLITICS.has(word)) return false;
  }
  return false;
}

/** Words that open narration, not content, after "…, he said,": "when he left", "as he spoke". */
const NARRATION_LEADS = new Set([
  'when',
  'as',
  'while',
  'after',
  'before',
  'since',
  'until',
  'during',
  'amid',
]);

/** After "…, X said,": the rest of the sentence continues the content (not an adjunct or narration). */
function continuesAfter(text: string, units: Unit[], first: number, end: number): boolean {
  const unit = units[first];
  if (!unit || unit.kind !== 'token' || end - first < 2) return false;
  const lower = unit.token.lower;
  if (NARRATION_LEADS.has(lower) || COORDINATORS.has(lower)) return false;
  if (unit.token.pos === 'VERB' && lower.endsWith('ing')) return false;
  if (readAdjunct(text, units, first) !== null) return false;
  let words = 0;
  for (let i = first; i <= end && words < 3; i++) if (posOf(units[i]) !== 'PUNCT') words++;
  return words >= 3;
}

/** Verbs with which an outlet closing a sentence relays it ("BelTA has learned", "Ukrinform reports"). */
const RELAYING_VERBS = new Set(['reports', 'reported', 'informs', 'informed', 'learned', 'learnt', 'writes']);

/**
 * "…, Drozd said at a briefing on Monday, BelTA has learned.": a name of at most three words and a verb
 * of reporting or learning that close the sentence after "X said," are the outlet relaying all of it,
 * not more of the content.
 */
function closingRelay(units: Unit[], first: number, end: number): boolean {
  let i = first;
  while (i <= end && i < first + 3 && isCapitalized(units[i]) && posOf(units[i]) !== 'VERB') i++;
  if (i === first) return false;
  if (posOf(units[i]) === 'AUX') i++;
  if (!RELAYING_VERBS.has(lowerOf(units[i]))) return false;
  for (let next = i + 1; next <= end; next++) if (!isTerminal(units[next])) return false;
  return true;
}

/**
 * '"…," the President said, addressing the audience.', '…, he said, cutting off a reporter who asked …': a
 * participle after "X said," narrates what the speaker did. Not a gerund that opens the clause the
 * content goes on with ("…, he said, replacing her would be much harder"): an auxiliary follows it before
 * any comma or relative pronoun. The look-ahead is bounded.
 */
function narratingParticiple(units: Unit[], first: number, end: number): boolean {
  if (posOf(units[first]) !== 'VERB' || !lowerOf(units[first]).endsWith('ing')) return false;
  for (let i = first + 1; i <= end && i < first + 12; i++) {
    if (isComma(units[i]) || isQuote(units[i]) || RELATIVES.has(lowerOf(units[i]))) return true;
    if (posOf(units[i]) === 'AUX') return false;
  }
  return true;
}

/**
 * "Trump had a simple message for his rivals: \"…\"": a quotation after a colon closing a clause whose
 * subject names the speaker. The colon is the cue.
 */
function colonAfterClause(context: Context): Attribution | null {
  const { units } = context.sentence;
  for (let i = 2; i < units.length - 1 && i < 30; i++) {
    if (lowerOf(units[i]) !== ':') continue;
    if (!isQuote(units[i + 1])) return null;
    let last = units.length - 1;
    while (last > i + 1 && isTerminal(units[last])) last--;
    if (last !== i + 1) return null;
    const subject = clauseSubject(units, i);
    if (!subject || subject.first !== 0) return null;
    if (posOf(units[subject.phrase.last]) === 'NOUN' && !personStance(units, subject.phrase.last, i))
      return null;
    const colon = units[i];
    return {
      sentence: context.sentenceIndex,
      parts: [{ start: units[i + 1].start, end: units[i + 1].end }],
      source: mention(context, subject.phrase, subject.appositive),
      cue: { start: colon.start, end: colon.end, text: ':', lemma: 'say' },
      cueClass: 'speech',
      venue: null,
      pattern: 'colon',
      sharedWith: null,
    };
  }
  return null;
}

/** Adjectives of how one speaks or stands that, after "was", introduce the words ("was adamant:"). */
const STANCE_ADJECTIVES = new Set(
  `adamant blunt clear emphatic defiant unequivocal firm categorical direct frank candid forthright
  unapologetic succinct brief upbeat optimistic pessimistic scathing dismissive confident insistent
  resolute philosophical realistic cautious gloomy unrepentant scornful sceptical skeptical`.split(/\s+/),
);

/** Nouns for people and the bodies that speak, as the head of a subject ("the mayor", "the ministry"). */
const SPEAKING_NOUNS = new Set([
  ...TITLE_WORDS,
  ...PERSON_DESCRIPTION_NOUNS,
  ...EVERYDAY_PERSON_NOUNS,
  ...SPEAKER_GROUP_WORDS,
  ...MALE_PERSON_NOUNS,
  ...FEMALE_PERSON_NOUNS,
  ...ORGANIZATION_WORDS,
]);

/**
 * "The mayor was adamant: \"…\"", "The coach was blunt:": a subject headed by a noun for a person or a
 * body (at `head`), a form of "be", at most one adverb and an adjective of how one speaks right before the
 * colon. ("The message was clear:" is a thing's state.)
 */
function personStance(units: Unit[], head: number, colon: number): boolean {
  if (!SPEAKING_NOUNS.has(lowerOf(units[head]))) return false;
  if (!STANCE_ADJECTIVES.has(lowerOf(units[colon - 1]))) return false;
  const be = colon - 2 > head + 1 && posOf(units[colon - 2]) === 'ADV' ? colon - 3 : colon - 2;
  return be === head + 1 && ['is', 'was', 'are', 'were'].includes(lowerOf(units[be]));
}

/** Verbs whose bare past participle commonly modifies a noun: "a stream called Miracle Run", "a firm focused on". */
const MODIFIER_PARTICIPLES = new Set(['call', 'focus']);

/** Words after which a noun phrase opens a clause, not an object ("after the board called …"). */
const CLAUSE_LEADS = new Set([
  'after',
  'before',
  'since',
  'because',
  'while',
  'when',
  'as',
  'if',
  'until',
  'although',
  'though',
  'whereas',
  'unless',
  'once',
]);

/**
 * Does a subordinating word open the clause whose subject starts at `first` ("After the dockers' union
 * objected, …", "If they do not want this, …")? Read back over the subject's determiners and modifiers.
 * ("As Reed noted, the plan failed": "as" introduces the attribution itself; "as long as" does not.)
 */
function fronted(units: Unit[], first: number, floor: number): boolean {
  for (let i = first - 1; i >= floor && i >= first - 6; i--) {
    const word = lowerOf(units[i]);
    // ("As long as the war continues, we need …", "as soon as": "as" closing a subordinator.)
    if (word === 'as' && ['long', 'soon'].includes(lowerOf(units[i - 1]))) return true;
    if (CLAUSE_LEADS.has(word)) return word !== 'as';
    if (!NOMINAL_TAGS.has(posOf(units[i])) && !/^['’]$/.test(word)) return false;
  }
  return false;
}

/**
 * Is the relative pronoun at `relative` set off after a noun of the prepositional phrase that opens the
 * clause ("In a letter to the crew, who …", "After talks with the union, which …"), with no verb before it?
 */
function relativeInOpening(units: Unit[], relative: number, floor: number): boolean {
  if (!['who', 'which'].includes(lowerOf(units[relative])) || !isComma(units[relative - 1])) return false;
  if (posOf(units[floor]) !== 'ADP' || relative - 2 <= floor) return false;
  for (let i = floor + 1; i < relative - 1; i++) {
    const pos = posOf(units[i]);
    if (pos === 'VERB' || pos === 'AUX' || isComma(units[i]) || isQuote(units[i])) return false;
  }
  return true;
}

/**
 * Auxiliaries that, before the subject, ask about a possible or a habitual act ("Could she say …?", "Will
 * they suggest …?", "Does Reed expect …?"). A past one asks about an act that happened ("Did the minister
 * refuse …?", "Why had he asserted …?"), which PolNeAR and a reader take as reported.
 */
const QUESTION_AUXILIARIES = new Set([
  'do',
  'does',
  'will',
  'would',
  'can',
  'could',
  'should',
  'shall',
  'may',
  'might',
]);

/**
 * "Does Reed expect the strike to end?", "What would they say if …?", "Could she say something …?": an
 * auxiliary of the present or a modal before the subject of a sentence that ends in a question mark asks
 * what might be said; it reports nothing said (as "could say" does not: find-cues.ts).
 */
function askedOfSubject(units: Unit[], subjectFirst: number, verb: number): boolean {
  if (!QUESTION_AUXILIARIES.has(lowerOf(units[subjectFirst - 1]))) return false;
  // ("Will their editors, who once called the stories dull, publish them?": the relative clause asks nothing.)
  for (let i = subjectFirst; i < verb; i++)
    if (['who', 'which', 'that'].includes(lowerOf(units[i]))) return false;
  let last = units.length - 1;
  while (last > 0 && isQuote(units[last])) last--;
  return lowerOf(units[last]) === '?';
}

/**
 * "near a mountain stream called Miracle Run", "a program called Safe Paths", "Lang gave an interview
 * to Tidewire, a magazine focused on sailing": a bare participle right after a noun phrase that is the
 * object of a verb or a preposition, or an appositive with "a" after a comma, names or describes the
 * noun; it reports nothing that noun said.
 */
function modifyingParticiple(units: Unit[], cue: CueCandidate, subjectFirst: number): boolean {
  if (!MODIFIER_PARTICIPLES.has(cue.cue.lemma)) return false;
  // The verb alone, without an auxiliary ("focused on": the particle is the cue's last word).
  const verb = lookupCue(lowerOf(units[cue.verb])) ? cue.verb : cue.verb - 1;
  if (cue.first !== verb || !/ed$/.test(lowerOf(units[verb]))) return false;
  const head = units[cue.first - 1];
  if (posOf(head) !== 'NOUN' && posOf(head) !== 'PROPN') return false;
  if (cue.cue.lemma === 'call' && !namedAfter(units, cue.verb + 1)) return false;
  const before = units[subjectFirst - 1];
  const pos = posOf(before);
  const word = lowerOf(before);
  // ("the leader of the party called …": after "of" the noun phrase may end the subject.)
  if (pos === 'ADP') return word !== 'of' && !CLAUSE_LEADS.has(word);
  // (A capitalised "verb" is a misread name: "Judicial Watch President Tom Fitton called …".)
  if (pos === 'VERB') return before.kind === 'token' && before.token.value === word;
  // "The best seller was a small print called Blue Horse": the noun phrase after a copula is its
  // complement, never the subject of a verb of its own.
  if (COPULAS.has(word)) return true;
  const article = lowerOf(units[subjectFirst]);
  return (article === 'a' || article === 'an') && isComma(before);
}

/** How far after the verb a colon may close the words that introduce a quotation. */
const COLON_REACH = 14;

/**
 * The index of a quotation that follows a colon a few words after the verb, with no verb, clause or other
 * quotation before the colon and nothing but a full stop after the quotation; -1 if there is none (or the
 * colon comes right after the verb, read elsewhere). A comma after a prepositional phrase introduces it as
 * the colon does ('wrote on the forum, "…"', 'told reporters in Veldgrad, "…"').
 */
function quotationAfterColon(units: Unit[], from: number): number {
  const phrase = posOf(units[from]) === 'ADP' && !isCapitalized(units[from]);
  for (let i = from; i < units.length && i <= from + COLON_REACH; i++) {
    const unit = units[i];
    if (lowerOf(unit) === ':' || (phrase && isComma(unit))) {
      if (i === from || !isQuote(units[i + 1])) return -1;
      for (let k = i + 2; k < units.length; k++) if (!isTerminal(units[k])) return -1;
      return i + 1;
    }
    // (a capitalised word inside a programme's name is no verb: "Five Live's Sportsweek"; "said this:")
    if (isCapitalized(unit) || lowerOf(unit) === 'this') continue;
    const pos = posOf(unit);
    if (
      pos === 'VERB' ||
      pos === 'AUX' ||
      pos === 'SCONJ' ||
      pos === 'PRON' ||
      isQuote(unit) ||
      isTerminal(unit) ||
      lowerOf(unit) === 'that'
    )
      return -1;
  }
  return -1;
}

/** Forms of "be" (and verbs like it) whose noun phrase after them is a complement. */
const COPULAS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'remains',
  'remained',
  'became',
]);

/**
 * "…, mining companies declared bankruptcy", "…, adding levity": one lower-case singular noun after
 * the verb is its object, not an inverted speaker ("…, said officials" and "…, said police" are).
 */
function massNounObject(units: Unit[], first: number, last: number): boolean {
  if (first !== last || posOf(units[first]) !== 'NOUN') return false;
  // ("…, said master of ceremonies Asab Al-Tabchi": a title with its name after it.)
  const next = posOf(units[last + 1]);
  if (next === 'ADP' || next === 'PROPN' || next === 'NOUN') return false;
  const unit = units[first];
  const word = lowerOf(unit);
  return unit.kind === 'token' && unit.token.value === word && !word.endsWith('s') && !GROUP_NOUNS.has(word);
}

/** Words that open a clause of time or manner right after a verb ("said as he left", "while promoting"). */
const ADVERBIAL_LEADS = new Set(['as', 'while']);

/**
 * "said Friday as he entered the talks", "said in April while promoting a film": "as" or "while" with a
 * pronoun subject or a participle, and no comma or quotation after which a main clause could follow
 * ("concluded while they were careless, no prosecutor would …" reports that main clause; "indicated as
 * much" and "described as counterproductive …" hold no clause of time).
 */
function adverbialAfter(units: Unit[], first: number, end: number): boolean {
  if (!ADVERBIAL_LEADS.has(lowerOf(units[first]))) return false;
  const next = units[first + 1];
  const pronoun = posOf(next) === 'PRON' && /^(?:he|she|it|they|we|i|you)$/.test(lowerOf(next));
  const participle = posOf(next) === 'VERB' && lowerOf(next).endsWith('ing');
  if (!pronoun && !participle) return false;
  // ("said while promoting her book that …": the clause after "that" is what was said; an outlet relaying
  // the sentence after a comma, "…, BelTA informs.", ends the clause as a full stop does.)
  for (let i = first + 2; i <= end && i < first + 60; i++) {
    if (isComma(units[i]) && closingRelay(units, i + 1, end)) return true;
    if (isComma(units[i]) || isQuote(units[i]) || lowerOf(units[i]) === 'that') return false;
  }
  return true;
}

/** Verbs a participle right after may narrate the occasion of. */
// (Not a verb a gerund may be the object of: "reported destroying …", "denied having …", "admitted taking …".)
const OCCASIONED_CUES = new Set([
  'say',
  'add',
  'tell',
  'state',
  'declare',
  'stress',
  'emphasise',
  'emphasize',
]);

/**
 * "…, the mayor said addressing the council on Monday.", "…, she said speaking to reporters in Kyiv, BelTA
 * has learned.": a participle right after the verb, with no comma, narrates the occasion when the content
 * stood before the speaker. Not a gerund that opens a clause ("said raising taxes was wrong": a verb or an
 * auxiliary follows it) nor one with a quotation, a "that" or a comma after it (except an outlet relaying
 * the sentence).
 */
function narratingRightAfter(units: Unit[], first: number, end: number): boolean {
  const unit = units[first];
  if (posOf(unit) !== 'VERB' || !lowerOf(unit).endsWith('ing')) return false;
  for (let i = first + 1; i <= end && i < first + 30; i++) {
    if (isComma(units[i]) && closingRelay(units, i + 1, end)) return true;
    if (isComma(units[i]) || isQuote(units[i]) || lowerOf(units[i]) === 'that') return false;
    const tag = posOf(units[i]);
    if (tag === 'AUX' || (tag === 'VERB' && !lowerOf(units[i]).endsWith('ing'))) return false;
  }
  return true;
}

/**
 * Does a verb's own object start at `index`: a noun phrase ("estimated damages as high as …", "will recount
 * for the customer the meaning …")? Not a name, which the adjunct reader may have left ("said Friday" is
 * read as a time), nor a quotation.
 */
function objectAfterVerb(units: Unit[], index: number): boolean {
  // ("said in an interview with a Dutch financial daily": the adjunct reader stopped inside a phrase.)
  if (['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM'].includes(posOf(units[index - 1]))) return false;
  let i = index;
  // ("recount for the customer the meaning": a beneficiary before the object)
  if (lowerOf(units[i]) === 'for') {
    const beneficiary = phraseStartingAt(units, i + 1);
    if (!beneficiary) return false;
    i = beneficiary.last + 1;
  }
  const pos = posOf(units[i]);
  return pos === 'DET' || pos === 'NOUN' || pos === 'ADJ' || pos === 'NUM' || pos === 'PRON';
}

/** Prepositions of an occasion closing an inverted attribution: "…, said X during a visit to Kyiv." */
const OCCASION_LEADS = new Set(['during', 'while', 'after', 'before', 'at', 'in', 'on', 'amid', 'following']);

/**
 * "…, said Karl Weber during a press marathon \"30 Questions\".": a phrase of occasion running to the end of
 * the sentence, with no finite verb or "that" in it, closes the attribution after a name as the full stop
 * would (not after a noun: "…, said recent pressure on prices \"may be …\"" is no speaker).
 */
function occasionToEnd(units: Unit[], from: number): boolean {
  // (or the title after an occasion read as the venue: "during the programme \"Harbour Nights\"")
  const titled = isQuote(units[from]) && ['NOUN', 'PROPN'].includes(posOf(units[from - 1]));
  if (!OCCASION_LEADS.has(lowerOf(units[from])) && !titled) return false;
  for (let i = from + 1; i < units.length; i++) {
    const unit = units[i];
    if (isTerminal(unit) && i === units.length - 1) return true;
    if (isTerminal(unit) || isComma(unit) || lowerOf(unit) === 'that' || posOf(unit) === 'AUX') return false;
    // (a quotation names the occasion only right after its noun: not "… during the 1920s when \"…\"")
    if (isQuote(unit) && posOf(units[i - 1]) !== 'NOUN' && posOf(units[i - 1]) !== 'PROPN') return false;
    if (posOf(unit) === 'VERB' && !/ing$/.test(lowerOf(unit))) return false;
  }
  return true;
}

/** Words that open a clause inside a phrase ("Speaking at a summit that was held …"). */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'where', 'when', 'while', 'as', 'if']);

/**
 * "Prolonging the war is a risk, he said": an -ing form opening the sentence is its subject when its
 * object is followed by an auxiliary, with no comma or clause opener between; then it is content, not an
 * introductory participle ("Speaking at the summit, he said …").
 */
function gerundSubject(units: Unit[], first: number, before: number): boolean {
  if (!/ing$/.test(lowerOf(units[first]))) return false;
  for (let i = first + 1; i < before; i++) {
    const unit = units[i];
    if (isComma(unit) || isQuote(unit) || CLAUSE_OPENERS.has(lowerOf(unit))) return false;
    if (posOf(unit) === 'AUX') return i > first + 1;
    if (posOf(unit) === 'VERB') return false;
  }
  return false;
}

const OPENING_LEADS = new Set(['having', 'after', 'while', 'before', 'when']);

type Subject = NonNullable<ReturnType<typeof subjectBefore>>;

/** A quotation whose comma stands inside its closing mark ('… is a "lawful source of income," as …'). */
function quotationClosedByComma(text: string, unit: Unit | undefined): boolean {
  if (!unit || !isQuote(unit) || !unit.quote) return false;
  return text.slice(unit.quote.innerStart, unit.quote.innerEnd).trimEnd().endsWith(',');
}

/** Verbs that relay words in a closing "…, as X put it." ("as X noted", "as X has reported"). */
// (Not "say": "…, as the man says", "as they say" are sayings, anyone's.)
const AS_REPORTED = new Set([
  'report',
  'put',
  'note',
  'observe',
  'remark',
  'point',
  'write',
  'state',
  'mention',
]);
/** Pronouns of the one speaking or spoken to: "as I said", "as you noted" in a transcript or column. */
const SPEAKING_PERSONS = new Set(['i', 'we', 'you']);

/**
 * The attribution a cue makes with its subject before it ("Zelensky said …", "…, Zelensky said."), pushed
 * onto found; the floor the next cue reads from.
 */
function attributeWithSubject(
  context: Context,
  cues: CueCandidate[],
  c: number,
  subject: Subject,
  floor: number,
  found: Attribution[],
): number {
  const { text, sentence, sentenceIndex } = context;
  const { units } = sentence;
  const cue = cues[c];
  if (modifyingParticiple(units, cue, subject.phrase.first)) return floor;
  if (namingCall(units, cue, subject.phrase)) return floor;
  if (askedOfSubject(units, subject.first, cue.first)) return floor;
  const tail = readTail(context, cue, cue.verb + 1);
  if (objectRelative(units, subject.first, tail.next)) return floor;
  if (freeRelative(units, subject.first, cue)) return floor;
  // "He stated this, speaking with reporters …", "said this during a briefing": "this" is the object,
  // pointing back (the sentence before is what was said); what follows tells the occasion. Not "said this
  // was illegal", "says this strong showing …", "called this \"indefensible\"".
  const pointsBack =
    (lowerOf(units[tail.next]) === 'this' || lowerOf(units[tail.next]) === 'so') &&
    !['VERB', 'AUX', 'NOUN', 'ADJ', 'PROPN', 'NUM', 'QUOTE'].includes(posOf(units[tail.next + 1])) &&
    // ("I emphasize this again: …" announces what follows the colon; read a few words on, not the sentence)
    !units.slice(tail.next + 1, tail.next + 16).some((unit) => lowerOf(unit) === ':');
  skipToComplementizer(units, tail);
  const end = contentEnd(units, cues, c, text);
  // The attribution this subject and cue make, with the given content parts.
  // "In an interview with the BBC, Smith said …": adjuncts opening the sentence before the subject, when
  // what was said follows the verb.
  const openingVenue = (pattern: 'before' | 'after') =>
    pattern === 'after' && subject.first - 1 > floor && isComma(units[subject.first - 1])
      ? frontedVenue(text, units, floor, subject.first - 1)
      : null;
  const bySubject = (parts: Attribution['parts'], pattern: 'before' | 'after'): Attribution => ({
    sentence: sentenceIndex,
    parts,
    source: mention(context, subject.phrase, subject.appositive),
    cue: cue.cue,
    cueClass: cue.cueClass,
    venue: tail.venue ?? subject.venue ?? openingVenue(pattern),
    pattern,
    sharedWith: null,
  });
  const named = calledNameEnd(units, subject.first, cue, tail.next, end);
  if (named >= tail.next) {
    found.push(bySubject([{ start: units[tail.next].start, end: units[named].end }], 'after'));
    return named + 1;
  }
  // "…, political analysts say; in 2012, …": a semicolon closes the attribution as a full stop does.
  const atEnd =
    tail.next >= units.length || isTerminal(units[tail.next]) || lowerOf(units[tail.next]) === ';';
  // "Officials are key to the plan, as ISW has frequently reported.", "…, as the minister put it.": "as"
  // and a reporter closing the sentence attribute the clause before the comma. (Only verbs that relay
  // words: "…, as some exporters had suggested" often bears on one phrase of the clause; nor the speaker
  // in the first or second person, "as I have said" in a transcript.)
  const asBefore =
    atEnd &&
    AS_REPORTED.has(cue.cue.lemma) &&
    !(subject.phrase.pronoun && SPEAKING_PERSONS.has(lowerOf(units[subject.phrase.first]))) &&
    lowerOf(units[subject.first - 1]) === 'as' &&
    (isComma(units[subject.first - 2]) || quotationClosedByComma(context.text, units[subject.first - 2])) &&
    subject.first - 2 > floor;
  const before = asBefore ? subject.first - 2 : subject.first - 1;
  const hasBefore =
    before >= floor && (isComma(units[before]) || isQuote(units[before]) || isDash(units[before]));
  const tailComma = isComma(units[tail.next]);
  // "told BBC Radio 4's Today programme: \"…\"", "said after the 4-0 win: \"…\"", "said this: \"…\"": what
  // stands between the verb and a colon (an addressee, a programme, an occasion, no verb) introduces the
  // quotation after the colon, which closes the sentence and is all that was said.
  const colonQuote = cue.cueClass === 'belief' ? -1 : quotationAfterColon(units, tail.next);
  if (colonQuote >= 0 && !(hasBefore && isQuote(units[before]))) {
    found.push(bySubject([{ start: units[colonQuote].start, end: units[colonQuote].end }], 'after'));
    return colonQuote + 1;
  }
  // "… ,\" Hollande said Friday as he entered the talks": a clause of time or manner after the verb is
  // narration, not what was said.
  // "…, Blinken said Friday as he laid out …": a clause of time after the verb closes the attribution
  // as the sentence's end would.
  const adverbial =
    adverbialAfter(units, tail.next, end) ||
    (hasBefore &&
      OCCASIONED_CUES.has(cue.cue.lemma) &&
      (isQuote(units[before]) || holdsClause(units, floor, before - 1)) &&
      narratingRightAfter(units, tail.next, end));
  const clauseAfter = !adverbial && holdsClause(units, tail.next, end);
  // The content before the subject is a quotation only when the quotation opens the region
  // ('Sunday on Fox News's "Sunday Morning Futures," Issa said' is an introduction, not a quote).
  const quoteFirst =
    (isQuote(units[before]) && units[before].start <= units[floor].start + 2) ||
    (isComma(units[before]) &&
      isQuote(units[before - 1]) &&
      units[before - 1].start <= units[floor].start + 2);
  // "When he interviewed Clinton, Ramos reminded her …": an introductory phrase is not content,
  // unless the sentence goes on after the attribution ("If she wins, Clinton suggested, she would …").
  const openerPos = posOf(units[floor]);
  const introductory =
    !quoteFirst &&
    (openerPos === 'ADP' ||
      openerPos === 'SCONJ' ||
      openerPos === 'ADV' ||
      openerPos === 'NUM' ||
      (openerPos === 'VERB' &&
        /(ing|ed)$/.test(lowerOf(units[floor])) &&
        !gerundSubject(units, floor, before)) ||
      (openerPos === 'PART' && lowerOf(units[floor]) === 'to'));
  const resumes = tailComma && holdsClause(units, tail.next + 1, end) && !isQuote(units[tail.next + 1]);
  const introducesAfter =
    lowerOf(units[tail.next]) === ':' ||
    isQuote(units[tail.next + (tailComma ? 1 : 0)]) ||
    lowerOf(units[tail.next]) === 'that';
  const attitude = cue.cueClass === 'attitude';
  // "After the match, Tom Reed, the coach, said, …": a phrase without a verb before the subject
  // introduces the sentence; the content follows the verb.
  const fragmentFirst = introductory && resumes && !holdsClause(units, floor, before - 1);
  // "Ivo Rask, Adviser to the Minister said this …": a name alone before the comma is the subject the
  // role stands beside (the appositive's closing comma left out), no content.
  const nameOnly =
    !quoteFirst && !subject.phrase.pronoun && isComma(units[before]) && onlyName(units, floor, before - 1);
  // "…, the bartender will recount for the customer the meaning of the word", "…, millions left homeless
  // and estimated damages as high as …": a verb with an object of its own after it (and no clause or
  // quotation) reports nothing before it; "…, Reed said Friday." ends at its adjuncts ("told" has read its
  // addressee).
  const ownObject =
    cue.cueClass !== 'object' &&
    !quoteFirst &&
    !atEnd &&
    !tailComma &&
    !adverbial &&
    !clauseAfter &&
    objectAfterVerb(units, tail.next);
  // ("…, as Reed noted, Korea feels the pain of Kyiv": nor does a verb of belief report its object.)
  if (ownObject && hasBefore && cue.cueClass === 'belief') return floor;
  const takeBefore =
    hasBefore &&
    !nameOnly &&
    !attitude &&
    !ownObject &&
    // "Zeke Ames, an oncologist who advised the mayor, said …": a relative clause's verb reports
    // nothing said before its antecedent.
    lowerOf(units[cue.first - 1]) !== 'who' &&
    !fragmentFirst &&
    // "In fact, neither plan would matter, analysts say.": a verb closing the sentence has no content
    // after it, so the introductory phrase belongs to the content.
    (!introductory || resumes || atEnd || (adverbial && holdsClause(units, floor, before - 1))) &&
    (atEnd ||
      !clauseAfter ||
      (quoteFirst && !introducesAfter) ||
      (tailComma && !isQuote(units[tail.next + 1])) ||
      (tailComma && quoteFirst));
  if (takeBefore) {
    // "…, Zelensky said." / "\"…,\" Zelensky told Sky News." (and maybe a split quote after it)
    const span = contentSpan(units, floor, before);
    if (span) {
      const parts = [span];
      let last = tail.next;
      const resumed = quoteFirst ? resumedQuote(units, tail.next, end) : -1;
      if (tailComma && isQuote(units[tail.next + 1])) {
        const second = units[tail.next + 1];
        parts.push({ start: second.start, end: second.end });
        last = tail.next + 2;
      } else if (resumed >= 0) {
        // '"…," Thiel wrote in a statement to Wired explaining why he is speaking, "but …"'
        parts.push({ start: units[resumed].start, end: units[resumed].end });
        last = resumed + 1;
      } else if (
        tailComma &&
        // ('"…," the President said, addressing the audience.': a participle after it is narration.)
        !narratingParticiple(units, tail.next + 1, end) &&
        !closingRelay(units, tail.next + 1, end) &&
        (posOf(units[tail.next + 1]) === 'AUX' ||
          posOf(units[tail.next + 1]) === 'VERB' ||
          (introductory && resumes) ||
          // "And perhaps, he said, it could help …": a fragment without a verb before the
          // attribution, the clause after it.
          (resumes && !holdsClause(units, floor, before - 1) && posOf(units[tail.next + 1]) !== 'SCONJ') ||
          // "He has a model, he said, for how the industry can …": the sentence goes on.
          continuesAfter(context.text, units, tail.next + 1, end))
      ) {
        // ""Only you," she said, would use the occasion …": the sentence goes on after the attribution.
        const rest = contentSpan(units, tail.next + 1, end);
        if (rest) {
          parts.push(rest);
          last = end + 1;
        }
      }
      found.push(bySubject(parts, 'before'));
      return tailComma && parts.length === 1 ? tail.next + 1 : last;
    }
  }
  // "After the union objected, the case was moved …": a verb closing a fronted subordinate clause
  // has no content; the clause after the comma is the sentence's own.
  // (A participle's subject is the clause's: "when he published an essay, arguing, in essence, that …".)
  if (tailComma && !cue.participle && !isQuote(units[tail.next + 1]) && fronted(units, subject.first, floor))
    return floor;
  // "In a letter to the crew, who had written in May, the board said …": a relative clause on a noun of
  // the prepositional phrase opening the sentence ends at its comma; the main clause follows it.
  if (tailComma && relativeInOpening(units, cue.first - 1, floor)) return floor;
  // "Zelensky said (that) …", "told Sky News he …", "said: \"…\"".
  const nounComplement = !clauseAfter && startsNounPhrase(units[tail.next]) && end - tail.next >= 1;
  // "The bridge, which engineers said was unsafe, was closed", "Tom Reed, whose question revealed the
  // figure, said …": a relative clause set off by commas ends at its closing comma.
  const setOff =
    ['which', 'who', 'whom', 'whose'].includes(lowerOf(units[subject.first - 1])) &&
    isComma(units[subject.first - 2]);
  const relativeEnd =
    lowerOf(units[cue.first - 1]) === 'who' || setOff ? endOfRelative(units, tail.next, end) : end;
  // "tweeted using his account:", "said in a statement on Friday:": a colon closing the sentence
  // introduces the quotation that follows.
  let closing = units.length - 1;
  while (closing > tail.next && isTerminal(units[closing])) closing--;
  const introduces =
    closing > tail.next && lowerOf(units[closing]) === ':' && !units.slice(tail.next, closing).some(isQuote);
  const span =
    (clauseAfter || nounComplement) &&
    !introduces &&
    !pointsBack &&
    !coordinatorAfter(units, tail.next, cue.verb)
      ? contentSpan(units, tail.next, relativeEnd)
      : null;
  if (introduces) {
    found.push(bySubject([], 'after'));
  } else if (span) {
    found.push(bySubject([span], 'after'));
  } else if (lowerOf(units[tail.next]) === ':' || cue.cue.text.endsWith(':')) {
    const rest = tail.next + (lowerOf(units[tail.next]) === ':' ? 1 : 0);
    if (rest >= units.length || isTerminal(units[rest])) {
      // "Reporter Jane Doe says:" closing its paragraph: the quotation follows in the next one.
      found.push(bySubject([], 'after'));
    }
  }
  return floor;
}

/** Does a clause go on at `index` ("… told reporters that …", "… said the funds were hidden")? */
function clauseFrom(units: Unit[], index: number): boolean {
  const unit = units[index];
  if (unit === undefined) return false;
  const pos = posOf(unit);
  return lowerOf(unit) === 'that' || pos === 'AUX' || (pos === 'VERB' && !lowerOf(unit).endsWith('ing'));
}

/**
 * The attribution of a cue whose speaker follows it ("…, said Zelensky."), pushed onto found; the floor the
 * next cue reads from.
 */
function attributeInverted(context: Context, cue: CueCandidate, floor: number, found: Attribution[]): number {
  const { sentenceIndex } = context;
  const { units } = context.sentence;
  // Inverted: "…, said Zelensky." / "\"…,\" says Mark Rutte, NATO's secretary-general."
  // (A participle has no subject after it: '"fantastic," telling reporters …' names whom it told.)
  // A dash may stand for the comma after a closing quotation mark: '"…" – explains the analyst.'
  const before = cue.first - 1;
  const quoteBefore =
    isQuote(units[before]) || (isDash(units[before]) && before - 1 >= floor && isQuote(units[before - 1]));
  if (
    !cue.participle &&
    before >= floor &&
    (isComma(units[before]) || quoteBefore) &&
    cue.cueClass !== 'belief' &&
    cue.cueClass !== 'attitude'
  ) {
    const speaker = phraseStartingAt(units, cue.verb + 1);
    if (
      speaker &&
      !(
        quoteBefore &&
        quotedName(context.text, units, floor, before) &&
        clauseFrom(units, speaker.last + 1)
      ) &&
      // Case-sensitive: "said US President Joe Biden" opens with a country, not the pronoun "us".
      !['him', 'her', 'them', 'me', 'us'].includes(valueOf(units[speaker.first])) &&
      // ("…, says research": a verb of saying takes any noun for its speaker.)
      !(cue.cue.lemma !== 'say' && massNounObject(units, speaker.first, speaker.last))
    ) {
      let after = speaker.last + 1;
      let appositive: [number, number] | null = null;
      if (isComma(units[after]) && !speaker.pronoun) {
        const apposition = phraseStartingAt(units, after + 1);
        const last = apposition ? extendAppositive(units, apposition.last) : -1;
        if (
          apposition &&
          (isComma(units[last + 1]) || isTerminal(units[last + 1]) || last + 1 >= units.length)
        ) {
          appositive = [apposition.first, last];
          after = last + 1;
        }
      }
      // "…, said one source in the room.", "…, said John Doe of the Acme Institute.": a prepositional
      // phrase closing the sentence belongs to the speaker phrase.
      if (
        appositive === null &&
        !speaker.pronoun &&
        SPEAKER_PREPOSITIONS.has(lowerOf(units[after])) &&
        readAdjunct(context.text, units, after) === null
      ) {
        const object = phraseStartingAt(units, after + 1);
        const close = object ? object.last + 1 : -1;
        if (object && (close >= units.length || isTerminal(units[close]) || isComma(units[close]))) {
          appositive = [after, object.last];
          after = close;
          // "…, said another witness in the probe, former adviser Ann Lee.": a title and a name in
          // apposition after the phrase, closing the sentence (not a body alone: "an analyst at the bank,
          // Barclays").
          const named = isComma(units[after]) ? phraseStartingAt(units, after + 1) : null;
          if (
            named &&
            !named.pronoun &&
            isTerminal(units[named.last + 1]) &&
            isCapitalized(units[named.last]) &&
            // (or a person's name alone, after an honorific or a first name: "…, said Orsk's minister of
            // external affairs, Dr Anil Varanath.")
            (!isCapitalized(units[named.first]) ||
              (named.last > named.first &&
                (HONORIFICS.has(lowerOf(units[named.first])) || isFirstName(lowerOf(units[named.first])))))
          ) {
            appositive = [after + 1, named.last];
            after = named.last + 1;
          }
        }
      }
      // "The trouble with the bridge, says Tom Reed, a structural engineer, is the soil itself": a fronted
      // subject, the attribution, then the predicate.
      const medial =
        !quoteBefore && verbless(units, floor, before - 1) && readAdjunct(context.text, units, after) === null
          ? resumedPredicate(units, after)
          : null;
      if (medial && medial.modifierLast >= 0) {
        appositive = [
          appositive ? appositive[0] : after + (isComma(units[after]) ? 1 : 0),
          medial.modifierLast,
        ];
        after = medial.modifierLast + 1;
      }
      // "…, said X, the commander of the army, in an interview with the BBC."
      const skipComma = isComma(units[after]) && readAdjunct(context.text, units, after + 1) !== null;
      const tail = readTail(context, { ...cue, cueClass: 'speech' }, skipComma ? after + 1 : after);
      after = tail.next;
      const endsHere =
        after >= units.length ||
        isTerminal(units[after]) ||
        isComma(units[after]) ||
        // '"…," said a source involved in the talks.': after a quotation the speaker phrase may run on.
        quoteBefore ||
        (posOf(units[speaker.last]) === 'PROPN' && occasionToEnd(units, after));
      if (endsHere) {
        const span = contentSpan(units, floor, before);
        if (span) {
          const parts = [span];
          if (isComma(units[after]) && isQuote(units[after + 1])) {
            parts.push({ start: units[after + 1].start, end: units[after + 1].end });
            after += 2;
          } else if (medial && medial.rest === after + 1) {
            const rest = contentSpan(units, medial.rest, units.length - 1);
            if (rest) {
              parts.push(rest);
              after = units.length;
            }
          }
          found.push({
            sentence: sentenceIndex,
            parts,
            source: mention(context, speaker, appositive),
            cue: cue.cue,
            cueClass: cue.cueClass,
            venue: tail.venue,
            pattern: 'inverted',
            sharedWith: null,
          });
          return after;
        }
      }
    }
  }
  return floor;
}

/**
 * "Having noted that X, Vladimir Putin emphasised …", "Noting that X, the minister said …": a participle
 * opening the sentence has the subject of the main clause after it, and its content ends at the comma
 * before that subject.
 */
function participleOpening(
  context: Context,
  cue: CueCandidate,
  floor: number,
): { attribution: Attribution; next: number } | null {
  const { units } = context.sentence;
  const lead = lowerOf(units[cue.first - 1]);
  const opens =
    (cue.participle && (cue.first === floor || (cue.first === floor + 1 && OPENING_LEADS.has(lead)))) ||
    (lead === 'having' && cue.first === floor + 1 && /ed$/.test(lowerOf(units[cue.verb])));
  if (!opens || cue.cueClass === 'attitude') return null;
  // ("Writing for a panel that all agreed …, X noted": no prepositional phrase before the content.)
  const tail = readTail(context, cue, cue.verb + 1);
  for (let comma = tail.next + 2; comma < units.length && comma < tail.next + 60; comma++) {
    if (isTerminal(units[comma])) return null;
    if (!isComma(units[comma])) continue;
    const subject = phraseStartingAt(units, comma + 1);
    if (!subject) continue;
    let verb = subject.last + 1;
    while (posOf(units[verb]) === 'ADV') verb++;
    if (posOf(units[verb]) !== 'VERB' && posOf(units[verb]) !== 'AUX') continue;
    if (!holdsClause(units, tail.next, comma - 1)) return null;
    const span = contentSpan(units, tail.next, comma - 1);
    if (!span) return null;
    return {
      attribution: {
        sentence: context.sentenceIndex,
        parts: [span],
        source: mention(context, subject, null),
        cue: cue.cue,
        cueClass: cue.cueClass,
        venue: tail.venue,
        pattern: 'after',
        sharedWith: null,
      },
      next: comma + 1,
    };
  }
  return null;
}

/**
 * "A message posted on Twitter said", "The sign written in Chinese read": a bare past participle right
 * after a noun, inside the subject of the next reporting verb, modifies that noun and reports nothing.
 */
function modifiesLaterSubject(
  text: string,
  units: Unit[],
  cues: CueCandidate[],
  c: number,
  floor: number,
): boolean {
  const cue = cues[c];
  const next = cues[c + 1];
  if (cue.first !== cue.verb || !pastParticiple(units[cue.verb])) return false;
  const head = posOf(units[cue.first - 1]);
  if (head !== 'NOUN' && head !== 'PROPN') return false;
  if (next === undefined || next.participle) return false;
  const subject = subjectBefore(text, units, next.first - 1, floor);
  // (Not inside a clause set off in the subject: "Mr Blair, who last year denied …, said".)
  return (
    subject !== null &&
    subject.first < cue.first &&
    !units.slice(subject.first, cue.first).some((unit) => isComma(unit) || RELATIVES.has(lowerOf(unit)))
  );
}

/**
 * Finds the attributions of one sentence from its reporting verbs: content before the subject
 * ("…, Zelensky said."), after the verb ("Zelensky said (that) …", "told Sky News …"), inverted
 * ("…, said Zelensky."), split quotes ("…," he said, "…"), "according to", colon and dash attributions,
 * and second verbs sharing a subject ("told Y … and said …").
 */
export function attributeSentence(text: string, sentence: Sentence, sentenceIndex: number): Attribution[] {
  const context: Context = { text, sentence, sentenceIndex };
  const { units } = sentence;
  const cues = findCues(text, sentence);
  const found: Attribution[] = [];
  let floor = 0;
  const asked = askedQuestion(context);
  if (asked) {
    found.push(asked.attribution);
    floor = asked.next;
  }
  const opening = asked ? null : verbFirst(context);
  if (opening) return [opening];
  // Each cue by where it starts (the first of any two that start together), for the previous attribution's.
  const cueStarting = new Map<number, CueCandidate>();
  for (const cue of cues) if (!cueStarting.has(cue.cue.start)) cueStarting.set(cue.cue.start, cue);
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    if (cue.first < floor) continue;
    if (cue.cue.lemma === 'according to' || cue.prepositional) {
      const result = according(context, cue, floor);
      if (result) {
        found.push(result);
      }
      continue;
    }
    if (modifiesLaterSubject(text, units, cues, c, floor)) continue;
    // Second verb sharing the subject of the previous attribution in this sentence.
    const previous = found.length > 0 ? found[found.length - 1] : null;
    const previousCue = previous?.cue ? cueStarting.get(previous.cue.start) : undefined;
    // '"…," said Tom Reed, who added that …': a relative clause on the speaker of an inverted attribution
    // is that speaker's second verb (the speaker phrase ends at the comma the floor stands on).
    const relativeOfSpeaker =
      previous?.pattern === 'inverted' &&
      lowerOf(units[cue.first - 1]) === 'who' &&
      cue.first - 2 === floor &&
      isComma(units[floor]) &&
      (cue.cueClass === 'speech' || cue.cueClass === 'object') &&
      // ("…, who teaches at the school", "…, who wrote the biography": a deed that describes the speaker.)
      (!DEED_CUES.has(cue.cue.lemma) || ['that', ':'].includes(lowerOf(units[cue.verb + 1])));
    if (
      relativeOfSpeaker ||
      (isCoordinated(units, cue, text) &&
        // ("refused …, but said …, adding: …": a second verb may share a subject a second verb shares.)
        (previous?.source || (previous?.pattern === 'shared' && cue.participle)) &&
        (previousCue === undefined || sameVerbForm(units, previousCue, cue)))
    ) {
      const tail = readTail(context, cue, cue.verb + 1);
      const span = contentSpan(units, tail.next, contentEnd(units, cues, c, text));
      if (span) {
        found.push({
          sentence: sentenceIndex,
          parts: [span],
          source: null,
          cue: cue.cue,
          cueClass: cue.cueClass,
          venue: tail.venue,
          pattern: 'shared',
          sharedWith: found.length - 1,
        });
      }
      continue;
    }
    const opening = participleOpening(context, cue, floor);
    if (opening) {
      found.push(opening.attribution);
      floor = opening.next;
      continue;
    }
    // ("One official, who asked not to be named, said": the clause says why the source goes unnamed; it
    // stays in the mention as an appositive.)
    const unnamed = skipAnonymity(units, cue.first - 1);
    let subject = cue.participle
      ? quotedAsSaying(text, units, cue, floor)
      : subjectBefore(text, units, unnamed, floor);
    if (subject && unnamed < cue.first - 1 && subject.appositive === null) {
      const first = unnamed + (isComma(units[unnamed + 1]) ? 2 : 1);
      const last = cue.first - (isComma(units[cue.first - 1]) ? 2 : 1);
      subject = { ...subject, appositive: [first, last] };
    }
    // "footage of Jane Moss asking, \"…\"", "with Boswell stating: \"…\"": a name right before a
    // participle is its speaker (not a day: "issued a statement on Friday saying …" is the issuer's).
    if (
      cue.participle &&
      posOf(units[cue.first - 1]) === 'PROPN' &&
      !dayOrMonth(lowerOf(units[cue.first - 1])) &&
      cue.cueClass === 'speech'
    ) {
      const phrase = phraseEndingAt(units, cue.first - 1, floor);
      if (phrase && !phrase.pronoun) subject = { phrase, appositive: null, first: phrase.first };
    }
    // "released a statement saying …", "sent out a press release saying …": the participle shares the
    // clause's subject.
    const writtenBy = cue.participle && writtenNounBefore(units, cue.first);
    if (!subject && (isCoordinated(units, cue, text) || writtenBy) && found.length === 0) {
      // "Marco Rubio flipped his choice – saying …", "The judge rubbed his chin, and then said …".
      subject = clauseSubject(units, cue.first);
      // "Donald Trump on Thursday ratcheted up his attacks, saying …": the subject of the finite verb.
      const afterComma =
        isComma(units[cue.first - 1]) ||
        (posOf(units[cue.first - 1]) === 'ADV' && isComma(units[cue.first - 2]));
      if (!subject && cue.participle && afterComma) subject = finiteVerbSubject(text, units, cue.first);
    }
    if (subject) {
      floor = attributeWithSubject(context, cues, c, subject, floor, found);
      continue;
    }
    floor = attributeInverted(context, cue, floor, found);
  }
  if (found.length === 0) {
    const punctuated = colonOrDash(context) ?? colonAfterClause(context);
    if (punctuated) found.push(punctuated);
  } else if (
    found.every((attribution) => attribution.cueClass === 'attitude' || attribution.cueClass === 'belief')
  ) {
    // "Reed: I support the harbour plan": a stance after a headline's colon is inside the words it gives.
    const punctuated = colonOrDash(context);
    const colon = punctuated?.cue?.start ?? Infinity;
    if (punctuated && found.every((attribution) => (attribution.cue?.start ?? -1) > colon)) {
      // (Second verbs point at their subject's attribution by index: one more in front of them.)
      for (const attribution of found) if (attribution.sharedWith !== null) attribution.sharedWith++;
      found.unshift(punctuated);
    }
  }
  const question = asked ? null : trailingQuestion(context, found);
  if (question) found.push(question);
  withoutRelayingSource(text, units, found);
  withoutClosingOutlet(units, found);
  withoutClosingVenue(text, units, found);
  withoutRepeatedTag(units, found);
  // A stance verb inside reported content ("told Sky News he wants to …") is part of that content, and so
  // is a verb sharing its subject ("said it would attack the posts and would respond …").
  const inside = (attribution: Attribution): boolean =>
    attribution.cue !== null &&
    found.some(
      (other) =>
        other !== attribution &&
        other.parts.some((part) => part.start <= attribution.cue!.start && attribution.cue!.end <= part.end),
    );
  const dropped = found.map(
    (attribution) =>
      (attribution.cueClass === 'attitude' || attribution.cueClass === 'belief') && inside(attribution),
  );
  // "noted the importance of …", "discussed the situation in …": a topic, no statement. It stays, silent,
  // as the subject that later verbs share ("Yermak noted the role of Poland and said that …") and as
  // the sentence's attribution for what follows it.
  found.forEach((attribution) => {
    if (
      attribution.cue !== null &&
      attribution.parts.length === 1 &&
      attribution.cue.end <= attribution.parts[0].start &&
      topicOnly(units, attribution.cue.lemma, attribution.parts[0].start, attribution.parts[0].end)
    )
      attribution.silent = true;
  });
  found.forEach((attribution, index) => {
    if (attribution.sharedWith !== null && dropped[attribution.sharedWith] && inside(attribution))
      dropped[index] = true;
  });
  return withoutDropped(found, dropped);
}

/**
 * Takes `found[index]` out of a sentence's attributions: a second verb that shared its subject shares
 * `heir`'s instead (none with `null`), and the pointers past it move down one.
 */
function removeAttribution(found: Attribution[], index: number, heir: Attribution | null): void {
  found.splice(index, 1);
  const heirIndex = heir === null ? null : found.indexOf(heir);
  for (const other of found)
    if (other.sharedWith === index) other.sharedWith = heirIndex;
    else if (other.sharedWith !== null && other.sharedWith > index) other.sharedWith--;
}

/**
 * A sentence's attributions but those `dropped` marks (by index), with the pointers of second verbs to
 * their subject's attribution (`sharedWith`) renumbered to the attributions kept.
 */
export function withoutDropped(found: Attribution[], dropped: readonly boolean[]): Attribution[] {
  const renumbered = new Map<number, number>();
  found.forEach((_, index) => {
    if (!dropped[index]) renumbered.set(index, renumbered.size);
  });
  return found
    .filter((_, index) => !dropped[index])
    .map((attribution) =>
      attribution.sharedWith === null
        ? attribution
        : { ...attribution, sharedWith: renumbered.get(attribution.sharedWith) ?? null },
    );
}

/**
 * "The minister said on Friday that \"the talks will go on\", according to Reuters.": an "according to"
 * after a whole attributed clause names where the report came from, not a second speaker of the clause.
 * The clause's content ends before it, and the relay's own attribution (whose content would be the
 * reporting clause itself) is dropped. Works in place on a sentence's attributions.
 */
function withoutRelayingSource(text: string, units: Unit[], found: Attribution[]): void {
  for (let r = found.length - 1; r >= 0; r--) {
    const relay = found[r];
    const relayed = relayedReport(text, units, relay, found);
    if (relayed) {
      removeAttribution(found, r, relayed);
      continue;
    }
    // (only a relay that closes the sentence: "In the future, according to an agreement, the board will
    // …" opens the content that follows it)
    const closing = relaysClause(relay);
    if (!closing && !relaysMidClause(text, relay, found, r)) continue;
    if (closing && !/^[\s.!?"”’)]*$/.test(text.slice(relay.source!.end, units[units.length - 1].end)))
      continue;
    const content = relay.parts[0];
    const cueStart = relay.cue!.start;
    // The clause's own report, which ran on over the relay: "X said …, according to Y".
    const reported = found.find(
      (other) =>
        other !== relay &&
        other.cue !== null &&
        other.source !== null &&
        RELAYED_VERBS.has(other.cue.lemma) &&
        other.cue.start >= content.start &&
        other.cue.end <= content.end &&
        other.parts[other.parts.length - 1].end > cueStart &&
        opensClause(text.slice(content.start, other.source.start)) &&
        // ("The FCC has not said when it would rule, according to a spokesman": the spokesman's words)
        !/\bnot\b|n['’]t\b/i.test(text.slice(other.source.end, other.cue.end)) &&
        // ("Viruses written to …": a participle, no report)
        !/(?:en|ing)$/i.test(other.cue.text),
    );
    const cueUnit = units.findIndex((unit) => unit.start === cueStart);
    // ("of which there are now 230 according to recent figures": no comma, the source of a figure)
    if (!reported || cueUnit <= 0 || !isComma(units[cueUnit - 1])) continue;
    const last = reported.parts[reported.parts.length - 1];
    const trimmed = contentSpan(
      units,
      units.findIndex((unit) => unit.start >= last.start),
      cueUnit - 1,
    );
    if (!trimmed) continue;
    reported.parts = [...reported.parts.slice(0, -1), trimmed];
    // (a second verb after the relay, "…, according to Y, and added …", shares the clause's subject)
    removeAttribution(found, r, reported);
  }
}

/**
 * "According to Reuters, the groups said this was a mistake.", "According to its accounts, the lab said
 * it spent …", "According to the paper, chief executive Ann Lee said …": an "according to X" opening a sentence whose clause is another speaker's report names
 * where the report came from; that speaker's attribution (the one whose subject opens the relay's
 * content and whose content holds words, not an object) stands, the relay's goes. Returns that
 * attribution, or null.
 */
function relayedReport(
  text: string,
  units: Unit[],
  relay: Attribution,
  found: Attribution[],
): Attribution | null {
  if (!namedAccording(relay) || relay.parts.length !== 1 || relay.source.end > relay.parts[0].start)
    return null;
  const content = relay.parts[0];
  return (
    found.find(
      (other) =>
        other !== relay &&
        other.cue !== null &&
        other.source !== null &&
        other.pattern === 'after' &&
        RELAYED_VERBS.has(other.cue.lemma) &&
        other.source.start >= content.start &&
        // (a title the mention leaves out may stand before it: "chief operating officer Peter Chernin")
        /^\s*(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(content.start, other.source.start)) &&
        other.parts[other.parts.length - 1].end <= content.end &&
        !/\bnot\b|n['’]t\b/i.test(text.slice(other.source.end, other.cue.end)) &&
        !/(?:en|ing)$/i.test(other.cue.text) &&
        // (not a thing done or made known: "According to his lawyer, Masha wrote him a letter")
        !reportsObject(other, units),
    ) ?? null
  );
}

/**
 * "X said …, according to Y, and added …": an "according to" between a reported clause and a second
 * verb that shares its subject; its content, the clause before it and the one after, is X's.
 */
function relaysMidClause(text: string, relay: Attribution, found: Attribution[], index: number): boolean {
  if (!namedAccording(relay)) return false;
  const { cue, source, parts } = relay;
  return (
    parts.length === 2 &&
    parts[0].end <= cue.start &&
    parts[1].start >= source.end &&
    /^(?:and|but)\s/i.test(text.slice(parts[1].start, parts[1].end)) &&
    found.some((other) => other.pattern === 'shared' && other.sharedWith === index)
  );
}

/**
 * "…, Drozd said as he met a senator on 14 February, BelTA informs.", "Drozd said the port will close,
 * Coastal News reported.": an outlet closing a sentence that holds another speaker's report relays that
 * report; what stands between them is narration, not the outlet's words. The report's content ends
 * before the outlet, and the outlet's attribution is dropped. Works in place on a sentence's attributions.
 */
function withoutClosingOutlet(units: Unit[], found: Attribution[]): void {
  for (let r = found.length - 1; r >= 0; r--) {
    const relay = found[r];
    const { cue, source } = relay;
    if (cue === null || source === null || relay.pattern !== 'before') continue;
    if (!isComma(units[source.first - 1]) || !closingRelay(units, source.first, units.length - 1)) continue;
    const outlet = units[source.first].start;
    const reports = found.filter(
      (other) =>
        other !== relay &&
        other.source !== null &&
        other.cue !== null &&
        other.cueClass === 'speech' &&
        other.cue.end <= outlet,
    );
    if (reports.length === 0 || found.some((other) => other.sharedWith === r)) continue;
    for (const report of reports) {
      const last = report.parts[report.parts.length - 1];
      if (last.end <= outlet) continue;
      const trimmed = contentSpan(units, firstStartingAt(units, last.start), source.first - 1);
      if (trimmed) report.parts = [...report.parts.slice(0, -1), trimmed];
    }
    removeAttribution(found, r, null);
  }
}

/**
 * "Reed said the talks had failed, in an interview broadcast on Sunday.", "Reed said the port would close,
 * speaking to the BBC.": adjuncts of venue set off by a comma at the end of a content that follows its
 * verb say where the words were said, not what; the content ends before the comma and the venue is read
 * (when none was). Only after a comma: "said he had raised it in a letter" may be the content's own.
 * Works in place on a sentence's attributions.
 */
function withoutClosingVenue(text: string, units: Unit[], found: Attribution[]): void {
  for (const attribution of found) {
    const last = attribution.parts[attribution.parts.length - 1];
    // (a colon closing its paragraph has its quotation still to come: no part yet)
    if (last === undefined || attribution.cue === null || last.start < attribution.cue.end) continue;
    const first = firstStartingAt(units, last.start);
    for (let comma = first + 1; comma < units.length && units[comma].start < last.end; comma++) {
      const venue = isComma(units[comma]) ? closingVenue(text, units, comma + 1) : null;
      if (!venue) continue;
      const trimmed = contentSpan(units, first, comma - 1);
      if (trimmed) {
        attribution.parts = [...attribution.parts.slice(0, -1), trimmed];
        attribution.venue ??= venue;
      }
      break;
    }
  }
}

/**
 * 'Jo Reed said: "The plan failed," she said.', 'Reed told the BBC: "It failed," he added.': a second
 * tag after a quotation that a first verb already introduced repeats the attribution, the way some
 * outlets write. The two read each other (the first's content runs over the second's cue, the second's
 * back over the first's cue): one quotation, one statement, said by the first verb's subject, its
 * content ending before the repeated tag. Works in place on a sentence's attributions.
 */
function withoutRepeatedTag(units: Unit[], found: Attribution[]): void {
  for (let r = found.length - 1; r >= 1; r--) {
    const tag = found[r];
    if (tag.cue === null || tag.source === null || tag.pattern !== 'before') continue;
    const source = tag.source;
    const within = (span: { start: number; end: number }, offset: number) =>
      span.start <= offset && offset < span.end;
    const first = found.findIndex(
      (other, index) =>
        index < r &&
        other.pattern === 'after' &&
        other.cue !== null &&
        other.source !== null &&
        other.parts.length === 1 &&
        within(other.parts[0], source.start) &&
        tag.parts.some((part) => within(part, other.cue!.start)),
    );
    if (first < 0) continue;
    const opening = found[first];
    // (only a tag that opens right after a quotation's close: '"…," she said', not '"…" and she said …')
    const tagFirst = firstStartingAt(units, source.start);
    // (and only the quotation the first verb opens: "Guidance said e-mails should go if "useless", Mr Lee
    // said" is Lee's report of what the guidance said)
    const before = isComma(units[tagFirst - 1]) ? units[tagFirst - 2] : units[tagFirst - 1];
    if (!before || !isQuote(before) || before.start !== opening.parts[0].start) continue;
    // (after a colon: "Polls suggest that "…", Ms Lee says" is Lee's report of what the polls suggest)
    const opened = firstStartingAt(units, before.start);
    if (lowerOf(units[opened - 1]) !== ':' && !opening.cue!.text.endsWith(':')) continue;
    const trimmed = contentSpan(units, firstStartingAt(units, opening.parts[0].start), tagFirst - 1);
    if (!trimmed) continue;
    opening.parts = [trimmed];
    if (opening.venue === null && tag.venue !== null) opening.venue = tag.venue;
    opening.repeatedCue = { start: tag.cue.start, end: tag.cue.end };
    removeAttribution(found, r, opening);
  }
}

/**
 * Verbs whose subject is plainly the one who spoke: an "according to" after "X said …" relays X's words.
 * (After "X estimated …", "proposed …", "implies …", the one it names may well be the source of the claim.)
 */
const RELAYED_VERBS = new Set(
  'say tell add state announce confirm claim insist warn write note explain reply respond declare'.split(' '),
);

/** What may come before a clause's subject: nothing, an opening phrase closed by a comma, or "But". */
function opensClause(lead: string): boolean {
  return /^\s*(?:(?:and|but|so|yet|meanwhile|also)\s+)?$/i.test(lead) || /,\s*$/.test(lead);
}

/** An "according to X" after the content it covers, read as a relay of the sentence before it. */
function relaysClause(attribution: Attribution): boolean {
  return (
    namedAccording(attribution) &&
    attribution.parts.length === 1 &&
    attribution.source.start >= attribution.parts[0].end
  );
}

/** An "according to X" with X named, not a pronoun: a relay's shape, wherever it stands. */
function namedAccording(attribution: Attribution): attribution is Attribution & {
  cue: NonNullable<Attribution['cue']>;
  source: NonNullable<Attribution['source']>;
} {
  const { cue, source } = attribution;
  return (
    cue !== null &&
    cue.lemma === 'according to' &&
    attribution.pattern === 'according' &&
    source !== null &&
    !source.pronoun
  );
}

const OBJECT_PRONOUNS_QUOTED = new Set(['him', 'her', 'them']);
const QUOTED_OBJECT_PREPOSITIONS = new Set(['in', 'at', 'of', 'from', 'with', 'for']);
const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, 'been', 'be']);

/**
 * "quoted by the BBC" ending at `last` (the agent of a passive "quote" before "as saying"): the index of
 * "quoted", or -1.
 */
function quotingAgent(units: Unit[], last: number, floor: number): number {
  const agent = phraseEndingAt(units, last, floor);
  if (!agent || agent.pronoun || lowerOf(units[agent.first - 1]) !== 'by') return -1;
  return lowerOf(units[agent.first - 2]) === 'quoted' ? agent.first - 2 : -1;
}

/**
 * The one quoted in "Tass quoted Ivan Lebed as saying (that) …", "a report quoting a ministry
 * spokesman as saying …" (the object of "quote"), or in "Lebed was quoted as saying …" (the subject of
 * the passive): the speaker of the words after "saying"; null for any other participle.
 */
function quotedAsSaying(text: string, units: Unit[], cue: CueCandidate, floor: number): Subject | null {
  if (cue.cue.lemma !== 'say' || lowerOf(units[cue.first - 1]) !== 'as' || cue.first - 3 < floor) return null;
  // "… was quoted as saying", "… was quoted by the BBC as saying": the passive's subject.
  const quotedAt = QUOTED_FORMS.has(lowerOf(units[cue.first - 2]))
    ? cue.first - 2
    : quotingAgent(units, cue.first - 2, floor);
  if (quotedAt >= 0) {
    if (!PASSIVE_AUXILIARIES.has(lowerOf(units[quotedAt - 1]))) return null;
    return quotedAt - 2 >= floor ? subjectBefore(text, units, quotedAt - 2, floor) : null;
  }
  // ("quoted him as saying": an object pronoun, resolved as a subject one is)
  const object = units[cue.first - 2];
  let phrase =
    OBJECT_PRONOUNS_QUOTED.has(lowerOf(object)) && posOf(object) === 'PRON'
      ? { first: cue.first - 2, last: cue.first - 2, pronoun: true }
      : phraseEndingAt(units, cue.first - 2, floor);
  let appositive: [number, number] | null = null;
  // ("quoted an insider in the talks as saying": the one quoted with a prepositional phrase)
  if (phrase && !phrase.pronoun && QUOTED_OBJECT_PREPOSITIONS.has(lowerOf(units[phrase.first - 1]))) {
    const head = phrase.first - 2 >= floor ? phraseEndingAt(units, phrase.first - 2, floor) : null;
    if (head && !head.pronoun && QUOTED_FORMS.has(lowerOf(units[head.first - 1]))) {
      appositive = [phrase.first - 1, phrase.last];
      phrase = head;
    }
  }
  if (!phrase || !QUOTED_FORMS.has(lowerOf(units[phrase.first - 1]))) return null;
  // '"…," Reuters quoted a central bank official as saying.': the clause opens at the one quoting, so
  // the content before it is the quoted one's.
  const quoting = phrase.first - 2 >= floor ? phraseEndingAt(units, phrase.first - 2, floor) : null;
  const before = quoting ? units[quoting.first - 1] : undefined;
  if (quoting && !quoting.pronoun && quoting.first > floor && (isComma(before) || isQuote(before)))
    return { phrase, appositive, first: quoting.first };
  return { phrase, appositive, first: phrase.first };
}

/** Whether units first..last are a proper name of one to four words and nothing else. */
function onlyName(units: Unit[], first: number, last: number): boolean {
  if (last < first || last - first > 3) return false;
  for (let i = first; i <= last; i++)
    if (posOf(units[i]) !== 'PROPN' || !isCapitalized(units[i])) return false;
  return true;
}
