import type { Span, Statement, StatementKind } from '../model/statement.js';
import { analyse, type Analysis, type WinkReading } from './analyse.js';
import { attributeSentence, withoutDropped, type Attribution } from './attribute.js';
import { attributePassiveBackReference } from './attribute-passive.js';
import { attributeSaidThis } from './attribute-said-this.js';
import { scoreConfidence } from './confidence.js';
import { EMPHASIS_VERBS } from './cue-lexicon.js';
import { findFloatingQuotes } from './find-floating-quotes.js';
import { findQuotes, type QuoteSpan } from './find-quotes.js';
import { attributeAgentless } from './attribute-agentless.js';
import { extendTurns, findTurnLabels, turnAttribution, type TurnLabel } from './find-turns.js';
import { softLineBreaks } from './line-wrap.js';
import { createSpanIndex, findLayout, pastDateline, splitParagraphs } from './layout.js';
import { carrySaidOn, findSaidOn, pluralPresent, presentTense } from './said-on.js';
import { buildNameRegistry, resolveSpeakers, unknownSpeaker } from './resolve-speakers.js';
import { namesKnownPerson, type NameRegistry } from './name-registry.js';
import { outletWord } from './find-venue.js';
import { segment, type Sentence, type Unit } from './segment.js';
import { PLACES, SPEAKING_PLACES } from './speaker-words.js';
import {
  asks,
  junkReason,
  perceives,
  phones,
  reportsQuotedObject,
  reportsNoWords,
  praises,
  reportsObject,
  sayingIdiom,
  thingShows,
} from './precision.js';
import { firstStartingAt, isComma, isDash, lowerOf, posOf, valueOf } from './units.js';

export interface ExtractInput {
  id?: string;
  text: string;
  published?: string | null;
  title?: string | null;
}

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) for resolving "Friday", "last week"; overrides `article.published`. */
  published?: string | null;
  /** Statements below this confidence are left out (default 0: keep all). */
  minConfidence?: number;
  /**
   * Also report stances with no words of the speaker's in them ("criticised the plan", "wanted the firm
   * to sell", "declined to comment", "the study found …"), beliefs ("thinks that …", "hopes the talks
   * will …"), directives ("urged the council to act"), what was left unsaid ("did not say when …")
   * and a thing made known ("announced a truce", "reported a net loss"): attributions in PolNeAR's
   * sense, which counts them, but not quotations, direct or indirect.
   * Default false: the record is what was said.
   * A stance that quotes the speaker ("called the dip \"a very mild decline\"") is kept either way.
   */
  stances?: boolean;
}

function kindOf(parts: Span[], quotes: QuoteSpan[], quoteStarts: Map<number, QuoteSpan>): StatementKind {
  let quoted = 0;
  let covered = 0;
  for (const part of parts) {
    const quote = quoteStarts.get(part.start);
    if (quote && quote.end === part.end) {
      quoted++;
      continue;
    }
    // Any quotation inside the part makes it mixed ("could end the war's \"hot phase\"").
    if (containsQuote(quotes, part)) covered++;
  }
  if (quoted === parts.length) return 'direct';
  if (quoted > 0 || covered > 0) return 'mixed';
  return 'indirect';
}

/**
 * A quotation that only names something, a title ("the project \"Books without Borders\"", "the statement
 * \"On the Safety of Ports\"", "a hotel called \"Myr\""): every word capitalised but the small words
 * between, no sentence punctuation. It gives no words of the speaker's.
 */
const TITLE_QUOTE =
  /^\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:\p{Lu}[\p{L}\d'’.-]*|\d+|of|the|and|or|for|to|in|on|at|by|a|an|with|without|from|against|into))*$/u;

/** A verb of naming in the speaker's own voice shortly before a quotation: the name is their coinage. */
const COINING = /\b(?:dubbing|branding|labell?ing|calling|nicknaming)\s+(?:\S+\s+){0,3}$/i;

/** Are all the quotations inside the content names or titles (and there is at least one)? */
function titlesOnly(text: string, quotes: QuoteSpan[], start: number, end: number): boolean {
  let found = false;
  for (let q = firstStartingAt(quotes, start); q < quotes.length && quotes[q].start < end; q++) {
    const quote = quotes[q];
    if (quote.end > end) return false;
    if (!TITLE_QUOTE.test(text.slice(quote.innerStart, quote.innerEnd).trim())) return false;
    // ("dubbing the chancellor \"Sir Wastealot\"": a name the speaker gave is the speaker's word)
    if (COINING.test(text.slice(Math.max(start, quote.start - 40), quote.start))) return false;
    found = true;
  }
  return found;
}

/**
 * Is the attribution's subject the first-person narrator: "I", outside every quotation, in a text with no
 * transcript turns? (Quotes are sorted and disjoint: one binary search finds the one that could hold it.)
 */
function narrates(
  text: string,
  attribution: Attribution,
  sentenceStart: number,
  quotes: QuoteSpan[],
  transcript: boolean,
): boolean {
  const source = attribution.source;
  if (transcript || !source?.pronoun || source.end - source.start !== 1 || text[source.start] !== 'I')
    return false;
  const before = firstStartingAt(quotes, source.start + 1) - 1;
  if (before >= 0 && quotes[before].end > source.start) return false;
  // Dialogue set off by dashes, as news translated from Slavic languages sets quotations: "- I told the
  // ambassador that …", "The invasion is possible - said the president - I tell the truth": a dash
  // opening the paragraph, or a spaced dash earlier in the sentence.
  const paragraph = text.lastIndexOf('\n', source.start) + 1;
  if (DASH_OPENING.test(text.slice(paragraph, paragraph + 3))) return false;
  // A turn of its own: "Karl Weber: First, I did not say …" (a transcript of too few turns to be read as
  // one still labels its paragraphs).
  if (TURN_LABEL.test(text.slice(paragraph, Math.min(source.start, paragraph + 120)))) return false;
  return !SPACED_DASH.test(text.slice(Math.max(paragraph, sentenceStart), source.start));
}

const DASH_OPENING = /^\s*[-–—]/;
const TURN_LABEL = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,6}\p{Lu}[\p{L}'’-]*\s?:\s/u;
const SPACED_DASH = /(?:^|\s)[-–—]\s/;

/** Is a whole quotation inside the span? Quotes are sorted and disjoint: one binary search. */
function containsQuote(quotes: QuoteSpan[], span: Span): boolean {
  const first = firstStartingAt(quotes, span.start);
  return first < quotes.length && quotes[first].end <= span.end;
}

/** Verbs a state's government says a clause with ("Russia has denied it plans to …", "Ukraine says …"). */
const STATE_CUES = new Set([
  'say',
  'claim',
  'deny',
  'insist',
  'maintain',
  'allege',
  'warn',
  'announce',
  'state',
  'declare',
  'confirm',
  'argue',
  'report',
]);

/** Words that may stand before a clause's subject: it opens the sentence or a clause ("But Russia said"). */
const CLAUSE_OPENERS = new Set([',', 'but', 'and', 'while', 'although', 'though', 'as', 'yet', 'so']);

/**
 * "China has said it is not supplying arms", "But Russia had previously said …": a state
 * (SPEAKING_PLACES) named alone as the subject of a verb of saying a clause speaks through its
 * government, as the countries of COUNTRIES do. Not a city or region ("Washington is denying …"), not a
 * state inside a longer phrase or a coordination ("the envoy to Britain said", "France and Germany
 * said"), not a noun phrase or infinitive reported ("denied the transfer of …", "pledged to …").
 */
function stateSpeaks(text: string, attribution: Attribution, units: Unit[]): boolean {
  const { source, cue } = attribution;
  if (source === null || cue === null || attribution.cueClass !== 'speech' || !STATE_CUES.has(cue.lemma))
    return false;
  if (source.first !== source.last || source.end > cue.start) return false;
  // "China, Pyongyang's only ally, said …", "Russia, which holds the presidency, said …": a description
  // set off after the state (never before it: "the envoy to Britain") makes it an actor as well.
  // (Set off, a state's deeds read as words too easily: "Moldova, which …, declared independence".)
  const setOff = source.appositive !== null || /^\s*,/.test(text.slice(source.end, cue.start));
  if (setOff && !SET_OFF_STATE_CUES.has(cue.lemma)) return false;
  const described =
    source.appositive !== null &&
    source.sentence === attribution.sentence &&
    describedState(units, source.last, source.appositive);
  if (source.appositive !== null && !described) return false;
  const name = described ? units[source.first] : source;
  if (!SPEAKING_PLACES.has(text.slice(name.start, name.end).toLowerCase())) return false;
  // (only auxiliaries and adverbs between the state and its verb, "has previously said"; not a modal or a
  // negation: "would have announced", "will not announce" report nothing said)
  // ("Germany, which holds the presidency, said": a relative clause set off after the state leaves no
  // appositive; its words stand in the gap.)
  const gap = described
    ? text.slice(source.end, cue.start).replace(/^\s*[,–—-]/, '')
    : text.slice(source.end, cue.start).replace(/^\s*,\s+(?:which|whose)\s[^,"“”]{1,80},/, '');
  if (
    !/^(?:\s+[a-z]+){0,3}\s+$/.test(gap) ||
    /\b(?:would|could|might|may|will|should|not|never)\b/.test(`${gap} ${cue.text}`)
  )
    return false;
  const before = source.first > 0 ? units[source.first - 1] : null;
  if (before !== null) {
    if (!CLAUSE_OPENERS.has(lowerOf(before))) return false;
    // ("South Korea and Japan denied …": a coordinated subject is no one state)
    const twoBack = source.first > 1 ? units[source.first - 2] : null;
    if (lowerOf(before) === 'and' && twoBack !== null && /^\p{Lu}/u.test(valueOf(twoBack))) return false;
  }
  const content = text.slice(attribution.parts[0].start, attribution.parts[attribution.parts.length - 1].end);
  return (
    !/^to\s/i.test(content) &&
    opensClause(units, attribution.parts[0]) &&
    !reportsNoWords(attribution, content, units)
  );
}

/** STATE_CUES that report words even after a description set off after the state (not "announce", "declare"). */
const SET_OFF_STATE_CUES = new Set(
  [...STATE_CUES].filter((lemma) => lemma !== 'announce' && lemma !== 'declare'),
);

/** Words that open a description set off after a state ("China, its only ally, …", "Russia, which …"). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'its', 'which', 'whose']);

/**
 * Whether the appositive `[first, last]` right after a state's name (at `name`) describes it between
 * commas or dashes: "China, Pyongyang's only ally, said", "Russia, a key ally of Syria, said", "Germany,
 * which holds the presidency, said". Not an adverbial insertion ("Russia, in a statement, said", which
 * find-subject leaves without an appositive) nor a list ("Russia, China and Iran said" has none).
 */
function describedState(units: Unit[], name: number, [first, last]: [number, number]): boolean {
  // (the source may stand in another sentence than the cue's units)
  if (units[name] === undefined) return false;
  const mark = units[name + 1];
  if (first !== name + 2 || !(isComma(mark) || isDash(mark))) return false;
  if (!(isComma(units[last + 1]) || isDash(units[last + 1]))) return false;
  const opener = lowerOf(units[first]);
  // "Pyongyang's only ally": a possessor's name, then its mark.
  const possessor = posOf(units[first]) === 'PROPN' && /^['’]s$/.test(lowerOf(units[first + 1]));
  return DESCRIPTION_OPENERS.has(opener) || possessor;
}

/**
 * Whether the words from `part`'s start reach a verb before an "of" ("it is not providing …", "stealing
 * grain", "its exclusion from the meeting violated …"), as a reported clause or gerund does, and a noun
 * phrase denied or announced does not ("the transfer of any blood supply …", "allegations of war crimes",
 * "a supplementary budget").
 */
function opensClause(units: Unit[], part: Span): boolean {
  for (let i = firstStartingAt(units, part.start); i < units.length; i++) {
    const unit = units[i];
    if (unit.start >= part.end) return false;
    const pos = posOf(unit);
    if (pos === 'VERB' || pos === 'AUX') return true;
    if (lowerOf(unit) === 'of') return false;
  }
  return false;
}

/**
 * Does an attribution report words of its own, so that a following "This was stated by X" cannot point
 * back at its sentence? Not a stance or a belief ("calls on Canada to …", "believes that …"), not what
 * reports no words ("outlined its proposals", "proposes to create …"), not a place speaking ("Ukraine
 * insists …", a statement dropped below): the pointer names the speaker of those.
 */
function speaksAlone(text: string, attribution: Attribution, units: Sentence['units']): boolean {
  if (attribution.silent || attribution.cueClass === 'attitude' || attribution.cueClass === 'belief')
    return false;
  const { parts, source } = attribution;
  if (parts.length === 0) return true;
  const content = text.slice(parts[0].start, parts[parts.length - 1].end);
  if (reportsNoWords(attribution, content, units)) return false;
  const speaker = source ? text.slice(source.start, source.end).toLowerCase().replace(/^the /, '') : '';
  return !PLACES.has(speaker);
}

/**
 * "…, Ukrinform reports", "…, according to an Ukrinform correspondent": an outlet named after the whole
 * sentence it relays, which may itself be a pointer back ("X said this at a briefing, …").
 */
function relaysSentence(attribution: Attribution): boolean {
  const { cue, source, parts } = attribution;
  return (
    cue !== null &&
    (cue.lemma === 'report' || cue.lemma === 'according to') &&
    source !== null &&
    parts.length === 1 &&
    source.start >= parts[0].end
  );
}

/**
 * A transcript's label sentence: the attribution at its colon is the turn, or the turn is added in front
 * when the sentence yielded none there ("Vladimir Putin: I see." is too short for a headline's colon).
 */
function withTurn(
  text: string,
  sentence: Sentence,
  index: number,
  label: TurnLabel,
  found: Attribution[],
): Attribution[] {
  const colon = sentence.units[label.colon].start;
  if (found.some((attribution) => attribution.cue?.start === colon))
    return found.map((attribution) =>
      attribution.cue?.start === colon ? { ...attribution, turn: true } : attribution,
    );
  const turn = turnAttribution(text, sentence, index, label);
  if (!turn) return found;
  return [
    turn,
    ...found.map((attribution) =>
      attribution.sharedWith === null
        ? attribution
        : { ...attribution, sharedWith: attribution.sharedWith + 1 },
    ),
  ];
}

/** Verbs that single out what they report ("noted the leadership of", "stressed the importance of"). */
const EMPHASIS = new Set([...EMPHASIS_VERBS, 'point out', 'point', 'reiterate']);

/**
 * Every attributed statement in an article: pure and deterministic. The steps run once over the text
 * in order (tokens and sentences, quotations, attributions per sentence, floating quotes, speakers,
 * confidence), each linear in the text.
 */
export function extract(article: ExtractInput, options: ExtractOptions = {}): Statement[] {
  return extractReading(article, options).statements;
}

/** What `extractReading` gives: the statements, and wink-nlp's reading of the text they came from. */
export interface Extraction {
  statements: Statement[];
  /** The article's tokens as wink-nlp read them, for the claim frames (null for an empty text). */
  reading: WinkReading | null;
}

/**
 * `extract`, with wink-nlp's reading of the article kept for the claim frames, so that the ledger
 * (frameStatement) slices a statement's words from it rather than running wink-nlp over them again.
 */
export function extractReading(article: ExtractInput, options: ExtractOptions = {}): Extraction {
  const text = typeof article.text === 'string' ? article.text : '';
  if (text.trim().length === 0) return { statements: [], reading: null };
  const analysis = analyse(text);
  return { statements: extractAnalysed(article, analysis, options), reading: analysis.reading };
}

/** The statements of an article (with a text) whose text wink-nlp has read (`analysis`). */
function extractAnalysed(article: ExtractInput, analysis: Analysis, options: ExtractOptions): Statement[] {
  const text = article.text;
  const quotes = findQuotes(text);
  const quoteStarts = new Map<number, QuoteSpan>();
  for (const quote of quotes) quoteStarts.set(quote.start, quote);
  const sentences = segment(text, analysis, quotes);
  // (the article's own date is read even when the options give one: a document with no date then takes
  // no path the compiled code has never seen)
  const articlePublished = article.published ?? null;
  const layout = findLayout(text, { published: options.published ?? articlePublished });
  // (a text with no date of its own is dated by its date line: "Tuesday, September 1, 2015")
  const published = options.published ?? articlePublished ?? layout.date;
  const credits = createSpanIndex(layout.credits);
  const attributions: Attribution[] = [];
  const turns = findTurnLabels(sentences);
  let previousFound = 0;
  for (let s = 0; s < sentences.length; s++) {
    let found = attributeSentence(text, sentences[s], s);
    // ("During the talks, it was noted that …": a report with no speaker named, when nothing else is read
    // but a stance or a belief inside what it reports: "It was also noted that Ukraine hopes to …".)
    if (
      found.every((attribution) => attribution.cueClass === 'belief' || attribution.cueClass === 'attitude')
    ) {
      const agentless = attributeAgentless(text, sentences[s], s);
      const content = agentless?.parts[0];
      if (
        agentless &&
        content &&
        found.every((attribution) => attribution.cue !== null && attribution.cue.start >= content.start)
      )
        found = [agentless];
    }
    const label = turns.labels.get(s);
    if (label) found = withTurn(text, sentences[s], s, label, found);
    // "… . This was stated by X.", "… . X said this in an interview.": the sentence before, when it
    // holds no attribution of its own and stands in the same or the previous paragraph.
    const previous = sentences[s - 1];
    if (previousFound === 0 && previous && sentences[s].paragraph - previous.paragraph <= 1) {
      // (What else the pointer sentence holds is its occasion, "… Andriy Yermak commenting on the talks",
      // unless a second verb of saying says more: "…, who added that …".)
      const passive = attributePassiveBackReference(text, sentences[s], s, previous);
      // ("X said this in its assessment, Ukrinform reports": the outlet only relays the pointer.)
      const relayed = found.some(relaysSentence);
      const back =
        passive ??
        (found.length === 0 || relayed ? attributeSaidThis(text, sentences[s], s, previous) : null);
      if (back)
        found = [
          back,
          ...found.filter(
            (attribution) =>
              !relaysSentence(attribution) &&
              attribution.cue !== null &&
              attribution.cue.start > back.cue!.start &&
              !/ing\b/.test(attribution.cue.text) &&
              (attribution.cueClass === 'speech' || attribution.cueClass === 'object'),
          ),
        ];
    }
    // (A stance or a belief in it, "calls on Canada to supply weapons", "expects that …", leaves the sentence
    // free to be what a following "This was stated by X" points back at.)
    // But a verb of emphasis with a noun phrase, "X noted the leadership of Poland", "stressed the importance
    // of …", is a report of its own: "The President stated this to the media" after it repeats it, and its
    // words are no statement ("The delegation outlined its proposals. This was announced by X" still is).
    // ("Photograph: Jane Roe/Reuters" before '"…," she said': a credit's label is no speaker, and a
    // pronoun after it takes up the person before it.)
    if (found.some((attribution) => credits.overlaps(attribution.source)))
      found = withoutCredits(found, (attribution) => credits.overlaps(attribution.source));
    previousFound = found.filter(
      (attribution) =>
        speaksAlone(text, attribution, sentences[s].units) ||
        (attribution.cue !== null &&
          EMPHASIS.has(attribution.cue.lemma) &&
          attribution.source !== null &&
          reportsObject(attribution, sentences[s].units)),
    ).length;
    const offset = attributions.length;
    for (const attribution of found) {
      attributions.push(
        attribution.sharedWith === null
          ? attribution
          : { ...attribution, sharedWith: attribution.sharedWith + offset },
      );
    }
  }
  const merged = findFloatingQuotes(sentences, extendTurns(text, sentences, attributions, turns), text);
  const position = new Map<Attribution, number>();
  merged.forEach((attribution, index) => position.set(attribution, index));
  // Second verbs point at the statement whose subject they share, by position in the merged list.
  const all = merged.map((attribution) =>
    attribution.sharedWith === null
      ? attribution
      : { ...attribution, sharedWith: position.get(attributions[attribution.sharedWith]) ?? null },
  );
  const built = buildNameRegistry(analysis.tokens, softLineBreaks(text));
  // (A photographer named in a credit is no one a later "she said" takes up.)
  const registry = layout.credits.length
    ? {
        ...built,
        mentions: built.mentions.filter(
          (name) => !credits.overlaps({ start: name.start, end: name.start + 1 }),
        ),
      }
    : built;
  const speakers = resolveSpeakers(text, sentences, all, registry);
  const minConfidence = options.minConfidence ?? 0;
  // Bylines, datelines and photo credits never hold a statement or a speaker.
  // A binary-search index: a text full of credits and quotes stays O(n log n), not statements × credits.
  const furniture = createSpanIndex(layout.furniture);
  const inFurniture = (span: Span | null): boolean => furniture.overlaps(span);
  const statements: Statement[] = [];
  const seen = new Set<string>();
  // Stances and beliefs left out of the record: what another speaker's report inside them says is still
  // theirs ("Reed thinks the governors will agree that …" is not the governors').
  const unreported: Outer[] = [];
  // Each sentence's statements, so a date in one's content does not date another's saying.
  const bySentence = new Map<number, Attribution[]>();
  // (Each attribution's place in its sentence's list, so its neighbours are found without a scan.)
  const place = new Map<Attribution, number>();
  for (const attribution of all) {
    const list = bySentence.get(attribution.sentence);
    if (list) {
      place.set(attribution, list.length);
      list.push(attribution);
    } else {
      place.set(attribution, 0);
      bySentence.set(attribution.sentence, [attribution]);
    }
  }
  for (let a = 0; a < all.length; a++) {
    const attribution = all[a];
    if (attribution.silent) continue;
    const parts = pastDateline(text, attribution.parts, layout.dateline);
    const start = parts[0].start;
    const end = parts[parts.length - 1].end;
    const kind = kindOf(parts, quotes, quoteStarts);
    const content = text.slice(start, end);
    // (Quoted words make a stance or a belief speech, "dismissed the report as \"fiction\""; a quoted
    // title does not, "discussed the project \"Books without Borders\"", nor quoted words in a sight, a
    // question put, or a scare quote inside a thing pointed to or announced.)
    const units = sentences[attribution.sentence].units;
    const quotedObject = kind === 'mixed' && reportsQuotedObject(attribution, units);
    if (
      !options.stances &&
      ((kind === 'indirect' && reportsNoWords(attribution, content, units)) ||
        (kind === 'mixed' &&
          (perceives(attribution, units) ||
            praises(attribution) ||
            asks(attribution, content) ||
            quotedObject ||
            (titlesOnly(text, quotes, start, end) && reportsNoWords(attribution, content, units)))))
    ) {
      if (!reportsObject(attribution, units) && !quotedObject)
        unreported.push({ start, end, name: speakers[a].name });
      continue;
    }
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // "Asked whether …, X said": the question is the unnamed reporter's, not X's (PolNeAR gives it no
    // source); the answer, a statement of its own, is X's.
    let speaker = attribution.pattern === 'asked' ? unknownSpeaker() : speakers[a];
    // "I stressed that …" outside any quotation and any transcript: the text's own narrator (an address,
    // a column, a reader's letter) reporting their words, nested in the text's voice, not a speaker the
    // text quotes. Left out of the record; with `stances` (PolNeAR counts every attribution) kept with
    // the narrator as an unknown speaker, never the last person named.
    if (narrates(text, attribution, sentences[attribution.sentence].start, quotes, turns.labels.size > 0)) {
      if (!options.stances) {
        // (what another speaker's report inside it says is still the narrator's: "I urge that all
        // leaders agree that …" is not the leaders')
        unreported.push({ start, end, name: 'unknown' });
        continue;
      }
      speaker = { ...unknownSpeaker(), mention: speakers[a].mention };
    }
    if (inFurniture(parts[0]) || inFurniture(speaker.mention)) continue;
    // A place is never a speaker ("Washington is denying …", "Ukrainian counter …"), but a state that is
    // itself the subject of a verb of saying is its government ("China has said it …").
    if (speaker.kind !== 'group' && PLACES.has(speaker.name.toLowerCase().replace(/^the /, ''))) {
      if (!stateSpeaks(text, attribution, sentences[attribution.sentence].units)) continue;
      speaker = { ...speaker, kind: 'organization' };
    }
    // A pronoun with no one to refer to names nobody: better no statement than a speaker called "she".
    if (attribution.source?.pronoun && speaker.name === speaker.mention?.text.toLowerCase()) continue;
    const sentence = sentences[attribution.sentence];
    // A speaker that cannot speak ("in Scientology jargon refers to"), a content that is only a time.
    if (junkReason({ quote: { start, end, text: content }, speaker }) !== null) continue;
    // "as they say, …": a set phrase, no one's statement; "X called Y.": a telephone call.
    if (sayingIdiom(attribution, sentence.units) || phones(attribution, sentence.units)) continue;
    // "A bomb … underlined how …": a thing shows, no one says.
    if (thingShows(text, attribution, speaker, kind)) continue;
    const dateOptions = {
      sentence: { start: Math.min(sentence.start, start), end: Math.max(sentence.end, end) },
      quote: { start, end },
      cue: attribution.cue ? { start: attribution.cue.start, end: attribution.cue.end } : null,
      published,
      speaker: { mention: speaker.mention, name: speaker.name },
      present: presentTense(attribution.cue) || pluralPresent(attribution.cue),
      others: () => othersIn(bySentence.get(attribution.sentence), attribution, place.get(attribution) ?? 0),
    };
    let saidOn = findSaidOn(text, dateOptions);
    // ('X told the BBC: "…," she said on Monday': the repeated tag dates the one statement)
    if (saidOn?.basis === 'published' && attribution.repeatedCue)
      saidOn = findSaidOn(text, { ...dateOptions, cue: attribution.repeatedCue });
    const confidence = scoreConfidence(attribution, speaker, kind);
    if (confidence < minConfidence) continue;
    const statement: Statement = {
      kind,
      quote: { start, end, text: content },
      speaker,
      cue: attribution.cue,
      // ("Biden told Zelensky that …": a person the article names is whom the words were said to, no venue)
      venue:
        attribution.venue && addressedPerson(attribution.venue.text, registry) ? null : attribution.venue,
      saidOn,
      confidence,
    };
    if (parts.length > 1) statement.parts = parts.map((part) => ({ start: part.start, end: part.end }));
    const lastQuote = quoteStarts.get(parts[parts.length - 1].start);
    if (lastQuote?.multiParagraph && lastQuote.end === end) {
      // A quotation running over several paragraphs: each paragraph after the first is a statement of its
      // own, continuing the speaker (news style, and how speech gold sets count them).
      splitQuoteParagraphs(text, statement, statements);
      continue;
    }
    statements.push(statement);
  }
  const kept = dropNestedReports(statements, unreported);
  // A statement whose sentence fixes no date takes the date of the occasion the text set before.
  carrySaidOn(text, kept, sentences, published);
  return kept;
}

/**
 * "told Zelensky", "said to the 74-year-old Eastwood": a venue that is the surname of a person the article
 * names is whom the words were said to, no venue ("told Reuters", "told Radio" stay outlets even where the
 * registry took "Capital Radio" for a person).
 */
function addressedPerson(venue: string, registry: NameRegistry): boolean {
  return namesKnownPerson(registry, venue) && !outletWord(venue.toLowerCase().replace(/^the /, ''));
}

/**
 * A sentence's attributions without those `credited` marks (a photo credit read as "Label: name"), the
 * second verbs' pointers renumbered; one that a kept attribution shares its subject with stays.
 */
function withoutCredits(
  found: Attribution[],
  credited: (attribution: Attribution) => boolean,
): Attribution[] {
  const dropped = found.map(
    (attribution, index) => credited(attribution) && !found.some((other) => other.sharedWith === index),
  );
  return withoutDropped(found, dropped);
}

/**
 * An indirect statement lying inside another speaker's statement ("the authors say the results confirm
 * the existence of …" read twice) is the outer speaker's words, not a second attribution. Sorted by start,
 * one pass keeps the widest statement seen so far.
 */
function dropNestedReports(statements: Statement[], unreported: Outer[]): Statement[] {
  const order: { outer: Outer; index: number }[] = statements.map((statement, index) => ({
    outer: { start: statement.quote.start, end: statement.quote.end, name: statement.speaker.name },
    index,
  }));
  // (Left-out reports enclose but are never dropped: index -1.)
  for (const outer of unreported) order.push({ outer, index: -1 });
  order.sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const dropped = new Set<number>();
  let widest: Outer | null = null;
  for (const { outer, index } of order) {
    if (
      widest !== null &&
      index >= 0 &&
      statements[index].kind === 'indirect' &&
      widest.end >= outer.end &&
      (widest.start < outer.start || widest.end > outer.end) &&
      widest.name !== outer.name
    ) {
      dropped.add(index);
      continue;
    }
    if (widest === null || outer.end > widest.end) widest = outer;
  }
  return dropped.size === 0 ? statements : statements.filter((_, index) => !dropped.has(index));
}

/** A reported span and its speaker's name, as dropNestedReports compares them. */
interface Outer {
  start: number;
  end: number;
  name: string;
}

/** Pushes the statement cut at its first line break, then one continuation per further paragraph. */
function splitQuoteParagraphs(text: string, statement: Statement, statements: Statement[]): void {
  const { start, end } = statement.quote;
  const pieces = splitParagraphs(text, start, end);
  if (pieces.length < 2) {
    statements.push(statement);
    return;
  }
  const first = pieces[0];
  const head: Statement = {
    ...statement,
    quote: { start, end: first.end, text: text.slice(start, first.end) },
  };
  if (head.parts) {
    head.parts = head.parts.filter((part) => part.start < first.end);
    head.parts[head.parts.length - 1] = { start: head.parts[head.parts.length - 1].start, end: first.end };
    if (head.parts.length < 2) delete head.parts;
  }
  statements.push(head);
  const { parts: _parts, ...rest } = statement;
  void _parts;
  for (const piece of pieces.slice(1)) {
    statements.push({
      ...rest,
      kind: 'direct',
      quote: { start: piece.start, end: piece.end, text: text.slice(piece.start, piece.end) },
      speaker: { ...statement.speaker, mention: null },
      cue: null,
      venue: null,
    });
  }
}

const NEIGHBOURS = 32;

/**
 * The content spans of a sentence's other statements, except those the statement itself is reported in
 * ("according to Horne, Biden told Zelensky on Thursday that …": Thursday is when Biden told him).
 */
function othersIn(sentence: Attribution[] | undefined, attribution: Attribution, at: number): Span[] {
  if (!sentence || sentence.length === 1) return [];
  const own = attribution.cue ?? attribution.parts[0];
  const spans: Span[] = [];
  // Only neighbours can reach the few hundred characters around the cue that findSaidOn reads: a bound
  // that keeps a sentence of thousands of reporting verbs linear.
  for (let i = Math.max(0, at - NEIGHBOURS); i < Math.min(sentence.length, at + NEIGHBOURS + 1); i++) {
    const other = sentence[i];
    if (other === attribution) continue;
    if (other.parts.some((part) => part.start <= own.start && own.start < part.end)) continue;
    for (const part of other.parts) spans.push(part);
  }
  return spans;
}
