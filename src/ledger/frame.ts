import type { ClaimFrame, TopicStance } from '../model/ledger.js';
import type { Statement } from '../model/statement.js';
import { readClause, splitClauses, type Clause } from './clauses.js';
import type { WinkReading } from '../extract/analyse.js';
import { joinTokens, type MappedText, readingTokens, tokenize, type Token } from './tokenize.js';
import { readReportedChange } from './reported-change.js';
import { matchTopics } from './topics.js';

/** Predicates whose plain use favours what their object names ("support sanctions", "join NATO"). */
const FAVOUR = new Set([
  'support',
  'back',
  'favour',
  'favor',
  'want',
  'seek',
  'call',
  'push',
  'join',
  'become',
  'grant',
  'offer',
  'accept',
  'agree',
  'allow',
  'approve',
  'introduce',
  'impose',
  'extend',
  'increase',
  'tighten',
  'expand',
  'send',
  'supply',
  'provide',
  'deliver',
  'resume',
  'continue',
  'open',
  'launch',
  'sign',
  'begin',
  'start',
  'hold',
  'welcome',
  'admit',
  'invite',
  'require',
  'need',
  'demand',
  'propose',
  'consider',
  'use',
  'deploy',
  'restore',
  'renew',
  'endorse',
  'guarantee',
  'include',
  'ensure',
  'achieve',
  'reach',
  'discuss',
  'pursue',
]);

/** Predicates whose plain use goes against what their object names ("lift sanctions", "reject talks"). */
const OPPOSE = new Set([
  'oppose',
  'reject',
  'refuse',
  'block',
  'veto',
  'ban',
  'prohibit',
  'lift',
  'end',
  'halt',
  'suspend',
  'cancel',
  'abandon',
  'exit',
  'leave',
  'reduce',
  'cut',
  'abolish',
  'renounce',
  'drop',
  'ease',
  'scrap',
  'quit',
  'withdraw',
  'exclude',
  'condemn',
  'violate',
  'break',
  'undermine',
  'postpone',
  'delay',
]);

/** Verbs whose subject is the topic and says it should last ("sanctions must stay") or not. */
const SUBJECT_FAVOUR = new Set(['stay', 'remain', 'continue', 'persist', 'hold']);
const SUBJECT_OPPOSE = new Set(['end', 'expire', 'stop', 'collapse', 'fail']);

/** Adjectives that carry a stance when the predicate is a copula ("a ceasefire is impossible"). */
const FAVOUR_ADJECTIVES = new Set([
  'possible',
  'necessary',
  'needed',
  'required',
  'essential',
  'important',
  'ready',
  'vital',
  'inevitable',
  'open',
  'welcome',
]);
const OPPOSE_ADJECTIVES = new Set([
  'impossible',
  'unacceptable',
  'unrealistic',
  'premature',
  'pointless',
  'meaningless',
  'off',
]);

/** Verbs that state a position by themselves ("we support", "they reject"). */
const STANCE_VERBS = new Set([
  'support',
  'oppose',
  'reject',
  'back',
  'favour',
  'favor',
  'want',
  'demand',
  'call',
  'urge',
  'propose',
  'endorse',
  'welcome',
  'condemn',
  'refuse',
  'veto',
  'block',
  'rule',
  'exclude',
  'insist',
  'need',
  'seek',
  'vow',
  'promise',
  'pledge',
  'intend',
  'plan',
  'agree',
]);
/** Adjectives and nouns of willingness, readiness or refusal ("ready to", "no plans to"). */
const STANCE_WORDS = new Set([
  'ready',
  'willing',
  'unwilling',
  'prepared',
  'determined',
  'open',
  'plan',
  'plans',
  'intention',
  'necessary',
  'impossible',
  'unacceptable',
  'required',
  'needed',
]);

/** Whether a clause states a position rather than reports what happened. */
function statesPosition(clause: Clause, tokens: Token[]): boolean {
  if (clause.modality !== 'none' || clause.hedges.length > 0) return true;
  if (findIdiom(clause, tokens, -1)) return true;
  if (clause.controls.some((lemma) => STANCE_VERBS.has(lemma) || lemma === 'be' || lemma === 'have'))
    return true;
  const predicate = clause.predicateIndex === null ? null : tokens[clause.predicateIndex];
  if (predicate && STANCE_VERBS.has(predicate.lemma)) return true;
  return clause.tokenIndexes.some((index) => STANCE_WORDS.has(tokens[index].lower));
}

/** Verbs too general to name a topic with their object ("have a plan", "make progress"). */
const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'make',
  'get',
  'go',
  'take',
  'come',
  'see',
  'know',
  'think',
  'say',
  'tell',
  'want',
  'need',
  'let',
  'put',
  'keep',
  'give',
  'show',
  'find',
  'seem',
  'become',
  'happen',
  'try',
  'ask',
  'use',
  'believe',
  'hope',
  'mean',
  'continue',
  'remain',
  'look',
  'work',
  'call',
  'help',
]);

/**
 * A topic from the frame itself when the lexicon names none: predicate + object head ("send-tank",
 * "recognise-referendum"), only for clauses that state a position, so one person saying "will send
 * tanks" and later "will not send tanks" can be compared.
 */
function genericTopic(clause: Clause, tokens: Token[]): { key: string; objectIndex: number } | null {
  const index = clause.predicateIndex;
  if (index === null || tokens[index].pos !== 'VERB' || LIGHT_VERBS.has(tokens[index].lemma)) return null;
  if (clause.modality === 'none' && clause.hedges.length === 0 && clause.controls.length === 0) return null;
  for (let cursor = index + 1; cursor <= index + 4 && clause.tokenIndexes.includes(cursor); cursor++) {
    const token = tokens[cursor];
    if (
      clause.conditionIndexes.has(cursor) ||
      token.pos === 'ADP' ||
      token.pos === 'PUNCT' ||
      token.pos === 'VERB'
    ) {
      return null;
    }
    if (token.pos === 'NOUN' && /^[a-z]{3,}$/.test(token.lemma)) {
      return { key: `${tokens[index].lemma}-${token.lemma}`, objectIndex: cursor };
    }
  }
  return null;
}

/**
 * `mapped` with every match of `pattern` (global) replaced by the characters of the match that `keep`
 * lists (indexes into the match) and then `insert`, each keeping its origin (an inserted space has none).
 */
function replaceMapped(
  mapped: MappedText,
  pattern: RegExp,
  keep: (match: RegExpExecArray) => { kept: number[]; insert?: string },
): MappedText {
  pattern.lastIndex = 0;
  let match = pattern.exec(mapped.text);
  if (match === null) return mapped;
  let text = '';
  const origins: number[] = [];
  let from = 0;
  while (match !== null) {
    text += mapped.text.slice(from, match.index);
    for (let at = from; at < match.index; at++) origins.push(mapped.origins[at]);
    const { kept, insert } = keep(match);
    for (const index of kept) {
      text += match[0][index];
      origins.push(mapped.origins[match.index + index]);
    }
    if (insert !== undefined) {
      text += insert;
      for (let k = 0; k < insert.length; k++) origins.push(-1);
    }
    from = match.index + match[0].length;
    if (match[0].length === 0) pattern.lastIndex++;
    match = pattern.exec(mapped.text);
  }
  text += mapped.text.slice(from);
  for (let at = from; at < mapped.text.length; at++) origins.push(mapped.origins[at]);
  return { text, origins };
}

const LINE_BREAK_RUN = /\s*\n\s*/g;
const QUOTE_EDGE_START = /^[\s"'“”‘’«»]+/;
const QUOTE_EDGE_END = /[\s"'“”‘’«»]+$/;
const BRACKETED = /\[([^\]]*)\]/g;
const SCARE_QUOTE = /(^|\s)["“”](?=\S)|(?<=\S)["“”](?=[\s,.;:!?]|$)/gu;

/**
 * Strips the quotation marks of a direct quote and the brackets editors add ("[let]"), keeping where each
 * remaining character came from; `cleanQuote` is its text.
 */
export function cleanContent(content: MappedText): MappedText {
  // a quote run over hard-wrapped lines reads as one line
  let mapped = replaceMapped(content, LINE_BREAK_RUN, () => ({ kept: [], insert: ' ' }));
  const start = QUOTE_EDGE_START.exec(mapped.text)?.[0].length ?? 0;
  const end =
    start === mapped.text.length ? start : (QUOTE_EDGE_END.exec(mapped.text)?.index ?? mapped.text.length);
  if (start > 0 || end < mapped.text.length) {
    mapped = { text: mapped.text.slice(start, end), origins: mapped.origins.slice(start, end) };
  }
  mapped = replaceMapped(mapped, BRACKETED, (match) => ({
    kept: Array.from({ length: match[0].length - 2 }, (_, index) => index + 1),
  }));
  // Scare quotes inside a statement ('would "not rule out"') only get in the way of the grammar.
  return replaceMapped(mapped, SCARE_QUOTE, (match) => ({ kept: match[1] ? [0] : [] }));
}

/** A span of the article as a mapped text. */
function mappedSpan(text: string, span: { start: number; end: number }): MappedText {
  const origins = new Array<number>(span.end - span.start);
  for (let index = 0; index < origins.length; index++) origins[index] = span.start + index;
  return { text: text.slice(span.start, span.end), origins };
}

/** Strips the quotation marks of a direct quote and the brackets editors add ("[let]"). */
function cleanQuote(text: string): string {
  return cleanContent(mappedSpan(text, { start: 0, end: text.length })).text;
}

const BE_FORMS = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'get', 'got']);

/** Idioms that judge what they follow: "talks are off the table", "a ceasefire is out of the question". */
const VERDICT_IDIOMS: [string[], 1 | -1][] = [
  [['off', 'the', 'table'], -1],
  [['out', 'of', 'the', 'question'], -1],
  [['on', 'the', 'table'], 1],
];
const LOCAL_NEGATORS = new Set(['not', "n't", 'never', 'no', 'longer']);

/** Where a verdict idiom lies in the clause after `from`: its last token and its verdict, negation right before it included. */
function findIdiom(clause: Clause, tokens: Token[], from: number): { end: number; verdict: 1 | -1 } | null {
  const indexes = clause.tokenIndexes.filter((index) => index > from);
  for (let at = 0; at < indexes.length; at++) {
    for (const [words, verdict] of VERDICT_IDIOMS) {
      if (!words.every((word, offset) => tokens[indexes[at + offset]]?.lower === word)) continue;
      const before = indexes.slice(Math.max(0, at - 3), at).map((index) => tokens[index].lower);
      const negated = before.some((word) => LOCAL_NEGATORS.has(word));
      return { end: indexes[at + words.length - 1], verdict: (negated ? -verdict : verdict) as 1 | -1 };
    }
  }
  return null;
}

function idiomVerdict(clause: Clause, tokens: Token[], topicStart: number): 1 | -1 | 0 {
  return findIdiom(clause, tokens, topicStart)?.verdict ?? 0;
}

/**
 * The stance a clause takes on a topic, and whether it is a verdict on the topic itself (a copula
 * adjective, an idiom, "there will be no …") rather than an act done to it.
 */
function stanceOf(
  clause: Clause,
  tokens: Token[],
  topicStart: number,
  actionHit: boolean,
): { stance: TopicStance['stance']; verdict: boolean } {
  const idiom = idiomVerdict(clause, tokens, topicStart);
  if (idiom !== 0) return { stance: idiom, verdict: true };
  const predicateIndex = clause.predicateIndex;
  const predicate = predicateIndex === null ? null : tokens[predicateIndex];
  // A participle after a determiner modifies a noun ("the negotiating table"): no act of the clause.
  if (
    predicate &&
    predicateIndex !== null &&
    predicate.pos === 'VERB' &&
    predicateIndex > 0 &&
    tokens[predicateIndex - 1].pos === 'DET'
  ) {
    return { stance: 0, verdict: false };
  }
  let verdict = false;
  // A topic before its verb is the subject: a verb's valence reaches it only in the passive
  // ("sanctions will be lifted"), not in the active ("NATO membership could end the war").
  const passive =
    predicateIndex !== null && predicateIndex > 0 && BE_FORMS.has(tokens[predicateIndex - 1].lemma);
  // The verb's valence reaches its object, not a topic named further on ("suspend participation in
  // the treaty, a key nuclear arms agreement" says nothing for or against nuclear arms).
  const reaches =
    predicateIndex === null || (topicStart >= predicateIndex && topicStart - predicateIndex <= 4) || passive;
  // A verb with a preposition after it ("end with the liberation of …") does not take the topic as its
  // object, except in the few phrasal stances ("call for sanctions", "agree to talks").
  const next = predicateIndex === null ? undefined : tokens[predicateIndex + 1];
  // "ruled out talks", "rule out a ceasefire": the phrasal verb takes the topic as its object and denies it.
  const rulesOut = predicate?.lemma === 'rule' && next?.lower === 'out';
  const prepositional =
    !rulesOut &&
    next !== undefined &&
    next.pos === 'ADP' &&
    !(
      next.lower === 'for' &&
      ['call', 'push', 'press', 'ask', 'argue', 'vote', 'lobby', 'campaign'].includes(predicate?.lemma ?? '')
    ) &&
    !(next.lower === 'to' && predicate?.lemma === 'agree');
  // Intransitive use only: "sanctions must end" speaks of sanctions, "membership could end the war" not.
  const subject =
    predicateIndex !== null &&
    topicStart < predicateIndex &&
    !passive &&
    (next === undefined || ['PUNCT', 'ADP', 'ADV', 'PART', 'CCONJ', 'SCONJ'].includes(next.pos));
  let direction = 0;
  if (actionHit) direction = 1;
  else if (subject && predicate && SUBJECT_FAVOUR.has(predicate.lemma)) direction = 1;
  else if (subject && predicate && SUBJECT_OPPOSE.has(predicate.lemma)) direction = -1;
  else if (rulesOut && reaches) direction = -1;
  else if (prepositional && !passive) direction = 0;
  else if (predicate && reaches && FAVOUR.has(predicate.lemma)) direction = 1;
  else if (predicate && reaches && OPPOSE.has(predicate.lemma)) direction = -1;
  else if (
    predicate &&
    predicateIndex !== null &&
    predicate.pos === 'AUX' &&
    clause.tokenIndexes.some((index) => index < predicateIndex && tokens[index].lower === 'there') &&
    topicStart > predicateIndex &&
    // the topic itself is what there is ("no negotiations"), not something further on ("no sign of a ceasefire")
    tokens
      .slice(predicateIndex + 1, topicStart)
      .every(
        (token) => token.pos === 'AUX' || token.pos === 'DET' || token.pos === 'ADJ' || token.lower === 'no',
      )
  ) {
    // "there will be negotiations", "there would be no talks": the topic's existence is the claim.
    direction = 1;
    verdict = true;
  } else if (predicate && (predicate.pos === 'AUX' || passive)) {
    // A copula clause: the adjective right after the copula carries the stance ("talks are
    // impossible", "a ceasefire would be required"), not one inside a noun phrase ("possible talks").
    const start = predicateIndex ?? 0;
    for (let index = start; index <= start + 2 && index < tokens.length; index++) {
      const token = tokens[index];
      if (!clause.tokenIndexes.includes(index) || (token.pos !== 'ADJ' && token.pos !== 'VERB')) continue;
      if (FAVOUR_ADJECTIVES.has(token.lower)) direction = 1;
      else if (OPPOSE_ADJECTIVES.has(token.lower)) direction = -1;
      if (direction !== 0) {
        verdict = true;
        break;
      }
    }
  }
  if (direction === 0) return { stance: 0, verdict: false };
  return { stance: (clause.positive ? direction : -direction) as 1 | -1, verdict };
}

/** The clause's words from its modal or negation to the end of the topic words, for reason lines. */
function phraseOf(
  clause: Clause,
  tokens: Token[],
  topicEnd: number,
  topicStart: number = topicEnd,
): { phrase: string; subject: string | null } {
  const indexes = clause.tokenIndexes.filter((index) => !clause.conditionIndexes.has(index));
  let from = clause.verbStart ?? indexes[0];
  const predicateEnd = clause.predicateIndex ?? from;
  let to = Math.max(topicEnd, predicateEnd);
  const predicate = clause.predicateIndex === null ? null : tokens[clause.predicateIndex];
  if (predicate && predicate.lemma === 'be') {
    // A copula says nothing without its complement: "talks were impossible", "he was open to talks".
    for (let cursor = predicateEnd + 1; cursor <= predicateEnd + 3 && indexes.includes(cursor); cursor++) {
      if (tokens[cursor].pos === 'ADJ' || tokens[cursor].pos === 'ADV') to = Math.max(to, cursor);
      else break;
    }
    // The topic as the copula's subject ("negotiations with the Kremlin were impossible") is the claim.
    if (topicStart < from && from - topicStart <= 6) from = topicStart;
  }
  // "… is off the table", "… out of the question": the verdict belongs in the phrase.
  const idiom = findIdiom(clause, tokens, predicateEnd - 1);
  if (idiom && idiom.end - predicateEnd <= 8) {
    to = Math.max(to, idiom.end);
    if (topicStart < from && from - topicStart <= 6) from = topicStart;
  }
  // Carry the phrase on to the object's head noun ("cede occupied districts").
  if (to === predicateEnd) {
    for (let cursor = to + 1; cursor <= to + 4 && clause.tokenIndexes.includes(cursor); cursor++) {
      const token = tokens[cursor];
      if (token.pos === 'PUNCT' || token.pos === 'ADP' || clause.conditionIndexes.has(cursor)) break;
      if (token.pos === 'NOUN' || token.pos === 'PROPN') {
        to = cursor;
        break;
      }
    }
  }
  const span = indexes.filter((index) => index >= from && index <= to);
  const words = span.slice(0, 14).map((index) => tokens[index]);
  let subject: string | null = null;
  const before = indexes.filter((index) => index < from);
  const last = before.at(-1);
  if (last !== undefined && ['PRON', 'PROPN', 'NOUN'].includes(tokens[last].pos)) {
    const run: Token[] = [];
    for (let cursor = before.length - 1; cursor >= 0 && run.length < 4; cursor--) {
      const token = tokens[before[cursor]];
      if (!['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ'].includes(token.pos) && token.text !== '-') break;
      run.unshift(token);
    }
    subject = joinTokens(run) || null;
  }
  return { phrase: joinTokens(words), subject };
}

/**
 * Reads what a statement claims from its content text: clauses, each with its predicate, polarity,
 * modality and conditions, and the topics it names with the stance it takes on each. Pure and fast: one
 * wink-nlp pass, then rules over the tokens.
 */
export function frameText(text: string): ClaimFrame {
  return frameTokens(tokenize(cleanQuote(text)));
}

/** `frameText` over the content's tokens (quotation marks and editors' brackets already left out). */
function frameTokens(tokens: Token[]): ClaimFrame {
  const clauses = splitClauses(tokens).map((indexes) => readClause(tokens, indexes));
  const stances: TopicStance[] = [];
  const topics: string[] = [];
  let main: Clause | null = null;
  for (const clause of clauses) {
    const wordIndexes = clause.tokenIndexes.filter((index) => tokens[index].pos !== 'PUNCT');
    const words = wordIndexes.map((index) => ({ lemma: tokens[index].lemma, lower: tokens[index].lower }));
    const named = matchTopics(words);
    for (const match of named) if (!topics.includes(match.key)) topics.push(match.key);
    // Subjects are listed, not read for a stance: the clause is compared as if they were not named.
    const matches = named.filter((match) => !match.subjectOnly);
    for (const match of matches) {
      const matched = wordIndexes.slice(match.start, match.end);
      // A topic named only inside a condition ("in exchange for NATO membership") is not the claim.
      if (matched.every((index) => clause.conditionIndexes.has(index))) continue;
      main ??= clause;
      const predicateWord = clause.predicateIndex === null ? -1 : wordIndexes.indexOf(clause.predicateIndex);
      // The topic's own act as the verb ("cede"), or ending on it ("de-occupy"); a noun of the act
      // before an auxiliary is its subject ("negotiations will be weaker"), no act.
      const predicateIsVerb = clause.predicateIndex !== null && tokens[clause.predicateIndex].pos === 'VERB';
      const actionHit =
        predicateWord >= 0 &&
        match.actionIndexes.some(
          (index) => index === predicateWord || (predicateIsVerb && index === predicateWord - 1),
        );
      const reading = stanceOf(clause, tokens, matched[0], actionHit);
      const { phrase, subject } = phraseOf(clause, tokens, matched.at(-1) ?? 0, matched[0]);
      stances.push({
        topic: match.key,
        stance: reading.stance,
        positive: clause.positive,
        modality: clause.modality,
        hedges: clause.hedges,
        conditions: clause.conditions,
        // A verdict's predicate is the copula whatever carries it ("will" in "there will be no talks").
        predicate: reading.verdict
          ? 'be'
          : clause.predicateIndex === null
            ? null
            : tokens[clause.predicateIndex].lemma,
        phrase,
        subject,
        position: statesPosition(clause, tokens),
      });
    }
    const generic = matches.length === 0 ? genericTopic(clause, tokens) : null;
    // Kept out of `topics`, which users browse and search: "send-tank" is for comparing, not a subject.
    if (generic && !stances.some((stance) => stance.topic === generic.key)) {
      const { phrase, subject } = phraseOf(clause, tokens, generic.objectIndex);
      stances.push({
        topic: generic.key,
        stance: clause.positive ? 1 : -1,
        positive: clause.positive,
        modality: clause.modality,
        hedges: clause.hedges,
        conditions: clause.conditions,
        predicate: tokens[clause.predicateIndex!].lemma,
        phrase,
        subject,
        position: true,
      });
    }
  }
  main ??= clauses[0] ?? null;
  const argumentsOf = (clause: Clause | null) =>
    clause
      ? [
          ...new Set(
            clause.tokenIndexes
              .filter((index) => ['NOUN', 'PROPN'].includes(tokens[index].pos))
              .map((index) => tokens[index].lemma),
          ),
        ]
      : [];
  return {
    predicate: main && main.predicateIndex !== null ? tokens[main.predicateIndex].lemma : null,
    arguments: argumentsOf(main),
    positive: main ? main.positive : true,
    modality: main ? main.modality : 'none',
    hedges: main ? main.hedges : [],
    conditions: clauses.flatMap((clause) => clause.conditions),
    topics,
    stances,
  };
}

/**
 * The claim frame of an extracted statement. `text` is either the article text the statement's offsets
 * point into (then a split quote is read from its parts, without the "he said" between them, and the
 * attributing sentence for a reported change of position, "In a U-turn, X said") or the content itself;
 * without it, the quote's own text is read. With `reading`, wink-nlp's reading of that article
 * (extractReading), the content's words are taken from it rather than read by wink-nlp again.
 */
export function frameStatement(
  statement: Pick<Statement, 'quote' | 'parts'> & Partial<Pick<Statement, 'cue' | 'speaker'>>,
  text?: string,
  options: { reading?: WinkReading | null } = {},
): ClaimFrame {
  const { quote, parts } = statement;
  let content = quote.text;
  let change = null;
  let tokens: Token[] | null = null;
  if (text !== undefined && text.slice(quote.start, quote.end) === quote.text) {
    // (a split quote's parts each cleaned, then joined: cleanQuote is cleanContent's text)
    const pieces =
      parts !== undefined && parts.length > 1
        ? parts.map((part) => cleanContent(mappedSpan(text, part)))
        : null;
    if (pieces) content = pieces.map((piece) => piece.text).join(' ');
    if (options.reading && options.reading.text === text) {
      // The content as frameText reads it, cleaned twice for a split quote as above, each character
      // with its place in the article.
      const mapped = pieces ? joinMapped(pieces) : mappedSpan(text, quote);
      tokens = readingTokens(options.reading, cleanContent(mapped));
    }
    if (statement.cue && statement.speaker) {
      change = readReportedChange({ quote, cue: statement.cue, speaker: statement.speaker }, text);
    }
  } else if (text !== undefined && text.length > 0) {
    content = text;
  }
  const frame = tokens ? frameTokens(tokens) : frameText(content);
  return change ? { ...frame, change } : frame;
}

/** Mapped texts joined with a space, as `parts.join(' ')` joins their texts. */
function joinMapped(pieces: MappedText[]): MappedText {
  const origins: number[] = [];
  pieces.forEach((piece, index) => {
    if (index > 0) origins.push(-1);
    for (const origin of piece.origins) origins.push(origin);
  });
  return { text: pieces.map((piece) => piece.text).join(' '), origins };
}
