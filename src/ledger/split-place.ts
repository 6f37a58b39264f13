import { isSurnameParticle } from './names.js';
import { ORGANIZATION_HEADS } from './organizations.js';
import { bare, isNameToken } from './speaker-tokens.js';
import {
  COUNTRIES,
  DEMONYMS,
  EVENTS,
  MULTIWORD_COUNTRIES,
  PLACES,
  REGION_NOUNS,
  ROLE_WORDS,
  STATE_NOUNS,
  STATES,
} from './speaker-words.js';

/** How many leading tokens name a state ("Ukraine", "United States", "Portuguese Republic"), else 0. */
function placeLength(tokens: string[]): number {
  const lower = tokens.map((t) => bare(t));
  for (const n of [3, 2]) {
    if (tokens.length >= n && MULTIWORD_COUNTRIES.has(lower.slice(0, n).join(' '))) return n;
  }
  const isCountry = (word: string) =>
    COUNTRIES.has(word) ||
    STATES.has(word) ||
    (word.includes('-') && word.split('-').every((w) => COUNTRIES.has(w)));
  if (tokens.length > 0 && /^\p{Lu}/u.test(tokens[0]) && isCountry(lower[0])) return 1;
  // "Portuguese Republic", "Kamchatka Territory", "Dagestan": a state or region before a name
  for (let k = 0; k < Math.min(3, tokens.length); k++) {
    const placeNoun = STATE_NOUNS.has(lower[k]) || (k > 0 && REGION_NOUNS.has(lower[k]));
    if (placeNoun && tokens.slice(0, k + 1).every((t) => /^\p{Lu}/u.test(t))) return k + 1;
  }
  if (tokens.length > 0 && /^\p{Lu}/u.test(tokens[0]) && PLACES.has(lower[0])) return 1;
  return 0;
}

export interface PlaceSplit {
  raw: string;
  title: string | null;
  /** The whole mention is a role ("the President of" + "Azerbaijan"): no name is left. */
  roleOnly: boolean;
}

/**
 * The extractor leaves the object of "President of" on the name ("the President of" + "Ukraine
 * Volodymyr Zelenskyy", "President" + "United States Joseph Biden", "the French" + "Republic Emmanuel
 * Macron"): the state goes back into the title, which is completed ("President of Ukraine"). A name
 * that is only the state, or an event, after "of" leaves a role and no name.
 */
export function splitPlace(raw: string, givenTitle: string | null): PlaceSplit {
  // "Russia Russia": a token repeated by the extractor; "IlhamPresident": two words glued where a line
  // break was lost (a short prefix is a name's own: "McFaul", "DeSantis", "MacArthur")
  const all = raw.split(' ');
  const glued = all.findIndex((t) => /^\p{Lu}\p{Ll}{3,}\p{Lu}/u.test(t) && !/^Fitz/.test(t));
  const tokens = (glued > 0 ? all.slice(0, glued) : all).filter(
    (t, i, list) => i === 0 || bare(t) !== bare(list[i - 1]),
  );
  const title = givenTitle ? givenTitle.replace(/^(?:(?:the|a|an)\s+)+/i, '').trim() : '';
  const endsOf = /(?:^|\s)(?:of|for)(?:\s+the)?$/i.test(title);
  const unchanged = { raw: tokens.join(' '), title: givenTitle, roleOnly: false };
  if (raw.includes(',')) return { ...unchanged, raw };
  const n = placeLength(tokens);
  if (n === 0) {
    const last = bare(tokens[tokens.length - 1] ?? '');
    // "the Prime Minister of" + "Ukrainians Canada": a state at the end is the object, the rest debris
    const endsInState = tokens.length > 1 && placeLength(tokens.slice(-1)) === 1;
    if (endsOf && endsInState) {
      return { raw: tokens.join(' '), title: `${title} ${tokens[tokens.length - 1]}`, roleOnly: true };
    }
    if (endsOf && title && (tokens.length === 1 || EVENTS.has(last) || ORGANIZATION_HEADS.has(last))) {
      return { raw: tokens.join(' '), title: `${title} ${tokens.join(' ')}`, roleOnly: true };
    }
    return unchanged;
  }
  const place = tokens.slice(0, n).join(' ');
  const rest = tokens.slice(n);
  const withArticle =
    n > 1 && !/\sthe$/i.test(title) ? (MULTIWORD_COUNTRIES.get(place.toLowerCase()) ?? place) : place;
  const lastTitle = bare(title.split(' ').pop() ?? '');
  if (rest.length === 0) {
    if (endsOf) return { raw: place, title: `${title} ${withArticle}`, roleOnly: true };
    // "the French" + "Republic": the state's name
    if (n === 1 && STATE_NOUNS.has(bare(place)) && DEMONYMS.has(lastTitle)) {
      return { raw: `${title} ${place}`, title: null, roleOnly: false };
    }
    return unchanged;
  }
  // "U.S. President-elect Donald Trump", "Russia's Defence Ministry": the state starts a title or a name
  const nameLike = rest.every((t) => isNameToken(t) || isSurnameParticle(t)) && !/['’]s$/.test(tokens[n - 1]);
  if (!endsOf && (rest.length < 2 || !nameLike)) return unchanged;
  let completed: string | null;
  if (endsOf) completed = `${title} ${withArticle}`;
  else if (STATE_NOUNS.has(bare(tokens[n - 1])) && DEMONYMS.has(lastTitle)) completed = `${title} ${place}`;
  else if (title && ROLE_WORDS.has(lastTitle)) {
    completed = `${title} of ${n > 1 ? (MULTIWORD_COUNTRIES.get(place.toLowerCase()) ?? place) : place}`;
  } else completed = givenTitle;
  return { raw: rest.join(' '), title: completed || null, roleOnly: false };
}
