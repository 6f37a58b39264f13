import type { Article } from '../model/article.js';
import type { OnrecordError } from '../errors.js';
import type { FetchOptions } from './fetch-url.js';
import type { FieldMap } from './read-record.js';

export type ReadItem =
  | { ok: true; article: Article }
  | {
      ok: false;
      source: string;
      line?: number;
      error: OnrecordError;
      /** Not a failure: a binary file, an unsupported file in a directory, an empty or text-less record. */
      skipped?: boolean;
    };

export interface ReadLimits {
  /** Most bytes one input may produce (after decompression); dumps are streamed, so this is about time. */
  maxInputBytes: number;
  /** Most bytes of one page or text file, which is read whole. */
  maxDocumentBytes: number;
  /** Most bytes of one feed, which is parsed whole. */
  maxFeedBytes: number;
  /** Longest JSONL line or CSV record, in characters. */
  maxRecordChars: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxInputBytes: 8 * 1024 ** 3,
  maxDocumentBytes: 32 * 1024 ** 2,
  maxFeedBytes: 64 * 1024 ** 2,
  maxRecordChars: 16 * 1024 ** 2,
};

export interface ReadOptions {
  /** --published: the date for texts (before their dateline's); a fallback for the other kinds. */
  published?: string | null;
  /** --map: our field → the dump's column or key. */
  map?: FieldMap;
  /** --allow-private: let URLs reach private, loopback and link-local addresses. */
  allowPrivate?: boolean;
  /** Forces a text encoding (a BOM still wins). */
  encoding?: string | null;
  /** What "-" reads; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array>;
  limits?: Partial<ReadLimits>;
  fetch?: Omit<FetchOptions, 'allowPrivate'>;
}
