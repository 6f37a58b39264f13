import type { Caption, Dateline } from '../model/article.js';
import type { Span, TextSpan } from '../model/statement.js';

export interface Byline extends TextSpan {
  names: string[];
  agency: string | null;
}

export interface LayoutDateline extends Dateline {
  /** The date as written ("Nov. 30"); `date` is its ISO form when a year is known or inferable. */
  dateText: string | null;
}

export interface LayoutCaption extends Caption {
  start: number;
  end: number;
  credit: string | null;
  creditSpan: TextSpan | null;
}

/** The furniture of a news text, as typed spans (end-exclusive UTF-16 offsets into the text). */
export interface Layout {
  headline: TextSpan | null;
  byline: Byline | null;
  dateline: LayoutDateline | null;
  /** Caption paragraphs (marked, not removed: a caption can report a statement). */
  captions: LayoutCaption[];
  /** Every photo credit, inside a caption or standing alone. */
  credits: TextSpan[];
  /** "Updated 3:15 PM EST, Sat November 30, 2024": a time-stamp line at the top. */
  timestamp: TextSpan | null;
  /** The day a date line at the top gives (YYYY-MM-DD): the article's date when it comes with none. */
  date: string | null;
  /** Byline, dateline, time stamp and credits: no speaker or statement comes from these. */
  furniture: Span[];
}

export interface FindLayoutOptions {
  /** Publication date (YYYY-MM-DD…), to give a year to a dateline date like "Nov. 30". */
  published?: string | null;
}

// Headline, byline and dateline live at the top; further down only captions and credits are sought.
const TOP = 3000;
const TOP_PARAGRAPHS = 6;
const MAX_CAPTION = 1000;
const MAX_CREDIT = 140;

/** The last text's layout, with the date it was read against (see findLayout). */
let lastLayout: { text: string; published: string | null; layout: Layout } | null = null;

/**
 * The layout of a text. An ingest reads it twice per article, in readText (headline, byline, dateline,
 * captions) and again in extraction, with the same text and date: the answer for the last text and
 * date is kept and handed back (as softLineBreaks keeps its own), so callers treat it as read-only.
 */
export function findLayout(text: string, options: FindLayoutOptions = {}): Layout {
  const published = options.published ?? null;
  if (lastLayout !== null && lastLayout.text === text && lastLayout.published === published)
    return lastLayout.layout;
  const layout = readLayout(text, published);
  lastLayout = { text, published, layout };
  return layout;
}

function readLayout(text: string, published: string | null): Layout {
  const paragraphs = splitParagraphs(text);
  const captions: LayoutCaption[] = [];
  const credits: TextSpan[] = [];
  for (const paragraph of paragraphs) {
    const credit = trailingCredit(text, paragraph);
    if (!credit) continue;
    credits.push(credit);
    if (paragraph.end - paragraph.start <= MAX_CAPTION) {
      captions.push({ ...slice(text, paragraph), credit: credit.text, creditSpan: credit });
    }
  }
  // Both lists ascend by start, so one forward pointer skips inline marks already inside a credit.
  const trailing = [...credits];
  let next = 0;
  for (const match of text.matchAll(INLINE_CREDIT)) {
    const start = match.index ?? 0;
    while (next < trailing.length && trailing[next].end <= start) next++;
    if (next < trailing.length && trailing[next].start <= start) continue;
    credits.push(slice(text, { start, end: start + match[0].length }));
  }
  credits.sort((a, b) => a.start - b.start);

  let headline: TextSpan | null = null;
  let byline: Byline | null = null;
  let dateline: LayoutDateline | null = null;
  let timestamp: TextSpan | null = null;
  let date: string | null = null;
  const top = paragraphs.filter((paragraph) => paragraph.start < TOP).slice(0, TOP_PARAGRAPHS);
  for (const [index, paragraph] of top.entries()) {
    if (captions.some((caption) => caption.start === paragraph.start)) continue;
    if (credits.some((credit) => credit.start === paragraph.start && credit.end === paragraph.end)) continue;
    const foundByline: Byline | null = byline ? null : parseByline(text, paragraph);
    if (foundByline) {
      byline = foundByline;
      continue;
    }
    dateline = parseDateline(text, paragraph, published);
    if (dateline) break;
    const line = text.slice(paragraph.start, paragraph.end);
    // (Wikinews: "Tuesday, September 1, 2015" alone, or closing the headline's line: no sentence before it)
    const dateLine = line.length <= 240 ? DATE_LINE.exec(line) : null;
    if (dateLine && !date) {
      date = resolveDate(dateLine[2], null);
      if (dateLine[1] === undefined && !timestamp) {
        timestamp = slice(text, paragraph);
        continue;
      }
    }
    if (!timestamp && line.length <= 100 && TIMESTAMP.test(line)) {
      timestamp = slice(text, paragraph);
      continue;
    }
    const next = top[index + 1];
    if (!headline && !byline && next && looksLikeHeadline(line) && !continuesInto(text, paragraph, next)) {
      headline = slice(text, paragraph);
      continue;
    }
    break; // the body has begun
  }
  const furniture = [byline, dateline, timestamp, ...credits].filter(
    (span): span is TextSpan => span !== null,
  );
  return {
    headline,
    byline,
    dateline,
    captions,
    credits,
    timestamp,
    date,
    furniture: furniture.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start),
  };
}

/**
 * "MINSK, 10 February (Agency) - Russia has no need to attack, X said.": a content fronted in the
 * article's first sentence opens after the dateline the sentence starts with, not with it. Returns the
 * parts with the first one starting at the dateline's first word after it, or as they were when the
 * first part does not start inside the dateline or holds nothing past it.
 */
export function pastDateline<T extends Span>(text: string, parts: T[], dateline: Span | null): T[] {
  const first = parts[0];
  if (!dateline || first.start < dateline.start || first.start >= dateline.end) return parts;
  let start = dateline.end;
  while (start < first.end && /\s/.test(text[start])) start++;
  if (start >= first.end) return parts;
  return [{ ...first, start }, ...parts.slice(1)];
}

/**
 * A fast overlap test against many spans (the layout's furniture): sorted and merged once, then each
 * question is a binary search, so checking every statement stays O(n log n) on texts full of credits.
 */
export function createSpanIndex(spans: Span[]): { overlaps(span: Span | null): boolean } {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return {
    overlaps(span) {
      if (!span) return false;
      let low = 0;
      let high = merged.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (merged[middle].end <= span.start) low = middle + 1;
        else high = middle;
      }
      return low < merged.length && merged[low].start < span.end;
    },
  };
}

/**
 * The lines of `text` from `first` to `last` (the whole text unless told), each with its surrounding white
 * space trimmed off; blank lines dropped. Linear in the span.
 */
export function splitParagraphs(text: string, first = 0, last = text.length): Span[] {
  const paragraphs: Span[] = [];
  let start = first;
  while (start <= last) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > last) end = last;
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (to > from) paragraphs.push({ start: from, end: to });
    start = end + 1;
  }
  return paragraphs;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|EPA-EFE|EPA|UPI|Getty Images|Anadolu|Xinhua|TASS|Sputnik|dpa|Shutterstock)`;
// Where a credit can begin at the end of a caption; the last such start in the paragraph's tail wins.
const CREDIT_START = new RegExp(
  String.raw`\((?:${AGENCY} )?(?:File )?(?:Photo|Image|Picture)s?\b|\b(?:(?:File |UPI |AP |AFP )?Photo(?:graph)?s?(?: by| courtesy(?: of)?| credit:?|:)|(?:File )?(?:Image|Picture)s?(?: by|:)|${AGENCY}(?: Photo)?\/|File photo\b|${AGENCY} (?:File )?Photo\b|Getty Images\b)`,
  'gi',
);
const INLINE_CREDIT = new RegExp(
  String.raw`\((?:${AGENCY} )?(?:File )?(?:Photo|Image|Picture)s?\b[^()\n]{0,120}\)`,
  'gi',
);

/** "… Photo by X/EPA-EFE", "… (Photo: Getty Images)", "REUTERS/Jane Doe", "File photo". */
// Every alternative of CREDIT_START holds one of these: most paragraphs have none and skip its scan.
const CREDIT_HINT = /photo|image|picture|\//i;

function trailingCredit(text: string, paragraph: Span): TextSpan | null {
  const tailStart = Math.max(paragraph.start, paragraph.end - MAX_CREDIT);
  const tail = text.slice(tailStart, paragraph.end);
  if (!CREDIT_HINT.test(tail)) return null;
  // The earliest credit mark that starts the paragraph or follows a sentence's end and runs to the
  // paragraph's end without prose: "Photo by X/EPA-EFE" starts at "Photo", not at "EPA-EFE".
  for (const match of tail.matchAll(CREDIT_START)) {
    const at = match.index ?? 0;
    const start = tailStart + at;
    const rest = tail.slice(at);
    const before = text.slice(Math.max(paragraph.start, start - 3), start);
    if (tail[at] === '(') {
      if (!/^\([^()]*\)$/.test(rest)) continue;
    } else if (start !== paragraph.start && !/(?:[.!?)"\u201d]|\s[-\u2013\u2014|])\s*$/.test(before)) {
      continue;
    }
    if (/[.!?]\s+[A-Z][a-z]+\s+[a-z]/.test(rest) || isProse(rest)) continue;
    return slice(text, { start, end: paragraph.end });
  }
  return null;
}

const CREDIT_WORDS = new Set(['by', 'the', 'of', 'courtesy', 'for', 'via', 'and', 'photo', 'file', 'credit']);

/** Credits name people and agencies; a run of ordinary lower-case words is a sentence. */
function isProse(rest: string): boolean {
  let ordinary = 0;
  for (const [word] of rest.matchAll(/\b[a-z]+\b/g))
    if (!CREDIT_WORDS.has(word) && ++ordinary > 1) return true;
  return false;
}

const NAME = String.raw`[A-Z][A-Za-z'\u2019.-]*(?: (?:de |van |von |al-|bin )?[A-Z][A-Za-z'\u2019.-]*){0,3}`;
const BYLINE_BY = new RegExp(
  String.raw`^(?:By|BY):? (${NAME}(?:(?:, | and | & )${NAME}){0,4})(?:,? (?:and |for |of )?(${AGENCY}|Associated Press|Bloomberg|CNN|BBC News|Reuters|The [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3}))?\.?$`,
);
const KNOWN_AGENCY = new RegExp(String.raw`^(?:${AGENCY}|Associated Press|Bloomberg|CNN|BBC News)$`);
const BYLINE_AGENCY = new RegExp(
  String.raw`^(${NAME}), (${AGENCY}|Associated Press|Bloomberg|CNN|BBC News)$`,
);

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe, Reuters". */
function parseByline(text: string, paragraph: Span): Byline | null {
  if (paragraph.end - paragraph.start > 160) return null;
  const line = text.slice(paragraph.start, paragraph.end);
  const by = BYLINE_BY.exec(line);
  if (by) {
    const names = splitNames(by[1]);
    // "By Jane Doe, Reuters": the name pattern also takes the agency as a last name.
    const agency =
      by[2] ?? (names.length > 1 && KNOWN_AGENCY.test(names[names.length - 1]) ? names.pop()! : null);
    return { ...slice(text, paragraph), names, agency };
  }
  const agency = BYLINE_AGENCY.exec(line);
  if (agency) return { ...slice(text, paragraph), names: [agency[1]], agency: agency[2] };
  return null;
}

function splitNames(names: string): string[] {
  return names
    .split(/, | and | & /)
    .map((name) => name.trim())
    .filter(Boolean);
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// "Nov. 30", "Nov. 30, 2024" (US) or "30 November", "30 November 2024" (UK).
const DATE = String.raw`(?:${MONTH} \d{1,2}(?:, \d{4})?|\d{1,2} ${MONTH}(?: \d{4})?)`;
const DASH = String.raw`(?:--|[-\u2013\u2014])`;
// PLACE in capitals, an optional region in title case, an optional date, an optional (AGENCY), a dash.
const DATELINE = new RegExp(
  String.raw`^(?:([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3})(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=,| \(| ${DASH}))?,? )?(${DATE})? ?(?:\(([A-Za-z][\w .&-]{0,30})\))? ?${DASH}(?=\s|$)`,
);

// CNN style: "Moscow CNN —", "Melbourne, Australia CNN —", "CNN —": a known agency without brackets.
const AGENCY_DATELINE = new RegExp(
  String.raw`^(?:([A-Z][\p{L}.'\u2019-]+(?: [A-Z][\p{L}.'\u2019-]+){0,3})(?:, ([A-Z]\p{L}+(?: [A-Z]\p{L}+){0,2}))? )?(CNN Business|CNN|AP|AFP|Reuters|UPI|Bloomberg|TASS|Xinhua|dpa|Interfax|Ukrinform) ?${DASH}(?=\s|$)`,
  'u',
);

/** "Nov. 30 (UPI) --", "KYIV, Ukraine (AP) —", "LONDON, March 3 (Reuters) -", "MOSCOW -". */
function parseDateline(text: string, paragraph: Span, published: string | null): LayoutDateline | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 160));
  const byAgency = AGENCY_DATELINE.exec(head);
  if (byAgency) {
    const [whole, place, region, agency] = byAgency;
    return {
      ...slice(text, { start: paragraph.start, end: paragraph.start + whole.length }),
      place: place ? (region ? `${place}, ${region}` : place) : null,
      agency,
      date: null,
      dateText: null,
    };
  }
  const match = DATELINE.exec(head);
  if (!match) return null;
  const [whole, place, region, dateText, agency] = match;
  if (!place && !dateText) return null;
  // "MOSCOW -" needs its capitals; a sentence starting "I - " or "A - " is not a dateline.
  if (place && !dateText && !agency && place.replace(/[^A-Z]/g, '').length < 3) return null;
  const end = paragraph.start + whole.length;
  return {
    start: paragraph.start,
    end,
    text: whole,
    place: place ? (region ? `${place}, ${region}` : place) : null,
    agency: agency ?? null,
    date: dateText ? resolveDate(dateText, published) : null,
    dateText: dateText ?? null,
  };
}

/** "Nov. 30" → ISO, taking the year nearest to publication when the dateline has none. */
function resolveDate(dateText: string, published: string | null): string | null {
  const us = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?$/.exec(dateText);
  const uk = us ? null : /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.?(?: (\d{4}))?$/.exec(dateText);
  if (!us && !uk) return null;
  const [monthName, dayText, yearText] = us ? [us[1], us[2], us[3]] : [uk![2], uk![1], uk![3]];
  const month = MONTH_NAMES.indexOf(monthName.toLowerCase()) + 1;
  const day = Number(dayText);
  let year = yearText ? Number(yearText) : null;
  const reference = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (year === null && reference) {
    const referenceTime = Date.UTC(Number(reference[1]), Number(reference[2]) - 1, Number(reference[3]));
    const candidates = [-1, 0, 1].map((shift) => Number(reference[1]) + shift);
    year = candidates.reduce((best, candidate) =>
      Math.abs(Date.UTC(candidate, month - 1, day) - referenceTime) <
      Math.abs(Date.UTC(best, month - 1, day) - referenceTime)
        ? candidate
        : best,
    );
  }
  if (year === null || month < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date line: the weekday, the month, day and year ("Tuesday, September 1, 2015"), alone on its line or
 * after a headline with no sentence end in it. Group 1: the headline; 2: the date.
 */
const DATE_LINE =
  /^(?:([^.!?\n]*)\s)?(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day, ((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})$/;

const TIMESTAMP =
  /^(?:(?:Updated|Published|Posted|Last updated|First published)(?: on| at)?:? .*\d|\d{1,2}:\d{2} ?(?:[AaPp]\.?[Mm]\.?)\b.*\d{4}$)/;

/** A short first line without final punctuation. */
function looksLikeHeadline(line: string): boolean {
  if (line.length > 140 || line.length < 3) return false;
  if (/[.,;:!?\u2026]["'\u201d\u2019]?$/.test(line) || /^[([{]/.test(line)) return false;
  // Headlines say "says"; a first line with "said" is the start of a wrapped sentence.
  if (/\bsaid\b/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length > 18 || FUNCTION_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  return /\p{L}/u.test(line);
}

const FUNCTION_WORDS = new Set(
  'a an the of in on at to for from by with and or but as its their his her'.split(' '),
);

/**
 * Hard-wrapped prose (Reuters-21578 wraps at ~65 columns) looks like a short unpunctuated first line:
 * it is one when the next line starts in lower case, or, with no blank line between, when the next line
 * does not end a sentence either.
 */
function continuesInto(text: string, line: Span, next: Span): boolean {
  if (/^\p{Ll}/u.test(text.slice(next.start, next.start + 1))) return true;
  const gap = text.slice(line.end, next.start);
  if (gap.indexOf('\n') !== gap.lastIndexOf('\n')) return false;
  const nextLine = text.slice(next.start, next.end);
  return (
    !/[.!?\u2026]["'\u201d\u2019)]?$/.test(nextLine) &&
    !DATELINE.test(nextLine) &&
    !AGENCY_DATELINE.test(nextLine) &&
    !BYLINE_START.test(nextLine) &&
    !(nextLine.length <= 100 && TIMESTAMP.test(nextLine))
  );
}

const BYLINE_START = /^(?:By|BY) [A-Z]/;

function slice(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
