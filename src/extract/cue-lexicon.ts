import type { Unit } from './segment.js';
import { lowerOf, posOf } from './units.js';
/**
 * Reporting verbs: their inflected forms map to the lemma and to how the verb takes its content.
 * `speech` verbs report what someone said, `object` verbs take the addressee first ("told Sky News that"),
 * `belief` verbs report a held view ("fears that"), which PolNeAR annotates and speech gold sets do not:
 * extract() reports them, with lower confidence, only with its `stances` option (precision.ts).
 */
export type CueClass = 'speech' | 'object' | 'belief' | 'attitude';

export interface CueEntry {
  lemma: string;
  cueClass: CueClass;
}

const SPEECH = `say add acknowledge admit affirm agree allege announce answer argue assert attest aver boast
brag caution charge claim comment complain concede conclude confess confirm contend continue counter
cry declare demand deny describe disclose dispute echo emphasize emphasise estimate exclaim explain
forecast grumble guarantee hint indicate insist instruct interject joke lament maintain mention muse
mutter note object observe opine plead pledge point predict proclaim promise propose protest question
quip rebut recall recount reaffirm reckon recommend reiterate remark repeat reply report respond
retort reveal say scoff shout sigh signal snap speculate state stress suggest swear testify theorize
threaten tweet underline underscore vow warn whisper write post yell concur clarify allege posit
acknowledge predict assure caution contend elaborate ask wonder demur counsel decry insinuate
muse summarize summarise surmise venture volunteer wager yell quip gush rail fume marvel cheer
rant concede announce complain apologize apologise bemoan chide confide divulge imply inquire enquire
intone lecture mumble murmur narrate ponder preach profess pronounce reassure rebuke relay scream 
specify stammer stipulate  utter whine blurt deplore    jest  rave sneer 
 exult gloat  rejoin scold sob stutter taunt tease reaffirm retract recant characterize
characterise highlight acknowledge disclose reassert comment contradict concur dispute maintain admonish
advocate allege assure beg boast charge chant clarify conjecture contend   document 
elaborate explain fret  grouse   guarantee implore insinuate   nag opine outline
 persist pout prattle proclaim prod propound quibble rage  recite reckon reflect reiterate
remonstrate reply retort  scoff   snap  speculate  stress summarize surmise
swear testify theorize theorise  urge venture vouch put read sum reason gripe query expound`;

const OBJECT = `tell inform remind assure advise notify warn convince persuade brief caution promise urge
teach email text message`;

// Only verbs that mostly report a held view; "know", "figure", "recall" mostly narrate.
const BELIEF = `think believe fear hope expect feel worry suspect doubt assess`;

/**
 * Stance verbs with a noun-phrase complement ("criticized the plan", "called for a ceasefire"): attributions
 * in PolNeAR's sense, with low confidence because what follows is a topic, not words said. extract()
 * reports them only with its `stances` option, unless they quote words or make a charge (index.ts).
 */
const ATTITUDE = `call criticize criticise accuse endorse support praise defend oppose attack reject dismiss
denounce blast blame mock cite decline refuse seek want urge thank welcome condemn slam demand back
applaud hail laud lambaste lambast decry challenge talk speak refer focus discuss show find plan offer
consider prefer favor favour express voice`;

/** Verbs that report only with their particle: "called for", "talked about", "referring to". */
export const PARTICLE_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on'])],
  ['talk', new Set(['about'])],
  ['speak', new Set(['about', 'of', 'on'])],
  ['refer', new Set(['to'])],
  ['focus', new Set(['on'])],
  ['point', new Set(['out', 'to'])],
  ['comment', new Set(['on'])],
  ['put', new Set(['it'])],
  ['sum', new Set(['up'])],
]);

/** Irregular past forms; regular ones are generated. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'written', 'writes', 'writing', 'write'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  feel: ['felt', 'feels', 'feeling', 'feel'],
  know: ['knew', 'known', 'knows', 'knowing', 'know'],
  swear: ['swore', 'sworn', 'swears', 'swearing', 'swear'],
  teach: ['taught', 'teaches', 'teaching', 'teach'],
  understand: ['understood', 'understands', 'understanding', 'understand'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  cry: ['cried', 'cries', 'crying', 'cry'],
  reply: ['replied', 'replies', 'replying', 'reply'],
  testify: ['testified', 'testifies', 'testifying', 'testify'],
  clarify: ['clarified', 'clarifies', 'clarifying', 'clarify'],
  notify: ['notified', 'notifies', 'notifying', 'notify'],
  signal: ['signaled', 'signalled', 'signals', 'signaling', 'signalling', 'signal'],
  figure: ['figured', 'figures', 'figuring', 'figure'],
  rebut: ['rebutted', 'rebuts', 'rebutting', 'rebut'],
  quip: ['quipped', 'quips', 'quipping', 'quip'],
  snap: ['snapped', 'snaps', 'snapping', 'snap'],
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  brag: ['bragged', 'brags', 'bragging', 'brag'],
  concur: ['concurred', 'concurs', 'concurring', 'concur'],
  aver: ['averred', 'avers', 'averring', 'aver'],
  text: ['texted', 'texts', 'texting'],
  counter: ['countered'],
  beg: ['begged', 'begs', 'begging'],
  nag: ['nagged', 'nags', 'nagging'],
  prod: ['prodded', 'prods', 'prodding'],
  sob: ['sobbed', 'sobs', 'sobbing'],
  blurt: ['blurted', 'blurts', 'blurting'],
  speak: ['spoke', 'speaks', 'speaking', 'spoken'],
  show: ['showed', 'shows', 'showing', 'shown', 'show'],
  find: ['found', 'finds', 'finding', 'find'],
  seek: ['sought', 'seeks', 'seeking'],
  refer: ['referred', 'refers', 'referring'],
  slam: ['slammed', 'slams', 'slamming'],
  email: ['emailed', 'emails', 'emailing'],
  message: ['messaged', 'messages', 'messaging'],
  question: ['questioned', 'questioning'],
  report: ['reported', 'reports', 'reporting'],
  post: ['posted', 'posting'],
  object: ['objected', 'objecting'],
  state: ['stated', 'states', 'stating'],
  point: ['pointed', 'points', 'pointing'],
  put: ['put', 'puts', 'putting'],
  read: ['reads', 'read'],
  sum: ['summed', 'sums', 'summing', 'sum'],
};

function regularForms(lemma: string): string[] {
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) {
    forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  } else {
    forms.push(`${lemma}ed`, `${lemma}ing`);
  }
  return forms;
}

function buildLexicon(): Map<string, CueEntry> {
  const lexicon = new Map<string, CueEntry>();
  const addAll = (list: string, cueClass: CueClass): void => {
    for (const lemma of list.split(/\s+/).filter(Boolean)) {
      const forms = IRREGULAR[lemma] ?? regularForms(lemma);
      for (const form of forms) {
        // The first class a form is registered with wins: speech before object before belief.
        if (!lexicon.has(form) || (cueClass === 'object' && lexicon.get(form)?.cueClass === 'speech')) {
          lexicon.set(form, { lemma, cueClass });
        }
      }
    }
  };
  addAll(SPEECH, 'speech');
  addAll(OBJECT, 'object');
  addAll(BELIEF, 'belief');
  addAll(ATTITUDE, 'attitude');
  // ("for security reasons", "the reason": as a verb only "reasoned", "reasoning")
  lexicon.delete('reason');
  lexicon.delete('reasons');
  return lexicon;
}

export const CUE_LEXICON: ReadonlyMap<string, CueEntry> = buildLexicon();

/** Forms that are reporting verbs whatever the tagger says (it sometimes tags "says" as a noun). */
export const UNAMBIGUOUS_CUES = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'tweeted',
  'noted',
  'insisted',
  'warned',
  'argued',
  'suggested',
  'acknowledged',
  'explained',
  'stressed',
  'claimed',
  'asked',
]);

/**
 * The lexicon as an object used as a dictionary, for lookupCue: asked once for every word of an article,
 * where a keyed lookup costs a third of a Map's (the words are the analysis's shared strings).
 */
const CUE_TABLE: Record<string, CueEntry | undefined> = Object.assign(
  Object.create(null) as Record<string, CueEntry | undefined>,
  Object.fromEntries(CUE_LEXICON),
);

export function lookupCue(form: string): CueEntry | undefined {
  return CUE_TABLE[form];
}

/** Verbs of emphasis, which single out what they report ("noted the importance of", "stressed the need for"). */
export const EMPHASIS_VERBS: readonly string[] = [
  'note',
  'stress',
  'emphasize',
  'emphasise',
  'underline',
  'underscore',
  'highlight',
];

/** Modal auxiliaries ("would say", "will cede"): a verb form's mood, not a predicate of its own. */
export const MODAL_VERBS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  "'ll",
  '’ll',
]);

/** The finite forms of "be", as a passive's or a progressive's auxiliary ("it was noted", "is saying"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);

/** The forms of "have", as the perfect's auxiliary ("has said", "had been stressed"). */
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** Feelings and views that, expressed or voiced before "that", state what follows ("expressed hope that …"). */
const STATED_FEELINGS = new Set(
  `hope hopes confidence concern concerns fear fears belief optimism regret doubt doubts conviction
  certainty satisfaction gratitude disappointment frustration surprise alarm dismay`.split(/\s+/),
);

/** Verbs that state a feeling or a view named after them ("expressed hope that …"). */
const STATING = new Set(['express', 'voice']);

/**
 * "expressed hope that the Senate will …", "voiced concern that prices …": where the clause after "that"
 * starts when the verb at `verb` (of lemma `lemma`) states a feeling (with an adjective at most before it);
 * -1 otherwise. Such a clause is what the speaker said, not a stance.
 */
export function feelingThat(units: Unit[], verb: number, lemma: string): number {
  if (!STATING.has(lemma)) return -1;
  let k = verb + 1;
  if (posOf(units[k]) === 'ADJ' || posOf(units[k]) === 'DET') k++;
  if (!STATED_FEELINGS.has(lowerOf(units[k])) || lowerOf(units[k + 1]) !== 'that') return -1;
  return k + 2;
}

/** Verbs of saying that open a sentence before their speaker ("Said Ellis: \"…\"", "Observes Mr Hadi: …"), with lemmas. */
export const OPENING_CUES = new Map([
  ['said', 'say'],
  ['says', 'say'],
  ['added', 'add'],
  ['adds', 'add'],
  ['wrote', 'write'],
  ['writes', 'write'],
  // "Observes Mr Hadi: \"…\"", "Recalled Ann Lee, \"…\"": other verbs of saying put first as well.
  ['observes', 'observe'],
  ['observed', 'observe'],
  ['notes', 'note'],
  ['noted', 'note'],
  ['explains', 'explain'],
  ['explained', 'explain'],
  ['recalls', 'recall'],
  ['recalled', 'recall'],
  ['continues', 'continue'],
  ['continued', 'continue'],
  ['insists', 'insist'],
  ['insisted', 'insist'],
  ['argues', 'argue'],
  ['argued', 'argue'],
  ['warns', 'warn'],
  ['warned', 'warn'],
  ['quips', 'quip'],
  ['quipped', 'quip'],
  ['admits', 'admit'],
  ['admitted', 'admit'],
  ['concludes', 'conclude'],
  ['concluded', 'conclude'],
  ['declares', 'declare'],
  ['declared', 'declare'],
  ['replies', 'reply'],
  ['replied', 'reply'],
  ['remarks', 'remark'],
  ['remarked', 'remark'],
]);
