import type { Speaker, SpeakerKind } from '../model/statement.js';
import { isSurnameParticle, normalizeSpacing } from './names.js';
import { isKnownOrganization, isSpecificOrganization, ORGANIZATION_HEADS } from './organizations.js';
import { roleOf } from './people-roles.js';
import { splitPlace } from './split-place.js';
import { bare, isNameToken, isPluralNoun, isTitleWord } from './speaker-tokens.js';
import {
  COUNTRIES,
  EVENTS,
  INDEFINITE_PRONOUNS,
  STATE_NOUNS,
  NON_AGENTS,
  PLACES,
  SURNAME_ROLES,
  ABBREVIATIONS,
  DEMONYMS,
  GROUP_WORDS,
  HONORIFICS,
  NOISE,
  PRONOUNS,
  REGNAL,
  ROLE_WORDS,
  STATES,
  TITLE_MODIFIERS,
} from './speaker-words.js';

export interface CanonicalSpeaker {
  /** "Volodymyr Zelensky", "Zelensky", "Kremlin", "officials"; accents kept for display. */
  name: string;
  /** "Ukrainian President", "NATO Secretary-General"; null when none was given. */
  title: string | null;
  kind: SpeakerKind;
}

const MAX_NAME = 300;

function isPronoun(text: string): boolean {
  // "US" and "IT" in capitals are not pronouns
  return PRONOUNS.has(text.toLowerCase()) && (text === 'I' || text !== text.toUpperCase());
}

function fixCase(token: string): string {
  // "ZELENSKY" → "Zelensky"; short all-caps tokens are acronyms or initials and stay
  if (token.length > 3 && token === token.toUpperCase() && /\p{Lu}{4}/u.test(token)) {
    return token.charAt(0) + token.slice(1).toLowerCase();
  }
  return token;
}

interface Split {
  name: string[];
  title: string[];
}

/** Splits "Ukrainian President Volodymyr Zelensky" into title and name: name words are read from the right. */
function splitTitle(tokens: string[]): Split {
  // "Martin Luther King Jr.": the suffix rides along with the name
  if (tokens.length > 1 && /^(?:jr|sr|ii|iii|iv)$/.test(bare(tokens[tokens.length - 1]))) {
    const split = splitTitle(tokens.slice(0, -1));
    return split.name.length
      ? { name: [...split.name, tokens[tokens.length - 1]], title: split.title }
      : split;
  }
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1];
    const word = bare(token);
    const rightmost = start === tokens.length;
    // the rightmost capitalised word is a name unless it is a role that is never a surname
    // ("John Major" and "Stephen King", but not "Naftogaz CEO")
    const surnameLike = !ROLE_WORDS.has(word) || SURNAME_ROLES.has(word);
    if (
      rightmost
        ? /^\p{Lu}/u.test(token) && surnameLike && !HONORIFICS.has(word) && !NOISE.has(word)
        : isNameToken(token)
    ) {
      start--;
    } else if (!rightmost && isSurnameParticle(token)) {
      start--;
    } else break;
  }
  let name = tokens.slice(start);
  let title = tokens.slice(0, start);
  const lastTitle = title.length ? bare(title[title.length - 1]) : '';
  // "Ministry of Commerce", "Office for the Coordination of Humanitarian Affairs": not a person's name
  if (['of', 'for', 'the', 'and'].includes(lastTitle)) return { name: [], title: tokens };
  // a role without a name ("President", "U.S. President")
  if (name.every((t) => isTitleWord(bare(t)) && !STATES.has(bare(t)) && !ORGANIZATION_HEADS.has(bare(t)))) {
    return { name: [], title: tokens };
  }
  // names do not end in a country ("Putin Russia", "New Russian" are extraction debris)
  const end = bare(name[name.length - 1]);
  if (name.length > 1 && (STATES.has(end) || DEMONYMS.has(end))) return { name: [], title: tokens };
  if (REGNAL.has(lastTitle) && name.length === 1) {
    name = [title[title.length - 1], ...name];
    title = title.slice(0, -1);
  }
  return { name: name.map(fixCase), title };
}

/**
 * Splits at commas (appositives: "Mark Rutte, NATO's secretary-general"). A sentence end that leaked
 * into a name ("Ukraine. He") keeps only the last sentence, the one next to the cue.
 */
function splitSegments(raw: string): string[] {
  const tokens = raw.split(' ');
  let from = 0;
  tokens.forEach((token, i) => {
    const word = token.slice(0, -1).toLowerCase();
    const abbreviation = /^(?:\p{L}\.)+$/u.test(token) || HONORIFICS.has(word) || ABBREVIATIONS.has(word);
    if (token.endsWith('.') && word.length >= 2 && !abbreviation && i < tokens.length - 1) from = i + 1;
  });
  return tokens
    .slice(from)
    .join(' ')
    .split(/\s*,\s*/)
    .filter(Boolean);
}

function tokensOf(segment: string): string[] {
  const tokens = segment
    .replace(/^(?:the|a|an)\s+/i, '')
    .split(' ')
    .map((t) => t.replace(/['’]s$/, ''))
    .filter((t) => t && !HONORIFICS.has(bare(t)));
  // "Ukraine Thursday": a time word the extractor swept into the name
  while (tokens.length > 1 && NOISE.has(bare(tokens[tokens.length - 1]))) tokens.pop();
  return tokens;
}

/** A title worth keeping names a role ("Estonia's prime minister"), not a clause the extractor swept up. */
function plausibleTitle(title: string): string | null {
  const text = title
    .replace(/^(?:(?:the|a|an|but|and|after|when|while|as|also)\s+)+/i, '')
    .replace(/[\s,;:-]+$/, '')
    .trim();
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !HONORIFICS.has(w.replace(/\.$/, '')));
  if (
    !text ||
    words.length > 12 ||
    /^(?:who|which|that|whose|whom|where|when|her|his|their|its)$/.test(words[0])
  )
    return null;
  const kept = text
    .split(/\s+/)
    .filter((w) => !HONORIFICS.has(w.toLowerCase().replace(/\.$/, '')))
    .join(' ');
  return words.some((w) => ROLE_WORDS.has(w.replace(/['’]s$/, '').replace(/[.,]$/, ''))) ? kept : null;
}

/**
 * The canonical name, title and kind of an extracted speaker: possessives, honorifics and leading
 * articles stripped, titles and appositives split off ("NATO Secretary-General Mark Rutte", "Mark Rutte,
 * NATO's secretary-general"), organisations recognised ("the Kremlin" → "Kremlin"), groups
 * ("officials") and bare roles or pronouns ("a spokesman", "he") marked as such.
 */
export function canonicalizeSpeaker(speaker: Pick<Speaker, 'name' | 'kind' | 'title'>): CanonicalSpeaker {
  // a name longer than any real one is extraction debris; refusing it also bounds the work below
  if (speaker.name.length > MAX_NAME)
    return { name: speaker.name.slice(0, MAX_NAME), title: null, kind: 'unknown' };
  if (speaker.title && speaker.title.length > MAX_NAME) speaker = { ...speaker, title: undefined };
  let raw = normalizeSpacing(speaker.name)
    .replace(/^[\s"'([{]+|[\s"')\]},.:;!?]+$/g, '')
    .replace(/['’]s$/, '')
    .replace(/s'$/, 's');
  let givenTitle = speaker.title ? normalizeSpacing(speaker.title) : null;
  const placed = splitPlace(raw, givenTitle);
  if (placed.roleOnly) {
    const title = placed.title && roleOf(placed.title) ? placed.title : null;
    return { name: placed.title ?? placed.raw, title, kind: 'unknown' };
  }
  raw = placed.raw;
  givenTitle = placed.title;
  const segments = splitSegments(raw);
  const head = segments[0] ?? '';
  const last = segments[segments.length - 1] ?? '';
  if (!raw || !head || isPronoun(last) || isPronoun(raw))
    return { name: last || raw, title: null, kind: 'unknown' };

  const headTokens = tokensOf(head);
  const lastHead = bare(headTokens[headTokens.length - 1] ?? '');
  // a place, a thing or an event is never a speaker ("Sevastopol", "the Constitution", "the Forum"),
  // nor is "Everything"
  if (
    PLACES.has(headTokens.join(' ').toLowerCase().replace(/\.$/, '')) ||
    NON_AGENTS.has(lastHead) ||
    INDEFINITE_PRONOUNS.has(bare(headTokens[0] ?? '')) ||
    (EVENTS.has(lastHead) && !isKnownOrganization(headTokens.join(' ')))
  ) {
    return { name: headTokens.join(' '), title: null, kind: 'unknown' };
  }
  const finalToken = headTokens[headTokens.length - 1] ?? '';
  // "Russians", "Presidents", "Allies": a plural noun is a group, capitalised or not
  if (
    headTokens.length === 1 &&
    (isPluralNoun(bare(finalToken)) || /^\p{Lu}\p{Ll}+(?:ians|ists)$/u.test(finalToken))
  ) {
    return { name: bare(finalToken), title: null, kind: 'group' };
  }
  if (speaker.kind === 'group' || (GROUP_WORDS.has(finalToken) && finalToken === finalToken.toLowerCase())) {
    return { name: head.toLowerCase().replace(/^(?:the|a|an)\s+/, ''), title: null, kind: 'group' };
  }

  // surname particles and regnal titles the extractor left on the title ("von der" + "Leyen", "Pope" + "Francis")
  const titleTokens = givenTitle ? givenTitle.split(' ') : [];
  let moved = 0;
  while (moved < titleTokens.length && isSurnameParticle(titleTokens[titleTokens.length - 1 - moved]))
    moved++;
  // and the given names before them ("Ursula von der" + "Leyen")
  while (moved && moved < titleTokens.length && isNameToken(titleTokens[titleTokens.length - 1 - moved]))
    moved++;
  if (
    !moved &&
    titleTokens.length &&
    REGNAL.has(bare(titleTokens[titleTokens.length - 1])) &&
    tokensOf(head).length === 1
  )
    moved = 1;
  let particles = moved ? titleTokens.slice(titleTokens.length - moved) : [];
  // "Ursula von der" + "Ursula von der Leyen": the extractor repeated the name in the title
  if (moved && ` ${head.toLowerCase()} `.includes(` ${particles.join(' ').toLowerCase()} `)) particles = [];
  if (moved) givenTitle = titleTokens.slice(0, titleTokens.length - moved).join(' ') || null;

  // find the segment carrying a personal name; the other segments are appositive titles
  let best: Split | null = null;
  let bestIndex = -1;
  segments.forEach((segment, index) => {
    const split = splitTitle([...(index === 0 ? particles : []), ...tokensOf(segment)]);
    if (!best && split.name.length > 0) [best, bestIndex] = [split, index];
  });
  const found = best as Split | null;
  const nameWords = found?.name ?? [];
  const ownTitle = (found?.title ?? [])
    .filter((w) => !NOISE.has(bare(w)) && !GROUP_WORDS.has(bare(w)))
    .join(' ');

  const words = headTokens.map(bare);
  // a role standing for its holder ("the Ukrainian Head of State", "the Russian leader", "The Prime" +
  // "Minister"): resolved to a person through its article (people-roles.ts), never an organisation
  if (nameWords.length === 0 && segments.length === 1) {
    const phrase = [givenTitle, head]
      .filter(Boolean)
      .join(' ')
      .replace(/^(?:(?:the|a|an)\s+)+/i, '');
    if (roleOf(phrase)) return { name: phrase, title: phrase, kind: 'unknown' };
  }
  // an organisation name followed by a personal name: "Kremlin spokesperson Peskov", "European Council Charles Michel"
  const personLike =
    nameWords.length > 0 &&
    !nameWords.some((w) => ORGANIZATION_HEADS.has(bare(w))) &&
    (found?.title ?? []).length > 0 &&
    (nameWords.length >= 2 || (found?.title ?? []).some((w) => ROLE_WORDS.has(bare(w))));
  // "UN Secretary-General", "the Federal Chancellor": a role, whoever the extractor thought spoke
  const endsInRole =
    nameWords.length === 0 &&
    ROLE_WORDS.has(words[words.length - 1] ?? '') &&
    !ORGANIZATION_HEADS.has(words[words.length - 1] ?? '');
  const orgLike =
    (speaker.kind === 'organization' && !personLike && !endsInRole) ||
    (nameWords.length === 0 &&
      (ORGANIZATION_HEADS.has(words[words.length - 1] ?? '') ||
        (ORGANIZATION_HEADS.has(words[0] ?? '') && ['of', 'for'].includes(words[1] ?? '')))) ||
    (nameWords.length === 1 && (STATES.has(bare(nameWords[0])) || COUNTRIES.has(bare(nameWords[0])))) ||
    nameWords.some((w) => /\d/.test(w)) ||
    nameWords.some((w) => ORGANIZATION_HEADS.has(bare(w)) && bare(w) !== 'house') ||
    (nameWords.length > 0 && bare(nameWords[nameWords.length - 1]) === 'house');
  if (orgLike) {
    const orgWords = head.replace(/^(?:the|a|an)\s+/i, '').split(' ');
    while (orgWords.length > 1 && NOISE.has(bare(orgWords[orgWords.length - 1]))) orgWords.pop();
    const name = orgWords.join(' ');
    // "the ministry", "a statement": an unnamed organisation cannot be followed across articles
    // "the ministry", "Head of State": a kind of organisation or a role, not one we can follow across articles
    const generic = orgWords.every((w) => {
      const word = bare(w);
      if (STATES.has(word) || DEMONYMS.has(word) || isKnownOrganization(w)) return false;
      return ROLE_WORDS.has(word) || TITLE_MODIFIERS.has(word) || !isSpecificOrganization(w);
    });
    const stateNoun = orgWords.length === 1 && STATE_NOUNS.has(bare(name)); // "the Republic"
    if (
      stateNoun ||
      !/\p{Lu}/u.test(name) ||
      !isSpecificOrganization(name) ||
      (generic && !isKnownOrganization(name))
    ) {
      return { name, title: null, kind: 'unknown' };
    }
    return { name, title: null, kind: 'organization' };
  }
  // "the Strategy", "The Arts": a personal name takes no article, so one word after one is a thing
  const article = /^(?:the|a|an)\s/i.test(raw) || /^(?:the|a|an)$/i.test(givenTitle ?? '');
  if (article && nameWords.length === 1 && segments.length === 1 && !(found?.title ?? []).length) {
    return { name: nameWords[0], title: null, kind: 'unknown' };
  }
  // "National Security Strategy": one capitalised word after modifiers and no role is a thing's name
  const before = (found?.title ?? []).map(bare);
  const thingName =
    nameWords.length === 1 &&
    before.length > 0 &&
    !before.some((w) => ROLE_WORDS.has(w)) &&
    before.some((w) => TITLE_MODIFIERS.has(w) && !STATES.has(w) && !DEMONYMS.has(w) && w !== 'kremlin');
  // "Technology", "Russian Arctic", "the Republic": an abstract noun, a place or a state noun is no one's name
  if (
    thingName ||
    (nameWords.length === 1 &&
      (/\p{Ll}(?:ology|tion|sion|ment|ness|ism|ship|ity)$/u.test(nameWords[0]) ||
        PLACES.has(bare(nameWords[0])) ||
        STATE_NOUNS.has(bare(nameWords[0]))))
  ) {
    return { name: nameWords[0], title: null, kind: 'unknown' };
  }
  if (nameWords.length === 0) {
    // a role without a name ("a Kremlin spokesman", "the president"): not a person we can track
    return { name: raw.replace(/^(?:the|a|an)\s+/i, ''), title: null, kind: 'unknown' };
  }
  const parts = [
    [givenTitle, ownTitle].filter(Boolean).join(' '),
    ...segments.filter((_, i) => i !== bestIndex),
  ];
  const seen = new Set<string>();
  const title = parts
    .map((t) => (t ? plausibleTitle(t) : null))
    .filter((t): t is string => !!t && !seen.has(t.toLowerCase()) && !!seen.add(t.toLowerCase()))
    .join(', ');
  return { name: nameWords.join(' '), title: title || null, kind: 'person' };
}
