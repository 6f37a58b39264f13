import type { Unit } from './segment.js';
import {
  AUTHORED_DOCUMENTS,
  COUNTRIES,
  HEADLINE_PREPOSITIONS,
  isFirstName,
  isTitleWord,
  LEGAL_FORMS,
  ORGANIZATION_WORDS,
  PLACES,
  TITLE_WORDS,
} from './speaker-words.js';
import { isCapitalized, lowerOf, posOf, valueOf } from './units.js';

/** A capitalised role or body that an "of the …" phrase completes ("the Head of the Office"). */
function opensOfPhrase(unit: Unit | undefined): boolean {
  if (!isCapitalized(unit)) return false;
  const lower = lowerOf(unit);
  return (
    TITLE_WORDS.has(lower) ||
    ORGANIZATION_WORDS.has(lower) ||
    lower === 'prosecutor' ||
    lower === 'director-general'
  );
}

export interface PhraseSpan {
  /** First and last unit index of the phrase (inclusive). */
  first: number;
  last: number;
  /** The head is a personal pronoun ("he", "she", "they", ...). */
  pronoun: boolean;
}

// "we" and "you" outside quotations are the writer and the reader: not sources.
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'it']);
/** Roles held to someone, read as one phrase with them: "adviser to the minister". */
export const ROLES_TO = new Set([
  'adviser',
  'advisor',
  'aide',
  'assistant',
  'envoy',
  'counsellor',
  'counselor',
]);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'another',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'most',
  'other',
  'both',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'these',
  'those',
  'all',
]);
const ATTACHED = new Set(['-', '.', "'s", '’s', '&']);
/** Lower-case pieces of names: "Ursula von der Leyen", "Charles de Gaulle". */
export const NAME_PARTICLES = new Set([
  'von',
  'der',
  'van',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'ibn',
]);
const NOT_HEADS = new Set([
  'people',
  'time',
  'year',
  'years',
  'week',
  'month',
  'day',
  'today',
  'yesterday',
  'tonight',
  'thing',
  'things',
  'way',
]);

/** Quantifiers that stand alone for people as a subject ("another said", "some say"). */
export const STANDING_QUANTIFIERS = new Set(['another', 'some', 'many', 'several', 'both']);

/** The clitic "'s": "has" or "is" after a pronoun ("he's said"), a possessive or a name's end after a name. */
export const POSSESSIVE_CLITICS = new Set(["'s", '’s']);

/** The bare apostrophe of a possessive after a plural or a name ending in "s" ("the ministers' letter"). */
const BARE_APOSTROPHES = new Set(["'", '’']);

/** A possessive's ending: the clitic, or the bare apostrophe. */
export const POSSESSIVE_MARKS = new Set([...POSSESSIVE_CLITICS, ...BARE_APOSTROPHES]);

/** Possessive determiners ("his", "their", …). */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Conjunctions that set a second speaker against the first ("…, while others say …"). */
export const CONTRAST_LEADS = new Set(['while', 'whereas', 'though', 'although']);

/** Pronouns that open a relative clause ("a plan that the board claims is safe"). */
export const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);

/** Words that open a relative clause after a name or a noun, "whose" too ("Chris Weitz, whose film …"). */
export const RELATIVES = new Set([...RELATIVE_PRONOUNS, 'whose']);

/** Participles of polling after the respondents ("those surveyed", "voters polled"). */
const POLL_PARTICIPLES = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked']);

/** Fractions that name a share of those polled ("a third", "half"). */
export const FRACTIONS = new Set(['third', 'thirds', 'half', 'quarter', 'quarters', 'fifth', 'fifths']);

/** Words before a share that hedge it ("about 42%", "some 56 percent"). */
const SHARE_LEADS = new Set(['about', 'some', 'nearly', 'almost', 'roughly', 'around', 'only', 'just']);

/** Quantifiers before "of" that take a share of the respondents ("many of those questioned"). */
const QUANTIFIERS = new Set(['many', 'most', 'some', 'all', 'half', 'none']);

/**
 * "56 percent of residents polled", "many of those questioned": where a share before "of" the
 * respondents starting at `first` begins (`first` itself when there is none).
 */
function shareOf(units: Unit[], first: number, floor: number): number {
  if (lowerOf(units[first - 1]) !== 'of' || first - 2 < floor) return first;
  const word = lowerOf(units[first - 2]);
  if (QUANTIFIERS.has(word)) return first - 2;
  if (word !== 'percent' && word !== '%' && !FRACTIONS.has(word)) return first;
  const share = phraseEndingAt(units, first - 2, floor);
  if (!share) return first;
  return share.first - 1 >= floor && SHARE_LEADS.has(lowerOf(units[share.first - 1]))
    ? share.first - 1
    : share.first;
}

function isNominal(unit: Unit | undefined): boolean {
  const pos = posOf(unit);
  return (
    pos === 'PROPN' ||
    pos === 'NOUN' ||
    (pos === 'ADJ' && isCapitalized(unit)) ||
    (pos === 'X' && isCapitalized(unit))
  );
}

/** A capitalised organisation word ("Institute", "Centre", "Council"): a body, not a role. */
function namesBody(unit: Unit | undefined): boolean {
  return isCapitalized(unit) && ORGANIZATION_WORDS.has(lowerOf(unit));
}

/**
 * Whether capitalised words ending at `index` follow a body's "for" or "of" ("Center for Disease Control",
 * "Department of Health"), so that an "and" after them goes on with the body's name.
 */
function bodyNameBefore(units: Unit[], index: number, floor: number): boolean {
  let k = index;
  while (k > floor && k > index - 4 && isCapitalized(units[k])) k--;
  if (k === index || k - 1 < floor) return false;
  const link = lowerOf(units[k]);
  return (link === 'for' || link === 'of') && namesBody(units[k - 1]);
}

/** Whether capitalised words from `index` (four at most) end in a body's word ("Defense Council"). */
function bodyNameAfter(units: Unit[], index: number): boolean {
  let k = index;
  while (k < units.length && k < index + 4 && isCapitalized(units[k])) k++;
  return k > index && namesBody(units[k - 1]);
}

/** "43-year-old", "six-month-old" from `index`: the number, "-", "year(s)"/"month(s)", "-", "old". */
function ageAt(units: Unit[], index: number): boolean {
  return (
    lowerOf(units[index + 1]) === '-' &&
    /^(?:years?|months?)$/.test(lowerOf(units[index + 2])) &&
    lowerOf(units[index + 3]) === '-' &&
    lowerOf(units[index + 4]) === 'old'
  );
}

/**
 * "Reuters' John Smith", "Atticus' David Slager": an apostrophe glued to a word ending in "s", before a
 * capitalised word, is that word's possessive ("'s" after a plural or a name ending in "s").
 */
function possessiveApostrophe(units: Unit[], index: number): boolean {
  if (!BARE_APOSTROPHES.has(valueOf(units[index]))) return false;
  return (
    /s$/i.test(valueOf(units[index - 1])) && attachedBefore(units, index) && isCapitalized(units[index + 1])
  );
}

function attachedBefore(units: Unit[], index: number): boolean {
  return index > 0 && units[index - 1].end === units[index].start;
}

/**
 * "top-ranked", "Kremlin-backed", "Paris-based": is the unit at `index` a participle glued after a hyphen
 * that is glued to a word at or after `floor` (the end of a compound adjective, which the tagger reads
 * as a verb)?
 */
function hyphenParticiple(units: Unit[], index: number, floor: number): boolean {
  return (
    posOf(units[index]) === 'VERB' &&
    /(ed|en|wn)$/.test(lowerOf(units[index])) &&
    index - 2 >= floor &&
    lowerOf(units[index - 1]) === '-' &&
    attachedBefore(units, index) &&
    attachedBefore(units, index - 1)
  );
}

/**
 * "… Trigger War With Russia Kallas said": a place after a capitalised preposition (`preposition`, as
 * written) ends a title-case headline run into the next story's first name; not "talks with Russia" in
 * running text, whose preposition is lower-case, nor a role's or body's complement after `owner`, the word
 * before the preposition ("Minister For Ukraine Affairs").
 */
export function headlinePreposition(preposition: string, owner: string): boolean {
  return (
    /^\p{Lu}/u.test(preposition) &&
    HEADLINE_PREPOSITIONS.has(preposition.toLowerCase()) &&
    !isTitleWord(owner) &&
    !ORGANIZATION_WORDS.has(owner)
  );
}

/**
 * The place at `index` is a headline's object (headlinePreposition), so the name read leftwards from the
 * verb stops before it.
 */
function headlineObjectAt(units: Unit[], index: number): boolean {
  const word = lowerOf(units[index]);
  if (!isCapitalized(units[index]) || (!PLACES.has(word) && !COUNTRIES.has(word))) return false;
  const before = units[index - 1];
  return posOf(before) === 'ADP' && headlinePreposition(valueOf(before), lowerOf(units[index - 2]));
}

/**
 * The noun phrase ending at `last`, read right to left: a pronoun, or determiners, adjectives, names and
 * nouns ("NATO Secretary-General Mark Rutte", "a senior official", "NATO's secretary-general"). Returns null
 * when `last` cannot head a subject.
 */
export function phraseEndingAt(units: Unit[], last: number, floor: number): PhraseSpan | null {
  const head = units[last];
  if (!head || head.kind !== 'token') return null;
  if (SUBJECT_PRONOUNS.has(head.token.lower) && (head.token.pos === 'PRON' || head.token.lower === 'i')) {
    return { first: last, last, pronoun: true };
  }
  // "Moody's said", "McDonald's said": a name that ends in "'s" right before the verb (find-cues.ts).
  if (
    POSSESSIVE_CLITICS.has(head.token.lower) &&
    last - 1 >= floor &&
    posOf(units[last - 1]) === 'PROPN' &&
    units[last - 1].end === head.start
  ) {
    const name = phraseEndingAt(units, last - 1, floor);
    return name && !name.pronoun ? { ...name, last } : null;
  }
  // "Two in three said", "nearly three in five said": a share of a poll.
  if (
    head.token.pos === 'NUM' &&
    lowerOf(units[last - 1]) === 'in' &&
    posOf(units[last - 2]) === 'NUM' &&
    last - 2 >= floor
  ) {
    let first = last - 2;
    if (first - 1 >= floor && posOf(units[first - 1]) === 'ADV') first--;
    return { first, last, pronoun: false };
  }
  // "42% say", "some 56 percent of residents polled said", "those surveyed said": a share of a poll, and
  // the respondents a participle of polling describes.
  if (head.token.lower === '%' && posOf(units[last - 1]) === 'NUM' && last - 1 >= floor) {
    let first = last - 1;
    if (first - 1 >= floor && SHARE_LEADS.has(lowerOf(units[first - 1]))) first--;
    // ("than the 0.4% reported": a figure, not those polled.)
    const before = first - 1 >= 0 ? posOf(units[first - 1]) : '';
    if (first - 1 >= 0 && (before === 'DET' || before === 'ADP' || before === 'SCONJ')) return null;
    return { first, last, pronoun: false };
  }
  if (POLL_PARTICIPLES.has(head.token.lower) && last - 1 >= floor) {
    const polled =
      lowerOf(units[last - 1]) === 'those'
        ? { first: last - 1, last: last - 1, pronoun: false }
        : phraseEndingAt(units, last - 1, floor);
    if (!polled || polled.pronoun) return null;
    return { first: shareOf(units, polled.first, floor), last, pronoun: false };
  }
  // "Another said", "while another says", "Some say", "Many say": a quantifier standing for people.
  // It opens its clause ("an issue many believed was …", "which some suggest will …" hold no speaker).
  if (STANDING_QUANTIFIERS.has(head.token.lower) && head.token.pos !== 'NOUN') {
    const first = last - 1 >= floor && ['yet', 'still'].includes(lowerOf(units[last - 1])) ? last - 1 : last;
    const before = units[first - 1];
    const opens =
      first === floor ||
      before === undefined ||
      before.kind === 'quote' ||
      ['CCONJ', 'SCONJ', 'PUNCT'].includes(posOf(before)) ||
      CONTRAST_LEADS.has(lowerOf(before));
    if (opens && !RELATIVE_PRONOUNS.has(lowerOf(before))) return { first, last, pronoun: false };
  }
  // A capitalised word right before the verb is a name whatever the tagger says ("Cook/VERB said").
  const capitalisedName =
    isCapitalized(head) &&
    !['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT'].includes(head.token.pos) &&
    !(head.token.pos === 'VERB' && /(ing|ed)$/.test(head.token.lower));
  // "The self-described democratic socialist said": wink-nlp tags some nouns as adjectives.
  const adjectiveHead = head.token.pos === 'ADJ' && !isCapitalized(head);
  if ((!isNominal(head) && !capitalisedName && !adjectiveHead) || NOT_HEADS.has(head.token.lower))
    return null;
  let first = last;
  let count = 1;
  while (first - 1 >= floor && count < 20) {
    const unit = units[first - 1];
    if (unit.kind !== 'token') break;
    if (headlineObjectAt(units, first - 1)) break;
    const lower = unit.token.lower;
    const joined = attachedBefore(units, first) || (first - 2 >= 0 && units[first - 2].end === unit.start);
    if ((ATTACHED.has(lower) || possessiveApostrophe(units, first - 1)) && joined && first - 2 >= floor) {
      first -= 1;
      count++;
      continue;
    }
    const hyphenated = lowerOf(units[first]) === '-' && units[first].start === unit.end;
    // "Press Secretary Josh/VERB Earnest": a capitalised word the tagger reads as a verb, before a name.
    // "Downing/VERB Street": a capitalised -ing word before a name is part of it (a participle opening
    // the sentence, "Speaking Friday, …", is cut off by its comma).
    const nameAsVerb =
      posOf(unit) === 'VERB' &&
      isCapitalized(unit) &&
      posOf(units[first]) === 'PROPN' &&
      ((!/(ing|ed|s)$/.test(lower) && first - 1 > floor) || (/ing$/.test(lower) && first === last));
    // "study lead author Ada Varn said": the tagger reads "lead" before a title as a verb.
    const leadTitle = lower === 'lead' && posOf(units[first]) === 'NOUN';
    // "the top-ranked Ivo Rask", "the Kremlin-backed governor": a participle glued after a hyphen is
    // the end of a compound adjective.
    const compound = hyphenParticiple(units, first - 1, floor);
    if (
      isNominal(unit) ||
      posOf(unit) === 'ADJ' ||
      posOf(unit) === 'NUM' ||
      hyphenated ||
      nameAsVerb ||
      leadTitle ||
      compound
    ) {
      first -= 1;
      count++;
      continue;
    }
    // "Bank of America", "Ernst & Young", "Johnson & Johnson": "of", a name's particle or an ampersand
    // between capitalised words joins one name
    const joiner = lower === 'of' || NAME_PARTICLES.has(lower) || (lower === '&' && first - 2 >= floor);
    if (joiner && isCapitalized(units[first]) && isCapitalized(units[first - 2])) {
      first -= 1;
      count++;
      continue;
    }
    // "Sears, Roebuck and Co", "Standard and Poor's Corp": a company's name joined by "and" (a comma)
    if (
      LEGAL_FORMS.has(lowerOf(units[last])) &&
      (lower === 'and' || lower === '&' || (lower === ',' && lowerOf(units[first + 1]) === 'and')) &&
      first - 2 >= floor &&
      isCapitalized(units[first]) &&
      isCapitalized(units[first - 2]) &&
      // "Clabir Corp and AmBrit Corp", "Chemical Bank and Marine Midland Banks Inc" are two bodies
      !LEGAL_FORMS.has(lowerOf(units[first - 2])) &&
      !ORGANIZATION_WORDS.has(lowerOf(units[first - 2]))
    ) {
      first -= 2;
      count += 2;
      continue;
    }
    // "the Center for Disease Control and Prevention", "the Department of Health and Human Services": "and"
    // between capitalised words inside a body's name, after its "for" or "of" ("The Ministry of Defence and
    // Tom Reed" are two, and "Director of the Office of Management and Budget James Miller" is a person).
    if (
      lower === 'and' &&
      first - 2 >= floor &&
      isCapitalized(units[first]) &&
      !units.slice(first, last + 1).some((word) => isFirstName(lowerOf(word))) &&
      bodyNameBefore(units, first - 2, floor)
    ) {
      first -= 1;
      count++;
      continue;
    }
    // "the chairman and chief executive said": two titles of one person joined by "and" (see oneHolder).
    if (lower === 'and' && first - 2 >= floor && oneHolder(units, first - 2, first, last)) {
      first -= 1;
      count++;
      continue;
    }
    // "the Institute for Conflict Studies", "the Center for the Study of War": a body named for its purpose
    // (a role, "Minister for Reintegration …", is not: the name after it is the person).
    if (lower === 'for' && isCapitalized(units[first]) && namesBody(units[first - 2])) {
      first -= 1;
      count++;
      continue;
    }
    // "Head of the Office of the President Andriy Yermak", "Mr. Morgan of the Sierra Club", and after a
    // body only, "the Center for the Study of War".
    const preposition = lowerOf(units[first - 2]);
    if (
      lower === 'the' &&
      first - 3 >= floor &&
      ((isCapitalized(units[first]) &&
        ((preposition === 'of' && isCapitalized(units[first - 3])) ||
          (preposition === 'for' && namesBody(units[first - 3])))) ||
        // "the Advisor to the Head of the President's Office", "the adviser to the minister"
        (preposition === 'to' && ROLES_TO.has(lowerOf(units[first - 3]))))
    ) {
      first -= 2;
      count += 2;
      continue;
    }
    if (
      DETERMINERS.has(lower) &&
      (posOf(unit) === 'DET' || posOf(unit) === 'NUM' || posOf(unit) === 'PRON' || posOf(unit) === 'ADJ')
    ) {
      first -= 1;
      break;
    }
    break;
  }
  while (first < last && (lowerOf(units[first]) === ',' || lowerOf(units[first]) === 'and')) first++;
  // A phrase made only of adjectives is no subject.
  let hasNoun = false;
  for (let i = first; i <= last; i++)
    if (posOf(units[i]) === 'NOUN' || posOf(units[i]) === 'PROPN') hasNoun = true;
  if (capitalisedName) hasNoun = true;
  if (adjectiveHead && DETERMINERS.has(lowerOf(units[first])) && last - first >= 1) hasNoun = true;
  if (!hasNoun) return null;
  // "nearly a third", "about half": a hedge before a share of a poll.
  if (FRACTIONS.has(head.token.lower) && first - 1 >= floor && SHARE_LEADS.has(lowerOf(units[first - 1])))
    first--;
  return { first, last, pronoun: false };
}

/** A title word written in lower case ("chairman", "chief"). */
function lowerTitle(unit: Unit | undefined): boolean {
  return unit?.kind === 'token' && unit.token.value === unit.token.lower && TITLE_WORDS.has(unit.token.lower);
}

/** Titles one person often holds first of two ("chairman and chief executive", "founder and editor"). */
const FIRST_OF_TWO_TITLES = new Set([
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'founder',
  'owner',
  'publisher',
]);

/** Words of the second of two titles one person holds ("chief executive", "managing director"). */
const SECOND_OF_TWO_TITLES = new Set([
  'chief',
  'executive',
  'officer',
  'director',
  'editor',
  'publisher',
  'founder',
]);

/**
 * Whether the title at `title`, "and", and the title words `second`..`last` are two titles of one person
 * ("the chairman and chief executive", "its founder and managing director"): all in lower case, a first
 * title of a firm's head and a second of its management; "the mayor and governor", "the president and
 * prime minister" and "Tom Reed and chief executive Ann Lee" are two people.
 */
function oneHolder(units: Unit[], title: number, second: number, last: number): boolean {
  if (!lowerTitle(units[title]) || !FIRST_OF_TWO_TITLES.has(lowerOf(units[title])) || last < second)
    return false;
  for (let i = second; i <= last; i++) if (!lowerTitle(units[i])) return false;
  return units.slice(second, last + 1).some((unit) => SECOND_OF_TWO_TITLES.has(lowerOf(unit)));
}

/**
 * A lower-case title word at `index` ("chief", "general", "executive") that, with any title words after
 * it, leads to a noun or a name: "chief executive Nigel Crisp", "general manager Tom Gale".
 */
function titleBeforeName(units: Unit[], index: number): boolean {
  let k = index;
  while (k < units.length && k - index < 3) {
    const unit = units[k];
    if (unit.kind !== 'token' || unit.token.value !== unit.token.lower || !TITLE_WORDS.has(unit.token.lower))
      break;
    k++;
  }
  const next = units[k];
  return k > index && next !== undefined && (posOf(next) === 'NOUN' || posOf(next) === 'PROPN');
}

/**
 * Common nouns or adjectives from `index` up to a name ("executive chair Marcelo Claure"): a title before
 * a name, which a participle may modify ("the recently named executive chair …"); not "a publicly disclosed
 * report by …".
 */
function titleBeforeNameAt(units: Unit[], index: number): boolean {
  for (let i = index; i < units.length && i < index + 6; i++) {
    const pos = posOf(units[i]);
    if (pos === 'PROPN') return i > index || isCapitalized(units[i]);
    if (pos !== 'NOUN' && pos !== 'ADJ') return false;
  }
  return false;
}

/**
 * The noun phrase starting at `first`, read left to right (for "said X", "according to X", "told X"):
 * a pronoun, or an optional determiner followed by names, adjectives and nouns, with hyphenated and
 * possessive joins.
 */
export function phraseStartingAt(
  units: Unit[],
  first: number,
  options: { stopAtFirstCommonNoun?: boolean } = {},
): PhraseSpan | null {
  const start = units[first];
  if (!start || start.kind !== 'token') return null;
  const lower = start.token.lower;
  if (
    (SUBJECT_PRONOUNS.has(lower) || ['him', 'her', 'them', 'me', 'us'].includes(lower)) &&
    start.token.pos === 'PRON'
  ) {
    return { first, last: first, pronoun: true };
  }
  let index = first;
  if (DETERMINERS.has(lower) && posOf(start) !== 'PROPN') index++;
  let last = -1;
  while (index < units.length && index - first < 12) {
    const unit = units[index];
    if (unit.kind !== 'token') break;
    const value = unit.token.lower;
    if (
      (ATTACHED.has(value) || possessiveApostrophe(units, index)) &&
      index > first &&
      attachedBefore(units, index) &&
      index + 1 < units.length
    ) {
      index++;
      continue;
    }
    // "the Bank of England", but "Martin Taylor of Aberdeenshire" is a person and where he is from.
    if (
      value === 'of' &&
      last >= 0 &&
      isCapitalized(units[last]) &&
      isCapitalized(units[index + 1]) &&
      !(last > first && units.slice(first, last).some((word) => isFirstName(lowerOf(word))))
    ) {
      index++;
      continue;
    }
    // "said the chairman and chief executive": two titles of one person joined by "and" (not "the chairman
    // and chief executive Ann Lee", a title before a name, nor "the mayor and the governor").
    if (value === 'and' && last >= 0 && lowerTitle(units[index + 1]) && !titleBeforeName(units, index + 1)) {
      let end = index + 1;
      while (lowerTitle(units[end + 1])) end++;
      if (oneHolder(units, last, index + 1, end)) {
        last = end;
        index = end + 1;
        continue;
      }
    }
    // "according to the head of government", "said the heads of state": one role (a prime minister, a
    // president), whose "of" names no body the head speaks for.
    if (
      value === 'of' &&
      last >= 0 &&
      /^heads?$/.test(lowerOf(units[last])) &&
      /^(?:state|government)$/.test(lowerOf(units[index + 1]))
    ) {
      index++;
      continue;
    }
    // "according to the Institute for the Study of War": a body named for its purpose, read on.
    if (value === 'for' && last >= 0 && namesBody(units[last])) {
      const skip = lowerOf(units[index + 1]) === 'the' ? 2 : 1;
      if (isCapitalized(units[index + skip])) {
        index += skip;
        continue;
      }
    }
    // "according to the Head of the Office of the President": a capitalised role completed by "of the …".
    if (
      value === 'of' &&
      last >= 0 &&
      opensOfPhrase(units[last]) &&
      lowerOf(units[index + 1]) === 'the' &&
      isCapitalized(units[index + 2])
    ) {
      index += 2;
      continue;
    }
    // "said the Secretary of the National Security and Defense Council": inside an "of" complement, an
    // "and" goes on with a body's name when the capitalised words after it end in a body's word.
    if (
      value === 'and' &&
      last >= 0 &&
      isCapitalized(units[last]) &&
      units.slice(first, last).some((word) => lowerOf(word) === 'of' || lowerOf(word) === 'for') &&
      bodyNameAfter(units, index + 1)
    ) {
      index++;
      continue;
    }
    const pos = posOf(unit);
    // "wrote 43-year-old Martin Taylor": an age before the head is a modifier, hyphens and all; "said the
    // 23-year-old" has it for its head.
    if (last < 0 && pos === 'NUM' && ageAt(units, index)) {
      const after = units[index + 5];
      if (!after || after.kind !== 'token' || !['NOUN', 'PROPN', 'ADJ'].includes(posOf(after)))
        last = index + 4;
      index += 5;
      continue;
    }
    // "said the recently named executive chair Tom Reed", "said newly elected mayor Ann Lee": an adverb
    // and a participle modifying the title after them.
    if (
      pos === 'ADV' &&
      posOf(units[index + 1]) === 'VERB' &&
      /(ed|en)$/.test(lowerOf(units[index + 1])) &&
      titleBeforeNameAt(units, index + 2)
    ) {
      index += 2;
      continue;
    }
    // "said the top-ranked Ivo Rask", "said the Paris-based group": a participle glued after a hyphen
    // ends a compound adjective.
    if (hyphenParticiple(units, index, first) && index + 1 < units.length) {
      index++;
      continue;
    }
    // "said lead negotiator Tom Reed": the tagger reads "lead" before a title as a verb.
    if (value === 'lead' && posOf(units[index + 1]) === 'NOUN') {
      index++;
      continue;
    }
    // "said Josh/VERB Earnest": a capitalised word the tagger reads as a verb, inside a run of names.
    const nameAsVerb =
      pos === 'VERB' &&
      isCapitalized(unit) &&
      (posOf(units[index + 1]) === 'PROPN' || (last >= 0 && posOf(units[last]) === 'PROPN'));
    if (
      pos === 'PROPN' ||
      nameAsVerb ||
      (isCapitalized(unit) && (pos === 'NOUN' || pos === 'X' || pos === 'ADJ'))
    ) {
      last = index;
      index++;
      continue;
    }
    if (pos === 'NOUN') {
      last = index;
      index++;
      // ("told the mayor's aides …": a possessive goes on to its head)
      if (
        options.stopAtFirstCommonNoun &&
        posOf(units[index]) !== 'NOUN' &&
        !(POSSESSIVE_CLITICS.has(valueOf(units[index])) && attachedBefore(units, index))
      )
        break;
      continue;
    }
    // "Channel 4 News": a number inside a name.
    if (pos === 'NUM' && last >= 0 && isCapitalized(units[last]) && isCapitalized(units[index + 1])) {
      index++;
      continue;
    }
    // "said NHS chief executive Nigel Crisp", "BBC director general Greg Dyke": a title the tagger reads
    // as an adjective ("chief", "general") inside the phrase, before the rest of the title or the name.
    if (pos === 'ADJ' && last >= 0 && titleBeforeName(units, index)) {
      index++;
      continue;
    }
    // "according to Ukraine’s top officials": after a possessive the phrase opens again, modifiers first.
    const possessed = POSSESSIVE_CLITICS.has(valueOf(units[index - 1])) && index - 1 > first;
    if ((pos === 'ADJ' || pos === 'NUM') && (last < 0 || possessed)) {
      index++;
      continue;
    }
    break;
  }
  if (last < 0) return null;
  // Trailing possessive or hyphen pieces are not part of the phrase.
  while (last > first && ATTACHED.has(valueOf(units[last]))) last--;
  void lowerOf;
  return { first, last, pronoun: false };
}

/**
 * The "from" or "by" that names the author of the document or count at `document` ("data from the Kyiv
 * School of Economics", "a report published by the World Food Programme": after a participle, "by");
 * -1 when none follows.
 */
export function authorLinker(units: Unit[], document: number): number {
  const head = units[document];
  if (!head || !AUTHORED_DOCUMENTS.has(lowerOf(head)) || isCapitalized(head)) return -1;
  const next = lowerOf(units[document + 1]);
  if (next === 'from' || next === 'by') return document + 1;
  const participle = posOf(units[document + 1]) === 'VERB' && /ed$/.test(next);
  return participle && lowerOf(units[document + 2]) === 'by' ? document + 2 : -1;
}
