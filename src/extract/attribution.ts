import type { Cue, Span, Venue } from '../model/statement.js';
import type { CueClass } from './cue-lexicon.js';
import type { PhraseSpan } from './noun-phrase.js';
import type { Sentence, Unit } from './segment.js';
import { ROLE_WORDS } from './name-registry.js';
import { HONORIFICS, isTitleWord, SPOKESPERSON_WORDS } from './speaker-words.js';
import { isCapitalized, lowerOf, posOf } from './units.js';

/** A source mention inside a sentence: the speaker phrase as written, with its appositive if any. */
export interface SourceMention extends Span {
  sentence: number;
  /** Unit range of the name phrase (without the appositive). */
  first: number;
  last: number;
  pronoun: boolean;
  /** Unit range of an appositive ("Mark Rutte, NATO's secretary-general,"), if any. */
  appositive: [number, number] | null;
}

/** One attribution found in a sentence, before speakers are resolved. */
export interface Attribution {
  sentence: number;
  /** Content pieces in text order (one, or several for a split quote). */
  parts: Span[];
  source: SourceMention | null;
  cue: Cue | null;
  cueClass: CueClass | null;
  venue: Venue | null;
  /**
   * The cue of a tag repeated after the quotation ('X told the BBC: "…," she said on Monday'): one
   * statement, so a date beside the second tag dates it too.
   */
  repeatedCue?: Span;
  /** How it was found: drives confidence. */
  pattern:
    | 'before'
    | 'after'
    | 'inverted'
    | 'according'
    | 'colon'
    | 'dash'
    | 'shared'
    | 'floating'
    /** "Asked whether …, X said": a question put to X by an asker the text does not name. */
    | 'asked';
  /** For `shared`: the attribution whose subject this one shares ("told Y … and said …"). */
  sharedWith: number | null;
  /** Found but stating nothing ("noted the importance of …"): a subject and context, never a statement. */
  silent?: boolean;
  /** A transcript's turn ("Vladimir Putin: …"): its content runs on to the next speaker's label. */
  turn?: boolean;
  /** An agentless report ("it was noted that …", "X was informed that …"): said by no one named. */
  agentless?: boolean;
}

export interface Context {
  text: string;
  sentence: Sentence;
  sentenceIndex: number;
}

export function mention(
  context: Context,
  phrase: PhraseSpan,
  appositive: [number, number] | null,
): SourceMention {
  const { units } = context.sentence;
  if (!appositive && !phrase.pronoun) {
    // "Ivo Rask, Adviser to the Minister said …": the role read as the subject stands beside the name
    // before its comma (the appositive's closing comma left out); the name is the subject.
    const name = nameBeforeRole(units, phrase.first);
    if (name) return mention(context, name, [phrase.first, phrase.last]);
  }
  const first = appositive ? Math.min(appositive[0], phrase.first) : phrase.first;
  const last = appositive ? Math.max(appositive[1], phrase.last) : phrase.last;
  return {
    start: units[first].start,
    end: units[last].end,
    sentence: context.sentenceIndex,
    first: phrase.first,
    last: phrase.last,
    pronoun: phrase.pronoun,
    appositive,
  };
}

/** Prepositions that tie a role to its body or holder: "President of", "Adviser to", "Spokesman for". */
const ROLE_LINKS = new Set(['of', 'to', 'for', 'at']);

/**
 * The name a role phrase at `roleFirst` stands beside: a run of two to four proper nouns right before
 * its comma, opening the sentence or a clause ("Ivo Rask, Adviser to the Minister"); null otherwise.
 */
function nameBeforeRole(units: Unit[], roleFirst: number): PhraseSpan | null {
  const comma = roleFirst - 1;
  if (comma < 1 || lowerOf(units[comma]) !== ',') return null;
  // a role held in or to a body, "President of …", "Adviser to …", "Director of …" (not "Mr Blair",
  // "chairman Karsten Mahlmann": a name of its own after the role)
  let role = lowerOf(units[roleFirst]) === 'the' ? roleFirst + 1 : roleFirst;
  const roleWord = (lower: string) =>
    (ROLE_WORDS.has(lower) || isTitleWord(lower) || SPOKESPERSON_WORDS.has(lower)) && !HONORIFICS.has(lower);
  if (!roleWord(lowerOf(units[role]))) return null;
  while (
    role + 1 < units.length &&
    !ROLE_LINKS.has(lowerOf(units[role + 1])) &&
    roleWord(lowerOf(units[role + 1]))
  )
    role++;
  if (!ROLE_LINKS.has(lowerOf(units[role + 1]))) return null;
  let first = comma;
  while (
    first - 1 >= 0 &&
    comma - first < 4 &&
    posOf(units[first - 1]) === 'PROPN' &&
    isCapitalized(units[first - 1])
  )
    first--;
  // a full name, two words or more ("Yesterday, the Chancellor said" is no name)
  if (comma - first < 2) return null;
  const before = first - 1 >= 0 ? lowerOf(units[first - 1]) : '';
  if (
    first > 0 &&
    before !== ',' &&
    before !== 'and' &&
    before !== 'but' &&
    units[first - 1].kind !== 'quote'
  )
    return null;
  return { first, last: comma - 1, pronoun: false };
}
