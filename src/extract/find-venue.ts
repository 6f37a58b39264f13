import type { Venue } from '../model/statement.js';
import { phraseStartingAt, POSSESSIVE_MARKS } from './noun-phrase.js';
import type { Unit } from './segment.js';
import { COUNTRIES, HONORIFICS, isFirstName, PLACES } from './speaker-words.js';
import { isCapitalized, isComma, isDash, isTerminal, lowerOf, posOf } from './units.js';

/** Nouns that make "in a …" / "at a …" a venue: where the words were said. */
const VENUE_HEADS = new Set(
  `interview interviews statement statements post posts tweet tweets speech speeches address remarks
  conference briefing rally letter op-ed editorial column essay video message broadcast podcast appearance
  hearing session meeting event forum summit call email e-mail release memo announcement comments
  show program programme documentary testimony debate town hall sermon news conference press conference
  meeting communique communiqué filing note blog report marathon conversation article piece
  commentary newsletter book memoir lecture livestream webinar`.split(/\s+/),
);

/**
 * "op-ed", "e-mail": a noun the tokenizer splits at its hyphen, read whole from its first piece at
 * `last`: the index of its last unit and its lower-case form (the word itself when no hyphen is glued on).
 */
function hyphenatedNoun(units: Unit[], last: number): { last: number; lower: string } {
  const hyphen = units[last + 1];
  const rest = units[last + 2];
  if (
    lowerOf(hyphen) === '-' &&
    rest?.kind === 'token' &&
    units[last].end === hyphen.start &&
    hyphen.end === rest.start
  )
    return { last: last + 2, lower: `${lowerOf(units[last])}-${lowerOf(rest)}` };
  return { last, lower: lowerOf(units[last]) };
}

/** Platforms and outlets that are venues after "on": "wrote on Telegram", "said on X". */
const PLATFORMS = new Set(
  `telegram twitter x facebook instagram tiktok youtube threads bluesky truth social linkedin weibo vk
  television tv radio air camera cnn msnbc fox bbc abc nbc cbs itv pbs npr`.split(/\s+/),
);

/** News agencies, named alone ("told Reuters", "told AFP"). */
const NEWS_AGENCIES = new Set(
  'reuters ap afp upi tass interfax ria xinhua yonhap kyodo bloomberg ukrinform belta'.split(' '),
);

/** Audiences a message is sent to that the tagger may read as verbs after "to" ("in an email to staff"). */
const AUDIENCES = new Set(['staff', 'employees', 'workers', 'members', 'supporters', 'investors', 'voters']);

/** Media of a message: "via email", "by phone". */
const MEDIA = new Set(['email', 'e-mail', 'phone', 'telephone', 'text', 'video', 'videolink', 'satellite']);

/** Months and their abbreviations. */
const MONTHS = new Set(
  `jan jan. feb feb. mar mar. apr apr. may jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov
  nov. dec dec. january february march april june july august september october november
  december`.split(/\s+/),
);

/** Words of time that end or stand in an adjunct ("last week", "on Monday", "in March"). */
export const TIME_WORDS = new Set([
  ...`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
  recently previously week weekend month year morning afternoon evening night last this late early
  summer winter autumn overnight`.split(/\s+/),
  ...MONTHS,
]);

const MEDIA_WORDS = new Set(
  'news tv television radio channel network post times journal broadcasting press agency network show'.split(
    ' ',
  ),
);

/**
 * "BBC", "News", "Reuters": a capitalised word that may end an outlet's name (a media word, a broadcaster or
 * a news agency).
 */
export function endsOutletName(unit: Unit | undefined): boolean {
  return isCapitalized(unit) && outletWord(lowerOf(unit));
}

/** "bbc", "news", "reuters": a word (lower-case) that may end an outlet's name. */
export function outletWord(lower: string): boolean {
  return MEDIA_WORDS.has(lower) || PLATFORMS.has(lower) || NEWS_AGENCIES.has(lower);
}

/** "Sky News", "Channel 4", "the Washington Post": a capitalised phrase ending in a media word. */
export function isMediaName(units: Unit[], first: number, last: number): boolean {
  return isCapitalized(units[last]) && MEDIA_WORDS.has(lowerOf(units[last])) && last >= first;
}

/** Venues that bear a title in quotation marks: 'a press marathon "30 questions to the President"'. */
const TITLED_HEADS = new Set(['marathon', 'programme', 'program', 'show', 'documentary', 'podcast', 'forum']);

/** The most words a venue's quoted title holds; a longer quotation is words said. */
const TITLE_WORDS_MAX = 10;

/**
 * 'a press marathon "30 questions to the President of Ukraine"': a short quotation right after a venue
 * that bears titles, with no comma or full stop closing it inside, is the venue's title, not words said.
 */
function titleAfter(text: string, units: Unit[], index: number, headLower: string): boolean {
  const unit = units[index];
  if (!unit || unit.kind !== 'quote' || !TITLED_HEADS.has(headLower)) return false;
  const inner = text.slice(unit.start, unit.end).replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«»]+$/g, '');
  return (
    /^[\p{Lu}\d]/u.test(inner) && !/[,.!?:;]$/.test(inner) && inner.split(/\s+/).length <= TITLE_WORDS_MAX
  );
}

/** Nouns an event's name may be introduced by: "at the session of the Davos Forum". */
const EVENT_PARTS = new Set(['session', 'sessions', 'plenary', 'opening', 'closing', 'meeting', 'sidelines']);

/**
 * "at the Munich Security Conference", "at the session of the Wall Street Journal CEO Council Summit", "at
 * the Ukrainian House in Davos": a named place or event after "at" (from `index`, the word after "at"),
 * with "in" and a place after it; the index of its last unit, or null when no capitalised name follows.
 */
function namedPlaceAt(units: Unit[], index: number): number | null {
  let i = index;
  const skipArticle = () => {
    if (lowerOf(units[i]) === 'the') i++;
  };
  skipArticle();
  if (EVENT_PARTS.has(lowerOf(units[i])) && lowerOf(units[i + 1]) === 'of') {
    i += 2;
    skipArticle();
  }
  const run = (from: number): number | null => {
    let j = from;
    let last: number | null = null;
    while (j < units.length && j - from < 8) {
      const unit = units[j];
      if (unit.kind !== 'token') break;
      if (isCapitalized(unit) && !TIME_WORDS.has(lowerOf(unit))) {
        last = j;
        j++;
        continue;
      }
      if (last === null) break;
      const lower = lowerOf(unit);
      // "COP 26", "the President's Office": a number or a possessive inside the name.
      if (posOf(unit) === 'NUM' || lower === "'s" || lower === '’s') {
        last = j;
        j++;
        continue;
      }
      // "Council of Europe", "the Office of the Head of State", "All-Ukrainian": a linking word or a hyphen
      // between capitals.
      const link = lower === 'of' && lowerOf(units[j + 1]) === 'the' ? 2 : 1;
      if ((lower === 'of' || lower === 'and' || lower === '-') && isCapitalized(units[j + link])) {
        j += link;
        continue;
      }
      break;
    }
    return last;
  };
  const last = run(i);
  if (last === null) return null;
  if (lowerOf(units[last + 1]) === 'in') return run(last + 2) ?? last;
  return last;
}

/** Common nouns an outlet's name may follow: "the television channel MSNBC", "the radio station Ekho". */
const OUTLET_NOUNS = new Set(
  'channel station network programme program show newspaper paper magazine broadcaster website'.split(' '),
);

/**
 * "on the American television channel MSNBC": a medium ("channel" or the like, at `noun`) and the proper
 * nouns that name it; the index of the name's last unit, or null when no name follows.
 */
function outletNamed(units: Unit[], noun: number): number | null {
  if (!OUTLET_NOUNS.has(lowerOf(units[noun]))) return null;
  let i = noun + 1;
  while (
    posOf(units[i]) === 'PROPN' &&
    isCapitalized(units[i]) &&
    !TIME_WORDS.has(lowerOf(units[i])) &&
    i - noun <= 4
  )
    i++;
  return i > noun + 1 ? i - 1 : null;
}

/**
 * "al-Ikhbariya television", "Karvian state radio": a medium's common noun after a name, which need not
 * be capitalised itself.
 */
function namedMedium(text: string, units: Unit[], first: number, last: number): boolean {
  return (
    MEDIA_WORDS.has(lowerOf(units[last])) && /\p{Lu}/u.test(text.slice(units[first].start, units[last].start))
  );
}

/** Past participles of a document's reaching the press ("a memo seen by Reuters", "a poll conducted by X"). */
export const SEEN_BY = new Set([
  'seen',
  'obtained',
  'reviewed',
  'viewed',
  'published',
  'posted',
  'shared',
  'sent',
  'conducted',
  'commissioned',
]);

/** Past participles of a piece's coming out, dated after a venue ("an interview published on Monday"). */
export const PUBLISHED_ON = new Set([
  'published',
  'posted',
  'released',
  'issued',
  'aired',
  'broadcast',
  'shared',
]);

/** "seen", "published", "released": a participle that describes a document or a piece, not what it says. */
export function describesPiece(word: string): boolean {
  return SEEN_BY.has(word) || PUBLISHED_ON.has(word);
}

export interface Adjunct {
  /** Unit index just after the adjunct. */
  next: number;
  venue: Venue | null;
  /** The adjunct is a time expression ("on Friday", "earlier this week"). */
  time: boolean;
}

/**
 * "leading international media - The Harbour Times, Port Daily and Kay News.": a short common-noun phrase
 * naming a medium ("media", "outlets", "newspapers"), a dash, then names (capitalised words joined by
 * commas, "and", "the") running to the sentence's end: the first and last unit of the names, or null.
 */
function outletsAfterDash(units: Unit[], from: number): [number, number] | null {
  let dash = from;
  while (dash < units.length && dash < from + 5 && !isDash(units[dash])) {
    const pos = posOf(units[dash]);
    if (isCapitalized(units[dash]) || !['ADJ', 'NOUN', 'VERB', 'DET'].includes(pos)) return null;
    dash++;
  }
  if (!isDash(units[dash]) || !MEDIUM_NOUNS.has(lowerOf(units[dash - 1]))) return null;
  let last = -1;
  let i = dash + 1;
  for (; i < units.length && !isTerminal(units[i]); i++) {
    const lower = lowerOf(units[i]);
    if (isCapitalized(units[i])) last = i;
    else if (!isComma(units[i]) && lower !== 'and' && lower !== 'the' && lower !== '&') return null;
  }
  return last > dash && i >= units.length - 1 ? [dash + 1, last] : null;
}

/**
 * Titles of a person, which an outlet's name does not hold ("a letter to Agriculture Secretary Ana Reyes"):
 * the honorifics and a few offices, not all of TITLE_WORDS, whose "press", "reporter", "economist" and
 * "foreign" stand in outlets' names ("the Associated Press", "The Economist", "Foreign Affairs").
 */
const PERSON_TITLES = new Set([
  ...HONORIFICS,
  ...`president prime minister ambassador chancellor king queen pope senator governor mayor secretary lord
  lady general editor correspondent anchor judge`.split(/\s+/),
]);

/** The phrase from `first` to `last` holds a person's title: a person, not an outlet. */
function titledPerson(units: Unit[], first: number, last: number): boolean {
  return units.slice(first, last + 1).some((unit) => PERSON_TITLES.has(lowerOf(unit)));
}

/**
 * "Tom Reed", "Mr Blair", "Judge Clark", "MPs", "China": a phrase naming a person (a title or a first name),
 * people addressed or a place, with no outlet's word; whom the words were said to, never where they were
 * said.
 */
export function namesAddressee(units: Unit[], first: number, last: number): boolean {
  const start = lowerOf(units[first]) === 'the' ? first + 1 : first;
  const words = units.slice(start, last + 1);
  // ("CNN's anchor Christiane Amanpour", "Jack FM": an outlet named beside the person is the venue)
  if (words.some((unit) => endsOutletName(unit))) return false;
  const name = words.map(lowerOf).join(' ');
  return (
    titledPerson(units, start, last) ||
    (isFirstName(lowerOf(units[start])) && isCapitalized(units[start])) ||
    ADDRESSED_PEOPLE.has(lowerOf(units[last])) ||
    PLACES.has(name) ||
    COUNTRIES.has(name)
  );
}

/** Nouns for the press as a whole, before a list of its outlets. */
const MEDIUM_NOUNS = new Set(['media', 'outlets', 'newspapers', 'publications', 'press', 'channels']);

function venueFrom(text: string, units: Unit[], first: number, last: number): Venue {
  const start = units[first].start;
  const end = units[last].end;
  return { text: text.slice(start, end), start, end };
}

/** Periods counted back with "ago" ("a year ago", "two weeks ago"). */
const AGO_PERIODS = /^(?:minute|hour|day|week|month|year|decade)s?$/;
/** Counts before such a period ("a", "two", "several"). */
const AGO_COUNTS = new Set(['a', 'an', 'one', 'few', 'several', 'many', 'some', 'two', 'three']);

/**
 * "a year ago", "two weeks ago", "a few days ago", "several months ago": a count, a period and "ago"
 * starting at `index`, not followed by a verb. The index after "ago", or null.
 */
function agoAt(units: Unit[], index: number): number | null {
  let i = index;
  if (!AGO_COUNTS.has(lowerOf(units[i])) && posOf(units[i]) !== 'NUM') return null;
  i++;
  // ("a few days ago", "a couple of weeks ago")
  if (lowerOf(units[i]) === 'few') i++;
  else if (lowerOf(units[i]) === 'couple' && lowerOf(units[i + 1]) === 'of') i += 2;
  if (!AGO_PERIODS.test(lowerOf(units[i])) || lowerOf(units[i + 1]) !== 'ago') return null;
  // ("said a year ago was the hardest": the time is the subject of what was said)
  const after = posOf(units[i + 2]);
  return after === 'VERB' || after === 'AUX' ? null : i + 2;
}

/** Words after "the day" or "a day" that tell it from one the text set before ("the day before"). */
const DAY_STEPS = new Set(['before', 'after', 'earlier', 'later']);

/**
 * "the day before", "a day earlier", "one day later": a day told from one the text set before, starting
 * at `index`. The index after it, or null; null too when "before" or "after" leads a phrase of its own
 * ("the day before the vote").
 */
function besideDay(units: Unit[], index: number): number | null {
  const lead = lowerOf(units[index]);
  if (lead !== 'the' && lead !== 'a' && lead !== 'one') return null;
  const step = lowerOf(units[index + 2]);
  if (
    lowerOf(units[index + 1]) !== 'day' ||
    !DAY_STEPS.has(step) ||
    (lead === 'the') !== /^(?:before|after)$/.test(step)
  )
    return null;
  // ("said a day later was too late": the time is the subject of what was said)
  const next = posOf(units[index + 3]);
  if (next === 'VERB' || next === 'AUX') return null;
  const phrase = next === 'DET' || next === 'NOUN' || next === 'PROPN' || next === 'NUM';
  if ((step === 'before' || step === 'after') && phrase && lowerOf(units[index + 3]) !== 'that') return null;
  return index + 3;
}

/** Words after "the" that tell a day from one the text set before ("the next day"). */
const RELATIVE_DAY_LEADS = new Set(['same', 'next', 'following', 'previous']);

/** Parts of a day or a calendar span that "that" points back to ("that day", "that same evening"). */
const POINTED_SPANS = new Set(
  'day night morning afternoon evening week weekend month year summer winter autumn spring'.split(' '),
);

/**
 * "that day", "that same evening", "that week": a time set earlier in the story, pointed back to with
 * "that" right after a verb of saying and its adjuncts ("told Reuters in an interview that same day.",
 * "said that night he would stay"). Returns the index after the time, or null. Not when the phrase is
 * the subject of a clause ("said that day would come": a verb follows), a noun's modifier ("noted that
 * spring crops yield less") or a possessor ("said that week's talks …"), where "that" opens the content.
 */
export function pointedTime(units: Unit[], index: number): number | null {
  if (lowerOf(units[index]) !== 'that') return null;
  const head = lowerOf(units[index + 1]) === 'same' ? index + 2 : index + 1;
  if (!POINTED_SPANS.has(lowerOf(units[head]))) return null;
  const after = units[head + 1];
  if (after === undefined) return head + 1;
  return POINTED_NOT_BEFORE.has(posOf(after)) || POSSESSIVE_MARKS.has(lowerOf(after)) ? null : head + 1;
}

/** Words after "that day" that make it a phrase of the content: a verb, or a noun it modifies. */
const POINTED_NOT_BEFORE = new Set(['VERB', 'AUX', 'NOUN', 'PROPN', 'ADJ']);

/** A time expression starting at `index`: "Friday", "on Friday", "earlier this week", "on Nov. 13", "last month". */
export function readTime(units: Unit[], index: number): number | null {
  let i = index;
  if (lowerOf(units[i]) === 'on' || lowerOf(units[i]) === 'in' || lowerOf(units[i]) === 'at') i++;
  // "the next day", "the same morning", "the following week": a day told from one set before.
  if (lowerOf(units[i]) === 'the' && RELATIVE_DAY_LEADS.has(lowerOf(units[i + 1]))) {
    if (TIME_WORDS.has(lowerOf(units[i + 2])) || lowerOf(units[i + 2]) === 'day') return i + 3;
    return null;
  }
  const ago = agoAt(units, i);
  if (ago !== null) return ago;
  const beside = besideDay(units, i);
  if (beside !== null) return beside;
  const startTime = i;
  while (i < units.length && i - startTime < 5) {
    const lower = lowerOf(units[i]);
    // "in 2010": a year after a preposition is a time too.
    const year = i === startTime && i > index && /^(19|20)\d\d$/.test(lower);
    // ("on February 24th", "on 24th February": an ordinal day is part of the date)
    const ordinal = /^\d{1,2}(?:st|nd|rd|th)$/.test(lower);
    // ("on 5 May": a day's number before its capitalised month; "on 6 may" may be a modal)
    const dayFirst =
      i === startTime &&
      i > index &&
      /^\d{1,2}$/.test(lower) &&
      MONTHS.has(lowerOf(units[i + 1])) &&
      isCapitalized(units[i + 1]);
    if (
      TIME_WORDS.has(lower) ||
      (ordinal && i > index) ||
      dayFirst ||
      (posOf(units[i]) === 'NUM' && (i > startTime || year))
    ) {
      i++;
      continue;
    }
    break;
  }
  if (i === startTime) return null;
  // ("on January 18, 2008 that …": the year after a date's comma is the date's, not the content's)
  if (
    lowerOf(units[i]) === ',' &&
    (/^\d{1,2}(?:st|nd|rd|th)?$/.test(lowerOf(units[i - 1])) || MONTHS.has(lowerOf(units[i - 1]))) &&
    /^(?:19|20)\d\d$/.test(lowerOf(units[i + 1]))
  )
    i += 2;
  // ("said this, speaking …": a determiner alone is no time; "this week" is)
  if (i === startTime + 1 && ['this', 'last'].includes(lowerOf(units[startTime]))) return null;
  // "in" must lead to a time word, not a place ("in Kyiv"): guaranteed by TIME_WORDS above.
  return i;
}

/** Languages, which follow "wrote in" as the words' language, not where they were published. */
const LANGUAGES = new Set(
  `english french german russian ukrainian spanish italian polish arabic chinese mandarin hebrew
  japanese korean persian farsi turkish portuguese dutch latin hindi greek`.split(/\s+/),
);

/** Lower-case words inside a publication's name: "Foreign Affairs", "The Economist", "Le Monde". */
const TITLE_JOINERS = new Set(['of', 'and', '&', 'the']);

/**
 * "wrote in Foreign Affairs that …", "wrote in The Atlantic", "writes in the New Yorker": right after a
 * verb of writing (`cue`), "in" and a capitalised name is where the words were published, not a place.
 * A language ("wrote in Russian"), a month ("wrote in March") or a written piece ("in a letter":
 * readAdjunct) is not such a name. Null when no publication starts at `index`.
 */
export function publishedIn(
  text: string,
  units: Unit[],
  index: number,
  cue: { end: number; lemma: string },
): Adjunct | null {
  if ((cue.lemma !== 'write' && cue.lemma !== 'publish') || lowerOf(units[index]) !== 'in') return null;
  // right after the verb: "wrote Tom Reed, in Texas" is where the writer lives
  if (units[index - 1]?.end !== cue.end) return null;
  if (readTime(units, index) !== null) return null;
  const first = lowerOf(units[index + 1]) === 'the' ? index + 2 : index + 1;
  if (!isCapitalized(units[first]) || LANGUAGES.has(lowerOf(units[first]))) return null;
  let last = first;
  while (
    last - first < 6 &&
    (isCapitalized(units[last + 1]) ||
      (TITLE_JOINERS.has(lowerOf(units[last + 1])) && isCapitalized(units[last + 2])))
  )
    last += isCapitalized(units[last + 1]) ? 1 : 2;
  // "business written in the Lloyd's market": a possessive makes the name a part of something else
  if (POSSESSIVE_MARKS.has(lowerOf(units[last + 1]))) return null;
  return { next: last + 1, venue: venueFrom(text, units, index + 1, last), time: false };
}

/**
 * "…, in an interview broadcast on Sunday.", "…, speaking to the BBC on Monday.": adjuncts from `index` to the
 * sentence's end, one of them a venue (a piece's date may close it: "in an interview published on
 * Monday"); that venue, or null.
 */
export function closingVenue(text: string, units: Unit[], index: number): Venue | null {
  // (", to Parkvale Savings Association.", ", to Moscow.": where something went, no venue)
  if (lowerOf(units[index]) === 'to') return null;
  let next = index;
  let venue: Venue | null = null;
  for (let adjunct = readAdjunct(text, units, next); adjunct; adjunct = readAdjunct(text, units, next)) {
    venue ??= adjunct.venue;
    next = adjunct.next;
  }
  const dated = venue && describesPiece(lowerOf(units[next])) ? readTime(units, next + 1) : null;
  if (dated !== null) next = dated;
  const ends = next >= units.length || (next === units.length - 1 && isTerminal(units[next]));
  return ends ? venue : null;
}

/**
 * "In an interview with the BBC, Smith said …", "Speaking to Sky News on Monday, she said …": the venue of
 * adjuncts that open the sentence (from `first`, commas allowed between them) and run to the comma at
 * `comma` before the subject. Null when something else stands in that stretch ("Speaking of the BBC, …",
 * "In a statement that surprised many, …").
 */
export function frontedVenue(text: string, units: Unit[], first: number, comma: number): Venue | null {
  let next = first;
  let venue: Venue | null = null;
  while (next < comma) {
    const adjunct = readAdjunct(text, units, next);
    if (!adjunct || adjunct.next > comma) return null;
    venue ??= adjunct.venue;
    next = adjunct.next;
    if (next < comma && isComma(units[next])) next++;
  }
  return next === comma ? venue : null;
}

/**
 * '"Meet the Press"', '"Face the Nation"': a quotation of a few capitalised words with no closing
 * punctuation, a programme's title; its inner span, or null. A quotation that says something ('"we will
 * …"') has a verb or its own punctuation.
 */
function quotedTitle(text: string, unit: Unit | undefined): { start: number; end: number } | null {
  if (unit?.kind !== 'quote') return null;
  const { innerStart, innerEnd } = unit.quote;
  const inner = text.slice(innerStart, innerEnd);
  const words = inner.trim().split(/\s+/);
  if (words.length > 6 || /[,.;:!?]\s*$/.test(inner)) return null;
  const titled = words.every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_JOINERS.has(word) || word === 'a');
  if (!titled || !/^[\p{Lu}\d]/u.test(words[0])) return null;
  return {
    start: innerStart + (inner.length - inner.trimStart().length),
    end: innerEnd - (inner.length - inner.trimEnd().length),
  };
}

/**
 * 'said on "Meet the Press" that …', 'appeared on "Face the Nation"': "on" and a quoted title, the
 * programme the words were said on (a venue).
 */
function quotedProgramme(text: string, units: Unit[], index: number): Adjunct | null {
  const title = lowerOf(units[index]) === 'on' ? quotedTitle(text, units[index + 1]) : null;
  if (!title) return null;
  return { next: index + 2, venue: { text: text.slice(title.start, title.end), ...title }, time: false };
}

/**
 * 'told CNN’s "State of the Union"', 'said on Fox News\'s "Sunday Morning Futures"': an outlet's name
 * ending at `last`, its possessive and a quoted programme title; the index of the title's quotation (the
 * venue runs from the outlet to it), or null.
 */
export function possessiveProgramme(text: string, units: Unit[], last: number): number | null {
  const possessive = units[last + 1];
  if (!POSSESSIVE_MARKS.has(lowerOf(possessive)) || possessive.start !== units[last].end) return null;
  return quotedTitle(text, units[last + 2]) ? last + 2 : null;
}

/** Heads of a broadcast programme's phrase ("BBC Radio 4's Today programme", "the ITV show Loose Women"). */
const PROGRAMME_HEADS = new Set(['programme', 'program', 'show', 'podcast', 'documentary']);

/** The most words before a programme's head ("the BBC World Service's Focus on Africa programme"). */
const PROGRAMME_OWNER_MAX = 9;

/**
 * "BBC Radio 4's Today programme", "the BBC's Focus on Africa programme", "the BBC programme Go Digital",
 * "the CBS News programme Face the Nation", "US TV show 60 Minutes": from `first`, an optional article,
 * words in capitals or figures (joined by "of", "on", "the", "with", "and" and possessives) naming the
 * outlet or the programme, its head ("programme", "show", …) and an optional name in capitals after it;
 * the index of the phrase's last unit, or null. The phrase names something: a capital before the head or
 * a name after it ("told the programme that …" points back). A name after the head that a verb or a
 * possessive follows is the subject of what was said ("told the programme Karvia would pay").
 */
export function broadcastProgramme(units: Unit[], first: number): number | null {
  let i = first;
  // (a bare run of capitals before the head says an outlet by a medium's word: "US TV show", not "told MPs
  // programme spending would rise")
  let marked = /^(?:the|a|an)$/.test(lowerOf(units[i]));
  if (marked) i++;
  let capitals = 0;
  while (i < first + PROGRAMME_OWNER_MAX && !PROGRAMME_HEADS.has(lowerOf(units[i]))) {
    const unit = units[i];
    const lower = lowerOf(unit);
    if (isCapitalized(unit) && !isCapitalized(units[i + 1]) && HONORIFICS.has(lower)) return null;
    if (outletWord(lower)) marked = true;
    if (isCapitalized(unit) || posOf(unit) === 'NUM') capitals++;
    else if (POSSESSIVE_MARKS.has(lower) && i > first && unit.start === units[i - 1].end) {
      // (an outlet's possessive: "Radio 4's")
      marked = true;
    } else if (PROGRAMME_JOINERS.has(lower) && i > first && isCapitalized(units[i + 1])) {
      // ("Focus on Africa", "Breakfast with Frost")
    } else if (!MEDIA_WORDS.has(lower)) return null;
    i++;
  }
  if (!PROGRAMME_HEADS.has(lowerOf(units[i])) || isCapitalized(units[i])) return null;
  const head = i;
  let name = head + 1;
  while (
    name <= head + 5 &&
    (isCapitalized(units[name]) ||
      posOf(units[name]) === 'NUM' ||
      (name > head + 1 && PROGRAMME_JOINERS.has(lowerOf(units[name])) && isCapitalized(units[name + 1]))) &&
    !TIME_WORDS.has(lowerOf(units[name]))
  )
    name++;
  const after = units[name];
  const subject = posOf(after) === 'AUX' || posOf(after) === 'VERB' || POSSESSIVE_MARKS.has(lowerOf(after));
  if (name > head + 1 && !subject) return name - 1;
  return capitals > 0 && marked ? head : null;
}

/** Lower-case words inside a programme's title ("Focus on Africa", "Face the Nation"). */
const PROGRAMME_JOINERS = new Set([...TITLE_JOINERS, 'on', 'with', 'at', 'in']);

/** Participles of an occasion of speaking, before an adjunct of venue ("speaking to the BBC"). */
const OCCASION_PARTICIPLES = new Set([
  'speaking',
  'talking',
  'writing',
  'posting',
  'appearing',
  'commenting',
]);

/** Gatherings addressed: a venue when named in capitals ("the Karvian Parliament"), else none. */
const ADDRESSED_BODIES = new Set(
  `council parliament assembly congress senate chamber house committee legislature conference
  convention gathering rally`.split(/\s+/),
);

/** People addressed, never a venue ("addressing reporters", "addressing the MPs"). */
const ADDRESSED_PEOPLE = new Set(
  `audience audiences crowd crowds reporters journalists lawmakers legislators delegates participants
  supporters students graduates troops soldiers mps msps meps peers senators councillors nation`.split(/\s+/),
);

/**
 * "addressing the 7th Congress of Belarus", "addressing a rally", "addressing the council": a participle
 * naming the gathering the words were addressed to, from `index`. A gathering named in capitals or a
 * venue noun ("a rally") is the venue; an audience alone ("reporters", "the council") is skipped without
 * one. Null when the participle is the subject of a clause ("said addressing the issue would take
 * years": a verb follows its object) or its object is no gathering ("addressing the problem", a person:
 * "addressing the Ambassador of Karvia").
 */
function addressedAudience(text: string, units: Unit[], index: number): Adjunct | null {
  const phrase = phraseStartingAt(units, index + 1);
  if (!phrase || phrase.pronoun) return null;
  let last = phrase.last;
  // "the 7th Congress of Belarus", "a meeting of the Security Council": the gathering's complement.
  if (lowerOf(units[last + 1]) === 'of') {
    const complement = phraseStartingAt(units, last + 2);
    if (complement && !complement.pronoun && isCapitalized(units[complement.last])) last = complement.last;
  }
  const after = posOf(units[last + 1]);
  if (after === 'VERB' || after === 'AUX') return null;
  // (the head stands before an "of" the phrase read itself: "the Congress of Karvia")
  let head = phrase.first;
  while (head < phrase.last && lowerOf(units[head + 1]) !== 'of') head++;
  const headLower = lowerOf(units[head]);
  const body = ADDRESSED_BODIES.has(headLower);
  if (VENUE_HEADS.has(headLower) || (body && isCapitalized(units[head])))
    return { next: last + 1, venue: venueFrom(text, units, phrase.first, last), time: false };
  return body || ADDRESSED_PEOPLE.has(headLower) ? { next: last + 1, venue: null, time: false } : null;
}

/**
 * "speaking to the BBC", "writing on Telegram", "speaking at a news conference", "addressing the
 * council": a participle of the occasion of speaking with its adjunct of venue. Null when no such
 * adjunct follows ("speaking of the plan", "speaking English").
 */
function occasionParticiple(text: string, units: Unit[], index: number): Adjunct | null {
  const lower = lowerOf(units[index]);
  if (lower === 'addressing') return addressedAudience(text, units, index);
  if (!OCCASION_PARTICIPLES.has(lower)) return null;
  const adjunct = readAdjunct(text, units, index + 1);
  return adjunct && !adjunct.time ? adjunct : null;
}

/**
 * One adjunct after a reporting verb: a venue ("in an interview with Sky News", "in a statement",
 * "on Telegram", "at a news conference", "to reporters", "speaking to the BBC") or a time expression.
 * Null when none starts here.
 */
export function readAdjunct(text: string, units: Unit[], index: number): Adjunct | null {
  const unit = units[index];
  if (!unit || unit.kind !== 'token') return null;
  const lower = unit.token.lower;
  const occasion = occasionParticiple(text, units, index);
  if (occasion) return occasion;
  if (lower === 'in' && lowerOf(units[index + 1]) === 'part')
    return { next: index + 2, venue: null, time: false };
  // "The message reads, in part: …": the comma sets off the same qualifier.
  if (lower === ',' && lowerOf(units[index + 1]) === 'in' && lowerOf(units[index + 2]) === 'part')
    return { next: index + 3, venue: null, time: false };
  if (
    lower === 'privately' ||
    lower === 'publicly' ||
    lower === 'repeatedly' ||
    lower === 'again' ||
    lower === 'recently'
  ) {
    return { next: index + 1, venue: null, time: false };
  }
  const time = readTime(units, index);
  if (time !== null) return { next: time, venue: null, time: true };
  const programme = quotedProgramme(text, units, index);
  if (programme) return programme;
  // "said on the other hand, …", "said for his part, …": discourse phrases, skipped.
  if (
    lower === 'on' &&
    lowerOf(units[index + 1]) === 'the' &&
    lowerOf(units[index + 2]) === 'other' &&
    lowerOf(units[index + 3]) === 'hand'
  )
    return { next: index + 4, venue: null, time: false };
  if (
    lower === 'for' &&
    /^(his|her|their|its)$/.test(lowerOf(units[index + 1])) &&
    lowerOf(units[index + 2]) === 'part'
  )
    return { next: index + 3, venue: null, time: false };
  // "said via email", "said by telephone": the medium, skipped.
  if ((lower === 'via' || lower === 'by') && MEDIA.has(lowerOf(units[index + 1])))
    return { next: index + 2, venue: null, time: false };
  if (
    (lower === 'in' || lower === 'at') &&
    posOf(units[index + 1]) === 'PROPN' &&
    !isMediaName(units, index + 1, index + 1)
  ) {
    // "said last week in Tel Aviv": a place, skipped (a place is never a venue or a speaker).
    let next = index + 1;
    while (
      posOf(units[next]) === 'PROPN' ||
      (lowerOf(units[next]) === ',' &&
        posOf(units[next + 1]) === 'PROPN' &&
        posOf(units[next + 2]) !== 'VERB')
    )
      next++;
    return { next, venue: null, time: false };
  }
  // "said on BBC Radio 4's Today programme", "speaking to the BBC programme Go Digital": the programme.
  const aired = lower === 'on' || lower === 'to' ? broadcastProgramme(units, index + 1) : null;
  if (aired !== null)
    return { next: aired + 1, venue: venueFrom(text, units, index + 1, aired), time: false };
  if (lower === 'in' || lower === 'at' || lower === 'during' || lower === 'on') {
    const phrase = phraseStartingAt(units, index + 1, { stopAtFirstCommonNoun: true });
    if (phrase) {
      const headLower = lowerOf(units[phrase.last]);
      const named = outletNamed(units, phrase.last);
      if (
        lower === 'on' &&
        (PLATFORMS.has(headLower) || isMediaName(units, phrase.first, phrase.last) || named !== null)
      ) {
        const outlet = named ?? phrase.last;
        const last = possessiveProgramme(text, units, outlet) ?? outlet;
        return { next: last + 1, venue: venueFrom(text, units, index + 1, last), time: false };
      }
      const head = hyphenatedNoun(units, phrase.last);
      if (lower !== 'on' && VENUE_HEADS.has(head.lower)) {
        let next = head.last + 1;
        let venue = venueFrom(text, units, index + 1, head.last);
        if (titleAfter(text, units, next, head.lower)) {
          venue = venueFrom(text, units, index + 1, next);
          next++;
        }
        // "during a speech at the Munich Security Conference": the named event or place is the venue.
        if (lowerOf(units[next]) === 'at') {
          const place = namedPlaceAt(units, next + 1);
          if (place !== null)
            return { next: place + 1, venue: venueFrom(text, units, next + 1, place), time: false };
        }
        // "in an interview with Sky News", "in a post on X", "in an interview for Le Monde": the outlet or
        // platform is the venue.
        const linker = lowerOf(units[next]);
        // ("during a briefing on Tuesday": a time, read as the next adjunct.)
        const time = linker === 'on' && readTime(units, next) !== null;
        const aired = time ? null : broadcastProgramme(units, next + 1);
        if (aired !== null && (linker === 'with' || linker === 'on' || linker === 'to' || linker === 'for')) {
          // ("in an interview with BBC Radio 4's Today programme")
          venue = venueFrom(text, units, next + 1, aired);
          next = aired + 1;
        } else if (!time && (linker === 'with' || linker === 'on' || linker === 'to' || linker === 'for')) {
          const outlet = phraseStartingAt(units, next + 1);
          // ("a meeting with the Prime Minister of Luxembourg": whom the words were said to, no outlet;
          // an interview is given to an outlet whoever is named after "with".)
          const met =
            linker === 'with' &&
            outlet !== null &&
            !/^interviews?$/.test(head.lower) &&
            !isMediaName(units, outlet.first, outlet.last);
          if (outlet && met) {
            // the venue stays the meeting
          } else if (
            outlet &&
            !outlet.pronoun &&
            !namesAddressee(units, outlet.first, outlet.last) &&
            (isCapitalized(units[outlet.last]) || namedMedium(text, units, outlet.first, outlet.last))
          ) {
            venue = venueFrom(text, units, next + 1, outlet.last);
            next = outlet.last + 1;
          } else if (
            outlet &&
            (linker === 'on' ||
              (linker === 'to' && !outlet.pronoun) ||
              // ("in an interview with the newspaper": an outlet pointed back at, no venue of its own; "in an
              // interview with Tom Reed": the interviewer, part of the venue's phrase)
              (linker === 'with' &&
                (OUTLET_NOUNS.has(lowerOf(units[outlet.last])) ||
                  (!outlet.pronoun && namesAddressee(units, outlet.first, outlet.last)))))
          ) {
            // ("in a letter to shareholders", "in a memo to all employees", "in his message to President
            // Ilham Aliyev": the addressee, part of the venue's phrase, never the words said)
            next = outlet.last + 1;
          } else if (linker === 'to' && AUDIENCES.has(lowerOf(units[next + 1]))) {
            // ("in an email to staff": the tagger reads "to staff" as an infinitive)
            next += 2;
          }
        }
        // "in an interview to leading international media - The Harbour Times and Port Daily": outlets named
        // after a dash that closes the sentence are the venue.
        const listed = linker === 'to' || linker === 'with' ? outletsAfterDash(units, next + 1) : null;
        if (listed)
          return { next: listed[1] + 1, venue: venueFrom(text, units, listed[0], listed[1]), time: false };
        return { next, venue, time: false };
      }
    }
    return null;
  }
  if (lower === 'to') {
    // "said to reporters", "told to Sky News" (rare): the audience, a venue only when it is named.
    const phrase = phraseStartingAt(units, index + 1, { stopAtFirstCommonNoun: true });
    if (phrase && !phrase.pronoun) {
      const named = isCapitalized(units[phrase.last]);
      return {
        next: phrase.last + 1,
        venue: named ? venueFrom(text, units, phrase.first, phrase.last) : null,
        time: false,
      };
    }
  }
  return null;
}
