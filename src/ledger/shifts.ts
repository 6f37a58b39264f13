import type {
  ClaimFrame,
  ReportedChange,
  Shift,
  ShiftEvidence,
  ShiftRelation,
  StatementRecord,
  TopicStance,
} from '../model/ledger.js';
import type { SaidOn } from '../model/statement.js';
import { lookupCue, MODAL_VERBS } from '../extract/cue-lexicon.js';
import { frameStatement, frameText } from './frame.js';
import { TOPIC_DEFINITIONS } from './topic-lexicon.js';

/** Each topic's own verbs by first word ("give up" → "give"), as predicates are lemmas of one word. */
const TOPIC_ACTIONS = new Map(
  TOPIC_DEFINITIONS.map((definition) => [
    definition.key,
    new Set((definition.actions ?? []).map((action) => action.split(' ')[0])),
  ]),
);

export interface DetectShiftsOptions {
  /** Shifts below this confidence are not reported (precision before recall). */
  minConfidence?: number;
}

interface Placed {
  record: StatementRecord;
  frame: ClaimFrame;
  /**
   * Days since the epoch of the day said (null when neither the statement nor its article is dated),
   * and whether it is only known to be before that day.
   */
  day: number | null;
  before: boolean;
  /** A former position the report states beside a statement ("who had opposed sending tanks"). */
  reported?: boolean;
}

const DAY_MS = 86_400_000;
/** How long before its reference date a "previously said" statement is assumed to lie, for ordering. */
const BEFORE_OFFSET_DAYS = 7;
/** Statements in different articles closer than this are not compared. */
const MIN_GAP_DAYS = 3;

function dayOf(date: string): number | null {
  const time = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
}

/**
 * The day a statement was said, as days since the epoch, for ordering: a "previously said" statement
 * (basis `before`) is placed a week before its reference date; undated ones fall back to publication.
 */
export function saidDay(record: Pick<StatementRecord, 'saidOn' | 'published'>): number | null {
  const saidOn = record.saidOn;
  let day: number | null = null;
  if (saidOn && saidOn.basis === 'before') {
    const reference = dayOf(saidOn.to || saidOn.from);
    if (reference !== null) day = reference - BEFORE_OFFSET_DAYS;
  } else if (saidOn) {
    day = dayOf(saidOn.from || saidOn.to);
  }
  if (day === null && record.published) day = dayOf(record.published);
  return day;
}

/**
 * Attitude cues that report a stance the person took ("rejected the plan", "called for talks"); the
 * others of that class ("wants", "showed", "spoke about") and the belief verbs ("believes", "fears")
 * mostly give what a writer makes of someone, which is no statement to hold them to.
 */
const STANCE_CUES = new Set([
  'reject',
  'refuse',
  'oppose',
  'support',
  'endorse',
  'back',
  'call',
  'demand',
  'urge',
  'welcome',
  'condemn',
  'dismiss',
  'decline',
  'offer',
  'propose',
  'criticize',
  'criticise',
  'denounce',
  'defend',
]);

/** Reporting verbs that, inside a statement, hand its content to somebody else ("Ivanov had insisted that"). */
const EMBEDDED_CUE =
  /\b(said|says|say|insisted|insists|argued|argues|claimed|claims|stated|states|told|tells|warned|warns|declared|declares|promised|promises|vowed|vows|announced|announces|suggested|suggests|believes|believed|thinks|thought|wants|wanted)\b/g;
const EMBEDDED_SUBJECT =
  /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+|he|she|they|He|She|They)(?:\s+(?:had|has|have|was|were|also|previously|repeatedly|long|earlier|once|always|\p{Ll}+ly))*\s+$/u;

/**
 * Whether a statement gives the speaker's own position: said, not believed or wanted in a writer's
 * words, and not a report of what somebody else said ("X said that Ivanov had insisted talks were
 * impossible" is Ivanov's position, not X's). Precision before recall: a shift pinned on a person for
 * words that are not theirs costs a user's trust.
 */
export function speaksForSelf(record: Pick<StatementRecord, 'cue' | 'kind' | 'quote' | 'speaker'>): boolean {
  const lemma = record.cue?.lemma;
  if (lemma && record.kind !== 'direct') {
    const cueClass = lookupCue(lemma)?.cueClass;
    if (cueClass === 'belief') return false;
    if (cueClass === 'attitude' && !STANCE_CUES.has(lemma)) return false;
  }
  const text = record.quote.text;
  // A question puts a position up for argument; it does not take one.
  if (/\?["'”’»\s]*$/u.test(text)) return false;
  const own = new Set(
    record.speaker.name
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean),
  );
  // "according to Berger, …": the content is Berger's.
  for (const match of text.matchAll(/\baccording to (?:the )?(\p{Lu}[\p{L}'’-]+)/gu)) {
    if (!own.has(match[1].toLowerCase())) return false;
  }
  for (const match of text.matchAll(EMBEDDED_CUE)) {
    const subject = EMBEDDED_SUBJECT.exec(text.slice(Math.max(0, match.index - 60), match.index));
    if (!subject) continue;
    const word = subject[1];
    if (/^(he|she|they)$/i.test(word)) {
      // In the writer's words "he said" is the speaker again; inside a direct quote it is someone else.
      if (record.kind === 'direct') return false;
      continue;
    }
    if (!own.has(word.toLowerCase()) && !/^(I|We|It|This|That|The)$/.test(word)) return false;
  }
  return true;
}

/**
 * Cues that turn their content round: "refused to send troops", "rejected calls for sanctions", "denied
 * that it would join NATO" take the opposite stance to the one their content reads.
 */
const NEGATING_CUES = new Set([
  'refuse',
  'reject',
  'oppose',
  'decline',
  'dismiss',
  'condemn',
  'denounce',
  'criticize',
  'criticise',
  'deny',
  'dispute',
  'rebut',
]);

/** Whether the statement's stance is its cue's ("refused to send troops") rather than its content's. */
function negatingCue(record: StatementRecord): boolean {
  return record.kind !== 'direct' && !!record.cue && NEGATING_CUES.has(record.cue.lemma);
}

function place(record: StatementRecord): Placed | null {
  if (!speaksForSelf(record)) return null;
  // Undated statements still count inside their article: "had previously said" precedes "said".
  const day = saidDay(record);
  let frame = record.frame?.stances ? record.frame : frameStatement(record);
  if (negatingCue(record)) {
    // The refusal is the position, whatever the content alone reads ("to send troops" is no position).
    const phrase = record.quote.text.split(/\s+/).slice(0, 14).join(' ');
    frame = {
      ...frame,
      stances: (frame.stances ?? []).map((stance) =>
        stance.stance === 0
          ? stance
          : {
              ...stance,
              stance: -stance.stance as 1 | -1,
              position: true,
              phrase,
              subject: null,
            },
      ),
    };
  }
  return { record, frame, day, before: record.saidOn?.basis === 'before' };
}

const SELF_PRONOUNS = new Set(['i', 'we', 'us', 'they']);
const INDEFINITE_WORDS = 'no[ -]one|nobody|everyone|everybody|someone|somebody|anyone|anybody';
/** An indefinite pronoun opening a phrase, and one just before it. */
const OPENS_INDEFINITE = new RegExp(`^(?:${INDEFINITE_WORDS})\\b`, 'i');
const ENDS_INDEFINITE = new RegExp(`\\b(?:${INDEFINITE_WORDS})\\s*$`, 'i');

/** Whether the stance's clause has "no one", "nobody", "everyone" … as its subject. */
function indefiniteSubject(phrase: string, text: string): boolean {
  if (!phrase) return false;
  if (OPENS_INDEFINITE.test(phrase)) return true;
  const at = text.indexOf(phrase);
  return at > 0 && ENDS_INDEFINITE.test(text.slice(Math.max(0, at - 16), at));
}

const POINTING = new Set(['this', 'that', 'these', 'those', 'it', 'which', 'what', 'such']);
const NORMATIVE = /\b(?:must|should|ought to|needs? to|ha(?:ve|s) to)\b/i;
const THIRD_PERSON = new Set(['he', 'she']);
/** Common nouns a speaker uses for their own side ("the government will not send troops"). */
const OWN_SIDE = new Set(
  `government country nation administration state army military ministry people side party coalition
  alliance cabinet authorities leadership team company board bank union`.split(/\s+/),
);

/**
 * Whether a stance may be the speaker's position: said of what anyone must or should do, or with a
 * subject that may be the speaker: no subject
 * (a verdict on the topic itself, "negotiations were impossible"), I, we or they, "he"/"she" in the
 * reporter's words (inside a direct quotation they are someone else), "our government", a name (the
 * speaker's, or their country's: "Freedonia might join NATO"), or the speaker's side ("the government").
 * A thing is not ("the report did not rule out …"), nor "it" for a person ("Japan … it has failed to
 * open its markets"): that is someone else's position, and no shift.
 */
export function mayBeOwnPosition(
  stance: Pick<TopicStance, 'subject' | 'phrase'>,
  record: Pick<StatementRecord, 'kind' | 'speaker' | 'quote'>,
): boolean {
  const subject = stance.subject;
  // "No one wants to negotiate with …", "Nobody will cede …": what people at large want or do
  if (indefiniteSubject(stance.phrase, record.quote.text)) return false;
  if (!subject) return true;
  // what others must or should do is the speaker's position too ("The allies must not lift sanctions")
  if (NORMATIVE.test(record.quote.text)) return true;
  const words = subject.split(/\s+/).filter(Boolean);
  const lower = words.map((word) => word.toLowerCase());
  const head = lower[lower.length - 1];
  // "they" is a person's own side only in a group's reported words ("the ministers said they would …");
  // from one person, or inside a quotation, it is somebody else ("'They refuse to talk to us'").
  if (lower.length === 1 && head === 'they')
    return record.speaker.kind !== 'person' && record.kind !== 'direct';
  if (lower.length === 1 && SELF_PRONOUNS.has(head)) return true;
  if (lower.length === 1 && THIRD_PERSON.has(head)) return record.kind !== 'direct';
  if (lower.length === 1 && head === 'it') return record.speaker.kind !== 'person';
  if (lower[0] === 'our' || lower[0] === 'my') return true;
  // a name: the speaker's own or their country's (not a pronoun opening the sentence: "That could …")
  if (/^\p{Lu}/u.test(words[words.length - 1]) && !POINTING.has(head)) return true;
  return OWN_SIDE.has(head.replace(/s$/, '')) || OWN_SIDE.has(head);
}

/** a is earlier than b: a back-reference ("previously said") precedes the article reporting it. */
function isEarlier(a: Placed, b: Placed): boolean | null {
  if (a.record.articleId === b.record.articleId) {
    if (a.before !== b.before) return a.before;
    return null; // one article, one moment: a contradiction there is not a change over time
  }
  if (a.day === null || b.day === null) return null;
  // Reports of one event a day or two apart differ in wording, not in position.
  if (Math.abs(a.day - b.day) < MIN_GAP_DAYS) return null;
  return a.day < b.day;
}

/**
 * Predicates that give a verdict on the topic itself: the copula frame.ts gives "talks were impossible"
 * and "there will be no talks", and ruling out ("ruled out talks", "does not exclude a ceasefire").
 */
const VERDICT_PREDICATES = new Set(['be', 'rule', 'exclude']);
/**
 * Attitudes a reporter sums a former position up with ("had opposed sanctions", "dropped her opposition
 * to sanctions"): a verdict on the topic as a whole when the report sets it beside the new position.
 */
const REPORTED_VERDICTS = new Set(['oppose', 'support', 'reject', 'back', 'favour', 'favor', 'endorse']);

/**
 * Whether two stances on a topic rest on the same act: one lemma, two of the topic's own verbs, or, on a
 * topic of the lexicon, a verdict on the topic itself against any act on it ("open to talks" /
 * "negotiations were impossible"). Different verbs otherwise ("lift sanctions on citizens" / "want
 * sanctions on Russia") are different claims.
 */
function samePredicate(topic: string, a: TopicStance, b: TopicStance, reported = false): boolean {
  if (!a.predicate || !b.predicate) return false;
  if (a.predicate === b.predicate) return true;
  const actions = TOPIC_ACTIONS.get(topic);
  if (!actions) return false;
  if (VERDICT_PREDICATES.has(a.predicate) || VERDICT_PREDICATES.has(b.predicate)) return true;
  if (reported && (REPORTED_VERDICTS.has(a.predicate) || REPORTED_VERDICTS.has(b.predicate))) return true;
  return actions.has(a.predicate) && actions.has(b.predicate);
}

/** The one readable stance of a statement on a topic; null when it has none or contradicts itself. */
function stanceOn(frame: ClaimFrame, topic: string): TopicStance | null {
  // A reported fact ("lifted sanctions") is not a position; frames from before `position` existed count.
  const stances = (frame.stances ?? []).filter(
    (stance) => stance.topic === topic && stance.stance !== 0 && stance.position !== false,
  );
  // A refusal with a condition ("we don't need sanctions after the bombing starts", "no talks until …")
  // leaves room for a later yes: not evidence of a turn.
  if (stances.some((stance) => stance.stance < 0 && stance.conditions.length > 0)) return null;
  if (stances.length === 0) return null;
  if (stances.some((stance) => stance.stance !== stances[0].stance)) return null;
  return stances[0];
}

export function formatSaidOn(saidOn: SaidOn | null, published: string | null): string {
  if (!saidOn) return published ?? 'undated';
  if (saidOn.basis === 'before') {
    const reference = saidOn.to || saidOn.from || published;
    return reference ? `before ${reference}` : 'before the report';
  }
  if (saidOn.from && saidOn.to && saidOn.from !== saidOn.to) return `${saidOn.from}..${saidOn.to}`;
  return saidOn.from || saidOn.to;
}

/** When and where: the day said, the outlet that reported it, and whom it was said to ("told Sky News"). */
function where(placed: Placed): string {
  const { outlet, venue } = placed.record;
  const parts = [formatSaidOn(placed.record.saidOn, placed.record.published)];
  if (outlet) parts.push(outlet);
  if (venue?.text && venue.text !== outlet) parts.push(outlet ? `to ${venue.text}` : venue.text);
  return parts.join(', ');
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);

function describe(stance: TopicStance, withSubject: boolean): string {
  let subject = stance.subject && withSubject ? `${stance.subject} ` : '';
  // "said We will not…" reads wrong: a pronoun subject continues the sentence in lower case.
  if (stance.subject && PRONOUNS.has(stance.subject.toLowerCase())) subject = subject.toLowerCase();
  const conditions = stance.conditions.filter((condition) => !stance.phrase.includes(condition));
  return `${subject}${stance.phrase}${conditions.length > 0 ? ` ${conditions.join(', ')}` : ''}`;
}

function reasonOf(earlier: Placed, before: TopicStance, later: Placed, after: TopicStance): string {
  const laterSubject = after.subject !== null && !PRONOUNS.has(after.subject.toLowerCase());
  // "refused to send troops": the cue is the position, so it leads instead of "said".
  const lead = (placed: Placed, fallback: string) =>
    negatingCue(placed.record)
      ? `${placed.record.cue!.text.toLowerCase()} `
      : placed.reported
        ? '' // the reporter's summary ("had opposed sending tanks") reads on its own
        : fallback;
  return `${lead(earlier, 'said ')}${describe(before, true)} (${where(earlier)}); now ${lead(later, '')}${describe(after, laterSubject)} (${where(later)})`;
}

function relationOf(before: TopicStance, after: TopicStance): ShiftRelation {
  if (after.conditions.length > 0 && before.conditions.length === 0) return 'condition';
  if (
    before.modality !== after.modality &&
    (before.modality === 'possible' || after.modality === 'possible')
  ) {
    return 'modality';
  }
  return 'polarity';
}

/** "The more …, …", "The longer …, …": a comparative correlative, which makes its clause a condition. */
const CORRELATIVE =
  /(?:^|[.!?]\s+|["“]\s*)the (?:more|less|fewer|longer|sooner|later|stronger|weaker|harder)\b[^,.;]*,/i;

/** A means that narrows an act ("return Crimea by force", "settle it through negotiations"). */
const MEANS =
  /\b(?:by (?:military )?force|militarily|by military means|by diplomatic means|diplomatically|through (?:diplomacy|negotiations|talks))\b/i;

/** Words that open a complement or end the object of an act ("send tanks | to …", "impose sanctions | on …"). */
const PREPOSITIONS = new Set(
  `to on with into against in for from at by over of onto toward towards through about under within
  and or but if unless until because as when while after before so than`.split(/\s+/),
);
/** Prepositions that name whom an act is for or against ("send tanks to X", "sanctions on X", "talk with X"). */
const COUNTERPART = new Set(['to', 'on', 'with', 'into', 'against']);
/** Words of an object that say nothing of its kind ("any", "more", "further", "3,000"). */
const OBJECT_FILLER = new Set(
  `a an the any some more no further new additional extra its their our his her my your all such these those
  this that other another own much many few several modern heavy advanced long-range`.split(/\s+/),
);
/** Objects that cover every kind ("will not send weapons" then "will send tanks" is a turn). */
const GENERIC_OBJECTS = new Set(
  `weapon weaponry arm aid equipment support assistance help hardware supply military lethal`.split(/\s+/),
);
/** Topics whose objects come in kinds that are different claims ("fighter jets" / "artillery shells"). */
const KINDED_TOPICS = new Set(['weapons-supplies']);

const singular = (word: string) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);

interface Act {
  /** Content words of the object, singular ("fighter", "jet"). */
  objects: Set<string>;
  /** Head of the complement after the object ("Sylvania" in "send tanks to Sylvania"), lower case. */
  counterpart: string | null;
  /** What the act is about, when narrowed ("negotiate … over grain exports" → "export"). */
  scope: string | null;
}

/** Prepositions that narrow an act to a matter ("talk over grain", "negotiate about prisoners"). */
const SCOPE = new Set(['over', 'about', 'regarding', 'concerning']);

/**
 * What an act is done to and for, read from the quote around the stance's predicate: "would not send
 * fighter jets to Sylvania" → objects {fighter, jet}, counterpart "sylvania". Null for a light predicate
 * ("was open to talks") or one not found in the text.
 */
function actOf(stance: TopicStance, text: string): Act | null {
  const predicate = stance.predicate;
  if (!predicate || LIGHT_PREDICATES.has(predicate)) return null;
  const tokens = [
    ...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’,.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:.!?"“”()—–]/gu),
  ].map((match) => ({ word: match[0].toLowerCase(), at: match.index }));
  const from = Math.max(0, text.indexOf(stance.phrase));
  const stem = predicate.slice(0, Math.max(3, predicate.length - 1));
  let index = tokens.findIndex((token) => token.at >= from && token.word.startsWith(stem));
  if (index < 0) return null;
  const objects = new Set<string>();
  for (index++; index < tokens.length && objects.size < 6; index++) {
    const word = tokens[index].word;
    if (PREPOSITIONS.has(word) || !/[\p{L}\p{N}]/u.test(word)) break;
    if (!OBJECT_FILLER.has(word) && !/^\d/.test(word)) objects.add(singular(word));
  }
  const counterpart = phraseHead(tokens, index, COUNTERPART);
  const scope = phraseHead(tokens, counterpart.next, SCOPE);
  return { objects, counterpart: counterpart.head, scope: scope.head };
}

/**
 * The phrase opened at `index` by one of `leads` ("to Sylvania", "over grain exports"): its last
 * content word, singular, and where it ends; no head, and `index` again, when no such phrase opens there.
 */
function phraseHead(
  tokens: { word: string }[],
  index: number,
  leads: ReadonlySet<string>,
): { head: string | null; next: number } {
  let head: string | null = null;
  if (index >= tokens.length || !leads.has(tokens[index].word)) return { head, next: index };
  for (index++; index < tokens.length; index++) {
    const word = tokens[index].word;
    if (PREPOSITIONS.has(word) || !/[\p{L}\p{N}]/u.test(word)) break;
    if (!OBJECT_FILLER.has(word)) head = singular(word);
  }
  return { head, next: index };
}

/** Whether a word occurs in a text as a whole word, any case. */
function mentions(text: string, word: string): boolean {
  return new RegExp(
    `(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s)?(?![\\p{L}])`,
    'iu',
  ).test(text);
}

/** A subject that is a name of its own ("Ruritania"), not a pronoun or the speaker's side. */
function namedSubject(stance: TopicStance): string | null {
  const subject = stance.subject;
  if (!subject || !/^\p{Lu}/u.test(subject)) return null;
  const lower = subject.toLowerCase();
  if (PRONOUNS.has(lower) || SELF_PRONOUNS.has(lower) || /^(?:our|my) /.test(lower)) return null;
  if (OWN_SIDE.has(lower.split(/\s+/).at(-1)!.replace(/s$/, ''))) return null;
  return subject;
}

/**
 * Whether two stances on one topic are different claims that only share a verb: another actor's
 * position ("Ruritania did not want talks" / "Freedonia is open to talks"), another counterpart ("no
 * sanctions on Ruritania" / "sanctions on Sylvania", "not negotiate with the rebels" / "negotiate with
 * Ruritania"), or another kind of weapon ("not send fighter jets" / "send artillery shells"). A word of
 * one found anywhere in the other statement joins them ("Ruritania's army" … "to Ruritania").
 */
function differentClaims(
  topic: string,
  a: Placed,
  before: TopicStance,
  b: Placed,
  after: TopicStance,
): boolean {
  const textA = a.record.quote.text;
  const textB = b.record.quote.text;
  const subjectA = namedSubject(before);
  const subjectB = namedSubject(after);
  if (subjectA && subjectB && !mentions(textB, subjectA) && !mentions(textA, subjectB)) return true;
  const actA = actOf(before, textA);
  const actB = actOf(after, textB);
  if (!actA || !actB) return false;
  if (
    actA.counterpart &&
    actB.counterpart &&
    actA.counterpart !== actB.counterpart &&
    !mentions(textB, actA.counterpart) &&
    !mentions(textA, actB.counterpart)
  )
    return true;
  // "would not negotiate with X" then "would negotiate with X over grain exports": a narrower act.
  if ((actA.scope === null) !== (actB.scope === null)) return true;
  if (actA.scope && actB.scope && actA.scope !== actB.scope && !mentions(textB, actA.scope)) return true;
  if (KINDED_TOPICS.has(topic) && actA.objects.size > 0 && actB.objects.size > 0) {
    const generic = [...actA.objects, ...actB.objects].some((word) => GENERIC_OBJECTS.has(word));
    const shared = [...actA.objects].some((word) => actB.objects.has(word));
    if (!generic && !shared) return true;
  }
  return false;
}

/**
 * A refusal said to hold only for a while ("not this year", "for now", "not yet", "at this stage"): it
 * leaves room for a later yes, as a condition does, so the yes is no turn.
 */
const FOR_A_WHILE =
  /\b(?:for now|for the (?:time being|moment)|at the moment|at (?:this|the present) (?:stage|point|time)|at present|currently|(?:not|n['’]t)(?:\s+\w+){0,5}\s+yet|this (?:year|month|week|winter|summer|spring|autumn|fall)|any ?time soon|in the (?:near|short) term|in the near future|(?:not|no) now|right now|during (?:the|this|a) (?:war|conflict|fighting)|while the (?:war|conflict|fighting) (?:is|lasts|continues|goes on|rages))\b/i;

/** Function words a condition shares with anything ("if", "the", "was"). */
const CONDITION_FILLER = new Set(
  `if unless when once after before until provided as long so the a an was were is are be been would will
  could should might may it its their there this that these those of to in on for with by and or not no`.split(
    /\s+/,
  ),
);

/** Whether a text speaks to a condition: shares one of its content words (singular, any case). */
function sharesContent(condition: string, text: string): boolean {
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .map(singular),
  );
  return condition
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 2 && !CONDITION_FILLER.has(word))
    .some((word) => words.has(singular(word)));
}

/** Words with which a statement marks itself as a change of mind. */
const CHANGE_MARKER =
  /\b(?:no longer|anymore\b|any more(?=\s*(?:[.,;:!?"”’)]|$))|revers(?:e|ed|es|ing)|u-turn|changed (?:my|his|her|our|their|its) (?:mind|position|stance|view))\b/i;

/** Predicates that carry no act of their own: a stance read through them comes from their complement. */
const LIGHT_PREDICATES = new Set(['be', 'have', 'do', 'get', 'make', ...MODAL_VERBS]);

/**
 * How sure a journalist could be that the two statements are one turn: the same act said both ways is
 * the clearest; a back-reference the reporter wrote beside the new position ("had previously said")
 * means the reporter saw the change; direct quotes are the person's own words; a topic of the lexicon
 * is a subject people argue about, a predicate-object key ("send-tank") only the same words twice.
 */
function confidenceOf(
  topic: string,
  earlier: Placed,
  before: TopicStance,
  later: Placed,
  after: TopicStance,
): number {
  let confidence = 0.5;
  if (before.predicate && before.predicate === after.predicate && !LIGHT_PREDICATES.has(before.predicate))
    confidence += 0.15;
  else confidence += 0.05;
  if (TOPIC_ACTIONS.has(topic)) confidence += 0.05;
  if (earlier.before || later.before) confidence += 0.05;
  if (earlier.before && earlier.record.articleId === later.record.articleId) confidence += 0.1;
  if (earlier.record.kind === 'direct') confidence += 0.05;
  if (later.record.kind === 'direct') confidence += 0.05;
  if (before.modality === 'possible' && after.modality === 'possible') confidence -= 0.1;
  // The later statement names the change itself ("would no longer send", "reversed", "a U-turn").
  if (CHANGE_MARKER.test(later.record.quote.text) || CHANGE_MARKER.test(later.record.cue?.text ?? ''))
    confidence += 0.05;
  // An institution speaks through many mouths; a role ("the Ukrainian president") resolved to its holder
  // is a person.
  const institution = (placed: Placed) => ['organization', 'group'].includes(placed.record.speaker.kind);
  if (institution(earlier) || institution(later)) confidence -= 0.15;
  // Long statements carry many claims: the stance read from one clause is less certain.
  const words = (text: string) => text.split(/\s+/).length;
  if (words(earlier.record.quote.text) > 45 || words(later.record.quote.text) > 45) confidence -= 0.1;
  // How sure the attribution itself is (a role-only mention, a pronoun far from its name).
  confidence *= 0.75 + 0.25 * Math.min(earlier.record.confidence ?? 1, later.record.confidence ?? 1);
  return Math.max(0, Math.min(1, Math.round(confidence * 100) / 100));
}

function evidence(placed: Placed): ShiftEvidence {
  const { record } = placed;
  return {
    statementId: record.id,
    articleId: record.articleId,
    text: record.quote.text,
    start: record.quote.start,
    end: record.quote.end,
    saidOn: record.saidOn,
    outlet: record.venue?.text ?? record.outlet,
    kind: record.kind,
  };
}

/** The reference date a report's "before" hangs on: the day the statement was said, else published. */
function referenceDate(record: StatementRecord): string {
  return (
    (record.saidOn?.basis === 'before' ? '' : record.saidOn?.from || record.saidOn?.to) ||
    record.published ||
    ''
  );
}

/** When a former position was held: before the day of the statement the report sets it beside. */
function beforeOf(record: StatementRecord, text: string): SaidOn | null {
  const reference = referenceDate(record);
  return reference ? { from: '', to: reference, text, basis: 'before' } : null;
}

/**
 * The former position a report states beside a statement ("X, who had opposed sending tanks, now says"),
 * as a statement of its own: the reporter's words as evidence, dated before the statement.
 */
function statedFormer(placed: Placed): Placed | null {
  const change = placed.frame.change;
  if (!change || change.kind !== 'former' || !change.former) return null;
  const record: StatementRecord = {
    ...placed.record,
    kind: 'indirect',
    quote: { start: change.start, end: change.end, text: change.text },
    parts: undefined,
    cue: null,
    saidOn: beforeOf(placed.record, change.text),
    frame: frameText(change.former),
  };
  return { record, frame: record.frame!, day: saidDay(record), before: true, reported: true };
}

/** "no longer" in the speaker's own words about the topic ("would no longer block sanctions"). */
/** "any more" as an adverb only ("not … any more."), not a determiner ("any more sanctions"). */
const NO_LONGER = /\b(?:no longer|anymore\b|any more(?=\s*(?:[.,;:!?"”’)]|$)))/i;
/** A turn the speaker names before the new act: "could reverse its course and impose sanctions". */
const OWN_TURN =
  /\b(?:revers(?:e|ed|es|ing)|chang(?:e|ed|es|ing)) (?:its|our|my|his|her|their|the) (?:course|position|stance|policy|decision|mind) (?:and|to) /i;

/**
 * Whether a clause's subject is the speaker: none, "I"/"we"/"our government", "he"/"she" in reported
 * speech, or their name (stricter than mayBeOwnPosition: a turn is only the speaker's own).
 */
function ownSubject(subject: string | null, record: StatementRecord): boolean {
  if (subject === null) return true;
  const word = subject.toLowerCase();
  if (word === 'i' || word === 'we' || /^(?:our|my) /.test(word)) return true;
  if ((word === 'he' || word === 'she') && record.kind !== 'direct') return true;
  const name = record.speaker.name.toLowerCase().split(/[^\p{L}]+/u);
  return word.split(/\s+/).every((part) => name.includes(part));
}

/** The statement's own words for a turn, and its frame read without them. */
function ownTurn(placed: Placed): { change: ReportedChange; frame: ClaimFrame } | null {
  const { quote } = placed.record;
  const turn = OWN_TURN.exec(quote.text);
  if (turn) {
    const words = turn[0].replace(/ (?:and|to) $/i, '');
    const start = quote.start + turn.index;
    return {
      change: { kind: 'reversal', text: words, start, end: start + words.length },
      // "Belgrade could reverse its course and impose sanctions" says "Belgrade could impose sanctions".
      frame: frameText(quote.text.slice(0, turn.index) + quote.text.slice(turn.index + turn[0].length)),
    };
  }
  const own = NO_LONGER.exec(quote.text);
  if (!own) return null;
  const start = quote.start + own.index;
  return {
    change: { kind: 'reversal', text: own[0], start, end: start + own[0].length },
    frame: placed.frame,
  };
}

/**
 * A shift the report states without the old words: "In a U-turn, X said …", "X reversed course and said
 * …", "X softened her stance, saying …", or the speaker's own "no longer". Read only from a statement on
 * one topic of the lexicon, so the turn cannot be pinned on the wrong subject; softening must end on a
 * yes, hardening on a no.
 */
function impliedShift(placed: Placed): Shift | null {
  const own = placed.frame.change ? null : ownTurn(placed);
  const change = placed.frame.change ?? own?.change;
  const frame = own?.frame ?? placed.frame;
  if (!change) return null;
  const topics = [
    ...new Set(
      (frame.stances ?? [])
        .filter((item) => item.stance !== 0 && item.position !== false)
        .map((item) => item.topic),
    ),
  ];
  if (topics.length !== 1 || !TOPIC_ACTIONS.has(topics[0])) return null;
  const topic = topics[0];
  const after = stanceOn(frame, topic);
  if (!after) return null;
  // "no longer" must bear on the topic's own clause ("would no longer block sanctions").
  if (own && own.frame === placed.frame && !NO_LONGER.test(after.phrase)) return null;
  const { record } = placed;
  // In the speaker's own words the turn must be the speaker's: "we will no longer block sanctions", not
  // "Russia no longer wants talks".
  if (own && !ownSubject(after.subject, record)) return null;
  const ownWords = own !== null;
  if (change.kind === 'former') return null;
  if (change.kind === 'softening' && after.stance !== 1) return null;
  if (change.kind === 'hardening' && after.stance !== -1) return null;
  const relation: ShiftRelation =
    change.kind === 'softening' && after.modality === 'possible' ? 'modality' : 'polarity';
  const institution = ['organization', 'group'].includes(record.speaker.kind);
  let confidence = change.kind === 'reversal' ? 0.65 : 0.6;
  if (record.kind === 'direct') confidence += 0.05;
  if (institution) confidence -= 0.15;
  if (record.quote.text.split(/\s+/).length > 45) confidence -= 0.1;
  confidence *= 0.75 + 0.25 * (record.confidence ?? 1);
  confidence = Math.max(0, Math.min(1, Math.round(confidence * 100) / 100));
  const turn = { reversal: 'turned round', softening: 'softened', hardening: 'hardened' }[change.kind];
  const earlier: ShiftEvidence = {
    statementId: record.id,
    articleId: record.articleId,
    text: change.text,
    start: change.start,
    end: change.end,
    saidOn: beforeOf(record, change.text),
    outlet: record.venue?.text ?? record.outlet,
    kind: record.kind,
  };
  const personId = record.personId ?? record.speaker.name;
  const laterSubject = after.subject !== null && !PRONOUNS.has(after.subject.toLowerCase());
  return {
    id: `shift-${hash(`${personId}|${topic}|${record.id}|${change.text}`)}`,
    personId,
    personName: record.speaker.name,
    topic,
    earlier,
    later: evidence(placed),
    relation,
    confidence,
    reason: `${turn}, ${ownWords ? 'in their own words' : 'as reported'}: "${change.text}" (${[formatSaidOn(earlier.saidOn, record.published), record.outlet].filter(Boolean).join(', ')}); now ${describe(after, laterSubject)} (${where(placed)})`,
  };
}

/** FNV-1a, for stable shift ids without pulling in crypto. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(16).padStart(8, '0');
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Position shifts of ONE person: for each topic, their statements in the order said; where the stance
 * turns (polarity reversed, "never" become "might", a condition appearing with the turn), one shift
 * between the last statement of the old stance and the first of the new. Statements of one article are
 * compared only when one is a back-reference ("previously said"). Precision before recall: a topic
 * whose stance cannot be read, or that a statement both affirms and denies, yields nothing.
 */
export function detectShifts(statements: StatementRecord[], options: DetectShiftsOptions = {}): Shift[] {
  const minConfidence = options.minConfidence ?? 0.5;
  const own = statements.map(place).filter((item): item is Placed => item !== null);
  const formers = own.map(statedFormer).filter((item): item is Placed => item !== null);
  // The report's former position replaces what extraction made of the same words ("who had opposed
  // sending tanks, now says …" read as one back-reference).
  const placed = [
    ...own.filter(
      (item) =>
        !formers.some(
          (former) =>
            former.record.articleId === item.record.articleId &&
            item.before &&
            item.record.cue !== null &&
            item.record.cue.start >= former.record.quote.start &&
            item.record.cue.start < former.record.quote.end,
        ),
    ),
    ...formers,
  ];
  const topics = new Set(placed.flatMap((item) => (item.frame.stances ?? []).map((stance) => stance.topic)));
  const shifts: Shift[] = [];
  for (const topic of [...topics].sort()) {
    const onTopic = placed
      .map((item) => ({ item, stance: stanceOn(item.frame, topic) }))
      .filter((entry): entry is { item: Placed; stance: TopicStance } => entry.stance !== null)
      // "the report did not rule out …", "Japan has failed to open …": a position of someone else
      .filter((entry) => mayBeOwnPosition(entry.stance, entry.item.record));
    if (onTopic.length < 2) continue;
    const seen = new Set<string>();
    for (const later of onTopic) {
      // The most recent earlier statement on the topic decides whether `later` is a turn.
      // Of statements made the same day (one occasion: "said on Tuesday …" then "… told reporters"), the
      // one about the same act as `later`, else the last one said.
      let previous: { item: Placed; stance: TopicStance } | null = null;
      const dayOf = (entry: { item: Placed }) => entry.item.day ?? -Infinity;
      const sameAct = (entry: { item: Placed; stance: TopicStance }) =>
        samePredicate(topic, entry.stance, later.stance, entry.item.reported);
      const saidAfter = (a: { item: Placed }, b: { item: Placed }) =>
        a.item.record.articleId === b.item.record.articleId &&
        a.item.record.quote.start > b.item.record.quote.start;
      for (const candidate of onTopic) {
        if (candidate === later) continue;
        if (normalise(candidate.item.record.quote.text) === normalise(later.item.record.quote.text)) continue;
        if (isEarlier(candidate.item, later.item) !== true) continue;
        if (
          !previous ||
          dayOf(candidate) > dayOf(previous) ||
          (dayOf(candidate) === dayOf(previous) &&
            (sameAct(candidate) !== sameAct(previous) ? sameAct(candidate) : saidAfter(candidate, previous)))
        )
          previous = candidate;
      }
      if (!previous || previous.stance.stance === later.stance.stance) continue;
      // The same act both times ("would not cede" / "might cede", "rule out sending" / "will send"):
      // different verbs ("lift sanctions on citizens" / "want sanctions on Russia") are different claims.
      if (!samePredicate(topic, previous.stance, later.stance, previous.item.reported)) continue;
      // "The more such cases appear, there will be no talks": a condition in comparative form.
      if (CORRELATIVE.test(previous.item.record.quote.text) || CORRELATIVE.test(later.item.record.quote.text))
        continue;
      // "by force" against no means said: ruling out one way is not ruling out the end.
      if (MEANS.test(previous.item.record.quote.text) !== MEANS.test(later.item.record.quote.text)) continue;
      // "would not send tanks this year" then "would send tanks next year": the no was for a while.
      if (previous.stance.stance < 0 && FOR_A_WHILE.test(previous.item.record.quote.text)) continue;
      // "would send tanks if the border was attacked" then "would not send tanks": the yes waited on a
      // condition the no does not speak to (Hawke's "although disarray within the opposition …" does).
      if (
        previous.stance.stance > 0 &&
        later.stance.stance < 0 &&
        previous.stance.conditions.length > 0 &&
        !previous.stance.conditions.some((condition) =>
          sharesContent(condition, later.item.record.quote.text),
        )
      )
        continue;
      // Another actor, counterpart or kind of weapon: the same verb, a different claim.
      if (differentClaims(topic, previous.item, previous.stance, later.item, later.stance)) continue;
      const key = `${previous.item.record.id}|${later.item.record.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const confidence = confidenceOf(topic, previous.item, previous.stance, later.item, later.stance);
      if (confidence < minConfidence) continue;
      const record = later.item.record;
      const personId = record.personId ?? record.speaker.name;
      shifts.push({
        id: `shift-${hash(`${personId}|${topic}|${key}`)}`,
        personId,
        personName: record.speaker.name,
        topic,
        earlier: evidence(previous.item),
        later: evidence(later.item),
        relation: relationOf(previous.stance, later.stance),
        confidence,
        reason: reasonOf(previous.item, previous.stance, later.item, later.stance),
      });
    }
  }
  for (const item of own) {
    const shift = impliedShift(item);
    if (!shift || shift.confidence < minConfidence) continue;
    // Two statements already show this turn: the report's word for it adds no second shift.
    if (
      shifts.some(
        (found) => found.later.statementId === shift.later.statementId && found.topic === shift.topic,
      )
    )
      continue;
    shifts.push(shift);
  }
  return shifts.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}
