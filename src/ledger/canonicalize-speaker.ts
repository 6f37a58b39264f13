import type { Speaker, SpeakerKind } from '../model/statement.js';
import { isSurnameParticle, normalizeSpacing } from './names.js';
import { ORGANIZATION_HEADS } from './organizations.js';

export interface CanonicalSpeaker {
  /** "Volodymyr Zelensky", "Zelensky", "Kremlin", "officials"; accents kept for display. */
  name: string;
  /** "Ukrainian President", "NATO Secretary-General"; null when none was given. */
  title: string | null;
  kind: SpeakerKind;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev']);

/** Words that make up titles and roles; a title ends where the run of name words begins. */
const TITLE_WORDS = new Set([
  'president', 'president-elect', 'vice', 'vice-president', 'prime', 'minister', 'premier', 'chancellor',
  'secretary', 'secretary-general', 'general', 'gen', 'lt', 'lieutenant', 'colonel', 'col', 'major',
  'maj', 'captain', 'capt', 'commander', 'commander-in-chief', 'chief', 'head', 'spokesman',
  'spokeswoman', 'spokesperson', 'press', 'ambassador', 'envoy', 'representative', 'rep', 'sen',
  'senator', 'governor', 'gov', 'mayor', 'deputy', 'adviser', 'advisor', 'aide', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'founder', 'leader', 'speaker', 'king', 'queen', 'prince', 'princess',
  'pope', 'patriarch', 'metropolitan', 'archbishop', 'bishop', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'economy', 'energy', 'health', 'justice', 'state', 'staff', 'chiefs', 'boss',
  'former', 'acting', 'late', 'top', 'senior', 'national', 'security', 'affairs', 'of', 'the', 'for',
  'and', 'to', 'at', 'in', 'ombudsman', 'commissioner', 'prosecutor', 'prosecutor-general', 'attorney',
  'mp', 'lawmaker', 'legislator', 'official', 'diplomat', 'analyst', 'expert', 'professor',
  'journalist', 'correspondent', 'editor', 'economist', 'counterpart', 'dictator', 'strongman',
  'ukrainian', 'russian', 'american', 'british', 'french', 'german', 'polish', 'belarusian', 'chinese',
  'hungarian', 'turkish', 'israeli', 'iranian', 'european', 'western', 'u.s.', 'us', 'uk', 'eu', 'un',
  'nato', 'kremlin', 'white', 'house', 'pentagon', 'ukraine', 'russia', 'belarus', 'military',
  'intelligence', 'army', 'navy', 'air', 'force', 'forces', 'armed', 'opposition', 'party', 'member',
  'co-founder', 'owner', 'mercenary', 'wagner', 'group', 'emperor', 'sheikh', 'crown', 'first', 'lady',
  'general-staff', 'chief-of-staff', 'joint', 'cabinet', 'office', 'presidential', 'government',
]);

/** Royal and religious titles that stay part of a one-word name ("Pope Francis", "King Charles"). */
const REGNAL = new Set(['king', 'queen', 'pope', 'prince', 'princess', 'patriarch', 'emperor']);

/** Plural nouns that make a speaker a group ("officials", "Western intelligence sources"). */
const GROUP_WORDS = new Set([
  'officials', 'sources', 'source', 'analysts', 'experts', 'residents', 'people', 'authorities',
  'diplomats', 'lawmakers', 'legislators', 'witnesses', 'soldiers', 'troops', 'critics', 'observers',
  'leaders', 'ministers', 'activists', 'investigators', 'prosecutors', 'officers', 'commanders',
  'volunteers', 'civilians', 'locals', 'citizens', 'protesters', 'journalists', 'reporters', 'medics',
  'doctors', 'scientists', 'researchers', 'members', 'representatives', 'spokespeople', 'allies',
  'partners', 'governments', 'ukrainians', 'russians', 'americans', 'others', 'some', 'many', 'both',
  'survivors', 'relatives', 'families', 'refugees', 'voters', 'bloggers', 'insiders', 'aides',
  'advisers', 'advisors', 'negotiators', 'parties', 'agencies', 'countries', 'nations', 'states',
  'guards', 'staff', 'workers', 'employees', 'students', 'fighters', 'mercenaries', 'forces',
]);

/** Countries and capitals speaking for their state ("Moscow said"): organisations, never people. */
const STATES = new Set([
  'ukraine', 'russia', 'moscow', 'kyiv', 'kiev', 'washington', 'beijing', 'china', 'belarus', 'minsk',
  'poland', 'warsaw', 'germany', 'berlin', 'france', 'paris', 'britain', 'london', 'turkey', 'ankara',
  'iran', 'tehran', 'israel', 'brussels', 'america', 'europe', 'hungary', 'budapest',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'who']);

function bare(token: string): string {
  return token.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
}

function isNameToken(token: string): boolean {
  return /^\p{Lu}/u.test(token) && !TITLE_WORDS.has(bare(token)) && !HONORIFICS.has(bare(token));
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
  let start = tokens.length;
  while (start > 0) {
    const token = tokens[start - 1];
    const rightmost = start === tokens.length;
    // the rightmost capitalised word is always a name ("John Major", "Stephen King")
    if (rightmost ? /^\p{Lu}/u.test(token) && !HONORIFICS.has(bare(token)) : isNameToken(token)) {
      start--;
    } else if (!rightmost && isSurnameParticle(token) && start < tokens.length) {
      start--;
    } else break;
  }
  // particles cannot open a name ("de" in "Minister de Gaulle" stays with the name only if a name word precedes)
  while (start < tokens.length && isSurnameParticle(tokens[start]) && start > 0 && !isNameToken(tokens[start - 1])) start++;
  let name = tokens.slice(start);
  let title = tokens.slice(0, start);
  const lastTitle = title.length ? bare(title[title.length - 1]) : '';
  if (REGNAL.has(lastTitle) && name.length === 1) {
    name = [title[title.length - 1], ...name];
    title = title.slice(0, -1);
  }
  return { name, title };
}

function cleanTitle(words: string[]): string | null {
  const text = words
    .join(' ')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,;:-]+$/, '')
    .trim();
  return text || null;
}

/**
 * The canonical name, title and kind of an extracted speaker: possessives, honorifics and leading
 * articles stripped, titles and appositives split off ("NATO Secretary-General Mark Rutte", "Mark Rutte,
 * NATO's secretary-general"), organisations recognised ("the Kremlin" → "Kremlin"), groups
 * ("officials") and bare roles or pronouns ("a spokesman", "he") marked as such.
 */
export function canonicalizeSpeaker(speaker: Pick<Speaker, 'name' | 'kind' | 'title'>): CanonicalSpeaker {
  const raw = normalizeSpacing(speaker.name)
    .replace(/^[\s"'([{]+|[\s"')\]},.:;!?]+$/g, '')
    .replace(/['’]s$/, '')
    .replace(/s'$/, 's');
  const givenTitle = speaker.title ? normalizeSpacing(speaker.title) : null;
  const segments = raw.split(/\s*,\s*/).filter(Boolean);
  const lower = raw.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  const words = lower.split(' ');
  const last = words[words.length - 1] ?? '';

  if (!raw || PRONOUNS.has(lower)) return { name: raw, title: givenTitle, kind: 'unknown' };
  if (speaker.kind === 'group' || GROUP_WORDS.has(last)) return { name: lower, title: givenTitle, kind: 'group' };

  // find the segment carrying a personal name; the other segments are appositive titles
  let best: Split | null = null;
  const appositives: string[] = [];
  for (const segment of segments) {
    const tokens = segment
      .replace(/^(?:the|a|an)\s+/i, '')
      .split(' ')
      .map((t) => t.replace(/['’]s$/, ''))
      .filter((t) => t && !HONORIFICS.has(bare(t)));
    const split = splitTitle(tokens);
    split.name = split.name.map(fixCase);
    if (!best && split.name.length > 0) best = split;
    else appositives.push(segment);
  }

  const nameWords = best?.name ?? [];
  const orgLike =
    speaker.kind === 'organization' ||
    (nameWords.length === 0 && ORGANIZATION_HEADS.has(bare(last))) ||
    (nameWords.length === 1 && STATES.has(bare(nameWords[0]))) ||
    nameWords.some((w) => ORGANIZATION_HEADS.has(bare(w)) && bare(w) !== 'house') ||
    (nameWords.length > 0 && bare(nameWords[nameWords.length - 1]) === 'house');
  if (orgLike) {
    const name = segments[0].replace(/^(?:the)\s+/i, '');
    return { name, title: givenTitle, kind: 'organization' };
  }
  if (nameWords.length === 0) {
    // a role without a name ("a Kremlin spokesman", "the president"): not a person we can track
    return { name: raw.replace(/^(?:the|a|an)\s+/i, ''), title: givenTitle, kind: 'unknown' };
  }
  const titleParts = [cleanTitle(best?.title ?? []), ...appositives.map((a) => cleanTitle([a]))];
  if (givenTitle) titleParts.unshift(givenTitle);
  const seen = new Set<string>();
  const title = titleParts
    .filter((t): t is string => !!t)
    .filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
    .join(', ');
  return { name: nameWords.join(' '), title: title || null, kind: speaker.kind === 'unknown' ? 'person' : speaker.kind };
}
