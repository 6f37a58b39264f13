import type { Cue, Span, Venue } from '../model/statement.js';
import type { CueClass } from './cue-lexicon.js';
import type { PhraseSpan } from './noun-phrase.js';
import type { Sentence } from './segment.js';

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
