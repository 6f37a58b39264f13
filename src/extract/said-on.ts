import * as chrono from 'chrono-node';
import type { SaidOn, Span } from '../model/statement.js';
import { HAVE_FORMS } from './cue-lexicon.js';
import { PUBLISHED_ON } from './find-venue.js';

export interface FindSaidOnOptions {
  /** The attribution sentence (several sentences for a split quote). */
  sentence: Span;
  /** The content span: time expressions inside it date the content, not the saying. */
  quote: Span;
  /** The reporting verb; time expressions nearest to it win. */
  cue: Span | null;
  /** Publication date, YYYY-MM-DD or an ISO timestamp (its date part is used as written). */
  published: string | null;
  /**
   * The contents of the sentence's other statements: a date or year inside them dates what they report
   * ("X said Britain was naive to court Xi in 2015, adding that …": 2015 is not when X added it). Asked
   * for only when a date is found, so a sentence with no dates costs nothing per statement.
   */
  others?: () => Span[];
  /** The cue is in the present tense ("says", "critics say"): a standing claim, dated only beside it. */
  present?: boolean;
  /** The speaker's mention and name: a date word in both is a name ("said Friday" of a coach called Friday). */
  speaker?: { mention: Span | null; name: string } | null;
}

/*
 * Conventions (news is past tense, so every relative expression resolves backwards):
 * - A bare weekday is the most recent such day on or before publication ("Friday" in a Saturday story
 *   is the day before; "Saturday" in a Saturday story is that day). "last Friday" is strictly before.
 * - Weeks start on Sunday (US wire style): "this week" is Sunday..publication, "earlier this week"
 *   Sunday..the day before publication, "last week" the whole previous Sunday..Saturday.
 * - A month without a year is the last such month on or before publication, clipped to publication.
 *   A day and month without a year is the most recent such date on or before publication.
 * - Back-references ("previously", "has long said", "had said") are `before` the publication date.
 * Only a window of WINDOW characters either side of the cue is searched, with the content masked out,
 * so the cost per statement is bounded whatever the size of the text.
 */
const WINDOW = 200;
const MAX_CUE = 100;
const QUOTE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb';

interface Day {
  days: number; // days since 1970-01-01
}
interface Candidate extends Span {
  text: string;
  /** (future: the saying is still to come, "will say on Monday": a bare weekday is the next one) */
  resolve: (
    published: Day | null,
    future?: boolean,
  ) => { from: Day; to: Day; basis: 'explicit' | 'relative' } | null;
}

export function findSaidOn(text: string, options: FindSaidOnOptions): SaidOn | null {
  const published = parsePublished(options.published);
  // (joined: where ", and" put the cue's verb beside an earlier one of the same subject, or -1)
  const relative = relativeClauseBefore(text, options);
  const { segments, joined } = searchSegments(text, options, relative);
  const anchor = options.cue ?? options.quote;
  const candidates: Candidate[] = [];
  const backReferences: Span[] = [];
  let others: Span[] | null = null;
  const inOther = (span: Span) =>
    (others ??= options.others?.() ?? []).some(
      (other) => span.start >= other.start && span.start < other.end,
    );
  for (const segment of segments) {
    const slice = text.slice(segment.start, segment.end);
    // A date or year written out inside another statement's content dates what it reports; a weekday
    // after it ("condemned … on Thursday and called …") still dates the clause that holds both.
    const absolute = findAbsolute(slice, segment.start).filter((candidate) => !inOther(candidate));
    const relative = findRelative(slice, segment.start).filter(
      (candidate) => !(YEAR.test(candidate.text) && inOther(candidate)),
    );
    candidates.push(...relative, ...absolute);
    backReferences.push(
      ...findBackReferences(slice, segment.start).filter(
        (back) => !recentlyElsewhere(text, back, options.cue),
      ),
    );
  }
  const mention = options.speaker?.mention;
  const name = options.speaker?.name ?? '';
  const future =
    options.cue !== null &&
    (FUTURE_CUE.test(text.slice(options.cue.start, options.cue.end)) ||
      FUTURE_BEFORE_CUE.test(text.slice(Math.max(0, options.cue.start - 40), options.cue.start)));
  // (only a date after the future cue or opening the sentence is the saying's: in "X said on Monday she
  // will tell MPs …" Monday is the past verb's)
  const ahead = (candidate: Span) =>
    future &&
    options.cue !== null &&
    (candidate.start >= options.cue.end || inOpeningPhrase(text, options.sentence, candidate));
  const kept = dropOverlaps(
    candidates.filter(
      (candidate) =>
        // ("tomorrow" dates a saying only when it is still to come: "will say tomorrow")
        (candidate.text.toLowerCase() !== 'tomorrow' || ahead(candidate)) &&
        !introducesOtherEvent(text, candidate.start) &&
        !isDateline(text, candidate.end) &&
        // ("The broadcasts began on August 10 and South Korea says …": the date is the other verb's)
        !(options.present && options.cue && !besideCue(text, candidate, options.cue, mention ?? null)) &&
        !opensComplement(text, candidate.start, options.cue) &&
        !(
          mention &&
          candidate.start < mention.end &&
          mention.start < candidate.end &&
          isNameWord(candidate.text, name)
        ) &&
        !(relative && candidate.start >= relative.start && candidate.start < relative.end) &&
        // (before a joined second verb only the sentence's opening phrase, or a date between the subject
        // and its first verb, dates it: "In a speech on Wednesday, X renewed calls …, and said", "X on
        // Thursday blamed …, and he insisted"; not "X upgraded its forecast for this year, and said")
        (candidate.end > joined ||
          inOpeningPhrase(text, options.sentence, candidate) ||
          beforeSubjectsVerb(text, options.sentence, candidate, name)),
    ),
  );
  kept.sort((a, b) => distance(a, anchor) - distance(b, anchor) || a.start - b.start);
  const nearestBack = backReferences.sort((a, b) => distance(a, anchor) - distance(b, anchor))[0];
  for (const candidate of kept) {
    // A back-reference right beside the cue outranks a date further away ("X previously said, ...").
    if (nearestBack && distance(nearestBack, anchor) < distance(candidate, anchor)) break;
    const range = candidate.resolve(published, ahead(candidate));
    // "After losing in round one last year, Safin said": a month or a year in a clause opened by "after"
    // dates that clause (a day there, "After talks on Monday, X said", is most often the day of both).
    if (range && range.from.days !== range.to.days && inTimeClause(text, candidate.start)) continue;
    if (range) {
      const found: SaidOn = {
        from: iso(range.from),
        to: iso(range.to),
        text: candidate.text,
        basis: range.basis,
      };
      // (where the expression stands, for carrySaidOn: only a date beside its cue dates the next words)
      // ("Earlier this week, US Ambassador to the UN Linda Thomas-Greenfield said": the sentence's opening
      // date is the cue's however long the subject)
      const opening = /^[\s"\u201c]*$/.test(
        text.slice(clampSpan(options.sentence, text.length).start, candidate.start),
      );
      if (options.cue)
        attached.set(
          found,
          opening && candidate.end <= options.cue.start ? 0 : distance(candidate, options.cue),
        );
      return found;
    }
  }
  const perfect = options.cue ? perfectAuxiliary(text, options.cue) : null;
  const back = nearestBack ?? perfect;
  if (back) {
    if (!published) return null;
    return { from: '', to: iso(published), text: text.slice(back.start, back.end), basis: 'before' };
  }
  if (!published) return null;
  return { from: iso(published), to: iso(published), text: '', basis: 'published' };
}

/**
 * The expression stands in the phrase that opens the sentence, before its subject: "On Monday, …",
 * "In a speech in London on Wednesday, …", "In May the US …".
 */
function inOpeningPhrase(text: string, sentence: Span, candidate: Span): boolean {
  const before = text.slice(clampSpan(sentence, text.length).start, candidate.start);
  return /^[\s"\u201c]*(?:(?:on|in|at|during|late|early|earlier|later|last|this|speaking|addressing)\b[^,;:]*)?$/i.test(
    before,
  );
}

/**
 * The expression stands between the sentence's subject, which names the speaker, and its first verb:
 * "The mayor on Thursday blamed …", "Ann Reed yesterday told …".
 */
function beforeSubjectsVerb(text: string, sentence: Span, candidate: Span, name: string): boolean {
  const last = /([\p{L}'-]{2,})$/u.exec(name.trim())?.[1]?.toLowerCase();
  if (!last) return false;
  const subject = /^[\s"\u201c]*((?:[\p{L}.'\u2019-]+ ){1,8})(?:on )?$/u.exec(
    text.slice(clampSpan(sentence, text.length).start, candidate.start),
  );
  if (!subject || !subject[1].toLowerCase().split(/\s+/).includes(last)) return false;
  return /^ (?:[a-z]+ly )?(?:[a-z]+ed|met|held|spoke|told|said|gave|made|took|went|sent|wrote|drew|began|hit|struck|stood|fought|sought|thought|threw)\b/.test(
    text.slice(candidate.end, candidate.end + 40),
  );
}

/**
 * Nothing but the speaker's mention stands between the expression and the cue ("On Friday, X says",
 * "X on Friday says"), or the expression follows the cue at once ("says on Friday").
 */
function besideCue(text: string, candidate: Span, cue: Span, mention: Span | null): boolean {
  if (candidate.start >= cue.end) return /^[\s,]*(?:on\s+)?$/.test(text.slice(cue.end, candidate.start));
  let between = text.slice(candidate.end, cue.start);
  if (mention && mention.start >= candidate.end && mention.end <= cue.start)
    between = text.slice(candidate.end, mention.start) + text.slice(mention.end, cue.start);
  return /^[\s,]*$/.test(between);
}

/** "Friday" in "Mike Friday", "April" in "April Ryan": a weekday or month that is part of the speaker's name. */
function isNameWord(word: string, name: string): boolean {
  return /^[A-Z][a-z]+$/.test(word) && name.split(/\s+/).includes(word);
}

/**
 * "will say", "is due to announce", "'ll tell": the saying is still to come when the report is written
 * ("will tell MPs on Tuesday" in a Saturday paper is the Tuesday after).
 */
const FUTURE_BEFORE_CUE =
  /(?:\bwill|\bshall|['\u2019]ll|\b(?:is|are) (?:due|expected|set|scheduled|going) to)\s+(?:(?:also|then|later|formally|officially|publicly|personally)\s+)?$/i;

/** A cue that holds its future auxiliary ("will say"). */
const FUTURE_CUE = /^(?:will|shall)\s/i;

/** How far each date found stands from its cue, in characters (kept for carrySaidOn). */
const attached = new WeakMap<SaidOn, number>();

/**
 * ", who won the prize in 2003," between the subject and the cue: a relative clause dates what it tells
 * ("Ann Lee, who won the prize in 2003, said …" was not said in 2003), and so does a past participle's
 * phrase ("The company, founded in 1990, said …").
 */
function relativeClauseBefore(text: string, options: FindSaidOnOptions): Span | null {
  const cue = options.cue;
  if (!cue) return null;
  const from = Math.max(options.sentence.start, cue.start - WINDOW);
  if (options.quote.end > from && options.quote.start < cue.start) return null;
  const left = text.slice(Math.max(0, from), Math.max(0, cue.start));
  const match =
    /, (?:who|which|whose|whom|[a-z]+(?:ed|en|wn))\b(?:[^,;:"\u201c\u201d]|,\d)*, ?(?:[\w.'\u2019-]+ ){0,4}$/.exec(
      left,
    );
  if (!match) return null;
  // ("The statement, released on Friday, said", "X, who spoke at the rally on Friday, said": the clause
  // tells the saying itself)
  const verb = /^, (?:who (?:spoke|was speaking)\b|([a-z]+))/.exec(match[0]);
  if (verb && (!verb[1] || PUBLISHED_ON.has(verb[1]))) return null;
  const start = from + match.index;
  return { start, end: start + match[0].lastIndexOf(',') };
}

/** The parts of the sentence near the cue that lie outside the content. */
function searchSegments(
  text: string,
  options: FindSaidOnOptions,
  /** A relative clause between the subject and the cue (relativeClauseBefore): no clause boundary. */
  relative: Span | null,
): { segments: Span[]; joined: number } {
  const sentence = clampSpan(options.sentence, text.length);
  const quote = clampSpan(options.quote, text.length);
  const cue = options.cue ? clampSpan(options.cue, text.length) : null;
  if (cue && cue.start >= quote.start && cue.end <= quote.end) {
    // A split quote: the attribution sits between the marks ('"…," he said on Friday, "…"').
    let start = cue.start;
    const lowest = Math.max(quote.start, cue.start - WINDOW);
    while (start > lowest && !QUOTE_MARKS.includes(text[start - 1])) start--;
    let end = cue.end;
    const highest = Math.min(quote.end, cue.end + WINDOW);
    while (end < highest && !QUOTE_MARKS.includes(text[end])) end++;
    return { segments: [{ start, end }], joined: -1 };
  }
  const anchor = cue ? { start: cue.start, end: Math.min(cue.end, cue.start + MAX_CUE) } : quote;
  let joined = -1;
  const window = {
    start: Math.max(sentence.start, anchor.start - WINDOW),
    end: Math.min(sentence.end, anchor.end + WINDOW),
  };
  if (cue && window.end > window.start) {
    // Stay in the cue's clause: in "X told Y he met Z in September, and said …" the month dates the
    // meeting, not the second saying. The content is blanked first: its own clauses are not boundaries.
    const masked = maskSpan(text, window, quote);
    const left = masked.slice(0, Math.max(0, anchor.start - window.start));
    let cut = -1;
    for (const match of left.matchAll(CLAUSE_BOUNDARY)) {
      const end = (match.index ?? 0) + match[0].length;
      // ("In February, X, who is …, claimed": the opening phrase is the cue's clause's)
      const at = window.start + (match.index ?? 0);
      if (relative && at >= relative.start && at < relative.end) continue;
      // (", and said": a second verb of the same subject stays in its clause, "On Wednesday, X visited
      // Kyiv, and said …"; findSaidOn reads only the opening phrase there)
      // (", and he insisted": the subject taken up by a pronoun is the same subject; ", but it later
      // admitted" is another occasion)
      if (
        !SHARED_SUBJECT.test(match[0]) ||
        !/^\s*(?:(?:he|she|they|it|we)\s+(?:(?:also|\w+ly)\s+)?|(?:also|then|later|\w+ly)\s+)?$/i.test(
          left.slice(end),
        )
      )
        cut = end;
      else joined = window.start + (match.index ?? 0);
    }
    const rightFrom = Math.max(0, Math.min(anchor.end, window.end) - window.start);
    const right = FIRST_CLAUSE_BOUNDARY.exec(masked.slice(rightFrom));
    if (right) window.end = window.start + rightFrom + right.index;
    if (cut >= 0) window.start += cut;
  }
  const segments: Span[] = [];
  if (window.start < quote.start)
    segments.push({ start: window.start, end: Math.min(window.end, quote.start) });
  if (window.end > quote.end) segments.push({ start: Math.max(window.start, quote.end), end: window.end });
  if (quote.end <= quote.start) return { segments: [window], joined };
  return { segments: segments.filter((segment) => segment.end > segment.start), joined };
}

/** The window's text with the span inside it replaced by spaces (same length, same offsets). */
function maskSpan(text: string, window: Span, span: Span): string {
  const from = Math.max(window.start, span.start);
  const to = Math.min(window.end, span.end);
  if (to <= from) return text.slice(window.start, window.end);
  return text.slice(window.start, from) + ' '.repeat(to - from) + text.slice(to, window.end);
}

/** A year written out ("in 2015"): a date of its own, not a weekday relative to the report. */
const YEAR = /\b(?:19|20)\d\d\b/;

const CLAUSE_BOUNDARY =
  /[;:\u2014]|--|, (?:and|but|which|who|whom|while|when|where|as|after|before|because|although|though|if)\b|\b(?:when|while|because|although|whereas)\b/gi;
const FIRST_CLAUSE_BOUNDARY = new RegExp(CLAUSE_BOUNDARY.source, 'i');
/** The clause boundaries that may join a second verb to the same subject (", and said"). */
const SHARED_SUBJECT = /^, (?:and|but)$/i;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
Object.assign(NUMBERS, { seven: 7, eight: 8, nine: 9, ten: 10 });

// Word-bounded alternations only: no nested quantifiers, so matching is linear in the segment.
const RELATIVE =
  /\b(?:(earlier|later) (?:this|in the) (week|month|year)|(this|last|past|previous) (week|month|year|weekend)|(?:(last|this|past) )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(yesterday|tomorrow|today|tonight|last night|this morning|this afternoon|this evening|earlier today|overnight(?=\s*(?:[,.;:!?"\u201d)]|$|(?:that|the|on|in|to|and|as|it|he|she|they|from|after|before|with)\b)))|(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?|months?|years?) ago|(?:over|at|during) the (weekend)|(?:in|during) (?:(?:early|late|mid)[- ])?((?:19|20)\d\d)|in an? ((?:19|20)\d\d)(?= (?:[a-z-]+ ){0,2}(?:interview|speech|statement|address|letter|post|tweet|book|memoir|article|op-ed|essay|podcast|documentary|testimony|hearing|briefing|lecture|column|broadcast|remarks|comments)\b))\b/gi;

// Every alternative of RELATIVE holds one of these words: a window without any is skipped in one scan.
const RELATIVE_HINT = /day|week|month|year|night|morning|afternoon|evening|tomorrow|19\d\d|20\d\d/i;

function findRelative(slice: string, offset: number): Candidate[] {
  const found: Candidate[] = [];
  if (!RELATIVE_HINT.test(slice)) return found;
  for (const match of slice.matchAll(RELATIVE)) {
    const start = offset + (match.index ?? 0);
    const span = { start, end: start + match[0].length, text: match[0] };
    const [, edge, edgeUnit, which, unit, weekdayWhich, weekday, named, count, countUnit, weekend, bare, of] =
      match;
    // ("in 2007", or the year of a speech event: "in a 2019 interview")
    const year = bare ?? of;
    if (weekday && !weekdayWhich && isNamedDay(slice, match.index ?? 0, match[0].length)) continue;
    // "on the eve of Friday's vote": the day before that day, whatever the event
    const eve = weekday && !weekdayWhich ? /\beve of $/i.exec(slice.slice(0, match.index ?? 0)) : null;
    if (eve) {
      const text = slice.slice(eve.index, (match.index ?? 0) + match[0].length);
      resolveEve(found, { start: offset + eve.index, end: span.end, text }, lower(weekday));
      continue;
    }
    // "ahead of Saturday's match": the day of another event; "in Monday's speech" is the saying's.
    // (and "this year's festival", "last week's vote": so are the units')
    if (
      (weekday || which || named) &&
      possessiveOfOtherEvent(slice.slice((match.index ?? 0) + match[0].length))
    )
      continue;
    // "told BBC Radio 4's Today programme": a programme's name.
    if (named && /^\s+(?:programme|program|show)\b/i.test(slice.slice((match.index ?? 0) + match[0].length)))
      if (match[0] === 'Today' || /'s $/.test(slice.slice(0, match.index ?? 0))) continue;
    let resolve: Candidate['resolve'];
    if (edge)
      resolve = (p) => p && relative(lower(edge) === 'earlier' ? earlierIn(p, lower(edgeUnit)) : null);
    else if (which) resolve = (p) => p && relative(unitRange(p, lower(which), lower(unit)));
    else if (weekday)
      resolve = (p, future) =>
        p &&
        relative(
          // (the next such day on or after publication: the most recent one on or before six days on)
          future && !weekdayWhich
            ? weekdayBefore({ days: p.days + 6 }, lower(weekday), '')
            : weekdayBefore(p, lower(weekday), lower(weekdayWhich ?? '')),
        );
    else if (named) resolve = (p) => p && relative(namedDay(p, lower(named)));
    else if (count) resolve = (p) => p && relative(ago(p, NUMBERS[lower(count)] ?? Number(count), countUnit));
    else if (weekend) resolve = (p) => p && relative(unitRange(p, 'this', 'weekend'));
    else {
      const y = Number(year);
      resolve = () => ({ from: dayOf(y, 1, 1), to: dayOf(y, 12, 31), basis: 'explicit' });
      span.text = year;
      span.start = span.end - year.length;
    }
    found.push({ ...span, resolve });
  }
  return found;
}

/**
 * "the eve of Friday('s …)": the day before that weekday, which may be the day after publication ("on the
 * eve of Sunday's vote" in a Saturday paper is that Saturday).
 */
function resolveEve(found: Candidate[], span: Span & { text: string }, weekday: string): void {
  found.push({
    ...span,
    resolve: (p) => {
      if (!p) return null;
      const day = { days: weekdayBefore({ days: p.days + 1 }, weekday, '').from.days - 1 };
      return { from: day, to: day, basis: 'relative' };
    },
  });
}

const ABSOLUTE_FORM =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}[/.-]\d{1,2}/i;

/**
 * A window worth chrono's dozens of patterns: a month name written as one (capitalised, or in capitals:
 * the modal "may" and the verb "march" are not months), or a numeric date with a slash or in three
 * parts ("3/15", "12.10.1999", "2024-03-15"); a decimal or a score ("3.5", "2-1") is none.
 */
const DATE_IN_WINDOW =
  /\b(?:[Jj]an(?:uary)?|[Ff]eb(?:ruary)?|Mar(?:ch)?|[Aa]pr(?:il)?|May|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust)?|[Ss]ept?(?:ember)?|[Oo]ct(?:ober)?|[Nn]ov(?:ember)?|[Dd]ec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b|\d{1,4}\/\d{1,2}|\d{1,4}[.-]\d{1,2}[.-]\d{1,4}/;

const MONTH_LEAD =
  /(?:\b(?:in|during|until|through|throughout|of|last|this|early|mid|late)[\s-]+|\b(?:early|mid|late)[\s-]?)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// "Black Friday", "the Sunday Times", "the Mail on Sunday": a weekday in a name dates nothing.
const DAY_NAME_BEFORE =
  /\b(?:on a|every|each|the|black|good|super|bloody|cyber|ash|maundy|holy|easter|palm|mail on)\s+$/i;
const DAY_NAME_AFTER =
  /^\s+(?:times|telegraph|express|mirror|post|herald|independent|star|people|tribune|night football|programme|program|show)\b/i;

/** Words after a weekday in the possessive that name an occasion of speaking. */
const SPEECH_EVENTS =
  /^['\u2019]s (?:(?:[\w-]+ ){0,2})(?:announcement|statement|speech|address|briefing|call|meeting|talks|interview|conference|session|summit|debate|hearing|remarks|comments|programme|program|show|edition|broadcast|post|letter|report|sermon|rally|ceremony|appearance|news|gathering|visit|newspaper|paper|issue|column|editorial|article|lawsuit|filing|ruling|decision|verdict|judgment|complaint|memo|document|release|decree|order|message|tweet)\b/i;

function possessiveOfOtherEvent(after: string): boolean {
  return /^['\u2019]s\b/.test(after) && !SPEECH_EVENTS.test(after.slice(0, 60));
}

function isNamedDay(slice: string, index: number, length: number): boolean {
  return (
    DAY_NAME_BEFORE.test(slice.slice(Math.max(0, index - 10), index)) ||
    DAY_NAME_AFTER.test(slice.slice(index + length, index + length + 20))
  );
}

/** ", last year" after a month or a day and month: the year they fall in. */
const YEAR_AFTER_MONTH = /^,?\s+(?:of\s+)?(last|this)\s+year\b/i;

/** Month names and numeric dates, found by chrono-node; relative phrases are ours (see RELATIVE). */
function findAbsolute(slice: string, offset: number): Candidate[] {
  const found: Candidate[] = [];
  // chrono runs dozens of patterns; most windows hold no month name or numeric date at all.
  if (!DATE_IN_WINDOW.test(slice)) return found;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.parse(slice, new Date(Date.UTC(2000, 0, 1)));
  } catch {
    return found;
  }
  for (const result of results) {
    const month = result.start.isCertain('month') ? result.start.get('month') : null;
    // chrono also reads "yesterday" and "last month"; those are resolved by RELATIVE, backwards.
    if (!month || !ABSOLUTE_FORM.test(result.text)) continue;
    const day = result.start.isCertain('day') ? result.start.get('day') : null;
    const trimmed = result.text.replace(/^(?:on|in|at|during|since|from) /i, '');
    let core = trimmed.replace(/[\s,.;:]+$/, '');
    // "Grace May, 34, said": two digits after a month's comma are an age, no year ("May '34" is one).
    const age = /,\s*\d{1,2}$/.exec(core);
    if (age) core = core.slice(0, age.index);
    const year = result.start.isCertain('year') && !age ? result.start.get('year') : null;
    const at = result.index + (result.text.length - trimmed.length);
    // "In February last year", "on 5 March this year": the year is told from publication.
    const yearAfter = year
      ? null
      : YEAR_AFTER_MONTH.exec(slice.slice(at + core.length, at + core.length + 20));
    // A bare month name needs a temporal lead-in: "in September", "mid-October", not "the March for Life".
    if (
      !day &&
      !year &&
      !yearAfter &&
      !MONTH_LEAD.test(slice.slice(Math.max(0, at - 12), at) + core.slice(0, 6))
    )
      continue;
    if (yearAfter) core += yearAfter[0];
    const start = offset + at;
    const resolve: Candidate['resolve'] = (p) => {
      if (day && year) return explicit(dayOf(year, month, day), dayOf(year, month, day));
      if (yearAfter && p) {
        const y = ymd(p)[0] + (lower(yearAfter[1]) === 'last' ? -1 : 0);
        const [from, to] = day
          ? [dayOf(y, month, day), dayOf(y, month, day)]
          : [dayOf(y, month, 1), monthEnd(y, month)];
        if (from.days > p.days) return null;
        return { from, to: to.days > p.days ? p : to, basis: 'relative' };
      }
      if (year) return explicit(dayOf(year, month, 1), monthEnd(year, month));
      if (!p) return null;
      const [py, pm, pd] = ymd(p);
      if (day) {
        const y = month < pm || (month === pm && day <= pd) ? py : py - 1;
        return explicit(dayOf(y, month, day), dayOf(y, month, day));
      }
      const y = month <= pm ? py : py - 1;
      const end = monthEnd(y, month);
      return { from: dayOf(y, month, 1), to: end.days > p.days ? p : end, basis: 'relative' };
    };
    found.push({ start, end: start + core.length, text: core, resolve });
  }
  return found;
}

const BACK_REFERENCE =
  /\b(?:previously|formerly|recently(?!-)|in the past|in earlier (?:remarks|comments|statements|interviews)|(?<!\b(?:(?:a|one) day|an|the|its|his|her|their) )earlier(?! (?:this|today|in|on|last|that|than|tonight|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b))\b/gi;

// Every alternative of BACK_REFERENCE holds one of these words.
const BACK_REFERENCE_HINT = /previously|formerly|recently|in the past|earlier/i;

/**
 * "recently" dates the saying only beside its cue ("It recently said", "said recently"); elsewhere it
 * dates another verb ("Tindall, who recently signed for Gloucester, told …").
 */
function recentlyElsewhere(text: string, back: Span, cue: Span | null): boolean {
  if (text.slice(back.start, back.end).toLowerCase() !== 'recently') return false;
  if (!cue) return true;
  if (back.end <= cue.start) return !/^\s*(?:(?:has|have|had)\s+)?$/i.test(text.slice(back.end, cue.start));
  return !(back.start >= cue.end && /^\s*$/.test(text.slice(cue.end, back.start)));
}

function findBackReferences(slice: string, offset: number): Span[] {
  if (!BACK_REFERENCE_HINT.test(slice)) return [];
  return [...slice.matchAll(BACK_REFERENCE)].map((match) => {
    const start = offset + (match.index ?? 0);
    return { start, end: start + match[0].length };
  });
}

const PERFECT_ADVERBS = new Set(
  'long repeatedly often consistently previously already always also publicly earlier frequently recently since been never once'.split(
    ' ',
  ),
);

const HAVE_CLITICS = new Set(["'s", "'ve", "'d"]);

/** "has said", "had long insisted", "have repeatedly said": the cue in a perfect tense. */
function perfectAuxiliary(text: string, cue: Span): Span | null {
  const from = Math.max(0, cue.start - 60);
  // The runs of [A-Za-z'] between `from` and the cue's end, read backwards from the cue.
  let end = Math.min(cue.end, text.length);
  while (end > from) {
    if (!isWordCode(text.charCodeAt(end - 1))) {
      end--;
      continue;
    }
    let start = end - 1;
    while (start > from && isWordCode(text.charCodeAt(start - 1))) start--;
    const lowered = text.slice(start, end).toLowerCase();
    end = start;
    if (start >= cue.start && !HAVE_FORMS.has(lowered)) continue;
    if (HAVE_FORMS.has(lowered) || HAVE_CLITICS.has(lowered)) return { start, end: cue.end };
    if (!PERFECT_ADVERBS.has(lowered)) return null;
  }
  return null;
}

/** A letter A-Z or a-z, or an apostrophe: what perfectAuxiliary reads as a word. */
function isWordCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39;
}

/** "after Friday's strike", "since September": the expression dates another event. */
function introducesOtherEvent(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start).toLowerCase();
  return /\b(?:after|before|since|until|till|following|from|by|through|to|for|as of|ahead of|prior to)(?: (?:on|in|the))? ?$/.test(
    before,
  );
}

/** "adding that yesterday there were …": after the cue and its "that", the date is the content's. */
function opensComplement(text: string, start: number, cue: Span | null): boolean {
  if (!cue || start < cue.end || start - cue.end > 80) return false;
  return /\bthat,?\s*$/i.test(text.slice(cue.end, start));
}

/** The expression ends a clause opened by "after", "before", "since", "when", … a few words before it. */
function inTimeClause(text: string, start: number): boolean {
  return /\b(?:after|before|since|following|until|when|while|despite|ahead of|prior to)\b[^,;:.!?"\u201c\u201d]{0,50}$/i.test(
    text.slice(Math.max(0, start - 60), start),
  );
}

/** "Nov. 30 (UPI) --", "March 3 (Reuters) -": the dispatch date, not when anything was said. */
function isDateline(text: string, end: number): boolean {
  return /^,? ?(?:\d{4} )?\([A-Za-z][\w .&-]{0,30}\) ?(?:--|[-\u2013\u2014])/.test(text.slice(end, end + 40));
}

function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
      continue;
    }
    kept.push(candidate);
  }
  return kept;
}

function distance(span: Span, anchor: Span): number {
  if (span.start >= anchor.end) return span.start - anchor.end;
  if (anchor.start >= span.end) return anchor.start - span.end;
  return 0;
}

// --- calendar arithmetic on whole UTC days ---

function relative(range: { from: Day; to: Day } | null) {
  return range && { ...range, basis: 'relative' as const };
}
function explicit(from: Day, to: Day) {
  return { from, to, basis: 'explicit' as const };
}

function earlierIn(p: Day, unit: string): { from: Day; to: Day } {
  const start = unitRange(p, 'this', unit).from;
  return { from: start, to: { days: Math.max(start.days, p.days - 1) } };
}

function unitRange(p: Day, which: string, unit: string): { from: Day; to: Day } {
  const [y, m, d] = ymd(p);
  const weekday = (p.days + 4) % 7; // 1970-01-01 was a Thursday
  if (unit === 'weekend') {
    // The most recent Saturday on or before publication (strictly before for "last weekend").
    let saturday = p.days - ((weekday + 1) % 7);
    if (which === 'last' || which === 'previous' || which === 'past')
      saturday -= saturday + 1 >= p.days ? 7 : 0;
    return { from: { days: saturday }, to: { days: Math.min(saturday + 1, p.days) } };
  }
  if (which === 'past') {
    const back = unit === 'week' ? 7 : unit === 'month' ? 30 : 365;
    return { from: { days: p.days - back }, to: p };
  }
  const previous = which === 'last' || which === 'previous';
  if (unit === 'week') {
    const sunday = p.days - weekday;
    return previous
      ? { from: { days: sunday - 7 }, to: { days: sunday - 1 } }
      : { from: { days: sunday }, to: p };
  }
  if (unit === 'month') {
    if (!previous) return { from: dayOf(y, m, 1), to: p };
    const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return { from: dayOf(ly, lm, 1), to: monthEnd(ly, lm) };
  }
  if (!previous) return { from: dayOf(y, 1, 1), to: dayOf(y, m, d) };
  return { from: dayOf(y - 1, 1, 1), to: dayOf(y - 1, 12, 31) };
}

function weekdayBefore(p: Day, name: string, which: string): { from: Day; to: Day } {
  const target = WEEKDAYS.indexOf(name);
  let back = ((p.days + 4) % 7) - target;
  if (back < 0) back += 7;
  if (back === 0 && (which === 'last' || which === 'past')) back = 7;
  const day = { days: p.days - back };
  return { from: day, to: day };
}

function namedDay(p: Day, name: string): { from: Day; to: Day } {
  // (the night before publication's morning: either day)
  if (name === 'overnight') return { from: { days: p.days - 1 }, to: p };
  const back = name === 'yesterday' || name === 'last night' ? 1 : name === 'tomorrow' ? -1 : 0;
  return { from: { days: p.days - back }, to: { days: p.days - back } };
}

function ago(p: Day, count: number, unit: string): { from: Day; to: Day } | null {
  if (!Number.isFinite(count) || count <= 0 || count > 1000) return null;
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'day' || u === 'week') {
    const day = { days: p.days - count * (u === 'day' ? 1 : 7) };
    return { from: day, to: day };
  }
  const [y, m] = ymd(p);
  if (u === 'year') return { from: dayOf(y - count, 1, 1), to: dayOf(y - count, 12, 31) };
  const index = y * 12 + (m - 1) - count;
  const [ty, tm] = [Math.floor(index / 12), (index % 12) + 1];
  return { from: dayOf(ty, tm, 1), to: monthEnd(ty, tm) };
}

// Every statement of an article resolves against the same publication date: the last answers of
// parsePublished and iso are kept (Date's parsing and toISOString were 1% of Reuters' extraction).
let lastPublished: { value: string | null; day: Day | null } = { value: null, day: null };
let lastIso: { days: number; text: string } = { days: NaN, text: '' };

function parsePublished(value: string | null): Day | null {
  // (no date: answered apart, so the comparison below only ever sees strings)
  if (value === null) return null;
  if (value === lastPublished.value) return lastPublished.day;
  const day = readPublished(value);
  lastPublished = { value, day };
  return day;
}

function readPublished(value: string | null): Day | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = dayOf(y, m, d);
  const [cy, cm, cd] = ymd(day);
  return cy === y && cm === m && cd === d ? day : null;
}

function dayOf(y: number, m: number, d: number): Day {
  return { days: Math.floor(Date.UTC(y, m - 1, d) / 86_400_000) };
}
function monthEnd(y: number, m: number): Day {
  return { days: dayOf(y, m + 1, 1).days - 1 };
}
function ymd(day: Day): [number, number, number] {
  const date = new Date(day.days * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
function iso(day: Day): string {
  if (day.days !== lastIso.days)
    lastIso = { days: day.days, text: new Date(day.days * 86_400_000).toISOString().slice(0, 10) };
  return lastIso.text;
}
function lower(value: string): string {
  return value.toLowerCase();
}
function clampSpan(span: Span, length: number): Span {
  const start = Math.min(Math.max(0, span.start | 0), length);
  return { start, end: Math.min(Math.max(start, span.end | 0), length) };
}

/** The part of a sentence a date is read from for carrySaidOn: at most this many characters. */
const EVENT_SENTENCE_MAX = 600;

/**
 * The date an event sentence gives its main clause ("On Tuesday, X met Y.", "X on Monday visited Kyiv."):
 * the first time expression outside the excluded spans (statements' contents) and outside quotation marks
 * that dates no other event ("after Friday's strike") and is no dateline. Null when there is none.
 */
export function findEventDate(
  text: string,
  sentence: Span,
  exclude: Span[],
  published: string | null,
  /** Only a date starting within this many characters of the sentence's start (its main clause). */
  within = EVENT_SENTENCE_MAX,
): SaidOn | null {
  const day = parsePublished(published);
  const span = clampSpan(sentence, text.length);
  span.end = Math.min(span.end, span.start + EVENT_SENTENCE_MAX);
  let slice = text.slice(span.start, span.end);
  for (const other of exclude) {
    const from = Math.max(span.start, other.start) - span.start;
    const to = Math.min(span.end, other.end) - span.start;
    if (to > from) slice = slice.slice(0, from) + ' '.repeat(to - from) + slice.slice(to);
  }
  slice = slice.replace(/["\u201c][^"\u201c\u201d]*["\u201d]/g, (quoted) => ' '.repeat(quoted.length));
  const candidates = dropOverlaps(
    [...findRelative(slice, span.start), ...findAbsolute(slice, span.start)].filter(
      (candidate) =>
        candidate.start - span.start < within &&
        !introducesOtherEvent(text, candidate.start) &&
        !isDateline(text, candidate.end),
    ),
  );
  for (const candidate of candidates) {
    const range = candidate.resolve(day);
    if (range) return { from: iso(range.from), to: iso(range.to), text: candidate.text, basis: range.basis };
  }
  return null;
}

interface CarrySentence extends Span {
  paragraph: number;
}

interface CarryStatement {
  quote: Span;
  parts?: Span[];
  cue: (Span & { text?: string; lemma?: string }) | null;
  speaker: { name: string; kind: string; mention: Span | null };
  saidOn: SaidOn | null;
}

/** "During the meeting", "in the call", "at that briefing": the saying happened at an event named before. */
const EVENT_ANAPHOR =
  /\b(?:during|at|in|after|on the sidelines of) (?:the|that|this|those|these|his|her|their|its) (?:[A-Za-z-]+ ){0,3}?(?:meeting|meetings|talks|call|conversation|visit|speech|address|briefing|conference|interview|session|summit|ceremony|discussion|negotiations|videoconference|debate|hearing|rally|event|forum|gathering|audience)\b/i;

/** "X on Monday visited …", "On Monday, X visited …": the date of the subject's clause comes early. */
const SUBJECT_DATE_WITHIN = 80;

/** Sentences back, in the statement's paragraph, searched for one whose subject is the speaker. */
const SUBJECT_REACH = 3;

/** A date this close to its cue dates the saying itself ("said on Monday", "On Monday, the mayor said"). */
const ATTACHED = 60;

/** A sentence that introduces an occasion for speaking. */
const EVENT_WORD =
  /\b(?:met|meets|meeting|talks|called|call|conversation|spoke|speaking|visit|visited|visiting|speech|address|addressed|briefing|conference|interview|summit|session|held|hosted|debate|hearing|rally|ceremony|event|forum|gathering)\b/i;

/**
 * "the same day", "the next day", "the following morning", "the day before", "a day later", "on the
 * 24th": a day told from a date the text set before. Group 1: same/next/following/previous; 2: after/before;
 * 3: later/earlier; 4: the day of the month.
 */
const ANAPHORIC_DAY =
  /\b(?:the (same|next|following|previous) (?:day|morning|afternoon|evening|night)|that (?:same )?day|the day (after|before)|a day (later|earlier)|on the (\d{1,2})(?:st|nd|rd|th))\b/i;

/** Sentences before a statement searched for the date an anaphoric day is told from. */
const ANCHOR_REACH = 4;

/**
 * The day an anaphoric day phrase near the cue names, counted from `anchor` (the date the text set
 * before): the same day, one day on or back, or the given day of the anchor's month. Null when the phrase
 * is not there or the day does not exist.
 */
function anaphoricDay(text: string, window: Span, anchor: SaidOn): SaidOn | null {
  const match = ANAPHORIC_DAY.exec(text.slice(window.start, window.end));
  const from = readPublished(anchor.from);
  if (!match || !from) return null;
  let day: Day;
  if (match[4] !== undefined) {
    const [y, m] = ymd(from);
    const date = Number(match[4]);
    day = dayOf(y, m, date);
    if (ymd(day)[1] !== m) return null;
  } else {
    const word = (match[1] ?? match[2] ?? match[3] ?? 'same').toLowerCase();
    const step = ['next', 'following', 'after', 'later'].includes(word)
      ? 1
      : ['previous', 'before', 'earlier'].includes(word)
        ? -1
        : 0;
    day = { days: from.days + step };
  }
  return { from: iso(day), to: iso(day), text: match[0], basis: 'relative' };
}

/**
 * "said on the 12th" with no date set before: the most recent 12th on or before publication (the month
 * of publication, or the one before when that day is still to come). Null for any other phrase.
 */
function dayOfMonthBefore(text: string, window: Span, published: string): SaidOn | null {
  const match = ANAPHORIC_DAY.exec(text.slice(window.start, window.end));
  const day = readPublished(published);
  if (match?.[4] === undefined || !day) return null;
  const date = Number(match[4]);
  const [y, m, d] = ymd(day);
  const [ty, tm] = date <= d ? [y, m] : m === 1 ? [y - 1, 12] : [y, m - 1];
  const found = dayOf(ty, tm, date);
  if (ymd(found)[1] !== tm) return null;
  return { from: iso(found), to: iso(found), text: match[0], basis: 'relative' };
}

/** The longest date, in days, that the same speaker's next statement takes over: a month ("late last month"). */
const CARRY_SPAN = 31;

/**
 * A day, a week or a month dates an occasion the next words may continue ("X said last week. 'We …,' he
 * said"); a year, or years ago, dates what the text tells of, not the saying, and the next statement of
 * the same speaker in a report of today is most often said today ("Last year, output hit a record, X said.
 * 'Inventories are low,' he said").
 */
function carriesOver(date: SaidOn): boolean {
  const from = readPublished(date.from);
  const to = readPublished(date.to);
  return from !== null && to !== null && to.days - from.days < CARRY_SPAN;
}

/** Gap between two statements that a date carries over: this many characters and one paragraph break. */
const CARRY_GAP = 500;

/**
 * Dates for statements whose own sentence fixes none (basis `published`), taken from the text before:
 * - the same speaker's statement just before, dated by its own sentence ("A spokesman said on Monday
 *   that … \n\n 'He is injured,' the spokesman said." — one occasion);
 * - the event a sentence refers back to ("On Tuesday, X met Y. During the meeting, X said …");
 * - the sentence just before whose subject is the speaker ("Blinken on Monday visited Pretoria. In a
 *   speech there, Blinken said …").
 * Statements are changed in place; the order of the array is kept.
 */
export function carrySaidOn(
  text: string,
  statements: CarryStatement[],
  sentences: CarrySentence[],
  published: string | null,
): void {
  if (!published || statements.length === 0 || sentences.length === 0) return;
  const anchorOf = (statement: CarryStatement) =>
    Math.min(statement.quote.start, statement.cue ? statement.cue.start : Infinity);
  const order = statements
    .map((_, index) => index)
    .sort((a, b) => anchorOf(statements[a]) - anchorOf(statements[b]));
  const sentenceAt = (position: number): number => {
    let low = 0;
    let high = sentences.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (sentences[middle].start <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  // The contents of the statements in each sentence, masked when an event date is read from it.
  const contents = new Map<number, Span[]>();
  for (const statement of statements) {
    const index = sentenceAt(statement.quote.start);
    const list = contents.get(index) ?? [];
    list.push(...(statement.parts ?? [statement.quote]));
    contents.set(index, list);
  }
  // The date a sentence gives, read once a sentence for each reach, however many statements follow it.
  const datesWithin = (within: number) => {
    const dates = new Map<number, SaidOn | null>();
    return (index: number): SaidOn | null => {
      if (!dates.has(index))
        dates.set(index, findEventDate(text, sentences[index], contents.get(index) ?? [], published, within));
      return dates.get(index) ?? null;
    };
  };
  const eventDate = datesWithin(EVENT_SENTENCE_MAX);
  const subjectDate = datesWithin(SUBJECT_DATE_WITHIN);
  // Where each sentence names an event it refers back to, found once a sentence: a statement asks only
  // for those outside its own words (a text of one endless sentence stays linear).
  const anaphors = new Map<number, Span[]>();
  const refersToEvent = (index: number, quote: Span): boolean => {
    let found = anaphors.get(index);
    if (!found) {
      const sentence = sentences[index];
      const pattern = new RegExp(EVENT_ANAPHOR.source, 'gi');
      const slice = text.slice(sentence.start, sentence.end);
      found = [...slice.matchAll(pattern)].map((match) => ({
        start: sentence.start + match.index,
        end: sentence.start + match.index + match[0].length,
      }));
      anaphors.set(index, found);
    }
    return found.length > 0 && (found[0].end <= quote.start || found[found.length - 1].start >= quote.end);
  };
  // The single day a sentence sets: one of its statements' own dates, else its event date.
  // (Asked only of sentences before the statement's own, whose statements are all dated by then: the answer
  // is kept, so a sentence of thousands of statements is read once.)
  const statementsIn = new Map<number, CarryStatement[]>();
  for (const statement of statements) {
    const index = sentenceAt(anchorOf(statement));
    const list = statementsIn.get(index);
    if (list) list.push(statement);
    else statementsIn.set(index, [statement]);
  }
  const sentenceDays = new Map<number, SaidOn | null>();
  const dayOfSentence = (index: number): SaidOn | null => {
    if (sentenceDays.has(index)) return sentenceDays.get(index) ?? null;
    let found: SaidOn | null = null;
    for (const other of statementsIn.get(index) ?? []) {
      const date = other.saidOn;
      if (date && date.from === date.to && (date.basis === 'explicit' || date.basis === 'relative')) {
        found = date;
        break;
      }
    }
    if (!found) {
      const date = eventDate(index);
      found = date && date.from === date.to ? date : null;
    }
    sentenceDays.set(index, found);
    return found;
  };
  // "The next day, X said …", "X said on the 24th …": the day told from the nearest date set before, in the
  // same paragraph or the ones just before.
  const toldFromBefore = (statement: CarryStatement, own: number): SaidOn | null => {
    if (!statement.cue) return null;
    const sentence = sentences[own];
    const window = {
      start: Math.max(sentence.start, statement.cue.start - ATTACHED),
      end: Math.min(sentence.end, statement.cue.end + ATTACHED),
    };
    // (a phrase inside the content dates what was said about, not the saying)
    for (const part of statement.parts ?? [statement.quote])
      if (part.start < window.end && part.end > window.start) {
        if (part.start <= statement.cue.start) window.start = Math.max(window.start, part.end);
        else window.end = Math.min(window.end, part.start);
      }
    if (window.end <= window.start || !ANAPHORIC_DAY.test(text.slice(window.start, window.end))) return null;
    for (let index = own - 1; index >= Math.max(0, own - ANCHOR_REACH); index--) {
      if (sentence.paragraph - sentences[index].paragraph > 2) break;
      const date = dayOfSentence(index);
      if (date) return anaphoricDay(text, window, date);
    }
    return dayOfMonthBefore(text, window, published);
  };
  for (let k = 0; k < order.length; k++) {
    const statement = statements[order[k]];
    // ("Microsoft says on its website": a standing claim, of no one occasion)
    // ("had said a day earlier": a perfect tense told from a date set before is dated by it too)
    const basis = statement.saidOn?.basis;
    if ((basis !== 'published' && basis !== 'before') || presentTense(statement.cue)) continue;
    const anchor = anchorOf(statement);
    const own = sentenceAt(anchor);
    const told = toldFromBefore(statement, own);
    if (told) {
      statement.saidOn = told;
      attached.set(told, 0);
      continue;
    }
    if (basis === 'before') continue;
    // The same speaker's statement just before, dated by its own words.
    const previous = k > 0 ? statements[order[k - 1]] : null;
    if (
      previous?.saidOn &&
      // (a year in the same sentence still dates a second verb of its subject: "In late 2022, X conceded
      // … and warned …")
      (carriesOver(previous.saidOn) || sentenceAt(anchorOf(previous)) === own) &&
      sameSpeaker(previous.speaker.name, statement.speaker.name) &&
      (attached.get(previous.saidOn) ?? Infinity) <= ATTACHED
    ) {
      const previousEnd = Math.max(previous.quote.end, previous.cue ? previous.cue.end : 0);
      const gap = anchor > previousEnd ? text.slice(previousEnd, anchor) : '';
      if (gap.length <= CARRY_GAP && (gap.match(/\n\s*/g) ?? []).length <= 1) {
        statement.saidOn = { ...previous.saidOn };
        attached.set(statement.saidOn, 0);
        continue;
      }
    }
    // A transcript's next turn, whoever speaks: one occasion ("Yesterday evening, X met Y. X: … Y: …").
    if (
      previous?.saidOn &&
      isTurn(statement) &&
      isTurn(previous) &&
      previous.saidOn.from === previous.saidOn.to &&
      previous.saidOn.basis !== 'published'
    ) {
      statement.saidOn = { ...previous.saidOn };
      attached.set(statement.saidOn, 0);
      continue;
    }
    const sentence = sentences[own];
    if (refersToEvent(own, statement.quote)) {
      // The event is introduced a few sentences before, in the same paragraph or the one before it.
      for (let index = own - 1; index >= Math.max(0, own - 3); index--) {
        if (sentence.paragraph - sentences[index].paragraph > 1) break;
        if (!EVENT_WORD.test(text.slice(sentences[index].start, sentences[index].end))) continue;
        const date = eventDate(index);
        if (date && date.from === date.to) {
          statement.saidOn = date;
          attached.set(date, 0);
        }
        break;
      }
      if (statement.saidOn?.basis !== 'published') continue;
    }
    // The sentence just before, whose subject is the speaker ("Blinken on Monday visited …").
    // (or a few sentences before in the same paragraph, none of them dated or another's statement between:
    // "On June 1, X visited a school. It was opened by donors. 'We met the teachers,' X said.")
    for (let index = own - 1; index >= Math.max(0, own - SUBJECT_REACH); index--) {
      if (sentence.paragraph - sentences[index].paragraph > (index === own - 1 ? 1 : 0)) break;
      if (opensWith(text, sentences[index], statement.speaker.name)) {
        const date = subjectDate(index);
        if (date && date.from === date.to) {
          statement.saidOn = date;
          attached.set(date, 0);
        }
        break;
      }
      if (statementsIn.has(index) || eventDate(index)) break;
    }
  }
}

/** A turn of a transcript ("Vladimir Putin: Good afternoon."): its cue is the label's colon. */
function isTurn(statement: CarryStatement): boolean {
  return statement.cue?.text === ':';
}

/** The sentence's subject holds the name's last word: within its first words, after an opening date. */
function opensWith(text: string, sentence: Span, name: string): boolean {
  const last = /([A-Z][\p{L}'-]{2,})$/u.exec(name.trim())?.[1];
  if (!last) return false;
  const head = text
    .slice(sentence.start, Math.min(sentence.end, sentence.start + 120))
    .replace(/^\s*(?:on|in|at|late|early|earlier)?\s*[^,]{0,30}?,\s*/i, (lead) =>
      RELATIVE_HINT.test(lead) || DATE_IN_WINDOW.test(lead) ? '' : lead,
    );
  // The subject: the opening run of capitalised words (titles and names, "of" and "the" inside them).
  const words = head.split(/\s+/).filter(Boolean);
  let end = 0;
  while (end < words.length && end < 10 && /^(?:[A-Z][\p{L}'.-]*,?|of|the|and|de|von|van)$/u.test(words[end]))
    end++;
  const run = words.slice(0, end).map((word) => word.replace(/,$/, ''));
  if (!run.includes(last)) return false;
  // ... and then its verb, or a date before it ("Blinken on Monday drew …", "Reed met …").
  const next = words[end] ?? '';
  return /^(?:on|in|at|late|early|earlier|yesterday|today|tonight|last)$|ed$|^(?:met|held|spoke|told|said|gave|made|took|went|sent|had|was|began|drew|wrote|addressed|visited)$/i.test(
    next,
  );
}

/** "says", "argues": a standing claim, not the words of one occasion. */
export function presentTense(cue: { text?: string; lemma?: string } | null): boolean {
  if (!cue?.text || !cue.lemma) return false;
  const word = cue.text.toLowerCase().replace(/[^a-z]+$/, '');
  return (
    word === `${cue.lemma}s` || word === `${cue.lemma}es` || word === `${cue.lemma.replace(/y$/, '')}ies`
  );
}

/** Verbs of saying whose past tense is their base form ("read the statement"): never taken for a present. */
const PAST_AS_BASE = new Set(['read', 'broadcast', 'forecast', 'put', 'set', 'cast', 'let']);

/** "critics say", "they claim": a one-word cue written as its base form, in the present tense of many. */
export function pluralPresent(cue: { text?: string; lemma?: string } | null): boolean {
  if (!cue?.text || !cue.lemma || /\s/.test(cue.lemma) || PAST_AS_BASE.has(cue.lemma)) return false;
  return cue.text.toLowerCase() === cue.lemma;
}

/** The same name, or "the spokesman" taking up "a club spokesman" just before. */
function sameSpeaker(before: string, after: string): boolean {
  const a = before.toLowerCase();
  const b = after.toLowerCase();
  if (a === b) return true;
  if (!b.startsWith('the ') || b.split(' ').length !== 2) return false;
  return a.split(' ').pop() === b.split(' ').pop();
}
