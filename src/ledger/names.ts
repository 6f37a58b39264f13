/**
 * Name normalisation and comparison helpers shared by the people rules (people.ts) and quote dedup
 * (dedup.ts). Pure: values in, values out.
 */

/** Unicode quotes, dashes and spaces folded to ASCII, whitespace collapsed, NFC. */
export function normalizeSpacing(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u200B\u2060\uFEFF]+/g, ' ')
    .trim();
}

// Letters that NFD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ı: 'i',
  þ: 'th',
};

/** Strips accents ("Erdoğan" → "Erdogan", "Łukaszenka" → "Lukaszenka"). */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØđĐßæÆœŒıþ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * A phonetic-ish key for one name token that folds the usual English, German and Polish renderings
 * of Slavic names onto one spelling: Zelensky / Zelenskyy / Zelenskiy / Zelenskii / Zelenskyj →
 * "zelenski"; Shmyhal / Shmygal (Ukrainian h for Russian g); Peskov / Peskow; Yermak / Iermak / Jermak.
 * Digraphs are folded before single letters so "kh", "sh", "ch", "zh" survive the h → g fold.
 */
export function transliterationKey(token: string): string {
  let s = foldDiacritics(token)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  s = s
    .replace(/x/g, 'ks')
    .replace(/shch|sch|sh|sz/g, 'S')
    .replace(/tsch|tch|ch|cz/g, 'C')
    .replace(/zh|rz/g, 'Z')
    .replace(/kh/g, 'X')
    .replace(/ts|tz/g, 'c')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/ck|q/g, 'k')
    .replace(/h/g, 'g')
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return s;
}

/** Particles that belong to a surname ("von der Leyen", "bin Salman", "de Gaulle"). */
// prettier-ignore
const SURNAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'al', 'el',
  'bin', 'ibn', 'ben', 'ter', 'ten', 'zu', 'st', 'st.',
]);

/**
 * Whether a token is a surname particle. Capitalised, it counts only after a given name ("Beth Van
 * Schaack"), and "Ben" / "Bin" / "Ibn" only in lower case ("Ben Hodges" is a given name).
 */
export function isSurnameParticle(token: string, options: { first?: boolean } = {}): boolean {
  const lower = token.toLowerCase();
  if (!SURNAME_PARTICLES.has(lower)) return false;
  if (token === lower) return true;
  return !options.first && !['ben', 'bin', 'ibn'].includes(lower);
}

/** Generational suffixes ignored when comparing ("Joseph R. Biden Jr."). */
// prettier-ignore
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * East Asian names written surname first in English news ("Xi Jinping", "Kim Jong Un"): a bare "Xi"
 * must find "Xi Jinping". Kept to surnames that are not also common English given names.
 */
// prettier-ignore
const SURNAME_FIRST = new Set([
  'xi', 'wang', 'zhang', 'li', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'hu', 'qin', 'ban',
]);

export interface ParsedName {
  /** Given names and initials in order, as transliteration keys ("volodimir", "j"). */
  given: string[];
  /** Whether each given entry was written as an initial ("J." / "J"). */
  initials: boolean[];
  /** Transliteration key of the surname with its particles ("zelenski", "vonderleien"). */
  surname: string;
}

/**
 * The same names come back in article after article and in every comparison of a person with its
 * candidates: answers are kept (a bounded memo), each caller gets its own copy.
 */
const parsedMemo = new Map<string, ParsedName | null>();
const PARSED_MEMO_SIZE = 20_000;

/** Splits a canonical person name (no titles) into given names and surname, as comparison keys. */
export function parseName(name: string): ParsedName | null {
  let parsed = parsedMemo.get(name);
  if (parsed === undefined) {
    parsed = readName(name);
    if (parsedMemo.size >= PARSED_MEMO_SIZE) parsedMemo.clear();
    parsedMemo.set(name, parsed);
  }
  return parsed && { given: [...parsed.given], initials: [...parsed.initials], surname: parsed.surname };
}

function readName(name: string): ParsedName | null {
  const tokens = normalizeSpacing(name)
    .split(/\s+/)
    // "J.D." is two initials
    .flatMap((t) =>
      /^(\p{L}\.){2,}$/u.test(t)
        ? t
            .split('.')
            .filter(Boolean)
            .map((x) => `${x}.`)
        : [t],
    )
    .filter((t) => t && !NAME_SUFFIXES.has(t.toLowerCase()));
  if (tokens.length === 0) return null;
  let surnameTokens: string[];
  let givenTokens: string[];
  if (tokens.length >= 2 && tokens.length <= 3 && SURNAME_FIRST.has(tokens[0].toLowerCase())) {
    surnameTokens = [tokens[0]];
    givenTokens = tokens.slice(1);
  } else {
    let start = tokens.length - 1;
    while (start > 0 && isSurnameParticle(tokens[start - 1], { first: start - 1 === 0 })) start--;
    // a name made only of particles plus one token keeps them all as surname
    surnameTokens = tokens.slice(start);
    givenTokens = tokens.slice(0, start);
  }
  // Hyphenated given names ("Jean-Claude") compare as one; hyphenated surnames fold to one key.
  const surname = surnameTokens.map(transliterationKey).join('');
  if (!surname) return null;
  const given: string[] = [];
  const initials: boolean[] = [];
  for (const token of givenTokens) {
    const key = transliterationKey(token);
    if (!key) continue;
    const isInitial = /^\p{L}\.?$/u.test(token);
    given.push(isInitial ? key.slice(0, 1) : key);
    initials.push(isInitial);
  }
  return { given, initials, surname };
}

/**
 * Given-name forms that name one person in English: nicknames and formal names ("Joe" / "Joseph").
 * Spelling variants of one transliteration (Dmitry / Dmitri, Andriy / Andrii) already share a
 * transliterationKey and need no entry.
 */
// prettier-ignore
const NICKNAME_GROUPS: string[][] = [
  ['joseph', 'joe'], ['william', 'bill', 'will', 'billy'], ['robert', 'bob', 'rob', 'bobby'],
  ['james', 'jim', 'jimmy'], ['michael', 'mike'], ['anthony', 'antony', 'tony'], ['elizabeth', 'liz', 'beth'],
  ['donald', 'don'], ['richard', 'dick', 'rick', 'rich'], ['thomas', 'tom'], ['benjamin', 'ben', 'bibi'],
  ['david', 'dave'], ['christopher', 'chris'], ['daniel', 'dan', 'danny'], ['samuel', 'sam'],
  ['steven', 'stephen', 'steve'], ['alexander', 'alex'], ['katherine', 'catherine', 'kate', 'cathy'],
  ['edward', 'ed', 'ted', 'eddie'], ['nicholas', 'nick'], ['matthew', 'matt'], ['andrew', 'andy'],
  ['jeffrey', 'geoffrey', 'jeff'], ['peter', 'pete'], ['timothy', 'tim'], ['jonathan', 'jon'],
  ['gregory', 'greg'], ['lawrence', 'larry'], ['gerald', 'jerry'], ['charles', 'charlie'],
  ['margaret', 'maggie'], ['jennifer', 'jen', 'jenny'], ['rebecca', 'becky'], ['susan', 'sue'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed'], ['sergei', 'sergey'], ['aleksei', 'alexei', 'alexey'],
  ['aleksandr', 'alexandr', 'alexander', 'aleksander'], ['vasily', 'vassily', 'vasiliy'],
  ['yevgeny', 'yevgeniy', 'evgeny', 'evgeniy'], ['oleksiy', 'oleksii', 'oleksij', 'olexiy'],
];

/**
 * The Ukrainian, Russian and English renderings of one name (Volodymyr Zelensky is also printed
 * "Vladimir Zelensky"). Weaker evidence than a nickname: Andriy Kostin and Andrei Kostin are two
 * people, so matchPerson trusts these only when nothing contradicts them.
 */
// prettier-ignore
const CROSS_LANGUAGE_GROUPS: string[][] = [
  ['volodymyr', 'vladimir', 'wolodymyr'], ['oleksiy', 'aleksei', 'alexei', 'alexey'],
  ['oleksandr', 'olexandr', 'aleksandr', 'alexander'], ['dmytro', 'dmitry', 'dmitri'],
  ['mykhailo', 'mykhaylo', 'mikhail', 'michael'], ['serhiy', 'serhii', 'sergiy', 'sergei', 'sergey'],
  ['andriy', 'andrii', 'andrei', 'andrey', 'andrew', 'andrzej'], ['yuriy', 'yurii', 'yuri', 'iouri'],
  ['mykola', 'nikolai', 'nikolay', 'nicholas'], ['petro', 'pyotr', 'petr', 'peter', 'piotr'],
  ['yevhen', 'yevgeny', 'evgeny'], ['vitaliy', 'vitalii', 'vitaly'], ['denys', 'denis'],
  ['olena', 'elena', 'yelena', 'helen'], ['iryna', 'irina'], ['hennadiy', 'gennady'],
  ['hryhoriy', 'grigory', 'gregory'], ['vasyl', 'vasily', 'vassily'], ['pavlo', 'pavel', 'paul'],
  ['anatoliy', 'anatoly'], ['kyrylo', 'kirill'], ['valeriy', 'valerii', 'valery'], ['olha', 'olga'],
  ['tetiana', 'tatiana', 'tatyana'], ['oleh', 'oleg'], ['ihor', 'igor'], ['maria', 'mariya', 'mariia'],
  ['natalia', 'natalya', 'nataliya'], ['ivan', 'ivan'],
];

function groupIndex(groups: string[][]): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  groups.forEach((group, i) => {
    for (const name of group) {
      const key = transliterationKey(name);
      if (!index.has(key)) index.set(key, new Set());
      index.get(key)!.add(i);
    }
  });
  return index;
}

const NICKNAMES = groupIndex(NICKNAME_GROUPS);
const CROSS_LANGUAGE = groupIndex(CROSS_LANGUAGE_GROUPS);

function shareGroup(index: Map<string, Set<number>>, a: string, b: string): boolean {
  const ga = index.get(a);
  const gb = index.get(b);
  return !!ga && !!gb && [...ga].some((g) => gb.has(g));
}

/** How strongly two given names are one: 'same' (spelling, nickname, initial), 'variant' (another language's form), or null. */
export type GivenNameRelation = 'same' | 'variant' | null;

export function givenNameRelation(
  a: string,
  b: string,
  options: { aInitial?: boolean; bInitial?: boolean } = {},
): GivenNameRelation {
  if (a === b) return 'same';
  if (options.aInitial || options.bInitial) return a[0] === b[0] ? 'same' : null;
  if (shareGroup(NICKNAMES, a, b)) return 'same';
  if (shareGroup(CROSS_LANGUAGE, a, b)) return 'variant';
  return null;
}

export function givenNameCompatible(
  a: string,
  b: string,
  options: { aInitial?: boolean; bInitial?: boolean } = {},
): boolean {
  return givenNameRelation(a, b, options) !== null;
}

/**
 * The given names of two mentions of one surname are compatible when the shorter list matches the
 * longer one in order, allowing a dropped leading given name ("Tayyip Erdogan" ~ "Recep Tayyip
 * Erdogan") and dropped middle names ("Joseph Biden" ~ "Joseph R. Biden"). Empty lists are
 * compatible with anything (that is the bare-surname case, decided by the caller). Returns the weakest
 * relation among the matched names.
 */
export function givenNamesRelation(a: ParsedName, b: ParsedName): GivenNameRelation {
  const [short, long] = a.given.length <= b.given.length ? [a, b] : [b, a];
  let weakest: GivenNameRelation = 'same';
  let j = 0;
  for (let i = 0; i < short.given.length; i++) {
    let found: GivenNameRelation = null;
    while (j < long.given.length) {
      const relation = givenNameRelation(short.given[i], long.given[j], {
        aInitial: short.initials[i],
        bInitial: long.initials[j],
      });
      j++;
      if (relation) {
        found = relation;
        break;
      }
      // only the first name may be skipped on the long side before the first match, and middle
      // names after it; a clash on the first given name is a different person ("John" vs "Jane")
      if (i === 0 && j === 1 && long.given.length > short.given.length) continue;
      if (i > 0) continue;
      return null;
    }
    if (!found) return null;
    if (found === 'variant') weakest = 'variant';
  }
  return weakest;
}

export function givenNamesCompatible(a: ParsedName, b: ParsedName): boolean {
  return givenNamesRelation(a, b) !== null;
}
