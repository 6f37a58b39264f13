/** Token tests shared by canonicalizeSpeaker and splitPlace: which words can be part of a name. */
import {
  DEMONYMS,
  GROUP_WORDS,
  HONORIFICS,
  NOISE,
  ROLE_WORDS,
  STATES,
  SURNAME_ROLES,
  TITLE_MODIFIERS,
} from './speaker-words.js';

export function bare(token: string): string {
  return token
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');
}

/** A word of a title or role, a demonym, or a state: it may stand left of a name but is not part of it. */
export function isTitleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || TITLE_MODIFIERS.has(word) || DEMONYMS.has(word) || STATES.has(word);
}

export function isNameToken(token: string): boolean {
  const word = bare(token);
  return (
    /^\p{Lu}/u.test(token) &&
    !isTitleWord(word) &&
    !HONORIFICS.has(word) &&
    !NOISE.has(word) &&
    !GROUP_WORDS.has(word) &&
    !isCommonNounForm(word)
  );
}

/**
 * Word forms that are common nouns and not given names or surnames: abstract nouns ("Integration",
 * "Security") and plurals of agents ("Entrepreneurs", "Mathematicians"); "Clement" and "Jones" are
 * not caught. Kept off names left of the surname ("Euro-Atlantic Integration Olga Stefanishyna").
 */
export function isCommonNounForm(word: string): boolean {
  return /\p{Ll}{3}(?:tion|sion|ness|ism|ship|ity|ology|eurs|ians|ists)$/u.test(word);
}

/** A plural of a role, a demonym or a group noun ("Presidents", "Russians", "Allies"). */
export function isPluralNoun(word: string): boolean {
  if (GROUP_WORDS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return (ROLE_WORDS.has(singular) && !SURNAME_ROLES.has(singular)) || DEMONYMS.has(singular);
}
