import { isBlank, type Token } from './analyse.js';
import { OPENING_CUES } from './cue-lexicon.js';
import { headlinePreposition, NAME_PARTICLES, POSSESSIVE_CLITICS } from './noun-phrase.js';
import { firstStartingAt } from './units.js';
import {
  BODY_KINDS,
  COUNTRIES,
  FEMALE_NAMES,
  HONORIFICS,
  LEGAL_FORMS,
  isFirstName,
  isTitleWord,
  MALE_NAMES,
  ORGANIZATION_NAME_ENDS,
  PLACE_FORMS,
  ORGANIZATION_WORDS,
  PLACES,
  PERSON_DESCRIPTION_NOUNS,
  DEMONYM_NOUNS,
  BODY_NAME_WORDS,
  GROUP_WORDS,
} from './speaker-words.js';

/** What the article says about a person: surname and first name lead to the full name introduced. */
export interface NameRegistry {
  bySurname: Map<string, string>;
  byFirstName: Map<string, string>;
  /** Person names as they occur in the text (offset order), for pronouns with no earlier speaker. */
  mentions: Array<{ start: number; name: string }>;
  /**
   * People introduced with a role ("President of Ukraine Volodymyr Zelenskyy", "the team's coach, Ann
   * Lee", "Jeff Rathke, the State Department spokesperson"), in text order: later descriptions ("the
   * President", "the coach") name them.
   */
  roles: RoleEntry[];
  /** "Korean Central News Agency (KCNA)": the acronym → the full name. */
  acronyms: Map<string, string>;
  /** The full names of `acronyms`. */
  acronymNames: Set<string>;
  /**
   * Countries a person is written with ("Russian President Vladimir Putin", "Polish survivor Ann Lee"),
   * as stems: a later "the Russian leader" is none of the people written with another country.
   */
  origins: Map<string, Set<string>>;
  /**
   * Companies introduced with their legal form ("First Wisconsin Corp", "Acme Holdings Ltd"): the name
   * without it, lower-case ("first wisconsin") → the name as introduced. A later "First Wisconsin said" is
   * the company, not a person called Wisconsin.
   */
  companies: Map<string, string>;
  /** The same companies in text order, where each was first named: "the company" is one of them. */
  companyMentions: Array<{ start: number; name: string }>;
  /**
   * Names introduced as a body, lower-case: after a kind of body ("the oil company Yukos", "gaming group
   * Wembley") or with one in apposition ("Titan, a California-based company,"). A later "Yukos said" is
   * the company, not a person.
   */
  bodies: Set<string>;
  /**
   * The same bodies where the story names them with their kind, in text order ("the oil company Yukos",
   * "The group, Fair Work Alliance,"): a later "the group said" is the group last named so.
   */
  bodyMentions: Array<{ start: number; name: string; kind: string }>;
}

/** Capitalised words that may name a body, at most four ("Gazprom Neft", not "Chairman Ann Lee"). */
function bodyName(run: Token[]): string | null {
  if (run.length === 0 || run.length > 4) return null;
  const lead = run[0].lower;
  if (isFirstName(lead) || HONORIFICS.has(lead) || isTitleWord(lead) || PLACES.has(lead)) return null;
  let name = '';
  for (let i = 0; i < run.length; i++)
    name += (i > 0 && run[i].start !== run[i - 1].end ? ' ' : '') + run[i].value;
  return name.toLowerCase();
}

const DESCRIPTION_STOPS = new Set(['of', 'in', 'at', 'for', 'with', 'on', 'from', 'by', 'to', 'and', 'or']);

function readBodies(tokens: Token[], registry: NameRegistry): void {
  const words = tokens.filter((token) => !isBlank(token.value));
  readHeadedBodies(words, registry);
  const proper = (token: Token | undefined): boolean =>
    token !== undefined && token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // "the oil company Yukos", "gaming group Wembley": a lower-case kind of body, then the name.
    // ("Film-maker Spike Lee": part of a compound word)
    const compound = i > 0 && words[i - 1].value === '-' && words[i - 1].end === word.start;
    if (BODY_KINDS.has(word.lower) && word.value === word.lower && !compound) {
      let j = i + 1;
      while (j < words.length && j <= i + 4 && proper(words[j])) j++;
      const name = bodyName(words.slice(i + 1, j));
      // ("the company Chairman Tom Reed", "the bank's …": no name right after)
      if (name && !(j < words.length && POSSESSIVE_CLITICS.has(words[j].lower))) {
        registry.bodies.add(name);
        addBodyMention(registry, words.slice(i + 1, j), word.lower);
      }
      // "The group, Fair Work Alliance, formed …": the kind, a comma, the name and a comma.
      if (name === null && words[i + 1]?.value === ',' && ['the', 'a'].includes(words[i - 1]?.lower ?? '')) {
        let k = i + 2;
        while (k < words.length && k <= i + 6 && proper(words[k])) k++;
        const named = words.slice(i + 2, k);
        const body = named.length > 0 && words[k]?.value === ',' ? bodyName(named) : null;
        if (body) {
          registry.bodies.add(body);
          addBodyMention(registry, named, word.lower);
        }
      }
    }
    // "Titan, a California-based company, …": a name, a comma, an article and a description ending in a kind.
    if (word.value === ',' && i + 1 < words.length && ['a', 'an', 'the'].includes(words[i + 1].lower)) {
      let kind = -1;
      for (let k = i + 2; k < words.length && k <= i + 7 && /^[\p{L}\d-]+$/u.test(words[k].value); k++) {
        // ("Gianni Agnelli, the godfather of the group,": the head comes before a preposition)
        if (DESCRIPTION_STOPS.has(words[k].lower)) break;
        const next = k + 1 < words.length ? words[k + 1].lower : '.';
        const ends = /^[,.;)]$|^(?:that|which|of|in|based|with)$/.test(next);
        if (BODY_KINDS.has(words[k].lower) && words[k].value === words[k].lower && ends) {
          kind = k;
          break;
        }
      }
      if (kind < 0) continue;
      let b = i;
      while (b > 0 && b > i - 4 && proper(words[b - 1])) b--;
      // "Ford/VERB, the US car company, …": a capitalised word the tagger read as a verb or a noun, alone
      // before the comma, is the body's name too.
      const misread = words[i - 1];
      if (
        b === i &&
        misread !== undefined &&
        (misread.pos === 'VERB' || misread.pos === 'NOUN') &&
        /^\p{Lu}\p{Ll}+$/u.test(misread.value) &&
        !proper(words[i - 2])
      )
        b = i - 1;
      const name = bodyName(words.slice(b, i));
      if (name) registry.bodies.add(name);
      // ("In a filing with the Securities and Exchange Commission, the group, …": after "the" the name
      // may close an opening phrase; "The Aspen Institute for Humanistic Studies, a private group,": the
      // whole name, across its linking words.)
      // "Metrovias, the private firm which runs …": a relative clause after "the" kind is the name's.
      const relative = /^(?:which|that|based)$/.test(words[kind + 1]?.lower ?? '');
      if (name && (words[i + 1].lower !== 'the' || relative)) {
        // (not across "in" or "on": "Shares in Cairn Energy, a UK oil firm" names Cairn Energy)
        const link = (value: string): boolean => ACRONYM_LINKS.has(value) && value !== 'in' && value !== 'on';
        while (b > 1 && link(words[b - 1].value) && proper(words[b - 2])) {
          b--;
          while (b > 0 && proper(words[b - 1])) b--;
        }
        addBodyMention(registry, words.slice(b, i), words[kind].lower);
      }
    }
  }
}

/**
 * The words a body's name is built on, capitalised, and what a story calls that body afterwards: "the
 * ministry" after "the Defence Ministry", "the agency" after "the International Atomic Energy Agency",
 * "the airline" or "the carrier" after "British Airways".
 */
const NAMED_HEADS = new Map<string, string[]>([
  ['ministry', ['ministry']],
  ['agency', ['agency']],
  ['bank', ['bank']],
  ['service', ['service']],
  ['council', ['council']],
  ['committee', ['committee']],
  ['commission', ['commission']],
  ['department', ['department']],
  ['court', ['court']],
  ['authority', ['authority']],
  ['institute', ['institute']],
  ['airlines', ['airline', 'carrier']],
  ['airways', ['airline', 'carrier']],
]);

/** Linking words inside a body's name after its head: "Ministry of Defence", "Office for … Statistics". */
const HEAD_LINKS = new Set(['of', 'for', 'on', 'and']);

/**
 * "Russia's Defence Ministry", "the Ministry of Foreign Affairs", "the State Emergency Service of Ukraine":
 * a name of capitalised words built on a body's head word (NAMED_HEADS), registered as a body named with
 * that kind, so that a later "the ministry said" takes it up. The name runs left over capitalised words
 * (not over a possessive or an article) and right over "of"/"for"/"on"/"and" (and "the") and capitalised words;
 * the head word alone ("Ministry officials said") names no body.
 */
function readHeadedBodies(words: Token[], registry: NameRegistry): void {
  const capital = (token: Token | undefined): boolean =>
    token !== undefined && /^\p{Lu}/u.test(token.value) && token.lower !== 'the' && token.lower !== 'a';
  for (let i = 0; i < words.length; i++) {
    const kinds = NAMED_HEADS.get(words[i].lower);
    if (kinds === undefined || !capital(words[i])) continue;
    let first = i;
    while (first > 0 && i - first < 5 && capital(words[first - 1])) {
      first--;
      // ("Industrial and Commercial Bank of China": a name's own "and")
      if (words[first - 1]?.lower === 'and' && capital(words[first - 2])) first -= 2;
    }
    let last = i;
    // ("Institute for the Study of War": links and capitalised words, again and again)
    // ("Deutsche Bank and Credit Suisse": "and" right after the head joins two names)
    while (
      HEAD_LINKS.has(words[last + 1]?.lower ?? '') &&
      (last > i || words[last + 1].lower !== 'and') &&
      last - i <= 8
    ) {
      let k = last + 2;
      if (words[k]?.lower === 'the') k++;
      if (!capital(words[k])) break;
      do last = k++;
      while (k - i <= 10 && capital(words[k]));
    }
    if (first === last) continue;
    for (const kind of kinds) addBodyMention(registry, words.slice(first, last + 1), kind);
  }
}

/** A body named with its kind, as written. */
function addBodyMention(registry: NameRegistry, run: Token[], kind: string): void {
  let name = '';
  for (let i = 0; i < run.length; i++)
    name += (i > 0 && run[i].start !== run[i - 1].end ? ' ' : '') + run[i].value;
  registry.bodyMentions.push({ start: run[0].start, name, kind });
}

/**
 * "First Wisconsin Corp" (a run of capitalised words ending in a legal form): its short form, registered.
 * "Sears, Roebuck and Co", "Standard and Poor's Corp": names joined by "and" before the run belong to it.
 */
function readCompany(tokens: Token[], first: number, found: Token[], registry: NameRegistry): void {
  let run = found;
  const last = run[run.length - 1];
  if (!LEGAL_FORMS.has(last.lower)) return;
  let k = first - 1;
  while (
    k >= 1 &&
    (tokens[k].value === 'and' || tokens[k].value === '&') &&
    /^\p{Lu}/u.test(tokens[k - 1].value) &&
    // "Clabir Corp and AmBrit Corp" are two companies
    !LEGAL_FORMS.has(tokens[k - 1].lower)
  ) {
    let j = k - 1;
    // a short name before "and" ("Pacific Gas and Electric Co"), not a second entity's full name
    while (j >= 1 && j > k - 3 && /^\p{Lu}/u.test(tokens[j - 1].value)) j--;
    // "Sears, Roebuck and Co": one name before a comma, when one word stands between it and "and"
    if (j === k - 1 && j >= 2 && tokens[j - 1].value === ',' && /^\p{Lu}/u.test(tokens[j - 2].value)) j -= 2;
    run = [...tokens.slice(j, k + 1).filter((token) => token.value.trim() !== ''), ...run];
    k = j - 1;
  }
  if (run.length < 2) return;
  const stem = run.slice(0, -1);
  const joins = (token: Token) => /^(?:and|&|,|'s|’s)$/.test(token.lower);
  if (!stem.every((token) => /^\p{Lu}/u.test(token.value) || joins(token))) return;
  if (stem.length === 0 || isTitleWord(stem[0].lower)) return;
  // written as in the text: "Standard and Poor's", "Sears, Roebuck and Co"
  const written = (tokens: Token[]) =>
    tokens.map((token, i) => (i > 0 && token.start !== tokens[i - 1].end ? ' ' : '') + token.value).join('');
  const short = written(stem).toLowerCase();
  if (registry.companies.has(short)) return;
  const name = written(run);
  registry.companies.set(short, name);
  registry.companyMentions.push({ start: run[0].start, name });
}

export interface RoleEntry {
  start: number;
  name: string;
  /** The role as written, lower-case words ("president of ukraine"). */
  title: string[];
}

/** Words that head a role: "the President", "the Deputy Head of the Office", "the coach". */
export const ROLE_WORDS = new Set(
  `president president-elect premier chancellor minister secretary secretary-general head director
  director-general chairman chairwoman chair chairperson ceo spokesman spokeswoman spokesperson ambassador envoy
  prosecutor prosecutor-general coach manager governor mayor senator administrator commissioner chief leader
  speaker judge attorney lawyer editor founder co-founder officer official adviser advisor commander
  captain king queen pope professor researcher representative sheriff inspector counsel ombudsman
  lawmaker congressman congresswoman mp mep diplomat correspondent analyst economist scientist
  executive owner member president's taoiseach tanaiste tánaiste`.split(/\s+/),
);

/**
 * "Actor Keanu Reeves", "American Robby Ginepri": whether the first of these capitalised words (lower
 * case) is a trade, role or nationality heading a person's full name, not part of a body's name ("the
 * American Stock Exchange", "Star Resources Ltd"). `before` is the word before them.
 */
export function headsPersonName(words: string[], before: string | undefined): boolean {
  if (words.length < 3 || !LEADING_DESCRIPTIONS.has(words[0])) return false;
  if (before === 'the' || before === 'a' || before === 'an') return false;
  return words
    .slice(1)
    .every(
      (word) =>
        !ORGANIZATION_WORDS.has(word) &&
        !ORGANIZATION_NAME_ENDS.has(word) &&
        !LEGAL_FORMS.has(word) &&
        !BODY_NAME_WORDS.has(word) &&
        !PLACES.has(word),
    );
}

/**
 * "Oligarchs Mikhail Fridman and Oleg Deripaska", "Lawmakers Jane Doe and …": a plural noun of people
 * (a trade, a role or a group) before a known first name describes the people named, it is no part of
 * their names.
 */
function pluralDescription(name: Token[]): boolean {
  if (name.length < 3 || !isFirstName(name[1].lower)) return false;
  const lower = name[0].lower;
  if (!lower.endsWith('s') || isFirstName(lower)) return false;
  if (GROUP_WORDS.has(lower)) return true;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return LEADING_DESCRIPTIONS.has(singular) || /(?:ers|ors|ists|ians|archs|ants|ents)$/.test(lower);
}

/**
 * "Striker Keane", "Matchwinner Keane" (opening a sentence): a trade or a role, or at a sentence's start
 * a capitalised agent noun no one's first name, before the surname of a person the story named in full
 * with another first name, is no part of a name: the surname alone is that person's.
 */
function describesNamed(name: Token[], before: Token | undefined, registry: NameRegistry): boolean {
  const lower = name[0].lower;
  const full = registry.bySurname.get(name[1].lower);
  if (full === undefined || isFirstName(lower) || full.toLowerCase().startsWith(`${lower} `)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(name[0].value) || !/^\p{Lu}\p{Ll}+$/u.test(name[1].value)) return false;
  if (LEADING_DESCRIPTIONS.has(lower)) return before?.lower !== 'the' && before?.lower !== 'a';
  const opens = before === undefined || isBlank(before.value) || /^[.!?"“”]$/u.test(before.value);
  return opens && /(?:[^e]er|or|ist)$/.test(lower);
}

/** Words that head a full name as its title when capitalised before it ("Actor Keanu Reeves"). */
export const LEADING_DESCRIPTIONS = new Set([
  ...PERSON_DESCRIPTION_NOUNS,
  ...DEMONYM_NOUNS,
  ...ROLE_WORDS,
  'boss',
]);

/** Words that rank a role: "the Deputy Head" is not "the Head". */
const RANKS = new Set([
  'deputy',
  'vice',
  'acting',
  'former',
  'first',
  'assistant',
  'interim',
  'ex',
  'co',
  'shadow',
]);

/** Parts of a country's or body's name after "of" ("of the Grand Duchy of Luxembourg"). */
export const COMPLEMENT_WORDS = new Set(
  `republic kingdom federation duchy grand united states emirates union islamic democratic people's
  federal socialist arab commonwealth principality sultanate state affairs foreign defense defence interior
  justice health finance economy economic education culture energy trade transport agriculture environment
  labour labor security intelligence federative bolivarian plurinational hashemite`.split(/\s+/),
);

/**
 * The words that make a country's formal name ("the Republic of Poland", "the Russian Federation", "the
 * Grand Duchy of Luxembourg"): a role's country, not part of what the role is.
 */
export const COUNTRY_FORMS = new Set(
  'republic federation kingdom principality duchy grand sultanate commonwealth'.split(' '),
);

const ROLE_FILLERS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  "'s",
  '’s',
  '-',
  '(',
  ')',
  'and',
  'at',
  'on',
  'in',
]);

/** Abbreviations whose full stop belongs to a name ("Martin Luther King Jr. said", "J. Smith"). */
const NAME_ABBREVIATIONS = new Set(
  `jr sr st mt ft dr mr mrs ms gen sen rep gov lt col sgt capt adm prof rev hon`.split(/\s+/),
);

/** Stems that are not the first five letters (a map, so that "constructor" or "toString" is a word, not
 * a property every object inherits). */
const STEM_EXCEPTIONS = new Map<string, string>(
  Object.entries({
    polish: 'pol',
    poland: 'pol',
    french: 'fran',
    france: 'fran',
    british: 'brit',
    britain: 'brit',
    dutch: 'neth',
    netherlands: 'neth',
    swiss: 'switz',
    switzerland: 'switz',
    greek: 'gree',
    greece: 'gree',
    us: 'united-states',
    american: 'united-states',
    'u.s.': 'united-states',
  }),
);

/** A demonym and its country share a stem: "ukrainian" / "ukraine", "russian" / "russia". */
export function stem(word: string): string {
  const known = STEM_EXCEPTIONS.get(word);
  if (known) return known;
  return word.length > 5 ? word.slice(0, 5) : word;
}

/** Normalised words of a role or description, for matching one against the other. */
export function roleWords(words: string[]): string[] {
  return words
    .map((word) => word.toLowerCase().replace(/[’']s$/, ''))
    .filter((word) => word.length > 0 && !ROLE_FILLERS.has(word));
}

/** Roles spelt two ways, by their British spelling. */
const ROLE_SPELLINGS = new Map([
  ['advisor', 'adviser'],
  ['counselor', 'counsellor'],
]);

/**
 * The head of a role ("president" in "the Ukrainian President" and in "President of Ukraine") and the
 * words around it; "head of state" is the president. Null when no role word heads the words.
 */
export function roleHead(words: string[]): { head: string; ranks: Set<string>; rest: string[] } | null {
  const lower = words.map((word) => word.toLowerCase().replace(/[’']s$/, ''));
  let cut = lower.findIndex((word, index) => (word === 'of' || word === 'to' || word === 'for') && index > 0);
  if (cut < 0) cut = lower.length;
  let headAt = -1;
  for (let i = cut - 1; i >= 0; i--) {
    if (ROLE_WORDS.has(lower[i])) {
      headAt = i;
      break;
    }
  }
  if (headAt < 0) return null;
  // one spelling for a role written two ways ("Advisor" / "Adviser to the Head of the Office")
  let head = ROLE_SPELLINGS.get(lower[headAt]) ?? lower[headAt];
  let rest = lower.filter((_, index) => index !== headAt);
  if (head === 'head' && lower[headAt + 1] === 'of' && lower[headAt + 2] === 'state') {
    head = 'president';
    rest = rest.filter((word) => word !== 'state');
  }
  // "the head of government": the prime minister
  if (head === 'head' && lower[headAt + 1] === 'of' && lower[headAt + 2] === 'government') {
    head = 'minister';
    rest = [...rest.filter((word) => word !== 'government'), 'prime'];
  }
  const ranks = new Set(rest.filter((word) => RANKS.has(word)));
  return {
    head,
    ranks,
    // "the President of the Republic of Poland" is "the President of Poland"
    rest: roleWords(rest)
      .filter((word) => !RANKS.has(word) && !COUNTRY_FORMS.has(word))
      .map(stem),
  };
}

type RoleHead = { head: string; ranks: Set<string>; rest: string[] };

/** `roleHead` of each role entry, read once: every description of a story asks it of every role. */
const ENTRY_HEADS = new WeakMap<RoleEntry, RoleHead | null>();

/** The head of a role the story introduced (see `roleHead`); the answer is shared, not to be changed. */
export function headOf(entry: RoleEntry): RoleHead | null {
  let role = ENTRY_HEADS.get(entry);
  if (role === undefined) ENTRY_HEADS.set(entry, (role = roleHead(entry.title)));
  return role;
}

/**
 * What the statements of a story ask of its roles and mentions, read once when first asked (and again
 * if either grew): a story of thousands of people then answers each statement's questions without
 * reading all of them.
 */
interface RegistryIndex {
  roles: number;
  mentions: number;
  /** Each person's roles, in text order. */
  rolesByName: Map<string, RoleEntry[]>;
  /** The stems of every word of every role. */
  titleStems: Set<string>;
  /** How often each person is mentioned. */
  mentionCounts: Map<string, number>;
  /** The roles with a head (`headOf`), by head, in text order. */
  byHead: Map<string, RoleEntry[]>;
  /** What each description asked so far was answered (`answersFor`). */
  descriptions: Map<string, DescriptionAnswers>;
}

const REGISTRY_INDEXES = new WeakMap<NameRegistry, RegistryIndex>();

function registryIndex(registry: NameRegistry): RegistryIndex {
  let index = REGISTRY_INDEXES.get(registry);
  if (index && index.roles === registry.roles.length && index.mentions === registry.mentions.length)
    return index;
  index = {
    roles: registry.roles.length,
    mentions: registry.mentions.length,
    rolesByName: new Map(),
    titleStems: new Set(),
    mentionCounts: new Map(),
    byHead: new Map(),
    descriptions: new Map(),
  };
  for (const entry of registry.roles) {
    const list = index.rolesByName.get(entry.name);
    if (list) list.push(entry);
    else index.rolesByName.set(entry.name, [entry]);
    for (const word of entry.title) index.titleStems.add(stem(word));
    const head = headOf(entry)?.head;
    if (head === undefined) continue;
    const sameHead = index.byHead.get(head);
    if (sameHead) sameHead.push(entry);
    else index.byHead.set(head, [entry]);
  }
  for (const mention of registry.mentions)
    index.mentionCounts.set(mention.name, (index.mentionCounts.get(mention.name) ?? 0) + 1);
  REGISTRY_INDEXES.set(registry, index);
  return index;
}

const NO_ROLES: RoleEntry[] = [];

/** The roles a person was introduced with, in text order. */
export function rolesOf(registry: NameRegistry, name: string): readonly RoleEntry[] {
  return registryIndex(registry).rolesByName.get(name) ?? NO_ROLES;
}

/** Whether a word (lower case) shares its stem with a word of a role the story introduced. */
export function inRoleTitles(registry: NameRegistry, lower: string): boolean {
  return registryIndex(registry).titleStems.has(stem(lower));
}

/** How often the story mentions a person by name. */
/**
 * "Zelensky", "the 74-year-old Eastwood": the one capitalised word of `phrase` is the surname of a person the
 * article names in full ("told Zelensky" after "Volodymyr Zelensky"). Only a lone surname: the registry
 * also takes two capitalised words of a body for a name ("Jewish Chronicle", "Blackground Records").
 */
export function namesKnownPerson(registry: NameRegistry, phrase: string): boolean {
  const capitals = phrase.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return capitals.length === 1 && registry.bySurname.has(capitals[0].toLowerCase());
}

export function mentionCount(registry: NameRegistry, name: string): number {
  return registryIndex(registry).mentionCounts.get(name) ?? 0;
}

/**
 * The person a description names ("the President", "the Ukrainian President", "the Head of the
 * Office"): among the people introduced with a role of the same head and rank whose role holds every
 * other word of the description, the one `prefer` picks (the latest speaker), else the latest
 * introduced before the description, else the first. Null when none fits.
 */
export function personForDescription(
  registry: NameRegistry,
  words: string[],
  at: number,
  prefer: (names: ReadonlySet<string>) => string | null,
): string | null {
  const wanted = roleHead(words);
  if (!wanted) return null;
  const { fits, names } = answersFor(registry, wanted).fits;
  if (fits.length === 0)
    return shortenedBodyHolder(registry, words, wanted, at) ?? countrylessHolder(registry, wanted, at);
  if (names.size === 1) return fits[0].name;
  const preferred = prefer(names);
  if (preferred) return preferred;
  // (the roles are in text order)
  const before = firstStartingAt(fits, at);
  return before > 0 ? fits[before - 1].name : fits[0].name;
}

/**
 * What a description's role head asks of the story's roles, each read once (a story of thousands of
 * roles answers each of its descriptions without reading them all): the roles it fits with their
 * holders, and the roles the two fallbacks accept, in text order, with how many of these come before
 * a second holder is named (a fallback answers only when one holder is introduced before it).
 */
interface DescriptionAnswers {
  fits: { fits: RoleEntry[]; names: Set<string> };
  shortened?: SoleHolder;
  countryless?: SoleHolder;
}

interface SoleHolder {
  entries: RoleEntry[];
  /** The index of the first entry with another holder than the first entry's. */
  second: number;
}

function soleHolder(entries: RoleEntry[]): SoleHolder {
  let second = 1;
  while (second < entries.length && entries[second].name === entries[0].name) second++;
  return { entries, second };
}

/** The one holder among the entries introduced before `at`, or null when none or two are. */
function soleHolderBefore(holder: SoleHolder, at: number): string | null {
  const before = firstStartingAt(holder.entries, at);
  return before > 0 && before <= holder.second ? holder.entries[0].name : null;
}

function answersFor(registry: NameRegistry, wanted: RoleHead): DescriptionAnswers {
  const index = registryIndex(registry);
  const key = `${wanted.head}|${[...wanted.ranks].join(' ')}|${wanted.rest.join(' ')}`;
  let answers = index.descriptions.get(key);
  if (answers) return answers;
  const fits: RoleEntry[] = [];
  for (const entry of index.byHead.get(wanted.head) ?? NO_ROLES) {
    const role = headOf(entry)!;
    // "the Deputy Minister" fits a "First Deputy Minister", but "the Minister" no deputy.
    if (
      (wanted.ranks.size === 0) !== (role.ranks.size === 0) ||
      [...wanted.ranks].some((rank) => !role.ranks.has(rank))
    )
      continue;
    const all = new Set([...role.rest, role.head]);
    if (wanted.rest.every((word) => all.has(word))) fits.push(entry);
  }
  answers = { fits: { fits, names: new Set(fits.map((entry) => entry.name)) } };
  index.descriptions.set(key, answers);
  return answers;
}

/**
 * "the Secretary General of the Congress of Local and Regional Authorities" after "Secretary General of the
 * Congress Ann Lee": the one holder, introduced before it, of a role of the same head and rank whose body
 * the description names at more length (every word of the role in the description; no country among the
 * extra words, which could make it another country's office). Two such holders, or none, leave it unresolved.
 */
function shortenedBodyHolder(
  registry: NameRegistry,
  words: string[],
  wanted: RoleHead,
  at: number,
): string | null {
  // (both name a body after "of": "the prime minister's office" is no role of a body)
  const ofBody = (title: string[]): boolean => title.some((word) => word.toLowerCase() === 'of');
  if (!ofBody(words)) return null;
  const answers = answersFor(registry, wanted);
  answers.shortened ??= soleHolder(
    (registryIndex(registry).byHead.get(wanted.head) ?? NO_ROLES).filter((entry) => {
      if (!ofBody(entry.title)) return false;
      const role = headOf(entry)!;
      if (role.rest.length === 0) return false;
      if (role.ranks.size !== wanted.ranks.size || [...wanted.ranks].some((rank) => !role.ranks.has(rank)))
        return false;
      if (!role.rest.every((word) => wanted.rest.includes(word))) return false;
      // (a place inside a body's name, "of the Council of Europe", is the body's, not the office's country)
      const extra = wanted.rest.filter((word) => !role.rest.includes(word));
      return !(extra.some(isCountryStem) && !extra.some(isBodyStem));
    }),
  );
  return soleHolderBefore(answers.shortened, at);
}

/** The stems of the words that name a kind of body ("counc" for "Council"). */
let bodyStems: Set<string> | null = null;
function isBodyStem(word: string): boolean {
  bodyStems ??= new Set([...ORGANIZATION_WORDS].map(stem));
  return bodyStems.has(word);
}

/** The stems of countries and their nationality adjectives ("ukrain" for "Ukraine" and "Ukrainian"). */
let countryStems: Set<string> | null = null;
function isCountryStem(word: string): boolean {
  countryStems ??= new Set([...NATIONALITIES, ...PLACES, ...COUNTRIES].map(stem));
  return countryStems.has(word);
}

/**
 * "The Ukrainian Head of State", "the President of Ukraine" after "President Volodymyr Zelenskyy" (the
 * country never said with the name): the one holder of the role introduced before it with no country in
 * the role, when no one was introduced with this country ("Polish President Andrzej Duda" is ruled out
 * by his). Two such holders, or none, leave the description unresolved.
 */
function countrylessHolder(registry: NameRegistry, wanted: RoleHead, at: number): string | null {
  const country = wanted.rest.filter(isCountryStem);
  if (country.length === 0) return null;
  const other = wanted.rest.filter((word) => !isCountryStem(word));
  const answers = answersFor(registry, wanted);
  answers.countryless ??= soleHolder(
    (registryIndex(registry).byHead.get(wanted.head) ?? NO_ROLES).filter((entry) => {
      const role = headOf(entry)!;
      if (role.ranks.size !== wanted.ranks.size || [...wanted.ranks].some((rank) => !role.ranks.has(rank)))
        return false;
      if (role.rest.some(isCountryStem)) return false;
      const all = new Set([...role.rest, role.head]);
      return other.every((word) => all.has(word));
    }),
  );
  return soleHolderBefore(answers.countryless, at);
}

/** Days and months: capitalised, and never a name (nor part of one). */
export const CALENDAR_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december`.split(/\s+/),
);

/**
 * A day or a month (lower case) that is no known first name: run into the name after it ("On Thursday
 * Intel said"), it is no part of it.
 */
export function dayOrMonth(lower: string): boolean {
  return CALENDAR_WORDS.has(lower) && !isFirstName(lower);
}

/** Months that are given names too ("April Ryan", "June Sarpong", "May Mobarak", "August Wilson"). */
const MONTH_FIRST_NAMES = new Set(['april', 'may', 'june', 'august']);

/**
 * Whether a day or month (lower case) before a lone name is no part of it ("On Thursday Intel said", "In
 * April Ryan said"): any dayOrMonth, except a month that is a given name too where it opens its clause,
 * with nothing, a stop, a comma, a quotation mark or a verb before it (part of speech `before`): "April
 * Ryan said …", "…, said June Sarpong".
 */
export function dayBeforeName(lower: string, before: string | undefined): boolean {
  if (!dayOrMonth(lower)) return false;
  return !(
    MONTH_FIRST_NAMES.has(lower) &&
    (before === undefined || before === 'PUNCT' || before === 'QUOTE' || before === 'VERB')
  );
}

/** Nationalities: capitalised, never a name, and a country's stem ("russian" / "russia"). */
export const NATIONALITIES = new Set(
  `american russian ukrainian british german french chinese european african western soviet israeli
  palestinian iranian syrian turkish polish canadian mexican japanese korean indian pakistani afghan iraqi
  saudi egyptian kenyan nigerian belarusian georgian hungarian italian spanish dutch swedish finnish
  norwegian danish estonian latvian lithuanian czech slovak romanian bulgarian serbian croatian greek arab`.split(
    /\s+/,
  ),
);

/** Capitalised words that are not people: days, months, parties, nationalities. */
export const NOT_NAMES = new Set([
  ...CALENDAR_WORDS,
  ...NATIONALITIES,
  ...`republican republicans democrat democrats democratic americans god christmas easter congress senate
  house state states muslim christian jewish catholic`.split(/\s+/),
]);

/** The place opening the run (`place`) is a headline's object (headlinePreposition). */
function headlineObject(tokens: Token[], first: number, place: Token): boolean {
  const before = tokens[first - 1];
  return (
    tokens[first] === place &&
    before !== undefined &&
    headlinePreposition(before.value, tokens[first - 2]?.lower ?? '')
  );
}

/** Full names of people in the article, from runs of proper nouns outside titles, in text order. */
export function buildNameRegistry(
  tokens: Token[],
  softBreak: (offset: number) => boolean = () => false,
): NameRegistry {
  const registry: NameRegistry = {
    bySurname: new Map(),
    byFirstName: new Map(),
    mentions: [],
    roles: [],
    acronyms: new Map(),
    acronymNames: new Set(),
    origins: new Map(),
    companies: new Map(),
    companyMentions: [],
    bodies: new Set(),
    bodyMentions: [],
  };
  readBodies(tokens, registry);
  // (bodies named with their kind and by their head word, in text order)
  registry.bodyMentions.sort((a, b) => a.start - b.start);
  // Runs of two to five capitalised words, for acronyms the story never spells out in parentheses.
  const runs: Token[][] = [];
  const singles: Array<{ start: number; lower: string; value: string }> = [];
  let run: Token[] = [];
  let runStart = 0;
  let aloneUses: Map<string, AloneUses> | null = null;
  const flush = (): void => {
    // Most tokens end no run: nothing to read (and nothing to allocate).
    if (run.length === 0) return;
    // Drop the title part: the name is what follows the last title word.
    let from = 0;
    for (let i = 0; i < run.length; i++)
      if (isTitleWord(run[i].lower) || ROLE_WORDS.has(run[i].lower)) from = i + 1;
    let name = run
      .slice(from)
      .filter(
        (token) =>
          (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value)) ||
          token.value === '-' ||
          NAME_PARTICLES.has(token.value),
      );
    while (name.length > 0 && NAME_PARTICLES.has(name[name.length - 1].value)) name.pop();
    while (name.length > 0 && name[name.length - 1].value === '-') name.pop();
    // Leading acronyms are organisations in a title ("UN Linda Thomas-Greenfield").
    while (name.length > 0 && (name[0].value === '-' || /^\p{Lu}{2,}$/u.test(name[0].value))) name.shift();
    readCompany(tokens, runStart, run, registry);
    const first = runStart;
    const current = run;
    run = [];
    if (from === 0 && name.length > 0 && name[0] === current[0])
      name = withoutComplement(tokens, first, name);
    if (current.length > 0) readAcronym(tokens, first + current.length, registry);
    if (current.length > 2) readTrailingAcronym(tokens, first + current.length - 1, registry);
    if (current.length > 1 && current.length <= 5) runs.push(current);
    // "Minister of Foreign Affairs Vladimir Makei": a body's words left before a name are not part of it.
    while (name.length > 1 && COMPLEMENT_WORDS.has(name[0].lower) && name[1].value !== '-')
      name = name.slice(1);
    // "ambassador to Russia Dmitry Krutoi", "Ambassador to Norway Ivan Petrov": a country before a person's
    // full name; "On Thursday Intel said": a day or month before a lone name (not a place: "France
    // Telecom", "Scotland Yard").
    const placeFirst =
      name.length > 1 &&
      (PLACES.has(name[0].lower) || COUNTRIES.has(name[0].lower) || NOT_NAMES.has(name[0].lower));
    const firstName = name.length > 2 && isFirstName(name[1].lower);
    const dayFirst =
      name.length === 2 && dayBeforeName(name[0].lower, tokens[first + current.indexOf(name[0]) - 1]?.pos);
    if ((placeFirst && (firstName || headlineObject(tokens, first, name[0]))) || dayFirst)
      name = name.slice(1);
    // "Notes Tom Reed: \"…\"": a verb of saying opening the sentence before its speaker's name.
    if (name.length > 2 && OPENING_CUES.has(name[0].lower)) {
      const before = tokens[first + current.indexOf(name[0]) - 1];
      if (before === undefined || /^[.!?"“”]$/u.test(before.value)) name = name.slice(1);
    }
    // "Actor Keanu Reeves", "Boss Graeme Souness": a trade, role or nationality heading a full name.
    const at = first + current.indexOf(name[0]);
    if (
      headsPersonName(
        name.map((token) => token.lower),
        tokens[at - 1]?.lower,
      )
    )
      name = name.slice(1);
    else if (pluralDescription(name)) name = name.slice(1);
    else if (name.length === 2 && describesNamed(name, tokens[at - 1], registry)) name = name.slice(1);
    if (
      name.length === 1 &&
      !ORGANIZATION_WORDS.has(name[0].lower) &&
      !PLACES.has(name[0].lower) &&
      !NOT_NAMES.has(name[0].lower) &&
      /^\p{Lu}\p{Ll}+$/u.test(name[0].value)
    ) {
      singles.push({ start: name[0].start, lower: name[0].lower, value: name[0].value });
    }
    // "Refugee Council Enver Solomon": a person's name starts after the body they speak for.
    for (let i = name.length - 3; i >= 0; i--) {
      const lower = name[i].lower;
      const place = PLACE_FORMS.has(lower);
      if (!ORGANIZATION_WORDS.has(lower) && !ORGANIZATION_NAME_ENDS.has(lower) && !place) continue;
      // Only before a known first name: title-case phrases ("Military Equipment Aid Package") are not,
      // and a run that may hold a body's name is no one's full name. After a region's name
      // ("Khabarovsk Territory Mikhail Degtyaryov") the two words or more left are a person's.
      const firstName = name[i + 1].lower;
      if (!isFirstName(firstName) && !(place && name.length - i - 1 >= 2)) return;
      name = name.slice(i + 1);
      break;
    }
    // "Head of Russian Helicopters Holding Andrei Boginsky", "Director of the Federal Service for Financial
    // Monitoring Yury Chikhanchin": after a role's "of" or "for", the body's words run on into the name of
    // its head, who starts at a known first name.
    // ("Director General of the Orsk Society Maxim Brenn": "the" may open the body's name; "Centre for
    // Virology and Orsk Microbiology Denis Brenn", "Adviser on Economic Issues Oleg Brenn": the body or
    // portfolio may be the second of two, or what the role is "on".)
    let link = first - 1;
    if (tokens[link]?.lower === 'the') link--;
    const before = tokens[link]?.lower;
    const complement = before === 'of' || before === 'for' || before === 'and' || before === 'on';
    if (complement && name.length >= 3) {
      for (let i = 1; i <= name.length - 2; i++)
        if (
          name.length - i <= 3 &&
          isFirstName(name[i].lower) &&
          !isFirstName(name[i - 1].lower) &&
          name[i - 1].value !== '-'
        ) {
          name = name.slice(i);
          break;
        }
    }
    // "Ambassador to Velgaria Matti Brenn", "Special Envoy of the High Commissioner for Refugees Angelina
    // Brenn", "Speaker of the Velgan Storting Masud Brenn": after a role's complement, three or four
    // capitalised words with no known first name among the first are the body's last words and its
    // holder's first name and surname (not after an acronym, which ends the body's name: "of the IAEA
    // Rafael Mariano Grossi").
    if (
      (complement || before === 'to') &&
      before !== 'and' &&
      (name.length === 3 || name.length === 4) &&
      !tokens
        .slice(first, tokens.indexOf(name[0], first))
        .some((token) => /^\p{Lu}{2,}$/u.test(token.value)) &&
      roleShortlyBefore(tokens, link) &&
      namedAlone((aloneUses ??= indexAloneUses(tokens)), name[name.length - 2], name[name.length - 1]) &&
      name
        .slice(0, -2)
        .every((token) => !isFirstName(token.lower) && /^\p{Lu}[\p{L}]*$/u.test(token.value)) &&
      name
        .slice(-2)
        .every(
          (token) =>
            /^\p{Lu}\p{Ll}+$/u.test(token.value) &&
            !ORGANIZATION_WORDS.has(token.lower) &&
            !ORGANIZATION_NAME_ENDS.has(token.lower) &&
            !PLACES.has(token.lower) &&
            !COUNTRIES.has(token.lower),
        )
    )
      // (a country's name alone before the holder's is dropped alone: "of Velgaria Ana Maria Brenn")
      name = PLACES.has(name[0].lower) || COUNTRIES.has(name[0].lower) ? name.slice(1) : name.slice(-2);
    if (name.length < 2 || name.length > 6) return;
    if (name.some((token) => ORGANIZATION_WORDS.has(token.lower) || /^\p{Lu}+$/u.test(token.value))) return;
    // "Linda Thomas-Greenfield": hyphenated parts join without spaces.
    let full = '';
    for (let i = 0; i < name.length; i++) {
      const glued = i > 0 && (name[i].value === '-' || name[i - 1].value === '-');
      full += (i > 0 && !glued ? ' ' : '') + name[i].value;
    }
    if (!full.includes(' ')) {
      // "Garcia-Lopez" alone after "Guillermo Garcia-Lopez": a hyphenated surname, as a lone surname is.
      const last = name[name.length - 1];
      if (name.every((token) => token.value === '-' || /^\p{Lu}\p{Ll}+$/u.test(token.value)))
        singles.push({ start: name[0].start, lower: last.lower, value: full });
      return;
    }
    registry.mentions.push({ start: name[0].start, name: full });
    recordOrigin(tokens, tokens.indexOf(name[0], first), full, registry);
    const surname = name[name.length - 1].lower;
    if (!registry.bySurname.has(surname)) registry.bySurname.set(surname, full);
    if (!registry.byFirstName.has(name[0].lower)) registry.byFirstName.set(name[0].lower, full);
    const nameAt = tokens.indexOf(name[0], first);
    const nameEnd = tokens.indexOf(name[name.length - 1], nameAt);
    const title = roleBefore(tokens, nameAt) ?? roleAfter(tokens, nameEnd);
    if (title) registry.roles.push({ start: name[0].start, name: full, title });
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    // where a hard-wrapped line ran out inside a name ("Medco Containment Services\nInc"), it goes on
    if (run.length > 0 && isBlank(token.value) && softBreak(token.start + token.value.indexOf('\n')))
      continue;
    const previous = run.length > 0 ? run[run.length - 1] : null;
    const attached = previous !== null && previous.end === token.start;
    // A full stop joins a name only after an initial or an abbreviation ("J. Smith", "King Jr."); after
    // any other word it ends the sentence ("… attorney, Kendrick Moxon. Rathbun wrote").
    const joined =
      attached &&
      (token.value === '-' ||
        (token.value === '.' &&
          (/^\p{Lu}$/u.test(previous.value) || NAME_ABBREVIATIONS.has(previous.lower))));
    if (joined && token.value === '-') {
      run.push(token);
      continue;
    }
    if (
      token.pos === 'PROPN' ||
      (run.length > 0 && NAME_PARTICLES.has(token.value)) ||
      (run.length > 0 && isTitleWord(token.lower) && /^\p{Lu}/u.test(token.value))
    ) {
      if (run.length === 0) runStart = t;
      run.push(token);
    } else if (!joined) {
      flush();
    }
  }
  flush();
  // A lone capitalised word counts only as the surname of a full name (a lone "Stalingrad" is no person).
  for (const single of singles) {
    const full = registry.bySurname.get(single.lower);
    // ("Garcia-Lopez" is not "Maria Lopez")
    const hyphenated = single.value.includes('-');
    if (full && (!hyphenated || full.endsWith(` ${single.value}`)))
      registry.mentions.push({ start: single.start, name: full });
  }
  registry.mentions.sort((a, b) => a.start - b.start);
  readInitials(tokens, runs, registry);
  return registry;
}

/**
 * Acronyms news uses with one meaning only, and those of roles: a story's other runs of the same
 * initials ("Union State", "Ukrainian Navy", "Mr Peston") are not what they stand for.
 */
const FIXED_ACRONYMS = new Map([
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
  ['US', 'United States'],
  ['UK', 'United Kingdom'],
  ['MP', ''],
  ['PM', ''],
]);

/**
 * "the EU" in a story that names the European Union, "the FT" in one that names the Financial Times: an
 * acronym whose letters are the initials of a run of capitalised words the story writes elsewhere stands
 * for that name, as one spelt out in parentheses does. Not a run that opens with a known first name or an
 * honorific ("JD" is not "John Doe", "MP" not "Mr Pound"), one of titles only ("LG" is not "Lieutenant
 * General"), nor one that ends in a place ("Eastern Ukraine").
 */
function readInitials(tokens: Token[], runs: Token[][], registry: NameRegistry): void {
  const people = new Set(registry.mentions.map((mention) => mention.name));
  // The runs of capitalised words by their initials, in text order, and the letters already tried in vain:
  // a text of thousands of capitals reads each run once.
  const byInitials = new Map<string, Token[][]>();
  for (const words of runs) {
    if (!words.every((word) => /^\p{Lu}\p{Ll}/u.test(word.value))) continue;
    const key = words.map((word) => word.value[0]).join('');
    const list = byInitials.get(key);
    if (list) list.push(words);
    else byInitials.set(key, [words]);
  }
  const tried = new Set<string>();
  for (const token of tokens) {
    if (token.value.length < 2 || token.value.length > 6) continue;
    // (most tokens open with an ASCII character other than a capital: no acronym, no string built)
    const first = token.value.charCodeAt(0);
    if (first < 128 && (first < 65 || first > 90)) continue;
    const letters = token.value.replace(/\.$/, '');
    if (!/^\p{Lu}{2,5}$/u.test(letters) || registry.acronyms.has(letters) || tried.has(letters)) continue;
    tried.add(letters);
    const fixed = FIXED_ACRONYMS.get(letters);
    const run = (byInitials.get(letters) ?? []).find(
      (words) =>
        !isFirstName(words[0].lower) &&
        !HONORIFICS.has(words[0].lower) &&
        !words.every((word) => isTitleWord(word.lower)) &&
        !PLACES.has(words[words.length - 1].lower) &&
        (fixed === undefined || words.map((word) => word.value).join(' ') === fixed),
    );
    if (!run) continue;
    const full = run.map((word) => word.value).join(' ');
    // ("AC" is no "Alessandro Costacurta": two letters are too few to tell a body from a person, unless
    // the name ends like a body's: "General Motors", "British Airways")
    const last = run[run.length - 1].lower;
    const bodyLike = ORGANIZATION_WORDS.has(last) || BODY_NAME_WORDS.has(last) || LEGAL_FORMS.has(last);
    if (letters.length === 2 && people.has(full) && !bodyLike) continue;
    registry.acronyms.set(letters, full);
    registry.acronymNames.add(full);
  }
}

/**
 * "President of Ukraine Volodymyr Zelenskyy", "Prime Minister of the Grand Duchy of Luxembourg Xavier
 * Bettel": after a role and "of", the first words of the run name the country or body, not the person.
 */
function withoutComplement(tokens: Token[], first: number, name: Token[]): Token[] {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of') return name;
  // The word before "of" must be a role or part of a body's name ("Republic of", "Duchy of").
  let r = k - 1;
  while (r >= 0 && r > k - 8 && (ROLE_FILLERS.has(tokens[r].lower) || /^\p{Lu}/u.test(tokens[r].value))) {
    if (ROLE_WORDS.has(tokens[r].lower)) break;
    r--;
  }
  if (r < 0 || !ROLE_WORDS.has(tokens[r].lower)) return name;
  const rest = [...name];
  while (
    rest.length > 2 &&
    (PLACES.has(rest[0].lower) ||
      NOT_NAMES.has(rest[0].lower) ||
      ORGANIZATION_WORDS.has(rest[0].lower) ||
      COMPLEMENT_WORDS.has(rest[0].lower))
  )
    rest.shift();
  // One more word of an unknown country ("of Luxembourg Xavier Bettel", "Secretary of the Treasury Janet
  // Yellen"): a name has two or three words, and a known first name starts one.
  const firstName = isFirstName(rest[0].lower);
  if (rest.length > 2 && rest.length === name.length && !firstName) rest.shift();
  return rest;
}

/** Lower-case words inside a body's name that its acronym skips ("Institute for the Study of War"). */
const ACRONYM_LINKS = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&', 'de', 'du', 'des']);

/**
 * "Korean Central News Agency (KCNA)", "Institute for the Study of War (ISW)": an acronym in parentheses
 * after the words it abbreviates, its letters the initials of the last capitalised words before it (the
 * linking words of a body's name skipped). `at` is the token after the run of capitalised words.
 */
function readAcronym(tokens: Token[], at: number, registry: NameRegistry): void {
  const open = tokens[at];
  const acronym = tokens[at + 1];
  if (open?.value !== '(' || tokens[at + 2]?.value !== ')' || !acronym) return;
  if (!/^\p{Lu}{2,6}$/u.test(acronym.value)) return;
  const letters = acronym.value;
  recordAcronym(tokens, at, letters, registry);
}

/** The acronym `letters` standing at `at`, for the body named by the words before it: its initials or a
 * body's name with its head word. */
function recordAcronym(tokens: Token[], at: number, letters: string, registry: NameRegistry): void {
  const first = initialsBefore(tokens, at, letters) ?? bodyNameBefore(tokens, at);
  if (first === null) return;
  const full = tokens
    .slice(first, at)
    .map((token) => token.value)
    .filter((value) => value.trim() !== '')
    .join(' ');
  registry.acronyms.set(letters, full);
  registry.acronymNames.add(full);
}

/**
 * "Ukraine's State Emergencies Service DSNS", "the Security Service SBU": an acronym written right after
 * the body's name, without brackets, as the last word of a run of capitalised words (`at`): read as the
 * bracketed one is when the words before it are its initials or a body's name with its head word.
 */
function readTrailingAcronym(tokens: Token[], at: number, registry: NameRegistry): void {
  const letters = tokens[at].value;
  if (!/^\p{Lu}{2,6}$/u.test(letters) || registry.acronyms.has(letters) || FIXED_ACRONYMS.has(letters))
    return;
  recordAcronym(tokens, at, letters, registry);
}

/** Where the capitalised words before `at` whose initials are the letters start, or null. */
function initialsBefore(tokens: Token[], at: number, letters: string): number | null {
  let first = at;
  let found = 0;
  for (let k = at - 1; k >= 0 && found < letters.length && at - k <= 4 * letters.length; k--) {
    const value = tokens[k].value;
    if (value.trim() === '') continue;
    if (/^\p{Lu}/u.test(value)) {
      if (value[0] !== letters[letters.length - 1 - found]) return null;
      found++;
      first = k;
    } else if (!ACRONYM_LINKS.has(value) || found === 0) return null;
  }
  return found === letters.length ? first : null;
}

/**
 * "Ukraine's State Emergency Service (DSNS)", "the Main Intelligence Directorate (GUR)": an acronym of the
 * body's name in its own language, its letters no initials of the English words. Where the capitalised
 * words before `at` start, when there are two or more and one is a body's head word ("Service", "Agency",
 * "Ministry": "Security Service of Ukraine (SBU)"); else null.
 */
function bodyNameBefore(tokens: Token[], at: number): number | null {
  let first = at;
  let capitals = 0;
  let bodyHead = false;
  for (let k = at - 1; k >= 0 && at - k <= 10; k--) {
    const { value, lower } = tokens[k];
    if (value.trim() === '') continue;
    if (/^\p{Lu}/u.test(value) && lower !== 'the') {
      capitals++;
      first = k;
      bodyHead ||= NAMED_HEADS.has(lower) || ORGANIZATION_WORDS.has(lower) || BODY_HEAD_WORDS.has(lower);
      // (the name opens at its head's words: not "Officers of the Security Service of Ukraine")
    } else if (!ACRONYM_LINKS.has(value) || capitals === 0 || (bodyHead && lower !== 'the')) break;
  }
  return capitals >= 2 && bodyHead ? first : null;
}

/** Heads of bodies' names beyond NAMED_HEADS: "Directorate", "Bureau", "Inspectorate". */
const BODY_HEAD_WORDS = new Set(['directorate', 'bureau', 'inspectorate', 'administration', 'guard']);

/** Role words and the capitalised words around them, for a title read next to a name. */
function roleToken(token: Token | undefined): boolean {
  if (!token) return false;
  return (
    ROLE_WORDS.has(token.lower) ||
    RANKS.has(token.lower) ||
    ROLE_FILLERS.has(token.lower) ||
    /^\p{Lu}/u.test(token.value) ||
    ((token.pos === 'ADJ' || token.pos === 'NOUN') && token.lower.length > 1)
  );
}

function finishRole(words: Token[]): string[] | null {
  while (words.length > 0 && ROLE_FILLERS.has(words[0].lower)) words.shift();
  while (words.length > 0 && ROLE_FILLERS.has(words[words.length - 1].lower)) words.pop();
  if (words.length === 0 || !roleHead(words.map((token) => token.value))) return null;
  return words.map((token) => token.lower);
}

/** The role written before a name: "Prime Minister of Luxembourg Xavier Bettel", "the coach, Ann Lee". */
function roleBefore(tokens: Token[], nameAt: number): string[] | null {
  let k = nameAt - 1;
  // "President of the National Endowment …": a name right after "of the" is a body, not a role holder.
  if (ROLE_FILLERS.has(tokens[k]?.lower ?? '')) return null;
  // "the Afghan team's coach, Alireza Mehraban": the description and a comma before the name.
  if (tokens[k]?.value === ',') k--;
  const words: Token[] = [];
  while (
    k >= 0 &&
    words.length < 14 &&
    roleToken(tokens[k]) &&
    tokens[k].pos !== 'VERB' &&
    tokens[k].pos !== 'AUX'
  ) {
    if (tokens[k].lower === 'the' || tokens[k].lower === 'a' || tokens[k].lower === 'an') {
      if (tokens[k - 1]?.lower !== 'of' && tokens[k - 1]?.lower !== 'to' && tokens[k - 1]?.lower !== 'for')
        break;
    }
    // "President of France Emmanuel Macron and Federal Chancellor of Germany Olaf Scholz": the role
    // starts after the other person's name ("Minister of Defence and Veterans Affairs" is one role).
    if (tokens[k].lower === 'and' && personalWord(tokens[k - 1]) && personalWord(tokens[k - 2])) break;
    words.unshift(tokens[k]);
    k--;
  }
  // "the security advisor of the US President Joe Biden": the role right before the name is the person's,
  // the one before "of" somebody else's ("Head of the Office of the President Andriy Yermak" is one role).
  const lastOf = words.map((token) => token.lower).lastIndexOf('of');
  if (
    lastOf > 0 &&
    ROLE_WORDS.has(words[lastOf - 1].lower) &&
    ROLE_WORDS.has(tokens[nameAt - 1]?.lower ?? '')
  )
    words.splice(0, lastOf + 1);
  // "In the presence of President of Ukraine Volodymyr Zelenskyy": a noun the role hangs from by "of" is
  // not part of it.
  const start = words.findIndex(
    (token) => ROLE_WORDS.has(token.lower) || RANKS.has(token.lower) || /^\p{Lu}/u.test(token.value),
  );
  if (start > 0 && words[start - 1].lower === 'of' && tokens[nameAt - 1]?.value !== ',')
    words.splice(0, start);
  // The role ends right before the name: its last word is a role word or a body's name.
  return finishRole(words);
}

/**
 * Where each word of the text stands so that it could be a surname named alone (see `namedAlone`), by the
 * word before it: `afterWord` where the word before that is no capitalised word (or is a title),
 * `afterLower` where the word before is in lower case or a stop and no article. At most two uses per word
 * before: enough to find one that is not the surname being asked about.
 */
interface AloneUses {
  afterWord: Map<string, Token[]>;
  afterLower: Map<string, Token[]>;
}

/**
 * One pass over the text, made when the first long label asks: a text of thousands of labels then asks
 * each in constant time instead of reading the whole text once per label.
 */
function indexAloneUses(tokens: Token[]): Map<string, AloneUses> {
  const index = new Map<string, AloneUses>();
  const add = (groups: Map<string, Token[]>, before: string, token: Token): void => {
    const list = groups.get(before);
    if (!list) groups.set(before, [token]);
    else if (list.length < 2) list.push(token);
  };
  for (let k = 1; k < tokens.length; k++) {
    const before = tokens[k - 1];
    const lead = tokens[k - 2];
    const afterWord = lead === undefined || !/^\p{Lu}/u.test(lead.value) || isTitleWord(lead.lower);
    const afterLower = !/^\p{Lu}/u.test(before.value) && !ARTICLES.has(before.lower);
    if (!afterWord && !afterLower) continue;
    let uses = index.get(tokens[k].value);
    if (!uses) index.set(tokens[k].value, (uses = { afterWord: new Map(), afterLower: new Map() }));
    if (afterWord) add(uses.afterWord, before.value, tokens[k]);
    if (afterLower) add(uses.afterLower, before.value, tokens[k]);
  }
  return index;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether the story writes this surname without the body's words before it elsewhere: after its first
 * name, or after a word in lower case or a stop ("Brenn said", "… Matti Brenn noted"), so the two words
 * are a person's name ("National Ballet" never stands so). Another use than `surname` itself: after its
 * first name, one standing so (`afterWord`); after any other word, one after a lower-case word. At most
 * three groups are read: the one of the first name, and one holding only `surname`.
 */
function namedAlone(index: Map<string, AloneUses>, firstName: Token, surname: Token): boolean {
  const uses = index.get(surname.value);
  if (!uses) return false;
  if (uses.afterWord.get(firstName.value)?.some((token) => token !== surname)) return true;
  for (const [before, list] of uses.afterLower)
    if (before !== firstName.value && list.some((token) => token !== surname)) return true;
  return false;
}

/** Whether a role word ("ambassador", "Director", "Envoy") is among the sixteen words before `at`. */
function roleShortlyBefore(tokens: Token[], at: number): boolean {
  // (a body's long name between: "Secretary General of the Congress of Local and Regional Authorities of
  // the Council of Europe Andreas Kiefer")
  for (let k = at - 1; k >= 0 && k >= at - 16; k--) {
    const token = tokens[k];
    if (/^[.!?;:]$/u.test(token.value) || token.pos === 'VERB') return false;
    if (ROLE_WORDS.has(token.lower) || (isTitleWord(token.lower) && /^\p{Lu}/u.test(token.value)))
      return true;
  }
  return false;
}

/** A capitalised word that ends a person's name, not a role, a body or a place. */
function personalWord(token: Token | undefined): boolean {
  if (!token || token.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(token.value)) return false;
  const lower = token.lower;
  return !(
    ROLE_WORDS.has(lower) ||
    isTitleWord(lower) ||
    ORGANIZATION_WORDS.has(lower) ||
    ORGANIZATION_NAME_ENDS.has(lower) ||
    COMPLEMENT_WORDS.has(lower) ||
    PLACES.has(lower) ||
    NOT_NAMES.has(lower)
  );
}

/** The role in an appositive after a name: "Jeff Rathke, the State Department spokesperson,". */
function roleAfter(tokens: Token[], nameEnd: number): string[] | null {
  if (tokens[nameEnd + 1]?.value !== ',') return null;
  const words: Token[] = [];
  let closed = false;
  for (let k = nameEnd + 2; k < tokens.length && words.length < 14; k++) {
    const token = tokens[k];
    // The appositive closes with a comma; "Pretoria, South Africa, the top diplomat argued" has none.
    if (token.value === ',') {
      closed = true;
      break;
    }
    if (token.value === '.' || token.pos === 'VERB' || token.pos === 'AUX') break;
    if (!roleToken(token) && token.pos !== 'DET') return null;
    words.push(token);
  }
  return closed ? finishRole(words) : null;
}

/** A country or a nationality among the three words before a name ("US President Joe Biden"). */
function recordOrigin(tokens: Token[], nameAt: number, name: string, registry: NameRegistry): void {
  for (let k = nameAt - 1; k >= 0 && k >= nameAt - 3; k--) {
    const lower = tokens[k].lower;
    if (lower === '.' || lower === ',' || tokens[k].pos === 'VERB') return;
    const country = countryStem(lower);
    // ("Ambassador of Sweden to Ukraine Tobias Brenn": the country after "to" is where he is posted)
    if (country === null || tokens[k - 1]?.lower === 'to') continue;
    const known = registry.origins.get(name);
    if (known) known.add(country);
    else registry.origins.set(name, new Set([country]));
  }
}

/** The stem of a country or nationality word ("russian", "russia" → "russi"), or null. */
export function countryStem(lower: string): string | null {
  return NATIONALITIES.has(lower) || PLACES.has(lower) || lower === 'us' || lower === 'u.s.'
    ? stem(lower)
    : null;
}

export function nearestMention(
  mentions: Array<{ start: number; name: string }>,
  before: number,
  fits: (name: string) => boolean,
): string | null {
  const low = firstStartingAt(mentions, before);
  // Look back over a bounded number of mentions, so the cost per pronoun stays constant.
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) if (fits(mentions[i].name)) return mentions[i].name;
  return null;
}

/** "she" cannot be a known male first name, "he" a known female one; unknown names fit both. */
export function genderFits(pronoun: string, name: string): boolean {
  const first = name.split(' ')[0].toLowerCase();
  if (pronoun === 'him' || pronoun === 'his') pronoun = 'he';
  if (pronoun === 'her' || pronoun === 'hers') pronoun = 'she';
  if (pronoun === 'she') return !MALE_NAMES.has(first);
  if (pronoun === 'he') return !FEMALE_NAMES.has(first);
  return true;
}
