import type { Speaker, SpeakerKind } from '../model/statement.js';
import {
  canonicalizeSpeaker,
  expandFromArticle,
  matchPerson,
  personKeys,
  resolveRoleMention,
  roleKeys,
} from '../ledger/people.js';
import { parseName } from '../ledger/names.js';
import type { CanonicalSpeaker, PersonCandidate, PersonMatch, PersonMention } from '../ledger/people.js';
import { isSameQuote, quoteFingerprint as ledgerFingerprint, quoteKeys } from '../ledger/dedup.js';

/**
 * The store's view of the pure people rules (src/ledger/people.ts, src/ledger/dedup.ts): how a speaker
 * becomes a person key, and how a quote becomes a fingerprint for syndication. Kept behind this one
 * file so the store does not care which version of the rules is in place (tests can pass their own).
 */
export type {
  ArticlePerson,
  CanonicalSpeaker,
  PersonCandidate,
  PersonMatch,
  PersonMention,
} from '../ledger/people.js';

export interface PeopleRules {
  canonicalizeSpeaker(speaker: Speaker): CanonicalSpeaker;
  personKeys(name: string, kind: SpeakerKind): string[];
  matchPerson(mention: PersonMention, candidates: PersonCandidate[]): PersonMatch | null;
  /** The full name a bare surname stands for in its article ("Kuleba" → "Dmytro Kuleba"), else null. */
  expandFromArticle(name: string, articleNames: readonly string[]): string | null;
  /**
   * A role-only mention ("the President of Ukraine": kind 'unknown', the role as title) as the one
   * person of its article who came with that role, else null.
   */
  resolveRoleMention(mention: PersonMention): CanonicalSpeaker | null;
  /** Index keys of a held role; with `mention`, the keys of every role that can answer a mention. */
  roleKeys(title: string | null, options?: { mention?: boolean }): string[];
  quoteFingerprint(text: string): string;
  /** Lookup keys shared by near-identical quotes (winnowed shingles). */
  quoteKeys(text: string): string[];
  isSameQuote(a: string, b: string): boolean;
  /** Whether a canonical person name carries a given name ("Volodymyr Zelensky", not "Zelensky"). */
  isFullName(name: string): boolean;
}

/** Lower-case, accents and punctuation gone, single spaces: the exact-alias key. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Exact-name rules: for tests that want the store's mechanics without the name heuristics. */
export const exactPeopleRules: PeopleRules = {
  canonicalizeSpeaker(speaker) {
    return {
      name: speaker.name.trim().replace(/\s+/g, ' '),
      title: speaker.title ?? null,
      kind: speaker.kind,
    };
  },
  personKeys(name) {
    const key = aliasKey(name);
    return key ? [key] : [];
  },
  matchPerson(mention, candidates) {
    const key = aliasKey(mention.name);
    const found = candidates.find(
      (candidate) =>
        !(candidate.blockedAliases ?? []).some((alias) => aliasKey(alias) === key) &&
        (aliasKey(candidate.name) === key || candidate.aliases.some((alias) => aliasKey(alias) === key)),
    );
    return found ? { personId: found.id, confidence: 1 } : null;
  },
  expandFromArticle: () => null,
  resolveRoleMention: () => null,
  roleKeys: () => [],
  quoteFingerprint: exactFingerprint,
  quoteKeys: (text) => [exactFingerprint(text)],
  isSameQuote: (a, b) => exactFingerprint(a) === exactFingerprint(b),
  isFullName: (name) => name.trim().includes(' '),
};

function exactFingerprint(text: string): string {
  return aliasKey(text).slice(0, 400);
}

/**
 * canonicalizeSpeaker reads only a speaker's name, kind and title, and the same speakers come back in
 * statement after statement: answers are kept (a bounded memo), each caller gets its own copy.
 */
const canonicalMemo = new Map<string, CanonicalSpeaker>();
const CANONICAL_MEMO_SIZE = 20_000;

function canonicalizeSpeakerMemo(speaker: Speaker): CanonicalSpeaker {
  const key = JSON.stringify([speaker.name, speaker.kind, speaker.title]);
  let canonical = canonicalMemo.get(key);
  if (!canonical) {
    canonical = canonicalizeSpeaker({ name: speaker.name, kind: speaker.kind, title: speaker.title });
    if (canonicalMemo.size >= CANONICAL_MEMO_SIZE) canonicalMemo.clear();
    canonicalMemo.set(key, canonical);
  }
  return { ...canonical };
}

export const peopleRules: PeopleRules = {
  canonicalizeSpeaker: canonicalizeSpeakerMemo,
  personKeys: (name, kind) => personKeys(name, { kind }),
  matchPerson: (mention, candidates) => matchPerson(mention, candidates),
  expandFromArticle: (name, articleNames) => expandFromArticle(name, articleNames),
  resolveRoleMention: (mention) => resolveRoleMention(mention),
  roleKeys: (title, options) => roleKeys(title, options),
  quoteFingerprint: ledgerFingerprint,
  quoteKeys,
  isSameQuote,
  isFullName: (name) => (parseName(name)?.given.length ?? 0) > 0,
};
