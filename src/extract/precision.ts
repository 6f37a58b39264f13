import type { Cue, Statement } from '../model/statement.js';
import type { Attribution } from './attribution.js';
import { EMPHASIS_VERBS } from './cue-lexicon.js';
import { TIME_WORDS } from './find-venue.js';
import { SUBORDINATORS } from './read-content.js';
import {
  authorLinker,
  NAME_PARTICLES,
  phraseStartingAt,
  POSSESSIVE_CLITICS,
  POSSESSIVE_MARKS,
  POSSESSIVE_PRONOUNS,
} from './noun-phrase.js';
import type { Unit } from './segment.js';
import {
  BODY_KINDS,
  DEMONYM_NOUNS,
  EVERYDAY_PERSON_NOUNS,
  FEMALE_PERSON_NOUNS,
  GROUP_NOUNS,
  GROUP_WORDS,
  MALE_PERSON_NOUNS,
  ORGANIZATION_WORDS,
  PERSON_DESCRIPTION_NOUNS,
  SPOKESPERSON_WORDS,
  TITLE_WORDS,
  WRITTEN_NOUNS,
} from './speaker-words.js';
import {
  firstStartingAt,
  isCapitalized,
  isComma,
  isDash,
  isQuote,
  isTerminal,
  lowerOf,
  posOf,
  valueOf,
} from './units.js';

/**
 * Last checks on a found statement, for speakers that cannot speak and contents that state nothing. Each
 * rule was kept only when what it drops is unmatched under both conventions measured (our speech-only
 * free news gold and PolNeAR train, where it dropped no matched attribution).
 */

/** Heads of a phrase that names a way of speaking or a sight, never a speaker ("in Scientology jargon refers to"). */
const NONSPEAKER_HEADS = new Set(['jargon', 'parlance', 'slang', 'terminology', 'scene', 'condition']);

/**
 * An event or an act as the whole subject, which cannot speak ("The development added that …", "The move
 * suggested …"): unlike "the report said", no document holds the words, so the sentence is the writer's
 * own. Lower case only, so no body's name ends in one ("the Committee for Economic Development").
 */
const EVENT_SUBJECT =
  /^(?:the|this|that|a|an)(?: [a-z-]+){0,2} (?:development|developments|move|step|shift|trend|incident|situation|surge|outbreak)$/;

/** Words the subject finder takes for a speaker before an imperative ("Please note that …", "Let's say …"). */
const IMPERATIVE_LEADS = new Set(['please', 'let', 'so', 'now']);

/** A content that is only a time ("laws … expected next month"): a cue read as a verb of saying. */
const TIME_ONLY =
  /^(?:(?:next|last|this|early|late|earlier|later)\s+)?(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|spring|summer|autumn|fall|winter)$/i;

/**
 * A content that is only a time after the verb's object ("talked about this a couple of days ago", "the 3.1%
 * the government estimated a month ago", "will talk about that a little later").
 */
const TIME_AGO =
  /^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple of|a few|several|some)\s+(?:minute|hour|day|week|month|year|decade)s?\s+ago|(?:a little|a bit|much|shortly)\s+(?:later|earlier)|(?:right|just)\s+now)$/i;

/**
 * A content that is only an object pronoun with adverbs of time or place ("described it this month",
 * "will repeat it now", "I highlighted it here"): the object of the verb, no words said.
 */
const PRONOUN_ONLY =
  /^(?:it|them|him|her|this|that|these|those)(?:\s+(?:now|again|here|there|too|also|as|well|today|tonight|yesterday|tomorrow|this|last|next|week|month|year|once|more|already|earlier|later|just|right|clearly|enough|publicly|repeatedly|often|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday))+$/i;

/** Units of time and play a commentary puts before a name ("In the 62nd minute Kim Min-Woo conceded"). */
const TIME_UNITS = new Set([
  'minute',
  'half',
  'quarter',
  'period',
  'inning',
  'innings',
  'round',
  'lap',
  'set',
]);

/** A lower-case word glued before a name: no one's name, or (a unit of time or play) no statement. */
function gluedLowerCaseWord(name: string, anyWord: boolean): boolean {
  const match = /^([a-z][a-z'-]*) [A-Z]/.exec(name);
  if (match === null) return false;
  return anyWord ? !NAME_PARTICLES.has(match[1]) && match[1] !== 'the' : TIME_UNITS.has(match[1]);
}

/** Why a statement is no attributed statement at all, or null when it may stand. */
export function junkReason(statement: Pick<Statement, 'quote' | 'speaker'>): string | null {
  const { speaker } = statement;
  if (speaker.mention) {
    const words = speaker.mention.text.toLowerCase().split(/\s+/);
    // (the name's last word, not the mention's: "A note left at the scene said" is the note's)
    if (NONSPEAKER_HEADS.has(speaker.name.toLowerCase().split(/\s+/).pop() ?? ''))
      return 'a speaker that cannot speak';
    const mention = speaker.mention.text;
    if (EVENT_SUBJECT.test(mention.charAt(0).toLowerCase() + mention.slice(1)))
      return 'an event that cannot speak';
    if (words.length === 1 && IMPERATIVE_LEADS.has(words[0])) return 'an imperative, with no speaker';
  }
  if (speaker.kind === 'person' && gluedLowerCaseWord(speaker.name, true))
    return 'a word glued before a name';
  if (speaker.mention && gluedLowerCaseWord(speaker.mention.text, false)) return 'a time glued before a name';
  const content = statement.quote.text.trim().replace(/[.,;:]$/, '');
  if (TIME_ONLY.test(content) || TIME_AGO.test(content)) return 'a content that is only a time';
  if (PRONOUN_ONLY.test(content)) return 'a content that is only an object pronoun';
  return null;
}

/** Verbs of evidence: a thing or an event reflects, highlights or signals; people say so in words. */
const EVIDENCE_VERBS = new Set([
  'reflect',
  'highlight',
  'underline',
  'underscore',
  'signal',
  'illustrate',
  'demonstrate',
]);

/** Articles, determiners and prepositions inside a phrase (some title lists hold "the"). */
const FUNCTION_WORDS = new Set(
  'the a an this that these those its their his her our of to in on at for by with from near'.split(' '),
);

/** Words that make a phrase a person, a body or a writing that speaks. */
const SPEAKING_WORDS = [
  TITLE_WORDS,
  GROUP_WORDS,
  GROUP_NOUNS,
  ORGANIZATION_WORDS,
  BODY_KINDS,
  WRITTEN_NOUNS,
  SPOKESPERSON_WORDS,
  PERSON_DESCRIPTION_NOUNS,
  EVERYDAY_PERSON_NOUNS,
  FEMALE_PERSON_NOUNS,
  MALE_PERSON_NOUNS,
  DEMONYM_NOUNS,
];

/**
 * "A bomb near the capital last week underlined how …", "The rise reflects stronger spending", "The change
 * highlights China's growing weight": a verb of evidence after a phrase of common nouns that names no
 * person, body or writing (no capitalised word after its first, no word of those lists) reports what a
 * thing shows, not what anyone said; not before "that" (a person the lists miss: "The harbour master
 * underlined that …") nor with words quoted.
 */
export function thingShows(
  text: string,
  attribution: Attribution,
  speaker: Statement['speaker'],
  kind: Statement['kind'],
): boolean {
  const { cue, source } = attribution;
  if (cue === null || source === null || source.pronoun || !EVIDENCE_VERBS.has(cue.lemma)) return false;
  // (a quotation is someone's words: "Lithuania's top diplomat underscored: \"…\"")
  if (speaker.kind !== 'unknown' || !speaker.mention || kind === 'direct') return false;
  // ("The harbour master underlined that …": a clause after "that" is said by someone the lists miss)
  const content = attribution.parts[0];
  if (content && /\bthat\s*$/i.test(text.slice(Math.max(0, content.start - 6), content.start))) return false;
  const words = speaker.mention.text.split(/\s+/);
  if (words.slice(1).some((word) => /^\p{Lu}/u.test(word))) return false;
  return !words.some((word) => {
    const lower = word.toLowerCase().replace(/[’']s$/, '');
    if (FUNCTION_WORDS.has(lower)) return false;
    return SPEAKING_WORDS.some((list) => list.has(lower) || list.has(lower.replace(/s$/, '')));
  });
}

/** Pronouns that stand for people in general in a set phrase ("as they say", "as you say"). */
const GENERIC_SAYERS = new Set(['they', 'you']);

/**
 * "as they say, the ball is in their court", "It is, as they say, about time": a set phrase that hedges
 * the writer's own words, said by no one in particular (a bare present "say" after "as" and a generic
 * pronoun); "as officials say" and "as they said" report.
 */
export function sayingIdiom(attribution: Attribution, units: Unit[]): boolean {
  const { cue, source } = attribution;
  if (cue === null || source === null || !source.pronoun || source.first !== source.last) return false;
  if (cue.text.trim().toLowerCase() !== 'say' || source.first === 0) return false;
  return GENERIC_SAYERS.has(lowerOf(units[source.first])) && lowerOf(units[source.first - 1]) === 'as';
}

/**
 * Verbs of a meeting's readout that take a topic as their object ("noted the importance of …", "discussed
 * the situation in …", "stressed the need for …"), beside the clause they report elsewhere.
 */
const TOPIC_VERBS = new Set([...EMPHASIS_VERBS, 'discuss', 'confirm', 'reaffirm']);

/** Nouns that name a subject of talk, not a claim made about it. */
const TOPIC_NOUNS = new Set(
  `importance significance necessity need needs issue issues question questions matter matters problem
  problems topic topics situation status state prospects prospect role restoration struggle partnership
  cooperation work progress results development developments implementation consequences efforts
  gratitude readiness willingness agenda course process relations steps measures plans`.split(/\s+/),
);

/** Adjectives of importance after "how" that name a topic's weight ("noted how important it is to …"). */
const WEIGHTY = new Set(
  `important significant necessary vital crucial essential urgent critical valuable timely relevant`.split(
    /\s+/,
  ),
);

/** How far the noun-phrase test reads before it gives up. */
const PHRASE_LIMIT = 80;

/** Words that end the noun phrase's own material: a relative or subordinate clause may follow. */
const PHRASE_ENDS = new Set([
  'which',
  'that',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'so',
  'because',
  'while',
]);

/**
 * Verbs that report words only with a clause or a quotation: with a noun phrase alone they keep, watch or
 * mirror something ("maintain contacts", "observed the exercises", "the fall reflects weak exports").
 */
const CLAUSE_ONLY_VERBS = new Set(['maintain', 'observe', 'reflect']);

/**
 * Is the content of a readout verb only a topic ("noted the importance of ensuring …", "discussed the
 * situation in Ukraine", "stressed the need for talks, which …"), or the object of a verb that reports
 * only a clause ("maintain regular contact", "observed the exercises"), or an amount after "add" ("added
 * 4% to …")? A noun phrase with no verb of its own before a comma, a relative or a subordinate clause
 * names what was talked about, kept or watched, and states nothing that was said ("noted the situation
 * had worsened" keeps its clause).
 */
export function topicOnly(units: Unit[], lemma: string, start: number, end: number): boolean {
  if (!TOPIC_VERBS.has(lemma) && !CLAUSE_ONLY_VERBS.has(lemma) && lemma !== 'add') return false;
  // The first unit of the content, by binary search: a sentence of many verbs stays near-linear.
  const first = firstStartingAt(units, start);
  // "observed that the hashtag, #X, had become …": after "that" a clause, whatever its first comma says.
  if (first > 0 && lowerOf(units[first - 1]) === 'that') return false;
  if (lemma === 'add') return amountOnly(units, first, end);
  // "noted how important it was to implement …", "stressed how necessary the talks are": the importance
  // named, as "noted the importance of …" names it.
  if (TOPIC_VERBS.has(lemma) && lowerOf(units[first]) === 'how' && WEIGHTY.has(lowerOf(units[first + 1])))
    return true;
  if (TOPIC_VERBS.has(lemma)) return TOPIC_NOUNS.has(nounPhraseHead(units, first, end) ?? '');
  // "added the words, \"…\"": a quotation is words reported.
  for (let i = first; i < units.length && units[i].end <= end; i++) if (isQuote(units[i])) return false;
  return nounPhraseHead(units, first, end) !== null;
}

/**
 * "Investment added 7.6 percent over three quarters", "the pound had added 0.5% to break through …",
 * "Van Gisbergen added 18 points": an amount after "add" is what grew or was scored. Up to the first comma
 * or dash, no verb of its own follows the amount ("added 20 more workers would be hired" reports a clause).
 */
function amountOnly(units: Unit[], first: number, end: number): boolean {
  // ("added more than 2%", "added about 30 points": an approximation before the amount)
  const approximated = APPROXIMATIONS.exec(
    units
      .slice(first, first + 3)
      .map((unit) => lowerOf(unit))
      .join(' '),
  );
  if (approximated) {
    first += approximated[0].split(' ').length - 1;
    // (only a price or an index moves so: "added more than two million customers" made them known)
    if (!MOVES.has(lowerOf(units[first + 1]))) return false;
  }
  const opening = units[first];
  if (posOf(opening) !== 'NUM' && !/^[$£€¥]$/.test(lowerOf(opening))) return false;
  for (let i = first + 1; i < units.length && units[i].end <= end; i++) {
    const unit = units[i];
    const pos = posOf(unit);
    // ("added 1.7%, while Reliance Energy jumped 7%": a clause of its own after the amount; "after the
    // deal closed": the cause, narrated.)
    if (
      isComma(unit) ||
      isDash(unit) ||
      isTerminal(unit) ||
      pos === 'SCONJ' ||
      pos === 'CCONJ' ||
      NARRATING_CONJUNCTIONS.has(lowerOf(unit))
    )
      break;
    if (pos === 'AUX' || pos === 'QUOTE') return false;
    // ("to break through": an infinitive of purpose; "rising": a participle.)
    if (pos === 'VERB' && lowerOf(units[i - 1]) !== 'to' && !lowerOf(unit).endsWith('ing')) return false;
  }
  return true;
}

/** Words that approximate an amount, with the space the next word takes ("more than 2%", "about 30"). */
const APPROXIMATIONS =
  /^(?:(?:more|less|fewer) than |(?:about|nearly|almost|around|over|roughly|some|just|up to) )(?=\S)/;

/** Units a price, a share or an index moves by. */
const MOVES = new Set(['%', 'percent', 'per', 'pct', 'points', 'point', 'cents', 'cent', 'pence', 'p']);

/** Conjunctions a tagger may read as prepositions that open a clause of narration ("after the deal closed"). */
const NARRATING_CONJUNCTIONS = new Set(['after', 'before', 'as', 'when', 'while', 'since', 'because']);

/** The head noun of a content that is a noun phrase and nothing more, or null. */
function nounPhraseHead(units: Unit[], first: number, end: number): string | null {
  let i = first;
  if (i >= units.length) return null;
  // Determiners, possessives and modifiers before the head ("the fundamental", "their", "Russia's").
  while (i < units.length && units[i].end <= end) {
    const pos = posOf(units[i]);
    const word = lowerOf(units[i]);
    if (pos === 'DET' || pos === 'ADJ' || pos === 'ADV' || pos === 'NUM' || POSSESSIVE_CLITICS.has(word)) i++;
    else if (pos === 'PRON' && POSSESSIVE_PRONOUNS.has(word)) i++;
    else if (pos === 'PROPN' && /^['’]s$/.test(lowerOf(units[i + 1]))) i += 2;
    else break;
  }
  // The noun run; its last noun is the head ("the partnership cooperation between …").
  let head = '';
  while (
    i < units.length &&
    units[i].end <= end &&
    (posOf(units[i]) === 'NOUN' || posOf(units[i]) === 'PROPN')
  ) {
    head = lowerOf(units[i]);
    i++;
  }
  if (head === '') return null;
  // A noun phrase's own material is short: past PHRASE_LIMIT units it is read as no bare phrase.
  const limit = Math.min(units.length, i + PHRASE_LIMIT);
  for (; i < limit && units[i].end <= end; i++) {
    const unit = units[i];
    const word = lowerOf(unit);
    const pos = posOf(unit);
    if (isComma(unit) || PHRASE_ENDS.has(word) || pos === 'SCONJ') return head;
    if (pos === 'QUOTE' || pos === 'AUX') return null;
    if (pos !== 'VERB') continue;
    // A gerund or an infinitive inside the phrase ("of ensuring", "the decision … to start").
    const before = lowerOf(units[i - 1]);
    const beforePos = posOf(units[i - 1]);
    if (word.endsWith('ing') || before === 'to' || beforePos === 'ADP' || beforePos === 'DET') continue;
    // "the assistance provided by …": a participle with its agent or place.
    if (word.endsWith('ed') && posOf(units[i + 1]) === 'ADP') continue;
    return null;
  }
  return i < limit || i >= units.length || units[i].end > end ? head : null;
}

/** A negation in a cue ("did not say", "wouldn't disclose", "never explained"). */
const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;

/** Words that open an indirect question ("when the plant would open", "whether talks had failed"). */
const QUESTION_OPENERS = /^(?:if|whether|why|how|when|what|where|who|whom|which)\b/i;

/**
 * "pleaded guilty to fraud", "pleads not guilty", "pleaded no contest": a plea in court, no words said
 * ("pleaded that he had been misled" keeps its clause).
 */
function pleadsInCourt(cue: Pick<Cue, 'lemma'> | null, content: string): boolean {
  return (
    cue !== null &&
    cue.lemma === 'plead' &&
    /^(?:not\s+)?guilty\b|^innocent\b|^no contest\b/i.test(content.trim())
  );
}

/** Verbs of answering: "to" or "with" right after them names what they answer or how, not words. */
const ANSWERS = new Set(['respond', 'reply', 'answer']);

/**
 * "was responding to questions about the pier", "the crown responded with a rise of 2 pct": the content
 * names what was answered, or the deed that answered it, not the words of the answer.
 */
function answersWhat(cue: Pick<Cue, 'lemma'> | null, content: string): boolean {
  return cue !== null && ANSWERS.has(cue.lemma) && /^(?:to|with)\s/i.test(content.trim());
}

/**
 * "commenting on when the war will end", "commented on the ruling": what "commented on" names is the topic,
 * unless a clause with "that" or a quotation gives the words ("commented on his blog that …").
 */
function commentsOn(cue: Pick<Cue, 'text' | 'lemma'> | null, content: string): boolean {
  return (
    cue !== null &&
    cue.lemma === 'comment' &&
    /\son$/i.test(cue.text.trim()) &&
    // ("commenting on the dollar's fall, which was sparked by remarks by X that …": a "that" far into the
    // topic belongs to a noun of it)
    !COMMENT_WORDS.test(content)
  );
}

/** Words said after "commented on": a "that" within a few words ("on his blog that …") or a quotation. */
const COMMENT_WORDS = /^(?:[^\s"“”]+\s+){0,5}that\b|["“”]/i;

/**
 * "did not say when the plant would open", "would not disclose how much it paid": a negated verb before an
 * indirect question reports what the speaker left unsaid, no words of theirs; so does "did not comment on".
 * PolNeAR annotates it (as it annotates stances); the record of what was said leaves it out unless stances
 * are asked for.
 */
function leftUnsaid(cue: Pick<Cue, 'text' | 'lemma'> | null, content: string): boolean {
  if (cue === null || !NEGATED.test(cue.text)) return false;
  // "did not comment on the anniversary": declining to comment, whatever the topic.
  return cue.lemma === 'comment' || QUESTION_OPENERS.test(content.trim());
}

/**
 * Verbs that, before a bare infinitive, report what someone means to do ("agreed to buy", "hopes to
 * increase", "expects to restart", "wants to keep"), an intention rather than words: not those whose
 * infinitive is itself the thing said ("promised to", "vowed to", "threatened to"; "urged X to" is a
 * directive, `directs`).
 */
const INTENDING = new Set([
  'agree',
  'hope',
  'expect',
  'want',
  'plan',
  'intend',
  'aim',
  'seek',
  'try',
  'decide',
]);

/** "agreed to buy 33% of the winery", "hopes to double sales": an intention, no words of the speaker's. */
function intends(cue: Pick<Cue, 'lemma'> | null, content: string): boolean {
  return cue !== null && INTENDING.has(cue.lemma) && /^to\s+\p{Ll}/u.test(content.trim());
}

/**
 * "if they think they were misled", "If the council agrees …", "asked whether he thought …": a speaker
 * after "if", "unless" or "whether" says nothing yet, only might ("even if he admitted" and "as if" do
 * report).
 */
function hypothetical(attribution: Attribution, units: Unit[]): boolean {
  const source = attribution.source;
  if (source === null || source.first === 0) return false;
  if (!CONDITIONAL.has(lowerOf(units[source.first - 1]))) return false;
  return source.first < 2 || !['even', 'as'].includes(lowerOf(units[source.first - 2]));
}

const CONDITIONAL = new Set(['if', 'unless', 'whether']);

/** Pronouns that stand for people, who add words far more often than things. */
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'i', 'we', 'they']);

/**
 * Verbs of saying that also take a bare noun phrase for a thing they make known, propose, restate or stress
 * ("announced a truce", "reported a net loss", "declared a dividend", "proposed a ferry tax", "reaffirmed
 * their commitment to …", "noted the courage of …"); eval/gold/README.md guideline 1 leaves such reports
 * out. Not those whose object is a position ("denied the charges", "predicted a defeat"), nor "said", whose
 * noun phrase is most often a clause mistagged.
 */
const OBJECT_REPORTS = new Set([
  'announce',
  'report',
  'post',
  'unveil',
  'outline',
  'mention',
  'disclose',
  'reveal',
  'add',
  'declare',
  'forecast',
  'estimate',
  // A proposal or a demand: "proposed a dividend of 1.55 crowns", "demanded a deadline extension".
  'propose',
  'recommend',
  'demand',
  // A position restated or a topic stressed: "reaffirmed their commitment to …", "noted the courage of …".
  'reaffirm',
  'confirm',
  // A thing granted, not a claim: "acknowledged those concerns", "acknowledged the risk of …"
  // ("acknowledged the plan had failed" reports a clause).
  'acknowledge',
  'echo',
  'reiterate',
  'affirm',
  'signal',
  'note',
  'stress',
  'highlight',
  'underline',
  'emphasize',
  'emphasise',
  // "described the meeting as important": a characterisation, unless its words are quoted.
  'describe',
  'characterize',
  'characterise',
  'portray',
  // "suggested the possibility of closing the port", "suggests doubling the budget": a thing put
  // forward ("suggested the port could close" reports a clause).
  'suggest',
  // Acts on a thing, not words: "police questioned the student", "she pointed to the table", "cited
  // examples of questions".
  'question',
  'point',
  'cite',
  // "claimed victory", "has maintained a polling lead", "concluded its hearings": a thing won, kept or
  // ended, not a claim, a position or a conclusion in words ("claimed that …" reports them).
  'claim',
  'maintain',
  'conclude',
  // An event called to mind: "recalled the EU's decision to abolish duties", "recalling his visit to the
  // port" ("recalled that …", "recalled the words: \"…\"" report them).
  'recall',
  // A thing written, promised or menaced, not words: "has written columns for the Post", "pledged $10m in
  // aid", "promised a review", "is threatening the country's security", "does not guarantee security"
  // ("wrote that …", "promised the review would …" report a clause).
  'write',
  'pledge',
  'promise',
  'vow',
  'threaten',
  'guarantee',
]);

/**
 * Participles that set a purpose between a noun and its infinitive ("efforts aimed to unblock …", "steps
 * designed to cut …"); never a finite verb there, as "the talks needed to resume" may be.
 */
const PURPOSE_PARTICIPLES = new Set(['aimed', 'designed', 'intended', 'geared', 'tailored']);

/** A participle of purpose right after a noun, at `index` ("efforts aimed", "steps designed"). */
function purposeAfterNoun(units: Unit[], index: number): boolean {
  return (
    posOf(units[index]) === 'VERB' &&
    PURPOSE_PARTICIPLES.has(lowerOf(units[index])) &&
    ['NOUN', 'PROPN'].includes(posOf(units[index - 1]))
  );
}

/** Subordinators that end a verb's noun-phrase object ("announced a truce as fighting raged"). */
const OBJECT_ENDS = new Set(['as', 'after', 'when', 'while', 'before', 'because', 'since', 'until']);

/** Nouns whose "that" opens the content they carry ("the fact that …", "predictions that …"), no relative. */
const CONTENT_NOUNS = new Set(
  `fact facts claim claims view views belief idea warning warnings assurance assurances news prediction
  predictions suggestion suggestions possibility argument arguments statement statements evidence
  allegation allegations conclusion message promise pledge hope hopes fear fears concern concerns`.split(
    /\s+/,
  ),
);

/**
 * Relative pronouns that open a clause describing the object ("demanded answers from firms whose …",
 * "noting the colours of the room where he painted").
 */
const OBJECT_RELATIVES = new Set(['who', 'whose', 'which', 'where']);

/**
 * "announced an extra $25m in military aid", "reported a net loss of 6.5 mln dlrs", "reaffirmed his
 * commitment to …": a verb of saying whose whole content after it is a noun phrase, with no verb but a
 * participle of its own ("a video … containing …") and no quotation in it, names what was announced or
 * reported, not the words said; so does one that goes on with an infinitive of purpose and no finite
 * clause ("announced plans to cut 100,000 jobs", "announced $40 million in aid to help …"). PolNeAR
 * annotates it as it annotates stances.
 */
function objectOnly(units: Unit[], lemma: string, start: number, end: number, scareQuotes = false): boolean {
  if (!OBJECT_REPORTS.has(lemma)) return false;
  const first = firstStartingAt(units, start);
  // ("I emphasise: all officials who support the war receive …": a colon opens the words said)
  if (first > 0 && ['that', ':'].includes(lowerOf(units[first - 1]))) return false;
  // "he added the software costs 5,000 dlrs": after a personal pronoun "added" reports words, even where the
  // tagger read the clause's verb as a noun.
  if (lemma === 'add' && first > 1 && PERSONAL_SUBJECTS.has(lowerOf(units[first - 2]))) return false;
  const opening = first < units.length ? units[first] : undefined;
  const pos = posOf(opening);
  // ("threatened Varnoq's security": a name's possessive opens the noun phrase)
  const owner = pos === 'PROPN' && POSSESSIVE_CLITICS.has(lowerOf(units[first + 1]));
  if (
    !owner &&
    pos !== 'DET' &&
    pos !== 'NOUN' &&
    pos !== 'ADJ' &&
    pos !== 'NUM' &&
    !POSSESSIVE_PRONOUNS.has(lowerOf(opening)) &&
    // "reaffirmed Australia's commitment to …": a name's possessive opens a noun phrase too
    !(pos === 'PROPN' && POSSESSIVE_CLITICS.has(lowerOf(units[first + 1])))
  )
    return false;
  for (let i = first; i < units.length && units[i].end <= end; i++) {
    const unitPos = posOf(units[i]);
    // "announced $40 million in aid to help the islands with …, as winter sets in": an infinitive of
    // purpose after the noun phrase leaves it the object, unless a finite clause follows.
    // ("their commitment to consistently deepen …": an adverb may split the infinitive.)
    const verb = posOf(units[i + 1]) === 'ADV' ? i + 2 : i + 1;
    // ("efforts aimed to unblock the talks": a participle after the noun may stand before the infinitive.)
    const aimedAfterNoun = i > first + 1 && purposeAfterNoun(units, i - 1);
    if (
      lowerOf(units[i]) === 'to' &&
      posOf(units[verb]) === 'VERB' &&
      i > first &&
      (['NOUN', 'PROPN', 'NUM'].includes(posOf(units[i - 1])) || aimedAfterNoun)
    )
      return noClauseAfter(units, verb + 1, end);
    // "a net loss in the quarter ended Sept. 29": a period's end, a participle inside the noun phrase.
    if (unitPos === 'VERB' && PERIOD_ENDS.has(lowerOf(units[i])) && PERIODS.has(lowerOf(units[i - 1])))
      continue;
    if (unitPos === 'VERB' && modifiesNoun(units, i, first)) continue;
    if (unitPos === 'VERB' && participleAfterNoun(units, i, first, end)) continue;
    // ("efforts aimed to unblock the talks": read on to the infinitive.)
    if (lowerOf(units[i + 1]) === 'to' && i > first && purposeAfterNoun(units, i)) continue;
    // "claimed victory as the House concluded …", "are demanding answers from providers whose equipment
    // failed": a clause after the object's noun describes it or sets its time; the object stays a noun
    // phrase, unless a quotation follows.
    if (i > first && ['NOUN', 'PROPN'].includes(posOf(units[i - 1]))) {
      if (OBJECT_ENDS.has(lowerOf(units[i])) && CLAUSE_OPENERS.has(posOf(units[i + 1])))
        return noQuotationAfter(units, i + 1, end);
      // ("announced the sites that would receive the orbiters": "that" after a noun opens a relative)
      // ("pointed to the fact that spending fell": after a noun of content "that" opens what it says)
      const relative =
        OBJECT_RELATIVES.has(lowerOf(units[i])) ||
        (lowerOf(units[i]) === 'that' && !CONTENT_NOUNS.has(lowerOf(units[i - 1])));
      if (relative && relativesOnly(units, i, end)) return noQuotationAfter(units, i + 1, end);
    }
    // "announced $2.8bn in aid during a meeting with the leader, after entering the building": the same
    // clause after a comma (a subordinator, then a clause or a participle)
    if (
      i > first + 1 &&
      isComma(units[i - 1]) &&
      ['NOUN', 'PROPN'].includes(posOf(units[i - 2])) &&
      OBJECT_ENDS.has(lowerOf(units[i])) &&
      CLAUSE_OPENERS.has(posOf(units[i + 1]))
    )
      return noQuotationAfter(units, i + 1, end);
    // "announced a new aid package for farmers, which includes loans": a relative after a comma as well
    // ("add immediacy to their headlines, where photographers arrive late")
    if (
      i > first + 1 &&
      isComma(units[i - 1]) &&
      ['NOUN', 'PROPN'].includes(posOf(units[i - 2])) &&
      OBJECT_RELATIVES.has(lowerOf(units[i])) &&
      relativesOnly(units, i, end)
    )
      return noQuotationAfter(units, i + 1, end);
    // (a word or two in quotation marks inside the noun phrase, "the \"electric\" punch", is a name or
    // a writer's scare quote, no words said)
    // (not one read as a verb, with an object after it: "the country \"discourages\" the use of …")
    if (
      scareQuotes &&
      isQuote(units[i]) &&
      units[i].end - units[i].start <= SCARE_QUOTE_LENGTH &&
      // (one a colon or a comma introduces is words said: "recalled the words: \"Never sell.\"")
      ![':', ','].includes(lowerOf(units[i - 1])) &&
      !['DET', 'PRON'].includes(posOf(units[i + 1]))
    )
      continue;
    if (unitPos === 'QUOTE' || unitPos === 'VERB' || unitPos === 'AUX' || unitPos === 'SCONJ') return false;
  }
  return true;
}

/** The longest quotation (marks included) read as a scare quote inside a noun phrase. */
const SCARE_QUOTE_LENGTH = 32;

/**
 * Verbs whose noun phrase with quoted words gives the speaker's own words: a characterisation ("described
 * it as \"reckless\"") or a commitment or threat in words ("promised a \"firm but fair\" policy",
 * "threatened a \"lightning fast\" response", "declared an end to the \"golden age\"").
 */
const OWN_WORDS_OBJECTS = new Set([
  'describe',
  'characterize',
  'characterise',
  'portray',
  'promise',
  'pledge',
  'vow',
  'threaten',
  'declare',
  'guarantee',
]);

/**
 * "She pointed to the table with \"electric\" punch", "adding the words \"and Emergency\" to the name",
 * "announced a \"historic\" deal": a verb that takes a thing as its object, whose whole content is a noun
 * phrase with only short quotations inside it (a name, a mention, a scare quote), reports no words either;
 * not a characterisation, where the quoted words are the speaker's ("described the plan as \"reckless\"").
 * For mixed contents; reportsObject() reads the unquoted ones.
 */
export function reportsQuotedObject(attribution: Attribution, units: Unit[]): boolean {
  const cue = attribution.cue;
  if (cue === null || !['after', 'shared'].includes(attribution.pattern) || attribution.parts.length !== 1)
    return false;
  if (cue.lemma === 'according to' || cue.text === ':' || OWN_WORDS_OBJECTS.has(cue.lemma)) return false;
  const part = attribution.parts[0];
  return cue.end <= part.start && objectOnly(units, cue.lemma, part.start, part.end, true);
}

/**
 * No finite clause and no quotation from unit `from` to the content's `end`: what follows an infinitive
 * ("to cut 100,000 jobs", "to delay the vote") stays its object, not words of a clause ("the plan to cut
 * jobs would fail").
 */
function noClauseAfter(units: Unit[], from: number, end: number): boolean {
  // ("the measures to be taken by the state", "the talks to have been held": an auxiliary of an infinitive,
  // and one right after it, is no finite verb)
  let infinitive = false;
  for (let i = from; i < units.length && units[i].end <= end; i++) {
    const pos = posOf(units[i]);
    if (pos === 'AUX' && (lowerOf(units[i - 1]) === 'to' || infinitive)) {
      infinitive = true;
      continue;
    }
    infinitive = false;
    if (pos === 'AUX' || pos === 'QUOTE') return false;
  }
  return true;
}

/** What opens a clause or a phrase after a subordinator ("as the House concluded", "after registering"). */
const CLAUSE_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB']);

/**
 * From the relative pronoun at `from` to `end`, no more finite verbs than relative pronouns: each verb is a
 * relative clause's ("providers whose equipment failed during the outages, leaving …"), none the main
 * clause's ("the man who kidnapped the child, Michael Webb, was sentenced", "all officials who support the
 * war receive sanctions" report a clause). A verb after "to", an auxiliary or a conjunction, or in -ing,
 * opens no clause of its own.
 */
function relativesOnly(units: Unit[], from: number, end: number): boolean {
  let relatives = 0;
  let verbs = 0;
  for (let i = from; i < units.length && units[i].end <= end; i++) {
    const word = lowerOf(units[i]);
    // ("the room where he painted, that were visible": a relative "that" after a comma as well)
    if (
      OBJECT_RELATIVES.has(word) ||
      (word === 'that' && (posOf(units[i - 1]) === 'NOUN' || isComma(units[i - 1])))
    )
      relatives++;
    const pos = posOf(units[i]);
    if (pos !== 'VERB' && pos !== 'AUX') continue;
    const before = posOf(units[i - 1]);
    // (a verb after a verb is one verb group, or the tagger's misreading of its object: "get alerts/VERB")
    // ("the plan that had been agreed would be delayed": an auxiliary after a verb opens the main clause)
    if (
      /ing$/.test(word) ||
      lowerOf(units[i - 1]) === 'to' ||
      before === 'AUX' ||
      (before === 'VERB' && pos === 'VERB') ||
      before === 'CCONJ'
    )
      continue;
    if (++verbs > relatives) return false;
  }
  return true;
}

/** No quotation from unit `from` to the content's `end`. */
function noQuotationAfter(units: Unit[], from: number, end: number): boolean {
  for (let i = from; i < units.length && units[i].end <= end; i++)
    if (posOf(units[i]) === 'QUOTE') return false;
  return true;
}

const NOUNISH = new Set(['NOUN', 'PROPN']);

/**
 * A participle inside a noun phrase: after its noun ("a video on social media containing a misleading
 * clip") or between a determiner or adjective and its noun ("the doctored video", "the planned closure");
 * not a finite verb after a noun ("reported sales ended the year flat"). The object of a verb of saying
 * stays a noun phrase with it.
 */
function modifiesNoun(units: Unit[], i: number, first: number): boolean {
  const word = lowerOf(units[i]);
  // "his well-known position", "a long-awaited report": the participle of a hyphenated modifier.
  if (i > first && isDash(units[i - 1]) && ['NOUN', 'ADJ'].includes(posOf(units[i + 1]))) return true;
  if (i > first && /ing$/.test(word) && NOUNISH.has(posOf(units[i - 1]))) return true;
  // "a misleading edit of …": a noun the tagger read as a verb, between an article and adjective and "of".
  if (posOf(units[i - 1]) === 'ADJ' && posOf(units[i - 2]) === 'DET' && lowerOf(units[i + 1]) === 'of')
    return true;
  return (
    /(?:ing|ed)$/.test(word) && posOf(units[i + 1]) === 'NOUN' && ATTRIBUTIVE_BEFORE.has(posOf(units[i - 1]))
  );
}

const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Past participles that are no simple past ("made" is both, but after a noun with nothing of a clause's
 * object after it reads as the participle), and the forms a readout uses after an object it restates.
 */
const PARTICIPLES = new Set(
  `made given taken held shown written done seen known drawn set put voiced expressed raised reached
  adopted signed agreed proposed outlined announced undertaken`.split(/\s+/),
);

/**
 * "reiterated Russia's demands made earlier", "noted the agreements reached in Minsk": a participle right
 * after the object's noun, followed by an adverb, a preposition, a comma or the content's end, describes
 * the noun; a finite verb later still makes the content a clause.
 */
function participleAfterNoun(units: Unit[], i: number, first: number, end: number): boolean {
  if (i <= first || !PARTICIPLES.has(lowerOf(units[i])) || posOf(units[i - 1]) !== 'NOUN') return false;
  const next = i + 1 < units.length && units[i + 1].end <= end ? units[i + 1] : undefined;
  return next === undefined || isComma(next) || posOf(next) === 'ADV' || posOf(next) === 'ADP';
}
const PERIOD_ENDS = new Set(['ended', 'ending']);
const PERIODS = new Set(['quarter', 'year', 'half', 'period', 'months', 'weeks', 'season']);

/** "accused us that the war had begun": the charge as a clause after a short object. */
const ACCUSED_THAT = /^(?:\S+\s+){1,4}that\s/i;

/**
 * A stance verb with no words of the speaker's ("criticised the plan", "called for talks", "wanted the
 * firm to sell", "accused the council of hiding the report": a charge, whose noun-phrase object
 * eval/gold/README.md guideline 1 leaves out, unless its words are quoted). "Called X a coward" (the verb
 * alone, no particle) gives the words used, and "accused Europe that its actions …" a clause: speech.
 */
function isStance(attribution: Attribution, content: string): boolean {
  if (attribution.cueClass !== 'attitude') return false;
  const cue = attribution.cue;
  if (cue === null) return true;
  if (cue.lemma === 'accuse' && ACCUSED_THAT.test(content.trim())) return false;
  // "called the trip off" cancels it; "called him a friend" gives the words.
  if (cue.lemma === 'call' && /^(?:\S+\s+){0,4}off\b/i.test(content.trim())) return true;
  return !(cue.lemma === 'call' && !cue.text.trim().includes(' '));
}

/**
 * "Lukashenko called President Zelenskyy.", "Reed called Lena Voss on Monday to discuss the vote": "called"
 * with one object and no second one (no "a liar", "\"reckless\"", "the third problem") is a telephone
 * call, or a summons: nothing said is reported, with or without `stances`. The object may carry
 * prepositional phrases ("the head of the agency", "on Monday") and a purpose ("to discuss …").
 */
export function phones(attribution: Attribution, units: Unit[]): boolean {
  const cue = attribution.cue;
  if (cue === null || cue.lemma !== 'call' || /\s/.test(cue.text.trim())) return false;
  if (!oneContentAfterCue(attribution)) return false;
  // ("in what state radio called unprecedented weather": the first object stands before the speaker.)
  const source = attribution.source;
  if (source && source.first > 0 && lowerOf(units[source.first - 1]) === 'what') return false;
  const { start, end } = attribution.parts[0];
  let i = firstStartingAt(units, start);
  // (a quotation gives the words: "called proposals to widen the scheme \"questionable\"")
  for (let k = i; k < units.length && units[k].end <= end; k++) if (isQuote(units[k])) return false;
  // (right after the verb: "called that Kyiv …" or "called, \"…\"" are no objects)
  if (i !== firstStartingAt(units, cue.end)) return false;
  const object = phraseStartingAt(units, i);
  if (!object) return false;
  i = object.last + 1;
  // The object's prepositional phrases and any time or place after it ("of Ukraine", "on Monday").
  while (i < units.length && units[i].end <= end && posOf(units[i]) === 'ADP' && lowerOf(units[i]) !== 'as') {
    const phrase = phraseStartingAt(units, i + 1);
    if (!phrase) return false;
    i = phrase.last + 1;
  }
  if (i >= units.length || units[i].end > end || isTerminal(units[i])) return true;
  // ("to discuss the vote": a purpose; "to be removed" would be no call, but no object follows it either)
  return lowerOf(units[i]) === 'to' && posOf(units[i + 1]) === 'VERB';
}

/**
 * Verbs that, with an addressee and an infinitive, direct someone to act ("urged Vietnam to push back",
 * "asked the council to delay the vote", "told the crew to leave"): a directive, not words reported.
 */
const DIRECTING = new Set([
  'urge',
  'ask',
  'tell',
  'call',
  'encourage',
  'implore',
  'beg',
  'instruct',
  'order',
  'invite',
  'advise',
  'press',
  'appeal',
  // "persuaded the actor to play the part": a deed done with words, none of them given.
  'persuade',
  // "teaches the cadets to use the new radios": training, not words reported.
  'teach',
]);

/** What may stand between a directing verb and its infinitive: the addressee ("Vietnam and others in the region"). */
const ADDRESSEE_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'CCONJ', 'NUM', 'ADP']);

/**
 * "urged Vietnam and others in the region to push back", "asked the council to delay the vote": a directing
 * verb whose content is an addressee and an infinitive with no finite clause after it ("told reporters the
 * plan to cut jobs would fail" reports words) and no quotation.
 */
function directs(attribution: Attribution, units: Unit[]): boolean {
  const cue = attribution.cue;
  if (cue === null || !DIRECTING.has(cue.lemma) || attribution.parts.length !== 1) return false;
  const { start, end } = attribution.parts[0];
  if (cue.end > start) return false;
  const first = firstStartingAt(units, start);
  if (first > 0 && lowerOf(units[first - 1]) === 'that') return false;
  for (let i = first; i < units.length && units[i].end <= end; i++) {
    // ("instructed the Government to ensure that universities will set up a quota": the clause after the
    // infinitive's own "that" is part of what the addressee is to do)
    if (lowerOf(units[i]) === 'to' && posOf(units[i + 1]) === 'VERB')
      return lowerOf(units[i + 2]) === 'that' || noClauseAfter(units, i + 2, end);
    // "urged the public not to tolerate …": a negated infinitive directs as well.
    if (lowerOf(units[i]) === 'not' && i > first && lowerOf(units[i + 1]) === 'to') continue;
    // ("asked California's Superior court to …", "the reporters' e-mail providers": a possessive or a
    // hyphen inside the addressee)
    if (!ADDRESSEE_TAGS.has(posOf(units[i])) && !ADDRESSEE_MARKS.has(lowerOf(units[i]))) return false;
  }
  return false;
}

/** Marks inside an addressee: a possessive's ending and apostrophe, a hyphen ("e-mail"). */
const ADDRESSEE_MARKS = new Set([...POSSESSIVE_MARKS, '-']);

/** What a study or a set of figures shows, not words anyone said: "studies suggest that …". */
const FINDING_SOURCES = new Set([
  'study',
  'studies',
  'research',
  'evidence',
  'data',
  'survey',
  'surveys',
  'poll',
  'polls',
  'analysis',
  'analyses',
  'findings',
  'results',
  'experiment',
  'experiments',
  'trial',
  'trials',
  'tests',
  'figures',
  'statistics',
  'model',
  'models',
  'estimates',
  'projections',
  'reports',
]);

const FINDING_VERBS = new Set([
  'suggest',
  'indicate',
  'show',
  'find',
  'reveal',
  'estimate',
  'demonstrate',
  'confirm',
  'predict',
  'imply',
]);

/**
 * "Other studies indicate that drinking water can …", "the survey found that …", "data show …": a research
 * finding (eval/gold/README.md guideline 1 leaves findings out), unless words of it are quoted.
 */
function finding(attribution: Attribution, units: Unit[]): boolean {
  const { cue, source } = attribution;
  if (cue !== null && source !== null && !source.pronoun && cue.lemma === 'according to')
    return countedBy(units, source.first, source.last);
  if (cue === null || source === null || source.pronoun || !FINDING_VERBS.has(cue.lemma)) return false;
  const head = units[source.last];
  // ("Research conducted by the Harbour Board revealed": a named author inside the study's phrase)
  if (findingBefore(units, source.first)) return true;
  // "Jupiter Research", "Middle East Economic Survey": a firm or a publication, which speaks.
  if (source.last > source.first && isCapitalized(head)) return false;
  return FINDING_SOURCES.has(lowerOf(head));
}

/**
 * "A survey of the nutritional status in Australian school children has revealed …": the phrase read as
 * the subject ends a complement whose head, a few words before, is a study.
 */
function findingBefore(units: Unit[], first: number): boolean {
  if (posOf(units[first - 1]) !== 'ADP') return false;
  for (let k = first - 2; k >= 0 && k >= first - 10; k--) {
    const pos = posOf(units[k]);
    // "A new study documenting iodine status in …", "Research conducted by the EOC …": a participle right
    // after the study's noun describes it.
    if (
      pos === 'VERB' &&
      /(?:ing|ed)$/.test(lowerOf(units[k])) &&
      k > 0 &&
      FINDING_SOURCES.has(lowerOf(units[k - 1]))
    )
      return true;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'PUNCT' || pos === 'QUOTE') return false;
    if (FINDING_SOURCES.has(lowerOf(units[k])) && posOf(units[k + 1]) === 'ADP') return true;
  }
  return false;
}

/** Figures that state nothing in anyone's words ("according to data from MarketAxess"). */
const COUNTS = new Set(['data', 'figures', 'statistics', 'calculations', 'estimates', 'projections']);

/**
 * "…, according to the researchers' calculations", "according to official figures": a figure read off
 * numbers, not words said (a finding, as "data show" is); not a named body's ("according to Labour Force
 * Statistics", capitalised), nor one whose author follows ("according to data from MarketAxess" speaks
 * for MarketAxess, as eval/gold/README.md's news dev choices record).
 */
function countedBy(units: Unit[], first: number, last: number): boolean {
  const head = units[last];
  // ("according to data from the Kyiv School of Economics": data of a named author speak for it)
  if (COUNTS.has(lowerOf(head)) && !isCapitalized(head)) {
    const by = authorLinker(units, last);
    return by < 0 || TIME_WORDS.has(lowerOf(units[by + 1]));
  }
  // "the researchers' calculations": the phrase stops at the possessive
  const owned = units[last + 1];
  const counted = units[last + 2];
  return (
    owned !== undefined &&
    /^['’]s?$/.test(lowerOf(owned)) &&
    counted !== undefined &&
    COUNTS.has(lowerOf(counted)) &&
    last >= first
  );
}

/**
 * "Asked whether he would resign, …", "when asked about the decision", "Reporters asked Reed whether …":
 * a question put, which states nothing (speech gold sets leave questions out; PolNeAR counts them).
 */
export function asks(attribution: Attribution, content: string): boolean {
  if (attribution.pattern === 'asked') return true;
  return (
    attribution.cue?.lemma === 'ask' &&
    (/^(?:[\p{L}'’.-]+\s+){0,4}?(?:whether|if|about|what|why|how|when|where|who)\b/iu.test(content.trim()) ||
      // "asked Ukraine's president for the investigations": a request for a thing
      /^(?:[\p{L}'’.-]+\s+){0,5}?for\b/iu.test(content.trim()))
  );
}

/**
 * "The minister observed the exercises", "the command has observed more \"unsafe\" flights", "The big
 * hit, the Courier observed from the queue, was …": "observe" with a thing seen after it (no "that",
 * colon, comma or quotation between) or with the place it was seen from is a sight, not a remark
 * ("observed that …", "observed: \"…\"" report words). Quoted words inside what was seen do not make it
 * speech, so the caller applies this to mixed contents as well.
 */
export function perceives(attribution: Attribution, units: Unit[]): boolean {
  const cue = attribution.cue;
  if (cue === null || cue.lemma !== 'observe') return false;
  const next = firstStartingAt(units, cue.end);
  if (next < units.length && lowerOf(units[next]) === 'from') return true;
  if (!oneContentAfterCue(attribution)) return false;
  const first = firstStartingAt(units, attribution.parts[0].start);
  for (let i = next; i <= first && i < units.length; i++)
    if (OPEN_WORDS.has(lowerOf(units[i])) || isQuote(units[i])) return false;
  return true;
}

/** What opens words said after a verb ("observed that …", "observed: …", "observed, \"…\""). */
const OPEN_WORDS = new Set(['that', ':', ',']);

/**
 * A verb of saying with only a noun phrase after it ("announced a truce", "reported a net loss of …").
 * Such a content holds no words of anyone's, so a statement found inside it is no report nested in another
 * ("vowed an offensive to retake the port — the authorities said …" runs on past its object): the caller
 * leaves it out without letting it enclose others.
 */
export function reportsObject(attribution: Attribution, units: Unit[]): boolean {
  const cue = attribution.cue;
  // ("said that … and demanded a deadline extension": a verb sharing the subject reads the same way.)
  if (cue === null || !['after', 'shared'].includes(attribution.pattern) || attribution.parts.length !== 1)
    return false;
  if (cue.lemma === 'according to' || cue.text === ':') return false;
  const part = attribution.parts[0];
  return cue.end <= part.start && objectOnly(units, cue.lemma, part.start, part.end);
}

/** Whether the attribution has a cue and one content part, after it ("demanded that …", not "\"…,\" he said"). */
function oneContentAfterCue(attribution: Attribution): attribution is Attribution & { cue: Cue } {
  const { cue, parts } = attribution;
  return cue !== null && parts.length === 1 && parts[0].start >= cue.end;
}

/** Subject pronouns of a clause of saying a contact relative holds ("drones it said …", "a bill they say …"). */
const RELATIVE_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we']);

/** Parts of speech that open a clause with a subject of its own. */
const SUBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Parts of speech inside a noun phrase and its prepositional phrases ("an injury", "the talks with all partners"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART']);

/** Nouns whose relative fills an adjunct, not the content: "the first time it has said civilians …". */
const OCCASION_NOUNS = new Set(['time', 'times', 'moment', 'way', 'reason', 'day', 'days', 'occasion']);

/** How far back the noun phrase before a contact relative is read. */
const PHRASE_REACH = 12;

/**
 * "appealed to the firm to stop selling drones it said the army was using", "suing the studio over an
 * injury he said he suffered", "…, a target he says he has met": a pronoun and a verb of saying right after
 * a noun phrase that is a verb's object or stands in apposition, with no relative pronoun (a contact
 * relative), whose content has a subject of its own, leaves a gap in that content the noun fills: the
 * words are no whole statement (PolNeAR counts it; reported with `stances`). Not a subject gap ("set out
 * the choices he says are facing Britain" keeps its clause, as "which she said would fail" does), not a
 * fronted adjunct ("In an interview he said …", "Speaking after the summit he said …", "noted that during
 * the talks with all partners he emphasized …"), nor a time ("the first time it has said …").
 */
function contactRelative(attribution: Attribution, units: Unit[]): boolean {
  const { source, cue, parts } = attribution;
  if (source === null || cue === null || !source.pronoun || source.first < 2 || parts.length !== 1)
    return false;
  // (a capitalised "It" mid-sentence opens a sentence the splitter missed: "… copyright law It added …")
  const pronoun = valueOf(units[source.first]);
  if (!RELATIVE_SUBJECTS.has(pronoun) || parts[0].start < cue.end) return false;
  const noun = units[source.first - 1];
  if (posOf(noun) !== 'NOUN' || TIME_WORDS.has(lowerOf(noun)) || OCCASION_NOUNS.has(lowerOf(noun)))
    return false;
  const opening = units[firstStartingAt(units, parts[0].start)];
  if (!opening || !SUBJECT_OPENERS.has(posOf(opening)) || lowerOf(opening) === 'that') return false;
  let first = source.first - 1;
  while (first > 0 && first > source.first - PHRASE_REACH && PHRASE_TAGS.has(posOf(units[first - 1])))
    first--;
  if (first === 0) return false;
  const before = units[first - 1];
  // ("…, a target he says …": an apposition opens with a determiner; "On Monday, in an interview he said"
  // opens with a preposition)
  if (isComma(before)) return posOf(units[first]) === 'DET' && NOUNISH.has(posOf(units[first - 2]));
  if (!(posOf(before) === 'VERB' || posOf(before) === 'AUX') || first - 1 === 0) return false;
  // ("When the deal collapsed in the capital he said …": the verb is an opening clause's, with no comma)
  return !(SUBORDINATORS.has(lowerOf(units[0])) && !units.slice(1, first).some(isComma));
}

/** Pronouns that are only ever an object ("them", "him", "himself"): no clause of words said opens with one. */
const OBJECT_PRONOUNS = new Set(
  'him them us me whom himself herself itself themselves ourselves myself yourself yourselves'.split(' '),
);

/**
 * Cues whose object pronoun still leads to words: "called him a friend" gives the words used (isStance),
 * "accused us that the war had begun" a clause, and "according to" has no object.
 */
const OBJECT_WORDS_CUES = new Set(['call', 'accuse', 'according to']);

/**
 * "declared them Russian territories", "declared himself satisfied with …", "describes itself as a …",
 * "asked us to amend the law", "threatening us with sanctions": a content right after its verb that opens
 * with a pronoun only an object can be is the verb's object, with a complement, an infinitive or a
 * prepositional phrase: no clause of words said (eval/gold/README.md: object and complement are not
 * annotated). Not "called him a friend" nor "accused us that …" (OBJECT_WORDS_CUES), nor "it" or "her",
 * which open clauses too.
 */
function objectPronounFirst(attribution: Attribution, units: Unit[]): boolean {
  if (!oneContentAfterCue(attribution) || OBJECT_WORDS_CUES.has(attribution.cue.lemma)) return false;
  const first = units[firstStartingAt(units, attribution.parts[0].start)];
  return first !== undefined && OBJECT_PRONOUNS.has(valueOf(first));
}

/** Verbs of inference: what a fact implies or indicates, not what anyone says. */
const INFERRING = new Set(['imply', 'indicate']);

/**
 * "…, Mr Reed said, implying that a new model could follow", "the port is still closed, indicating the
 * strike goes on": a participle of inference after a clause is the writer's reading of it (eval/gold/
 * README.md leaves "implying that …" after a said-clause out), not a second report of the speaker's;
 * the finite verb ("the minister indicated that he would resign") still reports.
 */
function infersAfter(attribution: Attribution): boolean {
  const cue = attribution.cue;
  return cue !== null && INFERRING.has(cue.lemma) && /ing$/i.test(cue.text.trim());
}

/** Nouns of what others allege, whose "that" clause states no fact: "a suggestion that he had told …". */
const ALLEGING_NOUNS = new Set(
  `suggestion suggestions claim claims allegation allegations accusation accusations rumour rumours rumor
  rumors report reports speculation charge charges`.split(/\s+/),
);

/**
 * "rejects a suggestion that he had once told a board member that …", "denied accusations that he threatened
 * the referee", "deny reports that he had told the prime minister …": a report whose subject opens the
 * clause of a noun of alleging is what others allege and the sentence's subject rejects, not a statement
 * of the speaker's. Not a verb "reports" ("the paper reports that X told …" relays a report).
 */
function alleged(attribution: Attribution, units: Unit[]): boolean {
  const { source, cue } = attribution;
  if (source === null || cue === null || source.first < 2 || cue.start < source.end) return false;
  if (lowerOf(units[source.first - 1]) !== 'that') return false;
  const noun = units[source.first - 2];
  return posOf(noun) === 'NOUN' && ALLEGING_NOUNS.has(lowerOf(noun));
}

/**
 * "has demanded that experts occupy the plant", "demanded all departments make similar savings", "demanded
 * to know who signed": a demand after its verb asks for a deed, in the subjunctive or an infinitive, and
 * reports no words (eval/gold/README.md: "demanded that X do …" is a directive, as "urged X to" is); a
 * noun-phrase demand is a thing asked for (OBJECT_REPORTS). Not a content before the verb ("Why will he
 * not act?, he demanded" gives the words).
 */
function demands(attribution: Attribution): boolean {
  return oneContentAfterCue(attribution) && attribution.cue.lemma === 'demand';
}

/** Verbs of praise: their object is what is praised, and quoted words in it a label for it. */
const PRAISING = new Set(['praise', 'hail', 'laud', 'applaud', 'commend']);

/**
 * "praised the new model as the \"best execution\" yet", "hailed the ruling as \"a major boost\"", "praised
 * the mayor's \"ability to listen\"": a verb of praise whose content follows it is a stance towards a thing,
 * and the words quoted in it the speaker's label for that thing, not a statement (eval/gold/README.md:
 * "praised X as", "hailed X as" are not annotated). PolNeAR counts it; reported with `stances`. A content
 * before the verb ("\"A great day,\" she hailed") and "praised … , saying" (a verb of its own) stay.
 */
export function praises(attribution: Attribution): boolean {
  return oneContentAfterCue(attribution) && PRAISING.has(attribution.cue.lemma);
}

/**
 * An indirect attribution that reports no words of the speaker's: a belief ("thinks the deal will
 * hold", "hopes that …"), a plea in court ("pleaded guilty to …"), a stance ("criticised the plan"), what
 * was left unsaid ("did not say when …"), what was answered ("responded to questions"), a topic commented
 * on ("commented on the talks"), an intention ("agreed to buy"), what might be said ("if they think …"),
 * a thing made known ("reported a net loss"), a directive ("urged X to …"), a research finding ("studies
 * suggest …") or a question put ("asked whether …").
 * PolNeAR annotates them all; extract() reports them only with `stances`.
 * `content` is the attribution's text, `units` its sentence's.
 */
export function reportsNoWords(attribution: Attribution, content: string, units: Unit[]): boolean {
  return (
    attribution.cueClass === 'belief' ||
    pleadsInCourt(attribution.cue, content) ||
    isStance(attribution, content) ||
    leftUnsaid(attribution.cue, content) ||
    answersWhat(attribution.cue, content) ||
    commentsOn(attribution.cue, content) ||
    intends(attribution.cue, content) ||
    hypothetical(attribution, units) ||
    reportsObject(attribution, units) ||
    directs(attribution, units) ||
    finding(attribution, units) ||
    asks(attribution, content) ||
    perceives(attribution, units) ||
    contactRelative(attribution, units) ||
    objectPronounFirst(attribution, units) ||
    infersAfter(attribution) ||
    alleged(attribution, units) ||
    demands(attribution)
  );
}
