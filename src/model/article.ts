import type { Span } from './statement.js';

/** A news article as the readers produce it; `text` is what extraction offsets point into. */
export interface Article {
  /** Stable id: the input's own id, else canonical URL, else content hash. */
  id: string;
  text: string;
  title?: string | null;
  /** ISO date (YYYY-MM-DD) or timestamp of publication, when known. */
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  byline?: string | null;
  /** Parsed dateline ("Nov. 30 (UPI) --"): place, agency, date, and its span in `text`. */
  dateline?: Dateline | null;
  /** Photo captions and credits, kept apart from the body (spans in `text` when inline). */
  captions?: Caption[];
  language?: string | null;
  /** Where it came from: a path, a URL, "stdin", with a line number for dumps. */
  source?: string;
  /** A feed item that carried only a summary: `text` is the summary, `url` the full article. */
  summaryOnly?: boolean;
}

export interface Dateline extends Span {
  text: string;
  place?: string | null;
  agency?: string | null;
  date?: string | null;
}

export interface Caption {
  text: string;
  start?: number;
  end?: number;
  credit?: string | null;
}
