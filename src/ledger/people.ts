/**
 * One person per real person across articles (issue 3). Pure rules, no I/O: the store looks candidate
 * people up by `personKeys` (an index table of key → person) and asks `matchPerson` which one, if any,
 * a new mention belongs to. Precision before recall: when two people could be meant, no match.
 *
 * The intended flow per article (PeopleRegistry in people-registry.ts does exactly this in memory):
 * 1. canonical = canonicalizeSpeaker(speaker) for every statement; articleNames = the canonical person
 *    names that carry a given name. Speakers of kind 'unknown' (pronouns, bare roles, unnamed
 *    organisations) and 'group' ("officials") are not people.
 * 2. name = expandFromArticle(canonical.name, articleNames) ?? canonical.name, so a bare "Kuleba" that
 *    comes before "Dmytro Kuleba" in its article is matched, and created, as the full name.
 * 3. candidates = the people indexed under any of personKeys(name, { kind }); index every alias of a
 *    person under personKeys(alias, { kind }).
 * 4. matchPerson({ ...canonical, name, articleNames, articlePeople }, candidates) → that person, or a
 *    new person. articlePeople = { name, title } of the article's canonical person speakers.
 * 5. Role-only mentions ("the President of Ukraine", "the Head of State": kind 'unknown' with a title)
 *    are no organisation and no new person: resolveRoleMention({ ...canonical, articlePeople }) gives
 *    the article's holder of the role, resolved from step 2 on like any person; failing that,
 *    candidates indexed by roleKeys(title) of their titles and looked up by roleKeys(title,
 *    { mention: true }) go to matchPerson, which answers only for the one known holder; else no person.
 */
import type { SpeakerKind } from '../model/statement.js';
import {
  foldDiacritics,
  givenNameRelation,
  givenNamesCompatible,
  givenNamesRelation,
  normalizeSpacing,
  parseName,
  type ParsedName,
} from './names.js';
import { ROLE_SYNONYMS, ROLE_WORDS } from './speaker-words.js';
import { articleRoleHolders, holdsRole, roleHolder, roleOf, type ArticlePerson } from './people-roles.js';
import type { CanonicalSpeaker } from './canonicalize-speaker.js';
import { organizationKey } from './organizations.js';

export { canonicalizeSpeaker, type CanonicalSpeaker } from './canonicalize-speaker.js';
export { roleKeys, roleOf, type ArticlePerson, type Role } from './people-roles.js';

export interface PersonCandidate {
  id: string;
  name: string;
  kind: SpeakerKind;
  /** Every canonical name seen for this person (the name itself may be repeated here). */
  aliases: string[];
  /** Names manually split off this person: a mention with one of them never matches it. */
  blockedAliases?: string[];
  /**
   * Titles seen with this person ("Prosecutor General"); optional, used to refuse weak matches and to
   * find the only known holder of a role ("President of Ukraine") that a role-only mention names.
   */
  titles?: string[];
}

export interface PersonMention {
  /** Canonical name from canonicalizeSpeaker. */
  name: string;
  title: string | null;
  kind: SpeakerKind;
  /** Canonical full names of the people speaking in the same article ("Volodymyr Zelensky"). */
  articleNames?: string[];
  /**
   * The people speaking in the same article with their canonical titles, one entry per statement
   * (canonicalizeSpeaker of each speaker of kind 'person'; repeats are fine). A role-only mention
   * ("the President of Ukraine", kind 'unknown', title "President of Ukraine") resolves to the one of
   * them who came with that role; see resolveRoleMention.
   */
  articlePeople?: ArticlePerson[];
}

export interface PersonMatch {
  personId: string;
  confidence: number;
}

function isOrganizationLike(kind: SpeakerKind): boolean {
  return kind === 'organization' || kind === 'group';
}

/**
 * Index keys for a canonical name; a candidate shares at least one key with every mention that can
 * match it. People: "s:" + transliteration-folded surname (Zelensky / Zelenskyy / Zelenskiy share
 * "s:zelenski") and "n:" + folded given names + surname. Organisations and groups: "o:" + alias-folded
 * name ("the Kremlin" and "Kremlin" → "o:kremlin"; "U.N." → "o:united nations"). Index every alias of
 * every person under all of its keys; look a mention up by all of its keys.
 */
export function personKeys(name: string, options: { kind?: SpeakerKind } = {}): string[] {
  const kind = options.kind ?? 'person';
  if (kind === 'unknown') return [];
  if (isOrganizationLike(kind)) {
    const key = organizationKey(name);
    return key ? [`o:${key}`] : [];
  }
  const parsed = parseName(name);
  if (!parsed) return [];
  const keys = [`s:${parsed.surname}`];
  if (parsed.given.length > 0) keys.push(`n:${parsed.given.join(' ')}|${parsed.surname}`);
  return keys;
}

function sameAlias(a: string, b: string): boolean {
  const fold = (s: string) => foldDiacritics(normalizeSpacing(s)).toLowerCase();
  return fold(a) === fold(b);
}

function isBlocked(candidate: PersonCandidate, name: string): boolean {
  return (candidate.blockedAliases ?? []).some((alias) => sameAlias(alias, name));
}

function matchOrganization(mention: PersonMention, candidates: PersonCandidate[]): PersonMatch | null {
  const key = organizationKey(mention.name);
  if (!key) return null;
  const hits = candidates.filter(
    (c) =>
      isOrganizationLike(c.kind) &&
      !isBlocked(c, mention.name) &&
      [c.name, ...c.aliases].some((alias) => organizationKey(alias) === key),
  );
  if (hits.length !== 1) return null;
  const exact = [hits[0].name, ...hits[0].aliases].some((alias) => sameAlias(alias, mention.name));
  return { personId: hits[0].id, confidence: exact ? 0.98 : 0.9 };
}

type Relation = 'exact' | 'compatible' | 'variant' | 'surname-only' | 'conflict' | 'none';

function exactGiven(a: ParsedName, b: ParsedName): boolean {
  return (
    a.given.length === b.given.length &&
    a.given.every((g, i) => !a.initials[i] && !b.initials[i] && givenNameRelation(g, b.given[i]) === 'same')
  );
}

/** How a full-name mention relates to one candidate, judged on the candidate's aliases of that surname. */
function relate(mention: ParsedName, candidate: PersonCandidate): Relation {
  const aliases = [candidate.name, ...candidate.aliases]
    .map(parseName)
    .filter((p): p is ParsedName => p !== null && p.surname === mention.surname);
  if (aliases.length === 0) return 'none';
  const named = aliases.filter((a) => a.given.length > 0);
  if (named.length === 0) return 'surname-only';
  // every named alias must agree: one clash ("John" against "Jane") means a different person
  const relations = named.map((a) => givenNamesRelation(mention, a));
  if (relations.some((r) => r === null)) return 'conflict';
  if (named.some((a) => exactGiven(mention, a))) return 'exact';
  return relations.includes('same') ? 'compatible' : 'variant';
}

const VAGUE_ROLES = new Set([
  'official',
  'member',
  'head',
  'chief',
  'leader',
  'counterpart',
  'senior',
  'boss',
  'expert',
  'analyst',
]);

/** Role words of a title, abbreviations spelled out ("Prosecutor General" → prosecutor, general; "Pres" → president). */
function roles(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter((w) => ROLE_WORDS.has(w) && !VAGUE_ROLES.has(w))
      .flatMap((w) => ROLE_SYNONYMS[w] ?? [w]),
  );
}

/** Both sides carry roles and none is shared: "Prosecutor General" against "VTB bank CEO". */
function titlesContradict(title: string | null, candidate: PersonCandidate): boolean {
  if (!title || !candidate.titles?.length) return false;
  const mine = roles(title);
  const theirs = new Set(candidate.titles.flatMap((t) => [...roles(t)]));
  if (mine.size === 0 || theirs.size === 0) return false;
  return ![...mine].some((r) => theirs.has(r));
}

function matchFullName(
  mention: ParsedName,
  title: string | null,
  candidates: PersonCandidate[],
): PersonMatch | null {
  const by: Record<Relation, PersonCandidate[]> = {
    exact: [],
    compatible: [],
    variant: [],
    'surname-only': [],
    conflict: [],
    none: [],
  };
  for (const candidate of candidates) by[relate(mention, candidate)].push(candidate);
  if (by.exact.length === 1) return { personId: by.exact[0].id, confidence: 0.95 };
  if (by.exact.length > 1) return null;
  // "J. Smith" with both "John Smith" and "Jane Smith" known: ambiguous
  if (by.compatible.length === 1) return { personId: by.compatible[0].id, confidence: 0.85 };
  if (by.compatible.length > 1) return null;
  // "Vladimir Zelensky" for "Volodymyr Zelensky", unless the roles say otherwise (Andriy / Andrei Kostin)
  if (by.variant.length === 1) {
    return titlesContradict(title, by.variant[0]) ? null : { personId: by.variant[0].id, confidence: 0.7 };
  }
  if (by.variant.length > 1) return null;
  // a person so far known only by the surname takes the full name when no one else has that surname
  if (
    by['surname-only'].length === 1 &&
    by.conflict.length === 0 &&
    !titlesContradict(title, by['surname-only'][0])
  ) {
    return { personId: by['surname-only'][0].id, confidence: 0.6 };
  }
  return null;
}

/**
 * The full name a bare surname stands for in its own article: the one introduced name of that surname
 * (several compatible forms count as one, the longest wins). Null when none or when two different
 * people of that surname speak in the article.
 */
export function expandFromArticle(name: string, articleNames: readonly string[]): string | null {
  const parsed = parseName(name);
  if (!parsed || parsed.given.length > 0) return null;
  const introduced = articleNames
    .map((full) => ({ full, parsed: parseName(full) }))
    .filter(
      (x): x is { full: string; parsed: ParsedName } =>
        !!x.parsed && x.parsed.surname === parsed.surname && x.parsed.given.length > 0,
    );
  if (introduced.length === 0) return null;
  for (const a of introduced) {
    for (const b of introduced) if (!givenNamesCompatible(a.parsed, b.parsed)) return null;
  }
  return introduced.reduce((best, x) => (x.parsed.given.length > best.parsed.given.length ? x : best)).full;
}

/**
 * The person a mention belongs to among candidates (found by shared personKeys), or null for a new
 * person or an ambiguous mention. A role-only mention (kind 'unknown') matches the person its
 * article names with that role, else the only candidate known in that role. Full names match the candidate with a compatible given name
 * (nicknames, transliterations, initials); a bare surname takes the full name its article introduced,
 * else the only person of that surname, else the existing bare-surname person if there is exactly one.
 */
/**
 * A role-only mention as the person it stands for: the one person of its article who came with that
 * role ("the Head of State" in an article where "President of Ukraine Volodymyr Zelenskyy" speaks).
 * Null when the mention is not a role, or nobody or several people in the article hold it.
 *
 * For a store: after canonicalizeSpeaker, a speaker of kind 'unknown' with a title goes through here
 * with the article's people; when a speaker comes back, resolve it like any person speaker. When none
 * comes back, look candidates up by roleKeys(title, { mention: true }) (people indexed under
 * roleKeys(title) of each title they were seen with) and ask matchPerson, which answers only when one
 * known person holds that role in that country; otherwise leave the statement without a person.
 */
export function resolveRoleMention(mention: PersonMention): CanonicalSpeaker | null {
  if (mention.kind !== 'unknown' || !mention.title) return null;
  const holder = roleHolder(mention.title, mention.articlePeople ?? []);
  return holder ? { name: holder, title: mention.title, kind: 'person' } : null;
}

/** A role-only mention: its article's holder among the candidates, else the only known holder. */
function matchRole(mention: PersonMention, candidates: readonly PersonCandidate[]): PersonMatch | null {
  const wanted = roleOf(mention.title);
  if (!wanted) return null;
  const people = candidates.filter((c) => c.kind === 'person');
  const resolved = resolveRoleMention(mention);
  if (resolved) {
    const match = matchPerson({ ...mention, ...resolved }, people);
    return match && { personId: match.personId, confidence: Math.min(match.confidence, 0.8) };
  }
  // several holders in the article: which one is meant cannot be known
  if (articleRoleHolders(mention.title, mention.articlePeople ?? []).length > 0) return null;
  const holders = people.filter((c) =>
    (c.titles ?? []).some((t) => {
      const held = roleOf(t);
      return !!held && holdsRole(wanted, held, { strict: true });
    }),
  );
  if (holders.length === 1) return { personId: holders[0].id, confidence: 0.6 };
  // Several known holders (a predecessor, a garbled spelling kept apart): the one its article names,
  // untitled there ("Volodymyr Zelenskiy rejected the plan … The Ukrainian president had earlier said").
  const named = holders.filter((c) =>
    (mention.articleNames ?? []).some((name) => {
      const parsed = parseName(name);
      return !!parsed && parsed.given.length > 0 && ['exact', 'compatible'].includes(relate(parsed, c));
    }),
  );
  return named.length === 1 ? { personId: named[0].id, confidence: 0.6 } : null;
}

export function matchPerson(
  mention: PersonMention,
  candidates: readonly PersonCandidate[],
): PersonMatch | null {
  if (mention.kind === 'unknown') return matchRole(mention, candidates);
  if (isOrganizationLike(mention.kind)) return matchOrganization(mention, [...candidates]);
  const parsed = parseName(mention.name);
  if (!parsed) return null;
  const people = candidates.filter((c) => !isOrganizationLike(c.kind) && !isBlocked(c, mention.name));
  if (parsed.given.length > 0) return matchFullName(parsed, mention.title, people);

  const expanded = expandFromArticle(mention.name, mention.articleNames ?? []);
  if (expanded) {
    const match = matchFullName(
      parseName(expanded)!,
      mention.title,
      people.filter((c) => !isBlocked(c, expanded)),
    );
    return match && { personId: match.personId, confidence: Math.min(match.confidence, 0.9) };
  }
  if ((mention.articleNames ?? []).some((n) => parseName(n)?.surname === parsed.surname)) {
    return null; // two people of this surname in the article and no way to tell which one
  }
  const relevant = people.filter((c) => relate(parsed, c) !== 'none');
  if (relevant.length === 1) {
    return titlesContradict(mention.title, relevant[0])
      ? null
      : { personId: relevant[0].id, confidence: 0.7 };
  }
  const bareOnes = relevant.filter((c) => relate(parsed, c) === 'surname-only');
  if (bareOnes.length === 1) return { personId: bareOnes[0].id, confidence: 0.5 };
  return null;
}
