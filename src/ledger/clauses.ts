import { joinTokens, type Token } from './tokenize.js';

/** One clause of a statement, read for its predicate, polarity, modality and conditions. */
export interface Clause {
  tokenIndexes: number[];
  /** Tokens inside a condition ("if …", "in exchange for …"): not part of the claim itself. */
  conditionIndexes: Set<number>;
  conditions: string[];
  /** The main verb after control verbs are looked through ("refused to give up" → "give"). */
  predicateIndex: number | null;
  /** Where the verb group (modal, negation, control verbs) starts, for readable phrases. */
  verbStart: number | null;
  positive: boolean;
  modality: 'categorical' | 'possible' | 'none';
  hedges: string[];
  /** Lemmas of the control verbs looked through ("refuse", "want", "rule"). */
  controls: string[];
}

const BREAKERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'because', 'however', 'yet']);
const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN']);
const SUBJECT_FILLER_POS = new Set(['DET', 'ADJ', 'NUM']);

/** Multi-word condition markers first, so "only if" wins over "if". */
const CONDITION_MARKERS: string[][] = [
  ['in', 'exchange', 'for'],
  ['in', 'return', 'for'],
  ['on', 'condition', 'that'],
  ['on', 'the', 'condition', 'that'],
  ['as', 'long', 'as'],
  ['provided', 'that'],
  ['providing', 'that'],
  ['only', 'if'],
  ['if'],
  ['unless'],
  ['provided'],
  ['until'],
  ['after'],
  ['once'],
];
const CONDITION_STARTERS = new Set(CONDITION_MARKERS.map((marker) => marker[0]));

const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'cannot',
  'unwilling',
  'unable',
  'noone',
]);
/** Control verbs whose complement is denied ("refused to cede"). */
const NEGATIVE_CONTROL = new Set(['refuse', 'decline', 'fail', 'reject', 'cease']);
/** Verbs that block their object from the complement ("stop Ukraine from joining"). */
const BLOCKERS = new Set([
  'stop',
  'prevent',
  'bar',
  'block',
  'keep',
  'prohibit',
  'ban',
  'discourage',
  'preclude',
]);
/** Verbs taking an -ing complement; the first set denies it ("ruled out ceding"). */
const NEGATIVE_GERUND = new Set(['rule', 'avoid', 'stop', 'quit', 'resist', 'oppose', 'reject', 'deny']);
const GERUND_NOUNS = new Set(['possibility', 'idea', 'option', 'prospect', 'notion', 'chance']);
const GERUND_CONTROL = new Set([
  ...NEGATIVE_GERUND,
  'consider',
  'continue',
  'start',
  'begin',
  'keep',
  'support',
  'favor',
  'favour',
  'discuss',
]);
const CONTROL = new Set([
  ...NEGATIVE_CONTROL,
  'want',
  'wish',
  'plan',
  'intend',
  'try',
  'seek',
  'hope',
  'need',
  'agree',
  'decide',
  'promise',
  'vow',
  'pledge',
  'threaten',
  'aim',
  'expect',
  'continue',
  'start',
  'begin',
  'prepare',
  'offer',
  'prefer',
  'have',
  'be',
  'get',
  'consider',
  'choose',
  'attempt',
  'strive',
  'resolve',
  'move',
  'propose',
]);
/** Nouns and adjectives that pass control on ("no plans to invade", "willing to cede"). */
const CONTROL_LINKS = new Set([
  'plan',
  'plans',
  'intention',
  'intent',
  'desire',
  'right',
  'willing',
  'ready',
  'prepared',
  'able',
  'unwilling',
  'unable',
  'determined',
  'eager',
  'keen',
  'reluctant',
  'open',
  'going',
  'about',
  'likely',
  'set',
  'no',
  'not',
  'any',
  'the',
  'a',
  'an',
]);
const POSSIBLE = new Set([
  'might',
  'may',
  'could',
  'possibly',
  'perhaps',
  'maybe',
  'willing',
  'potentially',
  'consider',
  'open',
]);
const CATEGORICAL = new Set(['will', 'shall', 'must', 'cannot', 'never', 'would', 'wo', "won't"]);

const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'must',
  'should',
  'may',
  'might',
  'shall',
  'wo',
  'ca',
]);

function hasVerbBefore(tokens: Token[], indexes: number[]): boolean {
  return indexes.some((index) => tokens[index].pos === 'VERB' || tokens[index].pos === 'AUX');
}

function startsClause(tokens: Token[], from: number, end: number): boolean {
  let sawSubject = false;
  for (let index = from; index < Math.min(end, from + 6); index++) {
    const token = tokens[index];
    if (SUBJECT_POS.has(token.pos)) sawSubject = true;
    else if (SUBJECT_FILLER_POS.has(token.pos)) continue;
    else return sawSubject && (token.pos === 'AUX' || token.pos === 'VERB');
  }
  return false;
}

function conditionMarkerAt(tokens: Token[], index: number, end: number): number {
  if (!CONDITION_STARTERS.has(tokens[index].lower)) return 0;
  for (const marker of CONDITION_MARKERS) {
    if (index + marker.length > end) continue;
    if (marker.every((word, offset) => tokens[index + offset].lower === word)) return marker.length;
  }
  return 0;
}

/** Token index lists, one per clause: sentences, split at ";", contrast words and "and" + a new subject. */
export function splitClauses(tokens: Token[]): number[][] {
  const clauses: number[][] = [];
  let current: number[] = [];
  const flush = () => {
    if (current.some((index) => tokens[index].pos !== 'PUNCT')) clauses.push(current);
    current = [];
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (index > 0 && token.sentence !== tokens[index - 1].sentence) flush();
    if ([';', ':', '—', '–'].includes(token.text)) {
      flush();
      continue;
    }
    const next = tokens[index + 1];
    if (BREAKERS.has(token.lower) && current.length > 0) flush();
    else if (
      ['and', 'but'].includes(token.lower) &&
      next &&
      current.length > 0 &&
      (MODALS.has(next.lower) || (next.pos === 'VERB' && hasVerbBefore(tokens, current)))
    ) {
      // "…will not be recognized and will complicate talks": a second verb phrase, its own polarity.
      flush();
      continue;
    } else if (['and', 'or', ','].includes(token.lower) && startsClause(tokens, index + 1, tokens.length)) {
      const openedWithCondition =
        current.length > 0 && conditionMarkerAt(tokens, current[0], tokens.length) > 0;
      if (!(token.text === ',' && openedWithCondition)) {
        flush();
        continue;
      }
    }
    current.push(index);
  }
  flush();
  return clauses;
}

function isNegator(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!NEGATORS.has(token.lower)) return false;
  const next = tokens[index + 1];
  if (
    token.lower === 'no' &&
    next &&
    (next.text === '-' || next.lower === 'fly' || next.lower === 'doubt' || next.lower === 'longer')
  ) {
    return next.lower === 'longer';
  }
  if (token.lower === 'not' && next && next.lower === 'only') return false;
  if (token.lower === 'nothing' && next && next.lower === 'but') return false;
  return true;
}

/** Reads predicate, polarity, modality, hedges and conditions of one clause. */
export function readClause(tokens: Token[], indexes: number[]): Clause {
  const conditionIndexes = new Set<number>();
  const conditions: string[] = [];
  for (let position = 0; position < indexes.length; position++) {
    const length = conditionMarkerAt(tokens, indexes[position], tokens.length);
    if (length === 0) continue;
    const span: number[] = [];
    let cursor = position;
    for (; cursor < indexes.length; cursor++) {
      if (cursor >= position + length && tokens[indexes[cursor]].text === ',') break;
      span.push(indexes[cursor]);
    }
    span.forEach((index) => conditionIndexes.add(index));
    conditions.push(joinTokens(span.map((index) => tokens[index])).replace(/[\s.,;:!?"'”’]+$/u, ''));
    position = cursor;
  }
  const main = indexes.filter((index) => !conditionIndexes.has(index));
  const inMain = new Set(main);

  let flips = 0;
  let predicateIndex: number | null = null;
  for (const index of main) {
    const token = tokens[index];
    const previous = tokens[index - 1];
    // "Russian-occupied portions": a participle used as an adjective is not the predicate.
    if (token.pos === 'VERB' && !(previous && previous.text === '-')) {
      predicateIndex = index;
      break;
    }
  }
  if (predicateIndex === null) predicateIndex = main.find((index) => tokens[index].pos === 'AUX') ?? null;

  // Look through control verbs to the verb that carries the claim.
  const controlled = new Set<number>();
  for (let step = 0; step < 4 && predicateIndex !== null; step++) {
    const predicate = tokens[predicateIndex];
    let next: number | null = null;
    let negate = false;
    if (CONTROL.has(predicate.lemma) || CONTROL_LINKS.has(predicate.lower)) {
      for (let cursor = predicateIndex + 1; cursor < predicateIndex + 6 && inMain.has(cursor); cursor++) {
        const token = tokens[cursor];
        if (token.lower === 'to' && tokens[cursor + 1] && inMain.has(cursor + 1)) {
          const after = tokens[cursor + 1].pos === 'ADV' ? cursor + 2 : cursor + 1;
          if (
            tokens[after] &&
            inMain.has(after) &&
            (tokens[after].pos === 'VERB' || tokens[after].pos === 'AUX')
          )
            next = after;
          break;
        }
        if (!(CONTROL_LINKS.has(token.lower) || token.pos === 'ADV' || token.pos === 'AUX')) break;
      }
      if (next !== null && NEGATIVE_CONTROL.has(predicate.lemma)) negate = true;
    }
    if (next === null && BLOCKERS.has(predicate.lemma)) {
      for (let cursor = predicateIndex + 1; cursor < predicateIndex + 8 && inMain.has(cursor); cursor++) {
        if (tokens[cursor].lower === 'from' && tokens[cursor + 1]?.pos === 'VERB' && inMain.has(cursor + 1)) {
          next = cursor + 1;
          negate = true;
          break;
        }
      }
    }
    if (next === null && GERUND_CONTROL.has(predicate.lemma)) {
      let cursor = predicateIndex + 1;
      if (tokens[cursor]?.lower === 'out') cursor++;
      // "ruled out the possibility of sending troops": look through the noun to its gerund.
      if (
        ['the', 'any'].includes(tokens[cursor]?.lower) &&
        GERUND_NOUNS.has(tokens[cursor + 1]?.lemma) &&
        tokens[cursor + 2]?.lower === 'of'
      ) {
        cursor += 3;
      }
      const token = tokens[cursor];
      if (
        token &&
        inMain.has(cursor) &&
        ['VERB', 'NOUN'].includes(token.pos) &&
        token.lower.endsWith('ing')
      ) {
        next = cursor;
        negate = NEGATIVE_GERUND.has(predicate.lemma);
      }
    }
    if (next === null) break;
    if (negate) flips++;
    controlled.add(predicateIndex);
    predicateIndex = next;
  }

  // Negation counts up to the predicate's object ("cede nothing"), not in an afterthought
  // ("…give up our land, not one inch"), which repeats the claim rather than reversing it.
  let negationEnd = Infinity;
  if (predicateIndex !== null) {
    negationEnd = predicateIndex + 3;
    for (let cursor = predicateIndex + 1; cursor <= predicateIndex + 3; cursor++) {
      if (tokens[cursor]?.pos === 'PUNCT') {
        negationEnd = cursor;
        break;
      }
    }
  }
  for (const index of main) if (index <= negationEnd && isNegator(tokens, index)) flips++;

  const hedges: string[] = [];
  let categorical = false;
  const limit = predicateIndex ?? Infinity;
  for (const index of main) {
    if (index > limit) break;
    const token = tokens[index];
    const negatedNext = tokens[index + 1] && isNegator(tokens, index + 1);
    if (token.lower === 'could' && negatedNext) categorical = true;
    else if (token.lower === 'can' && negatedNext) categorical = true;
    else if (POSSIBLE.has(token.lower) || (POSSIBLE.has(token.lemma) && controlled.has(index))) {
      if (!hedges.includes(token.lower)) hedges.push(token.lower);
    } else if (
      CATEGORICAL.has(token.lower) ||
      (token.lemma === 'have' && tokens[index + 1]?.lower === 'to')
    ) {
      categorical = true;
    }
  }
  // "did not rule out sending troops", "would not rule out talks": a denied denial is an opening, not a
  // commitment, whether it rules out a gerund or a noun.
  const rulings =
    predicateIndex !== null && tokens[predicateIndex + 1]?.lower === 'out' ? [predicateIndex] : [];
  for (const index of [...controlled, ...rulings]) {
    if (tokens[index].lemma === 'rule' && main.some((other) => other < index && isNegator(tokens, other))) {
      if (!hedges.includes('not rule out')) hedges.push('not rule out');
    }
  }
  const modality = hedges.length > 0 ? 'possible' : categorical ? 'categorical' : 'none';

  // The verb group: back from the predicate over auxiliaries, negation, adverbs and control words.
  let verbStart = predicateIndex;
  if (predicateIndex !== null) {
    // From the first verb of the control chain ("would not rule out … sending").
    verbStart = Math.min(predicateIndex, ...controlled);
    for (let cursor = verbStart - 1; cursor >= 0 && inMain.has(cursor); cursor--) {
      const token = tokens[cursor];
      const part =
        ['AUX', 'PART', 'ADV'].includes(token.pos) ||
        controlled.has(cursor) ||
        CONTROL_LINKS.has(token.lower) ||
        isNegator(tokens, cursor) ||
        token.lower === 'to';
      if (!part) break;
      verbStart = cursor;
    }
  }

  return {
    tokenIndexes: indexes,
    conditionIndexes,
    conditions,
    predicateIndex,
    verbStart,
    positive: flips % 2 === 0,
    modality,
    hedges,
    controls: [...controlled].sort((x, y) => x - y).map((index) => tokens[index].lemma),
  };
}
