import type { Cue } from '../model/statement.js';
import {
  BE_FORMS,
  lookupCue,
  MODAL_VERBS,
  PARTICLE_CUES,
  UNAMBIGUOUS_CUES,
  type CueClass,
  type CueEntry,
  feelingThat,
} from './cue-lexicon.js';
import {
  FRACTIONS,
  POSSESSIVE_CLITICS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  STANDING_QUANTIFIERS,
} from './noun-phrase.js';
import type { Sentence, Unit } from './segment.js';
import { holdsVerb, isComma, isQuote, isTerminal, lowerOf, posOf } from './units.js';

export interface CueCandidate {
  /** Unit index of the first word of the verb group ("has" in "has also said") and of the verb itself. */
  first: number;
  verb: number;
  cue: Cue;
  cueClass: CueClass;
  /** "-ing" form: a participle ("…, saying …") that shares the subject of the clause. */
  participle: boolean;
  /**
   * "as stated by X": read like "according to X", the speaker two units after `verb` (after "by").
   * ("according to" and "in the words of" are known by their lemma.)
   */
  prepositional?: boolean;
  /** "In his words, …": the unit of the possessive that names the speaker (the cue's lemma "according to"). */
  possessor?: number;
}

/** Does a request to stay unnamed start at `index` ("not to be named", "to remain anonymous", "for anonymity")? */
function unnamed(units: Unit[], index: number): boolean {
  let i = index;
  if (lowerOf(units[i]) === 'for' && lowerOf(units[i + 1]) === 'anonymity') return true;
  if (lowerOf(units[i]) === 'not') i++;
  if (lowerOf(units[i]) !== 'to') return false;
  const verb = lowerOf(units[i + 1]);
  const state = lowerOf(units[i + 2]);
  return (
    (verb === 'be' && (state === 'named' || state === 'identified')) ||
    (verb === 'remain' && (state === 'anonymous' || state === 'unnamed'))
  );
}

/** Written things that "read": '"…," the statement reads.', '"…," reads the decree.' */
const WRITINGS = new Set(
  `statement statements document documents message decree letter resolution communique communiqué article
  text post note release report declaration appeal order law bill agreement treaty petition inscription
  sign banner caption headline tweet email memo notice verdict ruling charter constitution manifesto
  protocol telegram address greeting greetings card plaque poster leaflet placard slogan entry description
  summary publication announcement instruction instructions`.split(/\s+/),
);

/** Does a written thing head the subject before `index` ("the decree", "the Statement of the Ministry of …", "the message from X")? */
function writtenSubject(units: Unit[], index: number): boolean {
  if (WRITINGS.has(lowerOf(units[index - 1]))) return true;
  for (let i = index - 1; i >= 0 && i >= index - 12; i--) {
    const pos = posOf(units[i]);
    if (
      pos !== 'PROPN' &&
      pos !== 'NOUN' &&
      pos !== 'DET' &&
      pos !== 'ADJ' &&
      pos !== 'ADP' &&
      pos !== 'CCONJ'
    )
      return false;
    const linker = lowerOf(units[i + 1]);
    if (WRITINGS.has(lowerOf(units[i])) && (linker === 'of' || linker === 'by' || linker === 'from'))
      return true;
  }
  return false;
}

/**
 * "the document reads." (after a quotation, or before a colon: "The message reads, in part: …") and
 * '"…," reads the decree.': a written thing reads what it says. ("The plan reads like a wish list" does
 * not; "reads: …" and 'reads "…"' report whatever reads.)
 */
function documentReads(units: Unit[], index: number): boolean {
  const lower = lowerOf(units[index]);
  if (lower !== 'reads' && lower !== 'read') return false;
  const next = units[index + 1];
  if (writtenSubject(units, index))
    return next === undefined || /^[.,:;!?]$/.test(lowerOf(next)) || next.kind === 'quote';
  const before = units[index - 1];
  const quoted = before?.kind === 'quote' || (lowerOf(before) === ',' && units[index - 2]?.kind === 'quote');
  if (!quoted || !/^(the|a|an|this|its|his|her|their)$/.test(lowerOf(next))) return false;
  for (let i = index + 2; i < units.length && i <= index + 5; i++) {
    if (WRITINGS.has(lowerOf(units[i]))) return true;
    const pos = posOf(units[i]);
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && lowerOf(units[i]) !== "'s") return false;
  }
  return false;
}

/** Verbs of saying read in "as stated by X" ("as reflected by", "as stipulated by" a document report nothing). */
const STATED_BY = new Set(
  `say state note report announce emphasize emphasise stress point explain mention underline underscore
  confirm reiterate add declare write tweet post`.split(/\s+/),
);

/**
 * "as stated by", "as pointed out by": the index of the reporting participle (the particle's for "pointed
 * out") when "by" follows it, or null.
 */
function statedBy(units: Unit[], as: number): { verb: number; lemma: string } | null {
  const word = units[as + 1];
  if (!word || word.kind !== 'token') return null;
  const entry = lookupCue(word.token.lower);
  if (!entry || !STATED_BY.has(entry.lemma) || !/(ed|said)$/.test(word.token.lower)) return null;
  let verb = as + 1;
  if (entry.lemma === 'point') {
    if (lowerOf(units[as + 2]) !== 'out') return null;
    verb++;
  }
  return lowerOf(units[verb + 1]) === 'by' ? { verb, lemma: entry.lemma } : null;
}

/** Auxiliaries and adverbs that PolNeAR-style annotation keeps in the cue ("has said", "also said"). */
const GROUP_WORDS = new Set(
  `has have had will would could might may should did does do is was are were 's also previously later
  then recently repeatedly often again just publicly privately reportedly once frequently since already
  long still initially first further separately similarly explicitly openly flatly bluntly earlier
  consistently always formerly ’s ’d ’ve 've ’re 're
  ’ll 'll`.split(/\s+/),
);
/** Participles that, after a possessive, describe the noun they precede ("its proposed merger"). */
const DESCRIBING_PARTICIPLES = new Set(
  `proposed reported stated expected planned announced alleged claimed promised suggested rumoured rumored
  declared intended predicted estimated forecast projected disclosed written posted`.split(/\s+/),
);
/** Forms of "quote" that report someone's words with "as saying". */
export const QUOTED_FORMS = new Set(['quoted', 'quoting', 'quotes', 'quote']);

/**
 * "as" before "saying" after a form of "quote" ("Tass quoted Ivan Lebed as saying …", "was quoted as
 * saying …"): the participle reports the words of the one quoted.
 */
function quotedAs(units: Unit[], i: number): boolean {
  if (lowerOf(units[i - 1]) !== 'as') return false;
  for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
    if (QUOTED_FORMS.has(lowerOf(units[k]))) return true;
    if (units[k].kind !== 'token' || posOf(units[k]) === 'PUNCT') return false;
  }
  return false;
}

/** Participles of saying and thinking that describe a noun as a passive ("flights believed to be …"). */
const PASSIVE_REPORTS = new Set(
  `believed thought said reported estimated expected alleged rumoured rumored understood feared
  considered known claimed suspected`.split(/\s+/),
);
/** Auxiliaries the tagger may read otherwise ("’s predicting"). */
const AUXILIARIES = new Set(
  `has have had will would did does do is was are were 's ’s ’d ’ve 've ’re 're ’ll 'll`.split(/\s+/),
);
/** Adverbs that ask or relate rather than modify the verb, and negation (a negated report says nothing). */
const NOT_GROUP_ADVERBS = new Set(
  `when where why how whenever wherever so as than not never n't n’t`.split(/\s+/),
);

/**
 * The index of an auxiliary of tense or aspect (not a modal: "will surely claim" has not been said) ending
 * a run of one to three lower-case adverbs that ends at `last` ("has | even", "has | also | privately"),
 * or -1.
 */
function auxiliaryBeforeAdverbs(units: Unit[], last: number): number {
  for (let k = last; k >= 0 && k >= last - 3; k--) {
    const unit = units[k];
    if (unit.kind !== 'token') return -1;
    const word = unit.token.lower;
    if (MODAL_VERBS.has(word) || word === "'d" || word === '’d') return -1;
    if (k < last && AUXILIARIES.has(word)) return k;
    const adverb = (unit.token.pos === 'ADV' || GROUP_WORDS.has(word)) && !NOT_GROUP_ADVERBS.has(word);
    if (!adverb || unit.token.value !== word || AUXILIARIES.has(word)) return -1;
  }
  return -1;
}

/**
 * Does what follows a verb at `next` give words: "that", a colon, a comma or a quotation, or a clause
 * (a verb before any preposition, "to", comma or sentence end: "he would win", "it be moved")?
 */
function reportsWordsAfter(units: Unit[], next: number): boolean {
  const opener = units[next];
  if (opener === undefined) return false;
  if (opener.kind === 'quote' || /^(that|:|,)$/.test(lowerOf(opener))) return true;
  for (let k = next; k < units.length && k < next + 6; k++) {
    const unit = units[k];
    if (unit.kind !== 'token') return false;
    const pos = unit.token.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (pos === 'ADP' || pos === 'PART' || pos === 'PUNCT' || unit.token.lower === 'to') return false;
  }
  return false;
}

/** Verbs of aspect that take "to" and a verb sharing their subject ("continued to insist"). */
const ASPECT_LEADS = new Set(
  `continue continues continued continuing begin begins began begun beginning start starts started
  starting`.split(/\s+/),
);

/**
 * The number of units of an aspect lead ending with "to" at `to` ("continued to", "began to", "quick
 * to" after a form of "be"), or 0.
 */
function aspectLead(units: Unit[], to: number): number {
  const word = lowerOf(units[to - 1]);
  if (ASPECT_LEADS.has(word) && posOf(units[to - 1]) !== 'NOUN') return 2;
  if (word === 'quick' && PASSIVE_AUX.has(lowerOf(units[to - 2]))) return 2;
  return 0;
}

/**
 * "is reported to have said", "was said to have told", "are understood to have argued": hearsay of a
 * report, whose subject is still the speaker. When the verb group opens at the perfect "have" and a form
 * of "be", a participle of report and "to" stand before it, the index of the form of "be" (after which the
 * subject ends), else -1.
 */
function hearsayLead(units: Unit[], have: number): number {
  if (lowerOf(units[have]) !== 'have' || lowerOf(units[have - 1]) !== 'to') return -1;
  if (!PASSIVE_REPORTS.has(lowerOf(units[have - 2]))) return -1;
  const be = units[have - 3];
  return be && be.kind === 'token' && BE_FORMS.has(be.token.lower) ? have - 3 : -1;
}

/** Quantifiers that float after a plural subject into the verb group ("both said", "have all argued"). */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);

/**
 * Does a quantifier at `index` float after its subject ("Reed and Berg both said", "The engineers all
 * agree", "they have all said")? Only after a noun, a name, a plural pronoun or an auxiliary: "Both said"
 * and "all said" opening a clause are the subject itself.
 */
function floatingQuantifier(units: Unit[], index: number): boolean {
  if (!FLOATING_QUANTIFIERS.has(lowerOf(units[index]))) return false;
  const before = units[index - 1];
  if (before === undefined || before.kind !== 'token') return false;
  const pos = before.token.pos;
  const word = before.token.lower;
  return (
    pos === 'NOUN' ||
    pos === 'PROPN' ||
    (pos === 'PRON' && PLURAL_PRONOUNS.has(word) && word !== 'i') ||
    (AUXILIARIES.has(word) && !MODAL_VERBS.has(word))
  );
}

/** Forms of "go" before "on to" and a verb of saying ("went on to say"). */
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);

/**
 * Prepositions and conjunctions before a reporting participle that shares the clause's subject ("began by
 * saying …", "before claiming …", "when announcing …").
 */
export const PARTICIPLE_LEADS = new Set(['by', 'before', 'after', 'while', 'when', 'without']);
const MODALS = new Set(['could', 'might', 'may', 'should', 'can', 'must', "'d"]);
/** Past participles: "was told", "were found", "was shown". */
const PARTICIPLE =
  /(ed|told|said|known|thought|written|felt|found|shown|seen|taught|sought|spoken|forecast)$/;
const PASSIVE_AUX = new Set(['is', 'was', 'were', 'are', "'re", '’re', 'be', 'been', 'being', 'get', 'got']);

const HEADLINE_CUES = new Set([
  'says',
  'said',
  'tells',
  'told',
  'warns',
  'claims',
  'urges',
  'admits',
  'insists',
  'announces',
  'reveals',
  'tweets',
  'hints',
  'slams',
  'blasts',
  'rips',
  'vows',
  'accuses',
  'defends',
  'denies',
  'praises',
  'pledges',
  'promises',
  'suggests',
  'explains',
  'argues',
  'describes',
  'asks',
  'endorses',
  'calls',
  'predicts',
  'admits',
  'confirms',
  'rejects',
  'questions',
  'mocks',
  'attacks',
  'blames',
  'touts',
]);

function headlineCue(units: Unit[], index: number): boolean {
  const unit = units[index];
  return (
    unit.kind === 'token' &&
    index > 0 &&
    HEADLINE_CUES.has(unit.token.lower) &&
    /^\p{Lu}\p{Ll}+$/u.test(unit.token.value) &&
    posOf(units[index - 1]) === 'PROPN' &&
    index + 1 < units.length
  );
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** Verbs of saying a relative clause holds with a gap ("that critics say is …"; "reports", "charges" are nouns). */
const RELATIVE_CUES = new Set(['say', 'says', 'claim', 'claims', 'argue', 'argues', 'insist', 'insists']);

/** Does a short subject ending at `last` follow a relative pronoun ("that many economists", "which some")? */
function relativeSubject(units: Unit[], last: number): boolean {
  for (let i = last; i >= 0 && i > last - 5; i--) {
    const pos = posOf(units[i]);
    if (i < last && RELATIVE_PRONOUNS.has(lowerOf(units[i]))) return true;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(pos)) return false;
  }
  return false;
}

/** Does a share of a poll end at `index` ("four in 10", "42%", "a third")? */
function share(units: Unit[], index: number): boolean {
  const lower = lowerOf(units[index]);
  if (lower === '%') return posOf(units[index - 1]) === 'NUM';
  if (FRACTIONS.has(lower)) return true;
  return (
    posOf(units[index]) === 'NUM' && lowerOf(units[index - 1]) === 'in' && posOf(units[index - 2]) === 'NUM'
  );
}

/**
 * -s forms of verbs of saying that are seldom the head of a compound noun ("security guarantees", "the
 * move signals" are left out).
 */
const CLAIMING_FORMS = new Set(
  `claims notes charges alleges contends maintains reports warns insists argues suggests admits
  concedes asserts stresses`.split(/\s+/),
);

/** Does a determiner or a possessive open the noun phrase whose head is at `head` ("the Turkish government")? */
function determinerOpens(units: Unit[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
    const pos = posOf(units[k]);
    if (pos === 'DET' || (pos === 'PRON' && /^(his|her|its|their|our|my)$/.test(lowerOf(units[k]))))
      return true;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN') return false;
  }
  return false;
}

/**
 * "Viguerie notes that …", "The ad claims “…”": the tagger reads a third-person verb after a noun as a
 * plural noun. The words after it decide: a complementizer opening a clause, a quotation, a colon, or a
 * subject pronoun.
 */
function nounReadAsVerb(units: Unit[], index: number, cueClass: CueClass): boolean {
  const unit = units[index];
  if (unit.kind !== 'token' || unit.token.pos !== 'NOUN') return false;
  if (cueClass !== 'speech' && cueClass !== 'object') return false;
  const before = posOf(units[index - 1]);
  // "four in 10 say they …", "42% say the …", "a third say they …": a share of a poll is plural.
  if (share(units, index - 1)) {
    const next = units[index + 1];
    return next !== undefined && (next.kind === 'quote' || ['PRON', 'DET', 'PROPN'].includes(posOf(next)));
  }
  // "the kind of job that many economists say is the future", "a group which officials say is tied to
  // …": after a relative pronoun and its subject, the verb's object is the pronoun, and a finite verb
  // follows it.
  if (RELATIVE_CUES.has(unit.token.lower) && relativeSubject(units, index - 1)) {
    const next = units[index + 1];
    const pos = posOf(next);
    if (pos === 'AUX' || (pos === 'VERB' && !lowerOf(next).endsWith('ing'))) return true;
  }
  // "Some say the fares …", "Many say they …": a quantifier standing for people, then a clause.
  if (STANDING_QUANTIFIERS.has(lowerOf(units[index - 1]))) {
    const next = units[index + 1];
    return next !== undefined && (next.kind === 'quote' || ['PRON', 'DET', 'PROPN'].includes(posOf(next)));
  }
  if (before !== 'PROPN' && before !== 'NOUN' && before !== 'PRON') return false;
  // "Patient groups note that …": a bare form needs a plural subject.
  if (!unit.token.lower.endsWith('s') && !(before === 'NOUN' && lowerOf(units[index - 1]).endsWith('s')))
    return false;
  const next = units[index + 1];
  if (!next) return false;
  if (next.kind === 'quote') return true;
  const lower = next.token.lower;
  if (lower === ':') return true;
  // "Israel reports having killed …", "The army claims having destroyed …": a perfect gerund after an -s
  // form of claiming is what is claimed (after a name, or a noun a determiner opens: "the army").
  if (
    lower === 'having' &&
    CLAIMING_FORMS.has(unit.token.lower) &&
    // (the tagger may read the participle after "having" as a noun: "having rescued")
    // ("The press reports having been wrong, …" is a clause of its own, no report)
    lowerOf(units[index + 2]) !== 'been' &&
    (posOf(units[index + 2]) === 'VERB' || /(?:ed|en)$/.test(lowerOf(units[index + 2]))) &&
    (before === 'PROPN' || determinerOpens(units, index - 1))
  )
    return true;
  if (lower === 'that') {
    const after = posOf(units[index + 2]);
    return ['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ', 'NUM', 'QUOTE'].includes(after);
  }
  // After a name ("The Daily News claims the NRA's refusal …") a determiner or a name opens the clause.
  if (before === 'PROPN' && (next.token.pos === 'DET' || next.token.pos === 'PROPN')) return true;
  // "The candidate claims his net worth is …", "The Turkish government claims Gulen runs …": after a
  // singular noun that a determiner opens, a -s form of a verb of claiming is the verb when a clause
  // follows it (a pronoun, a determiner or a name, then a finite verb); "the government claims process
  // was slow" has none.
  if (
    before === 'NOUN' &&
    CLAIMING_FORMS.has(unit.token.lower) &&
    !lowerOf(units[index - 1]).endsWith('s') &&
    determinerOpens(units, index - 1) &&
    ['PRON', 'DET', 'PROPN'].includes(next.token.pos) &&
    reportsWordsAfter(units, index + 1)
  )
    return true;
  return SUBJECT_PRONOUNS.has(lower) && next.token.pos === 'PRON';
}

/** Subject pronouns by number, for the agreement of a verb form with the word before it. */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);
/** Verbs of saying whose past is their base form ("Putin forecast that …"). */
const UNINFLECTED_PAST = new Set(['forecast']);
/** What opens the clause after "that": a subject or a word that leads one ("that despite …, there …"). */
const CLAUSE_OPENERS = new Set(['PRON', 'PROPN', 'DET', 'NOUN', 'ADJ', 'NUM', 'ADP', 'SCONJ']);

/**
 * "Mr. Trump alleged that …", "Critics charge that …", "Putin forecast that …", "Some voters doubt that
 * …", "Polls show that …": the tagger reads a verb of saying or thinking as a noun or an adjective, but
 * a subject's head right before it, a form that agrees with that subject, and "that" opening a clause
 * after it make it the verb. The agreement keeps nouns out: an -s form takes a singular subject ("the
 * campaign worries that"), a bare form a plural one ("voters fear that"), a past form any ("the complaint
 * alleged that"); "her claim that", "the DOJ demand that …", "made campaign promises that …" (a singular
 * noun no determiner opens) and "the claims that were filed" (no clause) stay nouns.
 */
function verbBeforeThat(units: Unit[], index: number, that: number, lemma: string): boolean {
  const unit = units[index];
  if (unit.kind !== 'token' || (unit.token.pos !== 'NOUN' && unit.token.pos !== 'ADJ')) return false;
  if (lowerOf(units[that]) !== 'that') return false;
  const opener = units[that + 1];
  if (opener === undefined || (opener.kind === 'token' && !CLAUSE_OPENERS.has(opener.token.pos)))
    return false;
  // ("the claims that were filed": a verb right after "that" makes it a relative pronoun.)
  const leads = opener.kind === 'token' && (opener.token.pos === 'ADP' || opener.token.pos === 'SCONJ');
  if (opener.kind === 'token' && !(leads ? holdsVerb(units, that + 2) : reportsWordsAfter(units, that + 1)))
    return false;
  const before = units[index - 1];
  if (before === undefined || before.kind !== 'token') return false;
  const head = before.token.lower;
  const pos = before.token.pos;
  // "issued a statement warning that …", "…, warning that …": a participle after a noun or a comma
  // ("the stark warning that …", "his warning that …" stay nouns).
  if (unit.token.lower.endsWith('ing')) return pos === 'NOUN' || isComma(before);
  const pronoun = pos === 'PRON';
  if (pronoun && !SINGULAR_PRONOUNS.has(head) && !PLURAL_PRONOUNS.has(head)) return false;
  if (!pronoun && pos !== 'NOUN' && pos !== 'PROPN') return false;
  const word = unit.token.lower;
  if (/ed$/.test(word) || UNINFLECTED_PAST.has(word)) return true;
  const plural = pronoun ? PLURAL_PRONOUNS.has(head) : /[^s]s$/.test(head) || head === 'data';
  if (word === lemma) return plural;
  if (!/[^s]s$/.test(word) || plural) return false;
  return pronoun || pos === 'PROPN' || determinerOpens(units, index - 1);
}

/** Finite verbs that open a predicate right after a subject's head noun ("promises were costly"). */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can']);

/**
 * "The Tory promises were costly", "Labour's tax pledges have been costed": a plural noun the tagger read
 * as a verb, the head of a subject phrase with a finite verb right after it. Only when the phrase opens
 * the clause (nothing before it, or punctuation, a preposition or a conjunction): after a noun it may be
 * a relative clause with a gap, where the verb is the cue ("a plan the Kremlin claims is risky"), as after a relative pronoun.
 */
function subjectHead(units: Unit[], index: number): boolean {
  const lower = lowerOf(units[index]);
  if (!lower.endsWith('s') || lower === 'says' || !FINITE.has(lowerOf(units[index + 1]))) return false;
  let k = index - 1;
  let modifiers = 0;
  while (k >= 0 && ['ADJ', 'PROPN', 'NOUN', 'NUM'].includes(posOf(units[k]))) {
    k--;
    modifiers++;
  }
  if (modifiers === 0) return false;
  const determiner = k >= 0 && (posOf(units[k]) === 'DET' || POSSESSIVE_CLITICS.has(lowerOf(units[k])));
  // "Labour's tax pledges": the possessor and its mark are part of the phrase.
  if (determiner && POSSESSIVE_CLITICS.has(lowerOf(units[k]))) {
    k--;
    while (k >= 0 && posOf(units[k]) === 'PROPN') k--;
  } else if (determiner) k--;
  if (k < 0) return true;
  const before = units[k];
  if (before.kind !== 'token') return true;
  // "a project that the board claims is safe": a relative pronoun opens a clause with a gap.
  if (RELATIVE_PRONOUNS.has(before.token.lower) || before.token.lower === 'what') return false;
  return ['PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(before.token.pos);
}

/**
 * "… the chairman, Jane Doe, that": a hearer of a few words from `from`, then
 * "that"; not "informed those present about the tests" (a topic, no words said).
 */
function hearerThenThat(units: Unit[], from: number): boolean {
  for (let k = from; k < units.length && k <= from + 8; k++) {
    const word = lowerOf(units[k]);
    if (word === 'that') return k > from;
    if (units[k].kind !== 'token' || word === 'about' || word === 'of' || isTerminal(units[k])) return false;
  }
  return false;
}

/** The cue a word of the cue lexicon makes at units[i] ("has said", "told"), or null where it reports nothing. */
function cueAt(
  text: string,
  units: Unit[],
  i: number,
  unit: Extract<Unit, { kind: 'token' }>,
  entry: CueEntry,
): CueCandidate | null {
  const lower = unit.token.lower;
  // Title-case headlines ("Criminal Gangs Taught …") tag every word as a name or a verb at random.
  // Only the common headline verbs after a name count there ("Bellwether County Says Trump Should Win").
  // A participle opening the sentence is capitalised too ("Noting that …, the mayor said").
  const opening = i === 0 && lower.endsWith('ing') && /^\p{Lu}\p{Ll}+$/u.test(unit.token.value);
  if (unit.token.value.charCodeAt(0) < 97 && !headlineCue(units, i) && !opening) return null;
  const pos = unit.token.pos;
  // '"…," Viguerie notes.': the tagger reads "notes" as a noun after a name; the punctuation after it
  // says it is the verb.
  const afterName = posOf(units[i - 1]) === 'PROPN' || posOf(units[i - 1]) === 'PRON';
  const particles = PARTICLE_CUES.get(entry.lemma);
  const particle = particles && particles.has(lowerOf(units[i + 1])) ? units[i + 1] : null;
  // ("Reed points out that …", "…, Reed points out.": the verb's particle stands between.)
  const next = particle ? i + 2 : i + 1;
  const closes = next >= units.length || /^[.,:]$/.test(lowerOf(units[next]));
  const beforeThat = verbBeforeThat(units, i, next, entry.lemma);
  // "Biden informed the president that …": the tagger reads a past form of a verb that takes its
  // hearer as an adjective, after a name or pronoun and before its object.
  const objectVerbAsAdjective =
    pos === 'ADJ' &&
    entry.cueClass === 'object' &&
    lower.endsWith('ed') &&
    afterName &&
    ['DET', 'PROPN', 'PRON', 'NOUN'].includes(posOf(units[i + 1])) &&
    hearerThenThat(units, i + 1);
  const isVerb =
    documentReads(units, i) ||
    pos === 'VERB' ||
    objectVerbAsAdjective ||
    nounReadAsVerb(units, i, entry.cueClass) ||
    beforeThat ||
    (UNAMBIGUOUS_CUES.has(lower) && pos !== 'ADJ') ||
    (pos === 'NOUN' && entry.cueClass === 'speech' && afterName && closes) ||
    // '"…," the letter states.', '"…," the report notes.': after a written thing, too.
    (pos === 'NOUN' && entry.cueClass === 'speech' && closes && writtenSubject(units, i));
  if (!isVerb || subjectHead(units, i)) return null;
  if ((entry.cueClass === 'belief' || entry.cueClass === 'attitude') && pos !== 'VERB' && !beforeThat)
    return null;
  // "commented, \"…\"", "commented that …": the bare verb reports before punctuation or a clause.
  // "The letter reads: \"…\"": "read" reports only before a colon or a quotation.
  if (
    entry.lemma === 'read' &&
    !(lowerOf(units[i + 1]) === ':' || units[i + 1]?.kind === 'quote') &&
    !documentReads(units, i)
  )
    return null;
  // '"…!" she cried.', '"…!" cried Ann.', "cried: \"…\"", "cried that …": crying reports words only where
  // they stand; "cried when she saw the film" is weeping.
  if (
    entry.lemma === 'cry' &&
    !(closes || lowerOf(units[next]) === 'that' || units[next]?.kind === 'quote') &&
    !(isQuote(units[i - 1]) || (isComma(units[i - 1]) && isQuote(units[i - 2])))
  )
    return null;
  // "who asked not to be named", "asked to remain anonymous", "asked for anonymity": a source going
  // unnamed (skip-anonymity.ts), not a question put.
  if (entry.lemma === 'ask' && unnamed(units, i + 1)) return null;
  // "in my opening remarks: …", "his remarks:": a noun after a possessive (and an adjective of speeches).
  const modifier = /^(?:opening|closing|concluding|final|introductory|prepared|written)$/.test(
    lowerOf(units[i - 1]),
  );
  if (POSSESSIVE_PRONOUNS.has(lowerOf(units[modifier ? i - 2 : i - 1])) && pos !== 'VERB') return null;
  // "It goes without saying that …": an idiom for "of course", no one's words.
  if (lowerOf(units[i - 1]) === 'without' && /^(?:go|goes|went|gone|going)$/.test(lowerOf(units[i - 2])))
    return null;
  // "adding to its debt", "added to the pressure": "add to" joins one thing to another and says nothing.
  if (entry.lemma === 'add' && lowerOf(units[i + 1]) === 'to') return null;
  // "the Ukrainians feel safe": a feeling before an adjective is a state, not a view held.
  if (entry.lemma === 'feel' && ['ADJ', 'ADV'].includes(posOf(units[i + 1]))) return null;
  // "flights believed to be carrying …", "a man said to be 40": a participle after a common noun and
  // before "to" and a verb is a passive that describes the noun; no one speaks ("Corp said to date …"
  // does).
  if (
    PASSIVE_REPORTS.has(lower) &&
    posOf(units[i - 1]) === 'NOUN' &&
    lowerOf(units[i + 1]) === 'to' &&
    ['VERB', 'AUX'].includes(posOf(units[i + 2])) &&
    lowerOf(units[i + 2]) !== 'date'
  )
    return null;
  // "One Napa County reporting station hasn't seen rain": "reporting" before the noun it describes, the
  // subject of its own verb, names a kind of station, period or rule, not a report.
  if (
    lower === 'reporting' &&
    posOf(units[i + 1]) === 'NOUN' &&
    ['VERB', 'AUX'].includes(posOf(units[i + 2])) &&
    ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(posOf(units[i - 1]))
  )
    return null;
  // '"…," commented Jane Doe.', '"…," Doe commented.': after a quotation, too.
  const bare =
    entry.lemma === 'comment' &&
    (/^[,:]$/.test(lowerOf(units[i + 1])) ||
      lowerOf(units[i + 1]) === 'that' ||
      (posOf(units[i - 1]) !== 'DET' && (isTerminal(units[i + 1]) || i + 1 >= units.length)) ||
      ((isComma(units[i - 1]) || isQuote(units[i - 1])) &&
        ['PROPN', 'DET', 'NOUN', 'ADJ'].includes(posOf(units[i + 1]))));
  if (particles && !particle && entry.lemma !== 'call' && !bare) return null;
  // "…,\" the minister summed up.", "summed up: …": summing up reports words; "summed up the results of
  // the year" names a topic. Right after a quotation that ends in a comma, a question or an exclamation
  // mark, the speaker follows ('"…," summed up Ann Lee.'); '"Never again" summed up the mood' is no report.
  const quotedBefore =
    units[i - 1]?.kind === 'quote' &&
    /[,!?]$/.test(text.slice(units[i - 1].quote!.innerStart, units[i - 1].quote!.innerEnd)) &&
    ['PROPN', 'DET'].includes(posOf(units[next]));
  if (
    entry.lemma === 'sum' &&
    !quotedBefore &&
    !/^(?:[.,:;!?]|that)$/.test(lowerOf(units[next])) &&
    units[next]?.kind !== 'quote' &&
    next < units.length
  )
    return null;
  // "self-described", "so-called": part of a compound word, not a verb.
  if (i > 0 && units[i - 1].end === unit.start && lowerOf(units[i - 1]) === '-') return null;
  const previous = lowerOf(units[i - 1]);
  const previousPos = posOf(units[i - 1]);
  // "began by saying …", "before claiming …": a participle after these prepositions reports.
  const ledParticiple =
    lower.endsWith('ing') && (PARTICIPLE_LEADS.has(previous) || (lower === 'saying' && quotedAs(units, i)));
  // ("the said agreement" is no report; "Another said", "Some say" are.)
  const standing = STANDING_QUANTIFIERS.has(previous) && entry.cueClass === 'speech';
  // "went on to say", "goes on to argue": going on to a verb of saying reports, as the verb alone does,
  // when words follow ("went on to claim the cup" is a deed; "say" is followed by words).
  // "continued to insist that …", "began to argue …", "was quick to add that …": an aspect verb before
  // "to" keeps its subject for the verb of saying, under the same condition.
  const reports =
    entry.cueClass === 'object' ||
    (entry.cueClass === 'speech' && (entry.lemma === 'say' || reportsWordsAfter(units, next))) ||
    (entry.cueClass === 'belief' && lowerOf(units[i + 1]) === 'that');
  const lead = previous === 'to' && reports ? aspectLead(units, i - 1) : 0;
  const goesOn =
    previous === 'to' &&
    lowerOf(units[i - 2]) === 'on' &&
    GO_FORMS.has(lowerOf(units[i - 3])) &&
    // (speech and object verbs only: "went on to believe that …" is no report)
    reports &&
    entry.cueClass !== 'belief';
  // "Russia's proposed membership", "Mr Houston's reported views", "Putin's promises": after a name's
  // "'s" a participle before the noun it describes, a noun, or a form no subject takes ("Biden's
  // comment") is no verb ("Moody's said", "McDonald's announced it …" still report).
  const afterNamesClitic = POSSESSIVE_CLITICS.has(previous) && posOf(units[i - 2]) === 'PROPN';
  const finite = /(ed|said|told|wrote|written|ing)$/.test(lower) || lower === 'says';
  const describes =
    DESCRIBING_PARTICIPLES.has(lower) && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(posOf(units[i + 1]));
  if (afterNamesClitic && (describes || pos === 'NOUN' || !finite)) return null;
  // "The other proposed names include …", "their stated aims", "two reported cases": the same after an
  // adjective, a possessive or a number.
  if (describes && (previousPos === 'ADJ' || previousPos === 'NUM' || POSSESSIVE_PRONOUNS.has(previous)))
    return null;
  if (
    (previous === 'to' && !goesOn && lead === 0) ||
    (previousPos === 'DET' && !standing && !floatingQuantifier(units, i - 1)) ||
    (previousPos === 'ADP' && !ledParticiple)
  )
    return null;
  // ("continuing to insist …" is a participle as "insisting …" is.)
  const participle = lead > 0 ? lowerOf(units[i - lead]).endsWith('ing') : lower.endsWith('ing');
  // Verb group: auxiliaries and adverbs right before the verb.
  let first = goesOn ? i - 3 : i - lead;
  // whether the verb reports words, asked once the group reaches a word that is not its own
  let saying: boolean | undefined;
  while (first > 0) {
    const before = units[first - 1];
    if (before.kind !== 'token') break;
    const word = before.token.lower;
    if (
      word === "n't" ||
      word === 'n’t' ||
      word === 'not' ||
      GROUP_WORDS.has(word) ||
      floatingQuantifier(units, first - 1)
    ) {
      if (before.token.pos === 'PROPN' || before.token.pos === 'NOUN') break;
      // "Moody's said", "McDonald's said": after a name, "'s" ends the name ("he's said" is informal
      // speech; a name never takes it in news), but "Reed's predicting" is "Reed is predicting".
      if (POSSESSIVE_CLITICS.has(word) && first > 1 && posOf(units[first - 2]) === 'PROPN' && !participle)
        break;
      first--;
      continue;
    }
    // "has even claimed", "has traditionally argued", "had hardly uttered": any adverb between an
    // auxiliary and the verb belongs to the group, which then opens at the auxiliary; only for verbs of
    // saying ("are now hoping", "will now fear" stay as they were) that report words, not a thing
    // ("has now written a book", "has finally revealed the scale of the cuts", "had agreed to stay").
    saying ??=
      (entry.cueClass === 'speech' || entry.cueClass === 'object') &&
      (entry.cueClass === 'object' || reportsWordsAfter(units, next));
    const auxiliary = saying ? auxiliaryBeforeAdverbs(units, first - 1) : -1;
    if (auxiliary >= 0) {
      first = auxiliary;
      continue;
    }
    break;
  }
  // "The fighting has raged since May", "the drought persisted into June": these report only before
  // punctuation, a quotation or "that" ('"…," she raged.', 'he persisted: "…"', 'rumours persist that …').
  if (entry.lemma === 'rage' || entry.lemma === 'persist') {
    const next = units[i + 1];
    if (next && next.kind === 'token' && !/^(?:[,:.]|that)$/i.test(next.token.value)) return null;
  }
  // "will continue to push" is aspect, not speech: "continued" reports only before punctuation or a quote.
  if (entry.lemma === 'continue') {
    // "checks will continue": the base form is aspect after a modal or "to", never a report.
    if (lower === 'continue') return null;
    const next = units[i + 1];
    if (next && next.kind === 'token' && !/^[,:.]$/.test(next.token.value)) return null;
    // ("The offensive continues, as stated by X": the attribution follows, the verb reports nothing.)
    if (isComma(next) && lowerOf(units[i + 2]) === 'as' && statedBy(units, i + 2)) return null;
  }
  // Hypothetical: "could say", "might argue" report nothing that was said.
  let hypothetical = false;
  for (let k = first; k < i; k++) if (MODALS.has(lowerOf(units[k]))) hypothetical = true;
  // ("will continue to insist" has not been said yet.)
  if (lead > 0) for (let k = first; k < i; k++) if (MODAL_VERBS.has(lowerOf(units[k]))) hypothetical = true;
  if (hypothetical) return null;
  // Passive voice: "was told", "is expected" – the subject is the addressee.
  let passive = false;
  for (let k = first; k < i; k++)
    if (PASSIVE_AUX.has(lowerOf(units[k])) && PARTICIPLE.test(lower)) passive = true;
  if (passive) return null;
  // ("is said to have told …": the group reaches back over the hearsay; the cue stays "have told".)
  // (Only before words: "is said to have declared war on …" reports a deed.)
  const hearsay =
    entry.cueClass === 'object' || (entry.cueClass === 'speech' && reportsWordsAfter(units, next))
      ? hearsayLead(units, first)
      : -1;
  // Progressive "is saying" is fine; a bare gerund at the start of a clause is not a cue.
  // The cue is the verb with its auxiliaries and negation ("has said", "did not say"), without adverbs
  // ("previously said" → "said", "has also said" → "has also said" keeps what follows the auxiliary).
  let cueFirst = goesOn ? i - 3 : i - lead;
  for (let k = first; k < cueFirst; k++) {
    const word = lowerOf(units[k]);
    if (
      posOf(units[k]) === 'AUX' ||
      AUXILIARIES.has(word) ||
      word === 'not' ||
      word.endsWith("n't") ||
      word.endsWith('n’t')
    ) {
      cueFirst = k;
      break;
    }
  }
  const start = units[cueFirst].start;
  // PolNeAR-style cues keep a colon that introduces the quotation ("said:").
  const colon = lowerOf(units[i + 1]) === ':' && units[i + 1].start === unit.end ? units[i + 1] : null;
  const end = colon ? colon.end : particle ? particle.end : unit.end;
  return {
    first: hearsay >= 0 ? hearsay : first,
    verb: particle ? i + 1 : i,
    cue: { start, end, text: text.slice(start, end), lemma: entry.lemma },
    cueClass: feelingThat(units, i, entry.lemma) > 0 ? 'speech' : entry.cueClass,
    participle: participle && first === i,
  };
}

/** Verbs of the manner of speaking that report only right after a quotation ("laughed", "smiles"). */
const MANNER_FORMS: Record<string, string | undefined> = Object.assign(Object.create(null) as object, {
  laughed: 'laugh',
  laughs: 'laugh',
  smiled: 'smile',
  smiles: 'smile',
  grinned: 'grin',
  grins: 'grin',
  chuckled: 'chuckle',
  chuckles: 'chuckle',
});

/**
 * A verb of manner that closes a quotation: right after it with its speaker after it ('"…," smiles one
 * broker.'), or after a short speaker phrase, closing the sentence ('"…," McDowell laughed.'). "They
 * laughed at the plan" and "she smiled as she left" report nothing.
 */
function mannerAfterQuote(units: Unit[], i: number): boolean {
  const previous = units[i - 1];
  if (isQuote(previous) || (isComma(previous) && isQuote(units[i - 2]))) {
    for (let k = i + 1; k < units.length && k <= i + 6; k++) {
      if (isTerminal(units[k])) return k > i + 1;
      if (isComma(units[k]) || isQuote(units[k])) return false;
    }
    return false;
  }
  if (i + 1 < units.length && !isTerminal(units[i + 1])) return false;
  return quotationOpens(units, i - 1, 5);
}

/** Does a quotation (and its comma) come right before a short phrase ending at `last`? */
function quotationOpens(units: Unit[], last: number, span: number): boolean {
  for (let k = last; k >= 0 && k >= last - span; k--) {
    if (isQuote(units[k])) return k < last && (k === 0 || isComma(units[k + 1]) || isComma(units[k - 1]));
    if (isComma(units[k]) && isQuote(units[k - 1])) return k < last;
    if (isTerminal(units[k]) || isComma(units[k])) return false;
  }
  return false;
}

/**
 * "convinced" after "is" or "was" closing a sentence that opens with a quotation and a comma ('"…," the
 * Head of State is convinced.'): the quotation is what the subject holds and says.
 */
function convictionAfterQuote(units: Unit[], i: number): boolean {
  if (!BE_FORMS.has(lowerOf(units[i - 1]))) return false;
  if (i + 1 < units.length && !isTerminal(units[i + 1])) return false;
  for (let k = i - 2; k >= 0 && k >= i - 12; k--) {
    if (isQuote(units[k])) return k === 0 || isComma(units[k + 1]) || isComma(units[k - 1]);
    if (isComma(units[k]) && isQuote(units[k - 1])) return true;
    if (isTerminal(units[k])) return false;
  }
  return false;
}

/** Possessives whose words a sentence may report: "In his words, …". */
const WORDS_OF = new Set(['his', 'her', 'their']);

/** A prepositional attribution read like "according to": its words from `first` to `last`, lemma "according to". */
function accordingTo(text: string, units: Unit[], first: number, verb: number, last: number): CueCandidate {
  const start = units[first].start;
  const end = units[last].end;
  return {
    first,
    verb,
    cue: { start, end, text: text.slice(start, end), lemma: 'according to' },
    cueClass: 'speech',
    participle: false,
  };
}

/**
 * Reporting-verb candidates in a sentence, outside quotations. The tagger decides for ambiguous forms
 * ("reports" as a noun); passives ("was told") and infinitives ("needless to say") are left out because
 * their subject is not the speaker.
 */
export function findCues(text: string, sentence: Sentence): CueCandidate[] {
  const { units } = sentence;
  const found: CueCandidate[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (unit.kind !== 'token') continue;
    const lower = unit.token.lower;
    if (lower === 'according' && lowerOf(units[i + 1]) === 'to') {
      // "a decree, according to which teachers …": a relative pronoun after it names no source.
      const next = lowerOf(units[i + 2]);
      if (next === 'which' || next === 'whom' || next === 'whose') {
        i++;
        continue;
      }
      found.push(accordingTo(text, units, i, i, i + 1));
      i++;
      continue;
    }
    // "in the words of the prosecutor, …": a prepositional attribution like "according to".
    if (
      lower === 'in' &&
      lowerOf(units[i + 1]) === 'the' &&
      lowerOf(units[i + 2]) === 'words' &&
      lowerOf(units[i + 3]) === 'of'
    ) {
      found.push(accordingTo(text, units, i, i + 2, i + 3));
      i += 3;
      continue;
    }
    // "In his words, …": the possessive names the speaker, as "according to him", when the phrase opens the
    // sentence (not "a war, which, in his words, could …", inside another's report).
    if (
      i === 0 &&
      lower === 'in' &&
      WORDS_OF.has(lowerOf(units[i + 1])) &&
      lowerOf(units[i + 2]) === 'words' &&
      isComma(units[i + 3])
    ) {
      found.push({ ...accordingTo(text, units, i, i + 2, i + 2), possessor: i + 1 });
      i += 2;
      continue;
    }
    // "…, as stated by the minister.", "As noted by X, …": a prepositional attribution like "according to".
    const stated = lower === 'as' ? statedBy(units, i) : null;
    if (stated) {
      const verb = units[i + 1];
      if (verb.kind !== 'token') continue;
      found.push({
        first: i,
        verb: stated.verb,
        cue: { start: verb.start, end: verb.end, text: verb.token.value, lemma: stated.lemma },
        cueClass: 'speech',
        participle: false,
        prepositional: true,
      });
      i = stated.verb + 1;
      continue;
    }
    // '"…," the President is convinced.': a quotation closed by its speaker's conviction.
    if (lower === 'convinced' && convictionAfterQuote(units, i)) {
      const be = units[i - 1];
      found.push({
        first: i - 1,
        verb: i,
        cue: { start: be.start, end: unit.end, text: text.slice(be.start, unit.end), lemma: 'be convinced' },
        cueClass: 'belief',
        participle: false,
      });
      continue;
    }
    // '"…," McDowell laughed.', '"…," smiles one broker.': a verb of manner right after a quotation.
    const manner = MANNER_FORMS[lower];
    if (
      manner !== undefined &&
      (unit.token.pos === 'VERB' || unit.token.pos === 'NOUN') &&
      mannerAfterQuote(units, i)
    ) {
      found.push({
        first: i,
        verb: i,
        cue: { start: unit.start, end: unit.end, text: unit.token.value, lemma: manner },
        cueClass: 'speech',
        participle: false,
      });
      continue;
    }
    const entry = lookupCue(lower);
    if (!entry) continue;
    const candidate = cueAt(text, units, i, unit, entry);
    if (candidate) found.push(candidate);
  }
  return found;
}
