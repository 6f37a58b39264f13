/**
 * The Statement contract (DESIGN.md): what `onrecord extract` prints for every attributed statement.
 * All offsets are end-exclusive UTF-16 code-unit indices into the exact text that was given.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';
export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';

export interface Speaker {
  /** Canonical name within the article ("Volodymyr Zelensky", "the Kremlin", "officials"). */
  name: string;
  kind: SpeakerKind;
  /** The local mention the statement was linked to; may be a pronoun. */
  mention: TextSpan | null;
  /** Title or role split off the name ("Ukrainian President", "NATO Secretary-General"). */
  title?: string;
}

export interface Cue extends TextSpan {
  lemma: string;
}

export interface Venue {
  text: string;
  start?: number;
  end?: number;
}

export type SaidOnBasis = 'explicit' | 'relative' | 'published' | 'before';

export interface SaidOn {
  /** ISO date YYYY-MM-DD; for `before`, the reference date itself is `to` and `from` is empty. */
  from: string;
  to: string;
  text: string;
  basis: SaidOnBasis;
}

export interface Statement {
  kind: StatementKind;
  /** The whole content; for direct quotes including the quotation marks. */
  quote: TextSpan;
  /** Present when the content is split ("...," he said, "..."). */
  parts?: Span[];
  speaker: Speaker;
  cue: Cue | null;
  venue: Venue | null;
  saidOn: SaidOn | null;
  /** 0..1 */
  confidence: number;
}

/** One line of `onrecord extract` output. */
export interface ExtractResult {
  id: string;
  statements: Statement[];
  /** For HTML input: the extracted body text the offsets point into. */
  text?: string;
  warnings?: string[];
}
