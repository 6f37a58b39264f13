import type { Speaker, SpeakerKind } from '../model/statement.js';

/**
 * The store's view of the pure people rules (src/ledger/people.ts, src/ledger/dedup.ts): how a speaker
 * becomes a person key, and how a quote becomes a fingerprint for syndication. Kept behind this one
 * file so the store does not care which version of the rules is in place.
 */
export interface CanonicalSpeaker {
  name: string;
  title: string | null;
  kind: SpeakerKind;
}

export interface PersonCandidate {
  id: string;
  name: string;
  kind: SpeakerKind;
  aliases: string[];
}

export interface PersonMatch {
  personId: string;
  confidence: number;
}

export interface PeopleRules {
  canonicalizeSpeaker(speaker: Speaker): CanonicalSpeaker;
  personKeys(name: string): string[];
  matchPerson(mention: CanonicalSpeaker, candidates: PersonCandidate[]): PersonMatch | null;
  quoteFingerprint(text: string): string;
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

export const fallbackPeopleRules: PeopleRules = {
  canonicalizeSpeaker(speaker) {
    return { name: speaker.name.trim().replace(/\s+/g, ' '), title: speaker.title ?? null, kind: speaker.kind };
  },
  personKeys(name) {
    const key = aliasKey(name);
    return key ? [key] : [];
  },
  matchPerson(mention, candidates) {
    const key = aliasKey(mention.name);
    const found = candidates.find(
      (candidate) => aliasKey(candidate.name) === key || candidate.aliases.some((alias) => aliasKey(alias) === key),
    );
    return found ? { personId: found.id, confidence: 1 } : null;
  },
  quoteFingerprint(text) {
    return aliasKey(text).slice(0, 400);
  },
};

export const peopleRules: PeopleRules = fallbackPeopleRules;
