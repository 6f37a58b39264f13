import type { Span } from '../model/statement.js';
import { describesPiece, TIME_WORDS } from './find-venue.js';
import type { Attribution, Context } from './attribution.js';
import { mention } from './attribution.js';
import { anonymityClause } from './skip-anonymity.js';
import { BE_FORMS, lookupCue, OPENING_CUES } from './cue-lexicon.js';
import type { CueCandidate } from './find-cues.js';
import {
  authorLinker,
  phraseEndingAt,
  phraseStartingAt,
  POSSESSIVE_PRONOUNS,
  RELATIVES,
  type PhraseSpan,
} from './noun-phrase.js';
import {
  contentSpan,
  COORDINATORS,
  holdsClause,
  readTail,
  resumedPredicate,
  verbless,
} from './read-content.js';
import type { Unit } from './segment.js';
import { GROUP_WORDS, ORGANIZATION_WORDS, PLACES, RECORD_WORDS, TITLE_WORDS } from './speaker-words.js';
import {
  holdsVerb,
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
 * "according to exit/VERB polls", "according to complete but unofficial returns": where the tagger breaks
 * the noun phrase, the source runs to the next punctuation (a few words) and ends in a noun.
 */
function sourceRun(units: Unit[], first: number): PhraseSpan | null {
  let last = -1;
  for (let i = first; i < units.length && i < first + 8; i++) {
    const unit = units[i];
    // "the conservative-leaning Tax Foundation": a hyphen inside a word does not end the run.
    const glued =
      lowerOf(unit) === '-' && units[i - 1]?.end === unit.start && units[i + 1]?.start === unit.end;
    if (unit.kind !== 'token' || isComma(unit) || isTerminal(unit) || (posOf(unit) === 'PUNCT' && !glued))
      break;
    const pos = posOf(unit);
    // ("according to police/VERB at the scene, …": a preposition right after a word for people misread
    // opens its modifier; the people are the source. Not a record's "reports/VERB from Interfax", whose
    // author the mention keeps.)
    if (pos === 'ADP' && i === first + 1 && last < first && peopleWord(lowerOf(units[first]))) {
      last = first;
      break;
    }
    if (pos === 'NOUN' || pos === 'PROPN') last = i;
  }
  return last >= first ? { first, last, pronoun: false } : null;
}

/** "police", "officials", "witnesses": a plural for people, not for records ("reports", "figures"). */
function peopleWord(lower: string): boolean {
  return GROUP_WORDS.has(lower) && !RECORD_WORDS.has(lower);
}

/** "according to police,": after "to" the tagger reads a bare noun as a verb; one word before punctuation. */
function oneWord(units: Unit[], index: number): PhraseSpan | null {
  const unit = units[index];
  if (!unit || unit.kind !== 'token' || !/^\p{L}+$/u.test(unit.token.value)) return null;
  const next = units[index + 1];
  return next === undefined || isComma(next) || isTerminal(next)
    ? { first: index, last: index, pronoun: false }
    : null;
}

/** Words that join two names or phrases inside one source ("Trade and Industry", "Standard & Poor's"). */
const SOURCE_JOINERS = new Set(['and', '&']);

/**
 * "according to the Department of Trade and Industry", "according to Standard & Poor's", "according to
 * Lee and Reed": a coordination right after the source phrase belongs to the source, not to the content
 * ("and Industry, exports rose"); not one a verb follows ("according to police and the army moved in").
 */
function coordinatedSource(units: Unit[], speaker: PhraseSpan): PhraseSpan {
  let span = speaker;
  for (let hops = 0; hops < 3 && SOURCE_JOINERS.has(lowerOf(units[span.last + 1])); hops++) {
    const next = phraseStartingAt(units, span.last + 2) ?? sourceRun(units, span.last + 2);
    if (!next || next.pronoun) break;
    const after = posOf(units[next.last + 1]);
    if (after === 'VERB' || after === 'AUX') break;
    span = { ...span, last: next.last };
  }
  return span;
}

/** Relative pronouns before a dashed "according to X": the clause they open is not the content's start. */
const DASHED_RELATIVES = new Set(['which', 'who', 'that', 'whom', 'whose']);

/** Participles that name where a source had its words from ("quoting the state agency", "citing police"). */
const RELAYING = new Set(['quoting', 'citing']);

/**
 * "According to Yonhap, quoting the state news agency KCNA, the army …": the relay between commas after the
 * source names the source's own source, not what was said; the content opens after its closing comma.
 * Returns the index of that comma, or `after` when no such relay follows.
 */
function relayedFrom(units: Unit[], after: number): number {
  if (!isComma(units[after]) || !RELAYING.has(lowerOf(units[after + 1]))) return after;
  for (let i = after + 2; i < units.length && i <= after + 20; i++) {
    const unit = units[i];
    if (isComma(unit)) return i + 1 < units.length ? i : after;
    if (isTerminal(unit) || isQuote(unit) || posOf(unit) === 'VERB' || posOf(unit) === 'AUX') return after;
  }
  return after;
}

/**
 * The closing parenthesis of a short name in parentheses opening at `index` ("(ISW)", "(Kyiv School of
 * Economics)"): one to four words, the first capitalised, with no verb. -1 when none.
 */
function parenthesisedName(units: Unit[], index: number): number {
  if (lowerOf(units[index]) !== '(' || !/^\p{Lu}/u.test(valueOf(units[index + 1]))) return -1;
  for (let i = index + 1; i < units.length && i <= index + 5; i++) {
    if (lowerOf(units[i]) === ')') return i > index + 1 ? i : -1;
    if (units[i].kind !== 'token' || posOf(units[i]) === 'VERB' || posOf(units[i]) === 'AUX') return -1;
  }
  return -1;
}

/**
 * "According to Reuters, the groups, which met on Monday, said …", "According to the paper, the head of
 * the board, Ivo Rask, said …": after the comma at `comma` a relative clause or a name set off by commas
 * runs to a verb, so the phrase before `comma` is that verb's subject, not an appositive of the source.
 */
function insertionBeforeVerb(units: Unit[], comma: number): boolean {
  const opener = units[comma + 1];
  let close = -1;
  if (RELATIVES.has(lowerOf(opener))) {
    for (let i = comma + 2; i < units.length && i <= comma + 24 && close < 0; i++) {
      if (isTerminal(units[i]) || isQuote(units[i])) return false;
      if (isComma(units[i])) close = i;
    }
  } else {
    const name = phraseStartingAt(units, comma + 1);
    if (name && !name.pronoun && posOf(units[name.last]) === 'PROPN') close = name.last + 1;
  }
  if (close < 0 || !isComma(units[close])) return false;
  const pos = posOf(units[close + 1]);
  return pos === 'VERB' || pos === 'AUX';
}

/**
 * "data from the Kyiv School of Economics", "a report published by the World Food Programme": a phrase
 * that ends in a document or a count, then "from" or "by" (after a participle, "by") and its author, not
 * a place ("estimates from India") nor a time ("a report from Monday"), and closing the source. Returns the
 * author's last index; -1 when no author is named, -2 when one is but its phrase runs on unread.
 */
function documentAuthor(units: Unit[], speaker: PhraseSpan): number {
  const by = authorLinker(units, speaker.last);
  if (by < 0) return -1;
  // (the author closes the source: "data confirmed by the BBC from June 4" is no source read whole; where
  // the tagger breaks the phrase, "by UK think-tank Demos", the run to the punctuation is the author)
  const closes = (phrase: PhraseSpan): boolean => {
    const next = units[phrase.last + 1];
    return next === undefined || isComma(next) || isTerminal(next) || lowerOf(next) === '(';
  };
  const phrase = phraseStartingAt(units, by + 1);
  const coordinated = phrase && !phrase.pronoun ? coordinatedSource(units, phrase) : null;
  let run = coordinated && closes(coordinated) ? coordinated : sourceRun(units, by + 1);
  // ("think-tank Demos/VERB": a capitalised last word the tagger reads as a verb)
  if (run && !closes(run) && isCapitalized(units[run.last + 1])) run = { ...run, last: run.last + 1 };
  if (TIME_WORDS.has(lowerOf(units[by + 1]))) return -1;
  if (!run || !closes(run)) return -2;
  const author = run;
  const name = units
    .slice(author.first, author.last + 1)
    .map(lowerOf)
    .join(' ')
    .replace(/^the /, '');
  return PLACES.has(name) ? -1 : author.last;
}

/**
 * "According to a post on the group's website, …", "According to the report, published on Monday, …": a
 * prepositional phrase right after the source, or a participle of the document's coming out set off by a
 * comma ("published", "seen by"), runs without a verb of its own to a comma; it describes the source, and
 * the content opens at that comma. Returns the comma's index, or `index` when no such phrase starts there
 * (", in 2010, exports fell" is the content's own adjunct).
 */
function sourceModifierEnd(units: Unit[], index: number): number {
  const setOff = isComma(units[index]);
  const first = setOff ? index + 1 : index;
  const opens = setOff
    ? posOf(units[first]) === 'VERB' && describesPiece(lowerOf(units[first]))
    : posOf(units[first]) === 'ADP' && lowerOf(units[first]) !== 'that';
  if (!opens) return index;
  for (let i = first + 1; i < units.length && i <= first + 12; i++) {
    const unit = units[i];
    if (isComma(unit)) return i + 1 < units.length ? i : index;
    const pos = posOf(unit);
    if (isTerminal(unit) || isQuote(unit) || isDash(unit) || pos === 'VERB' || pos === 'AUX') return index;
  }
  return index;
}

/** "According to X, …" and "…, according to X." */
export function according(context: Context, cue: CueCandidate, floor: number): Attribution | null {
  const { units } = context.sentence;
  let speaker =
    cue.possessor !== undefined
      ? { first: cue.possessor, last: cue.possessor, pronoun: true }
      : (phraseStartingAt(units, cue.verb + 2) ??
        sourceRun(units, cue.verb + 2) ??
        oneWord(units, cue.verb + 2));
  if (!speaker) return null;
  if (!speaker.pronoun) speaker = coordinatedSource(units, speaker);
  // "according to data from the Kyiv School of Economics, …", "according to a report published by the
  // World Food Programme, …": the document's author stands beside it in the mention (the resolver reads
  // it), and the content opens after it.
  const author = speaker.pronoun ? -1 : documentAuthor(units, speaker);
  // (an author named but not read whole, "data confirmed by the BBC from June 4", gives no content)
  if (author === -2) return null;
  // ("In his words, …": the content starts after "words")
  let after = cue.possessor !== undefined ? cue.verb + 1 : Math.max(author, speaker.last) + 1;
  let appositive: [number, number] | null = null;
  // "according to the Institute for the Study of War (ISW), …": the source's short name in parentheses
  // names it again; the content opens after it.
  const acronym = speaker.pronoun ? -1 : parenthesisedName(units, after);
  if (acronym >= 0) {
    appositive = [after, acronym];
    after = acronym + 1;
  }
  // "according to the official, who asked to remain anonymous, …", "according to Standard & Poor's, which
  // upgraded the rating, …": a relative clause on the source is no content.
  const relative = isComma(units[after]) && RELATIVES.has(lowerOf(units[after + 1]));
  const reach = relative ? 24 : 10;
  for (
    let close = after + 2;
    isComma(units[after]) && close < units.length && close <= after + reach;
    close++
  ) {
    if (!isComma(units[close]) && !isTerminal(units[close])) continue;
    if (relative || anonymityClause(units, close - 1) === after + 1) {
      appositive = [after + 1, close - 1];
      after = close;
    }
    break;
  }
  if (isComma(units[after]) && !speaker.pronoun && appositive === null) {
    const apposition = phraseStartingAt(units, after + 1);
    if (apposition) {
      // "According to Mykhailo Podolyak, advisor to the head of the office, …": the appositive runs to
      // the next comma when no verb intervenes.
      let last = apposition.last;
      while (last + 1 < units.length && last - apposition.first < 15) {
        const next = units[last + 1];
        const pos = posOf(next);
        if (isComma(next) || isTerminal(next) || isQuote(next) || pos === 'VERB' || pos === 'AUX') break;
        last++;
      }
      // "According to Tom Reed, security, the rule of law and fair taxes are key": one bare lower-case
      // word that names no role opens a list, the content, not an appositive.
      const listItem =
        last === apposition.first && !isCapitalized(units[last]) && !TITLE_WORDS.has(lowerOf(units[last]));
      // "…, according to the new mayor, Ivo Rask.": an appositive of two words or more may close the
      // sentence after a content that holds a verb ("The second initiative, according to X, concerns/NOUN
      // …" has none); one owned by "their" or "its" is the content's ("…, their biggest fall since 2001").
      const closing =
        cue.first > floor &&
        (last + 1 >= units.length || isTerminal(units[last + 1])) &&
        last > apposition.first &&
        !POSSESSIVE_PRONOUNS.has(lowerOf(units[apposition.first])) &&
        holdsVerb(units, floor, cue.first - 1);
      if (
        ((isComma(units[last + 1]) && last + 2 < units.length) || closing) &&
        !listItem &&
        !insertionBeforeVerb(units, last + 1)
      ) {
        appositive = [apposition.first, last];
        after = last + 1;
        // "Mark Tedeschi, QC, …": a post-nominal between commas belongs to the name, not the content.
        if (/^\p{Lu}{2,3}$/u.test(valueOf(units[after + 1])) && isComma(units[after + 2])) after += 2;
      }
    }
  }
  // "One of the options, according to a person close to the talks, is …": the source's modifier runs to
  // the comma before the content's predicate.
  if (
    appositive === null &&
    !isComma(units[after]) &&
    isComma(units[cue.first - 1]) &&
    verbless(units, floor, cue.first - 2)
  ) {
    const medial = resumedPredicate(units, after);
    if (medial && medial.modifierLast >= 0) {
      appositive = [after, medial.modifierLast];
      after = medial.modifierLast + 1;
    }
  }
  after = relayedFrom(units, after);
  const tail = readTail(context, { ...cue, cueClass: 'speech' }, after);
  after = tail.next;
  // "…, according to X at Y, as part of …": after a clause the attribution closes what came before; only an
  // attribution opening the content, or inside an unfinished one ("On May 8, according to X from Y, …", "a
  // trainer which, according to X from Y, can …"), is continued after the source's modifier.
  const coordinated = cue.first > floor && COORDINATORS.has(lowerOf(units[cue.first - 1]));
  const resumes =
    cue.first <= floor ||
    coordinated ||
    (isComma(units[cue.first - 1]) &&
      (verbless(units, floor, cue.first - 2) || RELATIVES.has(lowerOf(units[cue.first - 2]))));
  if (resumes) after = sourceModifierEnd(units, after);
  const base = {
    sentence: context.sentenceIndex,
    source: mention(
      context,
      speaker,
      author < 0 ? appositive : [speaker.last + 1, Math.max(author, appositive?.[1] ?? author)],
    ),
    cue: cue.cue,
    cueClass: 'speech' as const,
    venue: tail.venue,
    pattern: 'according' as const,
    sharedWith: null,
  };
  // "…, and in the words of the prosecutor, \"…\"": after a coordinator the attribution opens a clause.
  if (cue.first <= floor || coordinated) {
    const span = contentSpan(units, after, units.length - 1);
    // ('"…," he said, according to the Courier, the county paper.': after another attribution, what
    // follows the source names it again; content holds a clause.)
    const renamed = isComma(units[after]) ? phraseStartingAt(units, after + 1) : null;
    if (
      floor > 0 &&
      !coordinated &&
      renamed &&
      (renamed.last + 1 >= units.length || isTerminal(units[renamed.last + 1]))
    )
      return null;
    return span ? { ...base, parts: [span] } : null;
  }
  // "Therefore, according to him, this war should end …": an adverb before the attribution is no content.
  const opener = cue.first - 1 - floor <= 2 && isComma(units[cue.first - 1]) && isComma(units[after]);
  if (opener && !holdsClause(units, floor, cue.first - 2)) {
    const span = contentSpan(units, after + 1, units.length - 1);
    return span ? { ...base, parts: [span] } : null;
  }
  // ("The IMF said that, according to data from X, GDP rose": inside the report a verb's "that" opens,
  // the relay is that speaker's, no attribution of its own; not a relative "that": "a PC that, according
  // to X, has …")
  const reportedThat =
    isComma(units[cue.first - 1]) &&
    lowerOf(units[cue.first - 2]) === 'that' &&
    posOf(units[cue.first - 3]) === 'VERB' &&
    cue.first - 3 >= floor;
  if (reportedThat) return null;
  // '… a “root canal,” according to X.': the comma sits inside the quotation.
  if (isComma(units[cue.first - 1]) || isDash(units[cue.first - 1]) || isQuote(units[cue.first - 1])) {
    const span = contentSpan(units, floor, cue.first - 1);
    if (!span) return null;
    const parts = [span];
    // "…, according to X, …": the content goes on after the attribution; so it does between dashes
    // ("The ferry — according to two officials — will be named on Friday").
    // After "and" the attribution covers only the clause it opens ("X will meet Y and - according to Z -
    // he is to …"); after a relative pronoun what comes before is no content of its own ("…, which -
    // according to X - can be …").
    const dashed = isDash(units[cue.first - 1]) && isDash(units[after]) && after + 1 < units.length;
    const beforeDash = lowerOf(units[cue.first - 2]);
    if (dashed && posOf(units[cue.first - 2]) === 'CCONJ') {
      const rest = contentSpan(units, after + 1, units.length - 1);
      return rest ? { ...base, parts: [rest] } : null;
    }
    // After its closing comma a relative clause ("…, according to the mayor, who spoke on Monday") is
    // the source's, and a clause with a subject of its own after "but" ("…, according to X, but the
    // council disagrees") the writer's; a predicate sharing the subject goes on ("…, but will sail"), and
    // after "and" the source may go on with its figures ("…, according to the office, and the top 10
    // percent paid …").
    const opensOther =
      RELATIVES.has(lowerOf(units[after + 1])) ||
      (lowerOf(units[after + 1]) === 'but' && !['AUX', 'VERB'].includes(posOf(units[after + 2])));
    if (
      (isComma(units[after]) || (dashed && !DASHED_RELATIVES.has(beforeDash))) &&
      after + 1 < units.length &&
      !opensOther
    ) {
      const rest = contentSpan(units, after + 1, units.length - 1);
      if (rest) parts.push(rest);
    }
    return { ...base, parts };
  }
  // "Berg leads by 271 votes according to a count by the board.", "…, 82 percent of whom view him
  // unfavorably according to the poll, …": no comma before the attribution that closes the clause; a
  // norm after it ("acted according to the rules") names no source.
  // (The source may run on: "a count by the board", "a poll released Monday", "the poll of 800 voters".)
  let end = after;
  while (
    end < units.length &&
    end < after + 12 &&
    !isTerminal(units[end]) &&
    !isComma(units[end]) &&
    !isQuote(units[end]) &&
    posOf(units[end]) !== 'AUX' &&
    !(posOf(units[end]) === 'VERB' && !/(ed|en)$/.test(lowerOf(units[end])))
  )
    end++;
  const closes = end >= units.length || isTerminal(units[end]) || isComma(units[end]);
  const head = lowerOf(units[speaker.last]);
  const named =
    posOf(units[speaker.last]) === 'PROPN' ||
    SOURCE_HEADS.has(head) ||
    GROUP_WORDS.has(head) ||
    ORGANIZATION_WORDS.has(head) ||
    TITLE_WORDS.has(head);
  // Not "Lee said according to the report, …" or "recalled that according to …" (the attribution opens
  // the next clause), nor "That's according to X" (a pointer, no words), nor a title ("The World
  // According to Bex").
  const last = lowerOf(units[cue.first - 1]);
  const opensNext = last === 'that' || lookupCue(last) !== undefined;
  const pointer = cue.first - floor <= 3 && /^(that|this|it)$/.test(lowerOf(units[floor]));
  const title = valueOf(units[cue.first]).startsWith('A');
  if (
    closes &&
    named &&
    !speaker.pronoun &&
    !NORMS.has(head) &&
    !opensNext &&
    !pointer &&
    !title &&
    holdsVerb(units, floor, cue.first - 1)
  ) {
    const span = contentSpan(units, floor, cue.first - 1);
    return span ? { ...base, parts: [span] } : null;
  }
  return null;
}

/** Heads of a source that counts, reports or records ("a poll", "the count", "court filings"). */
const SOURCE_HEADS = new Set(
  `poll polls survey surveys count tally report reports study studies data figures estimate estimates
  statistics records documents document filing filings projections projection forecast forecasts results
  research analysis statement release website newspaper paper agency spokesman spokeswoman spokesperson
  aide aides official police tracker census`.split(/\s+/),
);

/** What "according to" follows as a rule rather than as a source ("according to plan"). */
const NORMS = new Set(
  `plan plans rule rules law laws schedule schedules script terms tradition traditions custom customs
  guidelines guideline instructions instruction protocol protocols procedure procedures regulations
  standards principles wishes needs size age ability abilities merit merits order design recipe
  scripture book manual formula pattern type category`.split(/\s+/),
);

/** Labels that end in a colon and name no speaker. */
export const NOT_SPEAKERS = new Set(
  `note update updated editor photo photos source sources related read watch video correction disclosure
  advertisement q a answer question subject topic date time location breaking exclusive live listen
  transcript sign statement email report poll analysis opinion review comment comments categories category
  tags tag filed keywords latest copy summary warning warnings tip tips disclaimer background caution
  reminder takeaway takeaways verdict pros cons features specs specifications technology design display
  price bonus lesson example step steps goal problem solution result results score`.split(/\s+/),
);

/** "IOWA POLLS … - Mark Blumenthal: “…”", "More from Jones: “…”": a dash or "from" before the name. */
function leadsName(units: Unit[], index: number): boolean {
  return isDash(units[index]) || lowerOf(units[index]) === 'from';
}

/** Prepositions that qualify a headline's speaker before its colon ("Reed on the pier:", "Lee to voters:"). */
const QUALIFIERS = new Set(['on', 'to', 'at', 'in', 'about']);

/**
 * "Ann Lee on the Harbour Plan: …", "Lee to Voters: …", "Former Mayor Reed at the Rally: …": a name
 * opening the line, then a short qualifier (no comma, quotation or verb before the colon at `colon`),
 * names the headline's speaker.
 */
function qualifiedSpeaker(units: Unit[], colon: number): PhraseSpan | null {
  for (let p = 1; p < colon - 1; p++) {
    if (!QUALIFIERS.has(lowerOf(units[p]))) continue;
    if (colon - p > 9) return null;
    for (let k = p + 1; k < colon; k++) {
      const unit = units[k];
      if (isQuote(unit) || isComma(unit) || isTerminal(unit) || posOf(unit) === 'AUX') return null;
    }
    const name = phraseEndingAt(units, p - 1, 0);
    if (name === null || name.first !== 0 || name.pronoun || posOf(units[name.last]) !== 'PROPN') return null;
    return name;
  }
  return null;
}

/** "Name: content": the colon is the cue, the name before it the source. */
function colonAttribution(
  context: Context,
  phrase: PhraseSpan,
  at: { colon: Unit; span: Span },
): Attribution {
  return {
    sentence: context.sentenceIndex,
    parts: [at.span],
    source: mention(context, phrase, null),
    cue: { start: at.colon.start, end: at.colon.end, text: ':', lemma: 'say' },
    cueClass: 'speech',
    venue: null,
    pattern: 'colon',
    sharedWith: null,
  };
}

/** `Zelensky: "…"` and `"…" — Zelensky` (headline and caption style). */
export function colonOrDash(context: Context): Attribution | null {
  const { units } = context.sentence;
  for (let i = 1; i < units.length - 1 && i < 10; i++) {
    if (lowerOf(units[i]) !== ':') continue;
    if (isQuote(units[i + 1])) {
      const phrase = qualifiedSpeaker(units, i) ?? phraseEndingAt(units, i - 1, 0);
      const opens = phrase !== null && (phrase.first === 0 || leadsName(units, phrase.first - 1));
      if (phrase && opens && (posOf(units[phrase.last]) === 'PROPN' || phrase.pronoun)) {
        const span = contentSpan(units, i + 1, units.length - 1);
        if (!span) return null;
        return colonAttribution(context, phrase, { colon: units[i], span });
      }
    } else {
      // Headline and transcript style without marks: "Rubio: I'm Not Interested In Being Vice President",
      // "Matthews: Well, speculation is bad." Only a name opening its line, never a label or a place.
      const phrase = qualifiedSpeaker(units, i) ?? phraseEndingAt(units, i - 1, 0);
      if (
        phrase === null ||
        phrase.pronoun ||
        !(phrase.first === 0 || leadsName(units, phrase.first - 1)) ||
        posOf(units[phrase.last]) !== 'PROPN' ||
        NOT_SPEAKERS.has(lowerOf(units[phrase.last])) ||
        PLACES.has(lowerOf(units[phrase.last])) ||
        phrase.last - phrase.first > 4
      )
        continue;
      let words = 0;
      for (let w = i + 1; w < units.length && words < 3; w++) if (posOf(units[w]) !== 'PUNCT') words++;
      if (words < 3) continue;
      // "The Onion: An interview with …", "The Sports Moment: A newsletter for …": a title with "the" and a
      // description without a verb is a label, not a turn of speech ("Ruslan Reed: A large project." is).
      if (lowerOf(units[phrase.first]) === 'the' && !holdsVerb(units, i + 1)) continue;
      // "WIRED25: Stories of …": a figure inside the name makes it a web-page label. "Portion Cups: 2 Green,
      // 1 Red", "Price Drop: 2024 Ferry Pass for $39": amounts with no verb are a list or an offer, not a turn.
      let figure = false;
      for (let w = phrase.first; w <= phrase.last; w++) if (/\d/.test(lowerOf(units[w]))) figure = true;
      if (figure || (/^\d/.test(lowerOf(units[i + 1])) && !holdsVerb(units, i + 1))) continue;
      const span = contentSpan(units, i + 1, units.length - 1);
      if (!span) return null;
      return colonAttribution(context, phrase, { colon: units[i], span });
    }
  }
  // "…" — Zelensky; "…" — Maria Petrenko, mayor of Irpin
  let last = units.length - 1;
  while (last > 0 && isTerminal(units[last])) last--;
  for (let d = last - 1; d > 0 && d >= last - 16; d--) {
    if (isDash(units[d]) && isQuote(units[d - 1])) {
      const phrase = phraseStartingAt(units, d + 1);
      const role = phrase ? signedRole(units, phrase.last, last) : null;
      if (phrase && (phrase.last === last || role) && posOf(units[phrase.last]) === 'PROPN') {
        return {
          sentence: context.sentenceIndex,
          parts: [{ start: units[d - 1].start, end: units[d - 1].end }],
          source: mention(context, phrase, role),
          cue: {
            start: units[d].start,
            end: units[d].end,
            text: context.text.slice(units[d].start, units[d].end),
            lemma: 'say',
          },
          cueClass: 'speech',
          venue: null,
          pattern: 'dash',
          sharedWith: null,
        };
      }
    }
  }
  return null;
}

/**
 * The role that signs a pull quote after its speaker's name ending at `name` ("— Maria Petrenko, mayor of
 * Irpin"): a comma and at most eight words without a verb, a quotation or another comma, up to `last`.
 */
function signedRole(units: Unit[], name: number, last: number): [number, number] | null {
  if (!isComma(units[name + 1]) || last < name + 2 || last - name > 9) return null;
  for (let k = name + 2; k <= last; k++) {
    const pos = posOf(units[k]);
    if (pos === 'VERB' || pos === 'AUX' || isComma(units[k]) || isQuote(units[k])) return null;
  }
  return [name + 2, last];
}

/** A question put to someone, with the word "asked" as its cue (its asker is `source`, or unnamed). */
function askedAttribution(
  context: Context,
  span: Span,
  source: Attribution['source'],
  cueUnit: Unit,
): Attribution {
  return {
    sentence: context.sentenceIndex,
    parts: [span],
    source,
    cue: {
      start: cueUnit.start,
      end: cueUnit.end,
      text: context.text.slice(cueUnit.start, cueUnit.end),
      lemma: 'ask',
    },
    cueClass: 'speech',
    venue: null,
    pattern: 'asked',
    sharedWith: null,
  };
}

/**
 * "Asked whether he would fire the writer, Priebus said, …", "Asked about the vote, she replied: …": the
 * question is reported speech too, and the answer's subject is the one asked. The reach is bounded.
 */
export function askedQuestion(context: Context): { attribution: Attribution; next: number } | null {
  const { units } = context.sentence;
  const at =
    lowerOf(units[0]) === 'asked'
      ? 0
      : lowerOf(units[0]) === 'when' && lowerOf(units[1]) === 'asked'
        ? 1
        : -1;
  if (at < 0) return null;
  for (let comma = at + 3; comma < units.length && comma <= at + 40; comma++) {
    if (isQuote(units[comma]) || isTerminal(units[comma])) return null;
    if (!isComma(units[comma])) continue;
    const speaker = phraseStartingAt(units, comma + 1);
    if (!speaker) continue;
    const verb = units[speaker.last + 1];
    const entry = verb && verb.kind === 'token' ? lookupCue(verb.token.lower) : undefined;
    if (!entry || (entry.cueClass !== 'speech' && entry.cueClass !== 'object')) continue;
    // "Asked by a reporter whether …": the asker is not part of the question.
    let from = at + 1;
    if (lowerOf(units[from]) === 'by') {
      const asker = phraseStartingAt(units, from + 1);
      if (asker) from = asker.last + 1;
    }
    const span = contentSpan(units, from, comma - 1);
    if (!span) return null;
    return {
      attribution: askedAttribution(context, span, mention(context, speaker, null), units[at]),
      next: comma + 1,
    };
  }
  return null;
}

/** Conjunctions before a clause of "asked" that follows its answer ("…, X said when asked whether …"). */
const ASKED_LEADS = new Set(['when', 'after', 'before', 'once', 'if']);

/** Auxiliaries of a passive "asked" ("was asked whether …"). */
const PASSIVE_LEADS = new Set([...BE_FORMS, 'been', 'being']);

/** Words that open the question put ("whether", "if", a wh-word) or its topic ("about"). */
const QUESTION_OPENERS = new Set([
  'whether',
  'if',
  'what',
  'why',
  'how',
  'which',
  'who',
  'when',
  'where',
  'about',
]);

/**
 * "\"You bet,\" Reed said when asked whether he would run", "she looked uneasy when asked about her
 * daughter's job": a question put to someone after the clause of the answer is reported speech too, its
 * asker unnamed (as "Asked whether …, X said" at the sentence's start is). The question runs to the
 * sentence's end; after "about" only its topic is kept. A part already found that runs over the clause
 * is cut before it (the parts of `found` are replaced in place). A passive ("Reed was asked whether …",
 * "Lee was asked, \"…?\"") names whom it was put to; inside another report it is that report's.
 */
export function trailingQuestion(context: Context, found: Attribution[]): Attribution | null {
  const { units } = context.sentence;
  for (let at = 2; at < units.length - 2; at++) {
    if (lowerOf(units[at]) !== 'asked') continue;
    // "Reed was asked whether …", "Lee was asked, \"…?\"": the passive names whom the question was put to.
    const passive = PASSIVE_LEADS.has(lowerOf(units[at - 1]));
    if (!passive && !ASKED_LEADS.has(lowerOf(units[at - 1]))) continue;
    let from = at + 1;
    // "when asked by a reporter whether …": the asker is not part of the question.
    if (lowerOf(units[from]) === 'by') {
      const asker = phraseStartingAt(units, from + 1);
      if (!asker) return null;
      from = asker.last + 1;
    }
    const opener = lowerOf(units[from]);
    const quoted = passive && /^[,:]$/.test(opener) && isQuote(units[from + 1]);
    if (!QUESTION_OPENERS.has(opener) && !quoted) return null;
    if (opener === 'about' || quoted) from++;
    let last = units.length - 1;
    while (last > from && (isTerminal(units[last]) || isComma(units[last]))) last--;
    // ("…, \"Will it pay?\" Her deputy …": the quotation alone is the question.)
    if (quoted) last = from;
    for (let k = from; k <= last && !quoted; k++) if (isQuote(units[k])) return null;
    const span = contentSpan(units, from, last);
    if (!span) return null;
    // The content of the answer stops before the clause of the question ("said he would stay, when asked
    // …"): a part running over it ends at the last word before it; a quotation never does.
    let before = at - 2;
    while (before > 0 && isComma(units[before])) before--;
    const lead = units[at - 1];
    for (const attribution of passive ? [] : found) {
      attribution.parts.forEach((part, index) => {
        if (part.start < lead.start && lead.start < part.end && !isQuote(units[before]))
          attribution.parts[index] = { start: part.start, end: units[before].end };
      });
    }
    const cueUnit = units[at];
    if (
      found.some((attribution) =>
        attribution.parts.some((part) => part.start < span.end && span.start < part.end),
      )
    )
      return null;
    return askedAttribution(context, span, null, cueUnit);
  }
  return null;
}

/** "Said Ellis: \"…\"", "Added Reed, \"…\"": a verb opening the sentence, its speaker, then the words. */
export function verbFirst(context: Context): Attribution | null {
  const { units } = context.sentence;
  const opening = units[0];
  if (!opening || opening.kind !== 'token' || !/^\p{Lu}/u.test(opening.token.value)) return null;
  const lemma = OPENING_CUES.get(opening.token.lower);
  if (!lemma) return null;
  const speaker = phraseStartingAt(units, 1);
  if (!speaker || speaker.pronoun) return null;
  const mark = lowerOf(units[speaker.last + 1]);
  if (mark !== ':' && mark !== ',') return null;
  // "Says Ann Lee, a trader at the port: \"…\"": an appositive without a verb up to the colon.
  let opens = speaker.last + 2;
  let appositive: [number, number] | null = null;
  if (mark === ',') {
    for (let k = opens; k < units.length && k <= opens + 12; k++) {
      const unit = units[k];
      if (isQuote(unit) || isTerminal(unit) || ['VERB', 'AUX'].includes(posOf(unit))) break;
      if (lowerOf(unit) === ':') {
        if (k > opens) {
          appositive = [speaker.last + 2, k - 1];
          opens = k + 1;
        }
        break;
      }
    }
  }
  const span = contentSpan(units, opens, units.length - 1);
  if (!span) return null;
  return {
    sentence: context.sentenceIndex,
    parts: [span],
    source: mention(context, speaker, appositive),
    cue: { start: opening.start, end: opening.end, text: opening.token.value, lemma },
    cueClass: 'speech',
    venue: null,
    pattern: 'inverted',
    sharedWith: null,
  };
}
