import type { Statement } from '../model/statement.js';
import { NAME_PARTICLES } from './noun-phrase.js';

/**
 * Last checks on a found statement, for speakers that cannot speak and contents that state nothing. Each
 * rule was kept only when what it drops is unmatched under both conventions measured (our speech-only
 * free news gold and PolNeAR train, where it dropped no matched attribution).
 */

/** Heads of a phrase that names a way of speaking or a sight, never a speaker ("in Scientology jargon refers to"). */
const NONSPEAKER_HEADS = new Set(['jargon', 'parlance', 'slang', 'terminology', 'scene', 'condition']);

/** A content that is only a time ("laws … expected next month"): a cue read as a verb of saying. */
const TIME_ONLY =
  /^(?:(?:next|last|this|early|late|earlier|later)\s+)?(?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|spring|summer|autumn|fall|winter)$/i;

/** Units of time and play a commentary puts before a name ("In the 62nd minute Kim Min-Woo conceded"). */
const TIME_UNITS = new Set([
  'minute',
  'half',
  'quarter',
  'period',
  'inning',
  'innings',
  'round',
  'lap',
  'set',
]);

/** A lower-case word glued before a name: no one's name, or (a unit of time or play) no statement. */
function gluedLowerCaseWord(name: string, anyWord: boolean): boolean {
  const match = /^([a-z][a-z'-]*) [A-Z]/.exec(name);
  if (match === null) return false;
  return anyWord ? !NAME_PARTICLES.has(match[1]) && match[1] !== 'the' : TIME_UNITS.has(match[1]);
}

/** Why a statement is no attributed statement at all, or null when it may stand. */
export function junkReason(statement: Pick<Statement, 'quote' | 'speaker'>): string | null {
  const { speaker } = statement;
  if (speaker.mention) {
    const words = speaker.mention.text.toLowerCase().split(/\s+/);
    if (NONSPEAKER_HEADS.has(words[words.length - 1])) return 'a speaker that cannot speak';
  }
  if (speaker.kind === 'person' && gluedLowerCaseWord(speaker.name, true))
    return 'a word glued before a name';
  if (speaker.mention && gluedLowerCaseWord(speaker.mention.text, false)) return 'a time glued before a name';
  const content = statement.quote.text.trim().replace(/[.,;:]$/, '');
  if (TIME_ONLY.test(content)) return 'a content that is only a time';
  return null;
}
