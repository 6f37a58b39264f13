import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Article } from '../model/article.js';
import { OnrecordError, describeError } from '../errors.js';
import { charsetFromContentType, decodeText } from './decode-text.js';
import { type SourceKind, kindFromContentType, kindFromName, sniffKind } from './detect-kind.js';
import { type FetchOptions, openUrl } from './fetch-url.js';
import { collectBytes, inflateChunks, looksBinary } from './inflate-chunks.js';
import { readCsv, readJsonl } from './read-dumps.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { type FieldMap, readRecord } from './read-record.js';
import { readText } from './read-text.js';
import { walkFiles } from './walk-files.js';

export { readHtml } from './read-html.js';
export { readText } from './read-text.js';
export { readFeed } from './read-feed.js';
export { parseFieldMap, type FieldMap } from './read-record.js';
export { detectLanguage } from './language.js';
export { openUrl, fetchUrl, type FetchOptions } from './fetch-url.js';

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

interface StreamContext {
  name: string;
  /** The kind the name, path or Content-Type announces; sniffed from the bytes when absent. */
  kind: SourceKind | null;
  url?: string | null;
  contentType?: string | null;
}

function asError(error: unknown, name: string): OnrecordError {
  if (error instanceof OnrecordError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return new OnrecordError('INPUT_NOT_FOUND', `Cannot read "${name}": no such file or directory`, {
      cause: error,
    });
  return new OnrecordError('INPUT_UNREADABLE', `Cannot read "${name}": ${describeError(error)}`, {
    cause: error,
  });
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer>): AsyncGenerator<Buffer> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

async function* readStream(
  raw: AsyncIterable<Uint8Array>,
  context: StreamContext,
  options: ReadOptions,
): AsyncGenerator<ReadItem> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const { name } = context;
  const iterator = inflateChunks(raw, name, { maxBytes: limits.maxInputBytes });
  try {
    const first = await iterator.next();
    if (first.done) {
      yield {
        ok: false,
        source: name,
        skipped: true,
        error: new OnrecordError('INPUT_INVALID', `Skipped "${name}": it is empty`),
      };
      return;
    }
    if (looksBinary(first.value)) {
      yield {
        ok: false,
        source: name,
        skipped: true,
        error: new OnrecordError('INPUT_BINARY', `Skipped "${name}": a binary file, not text`),
      };
      return;
    }
    const kind = context.kind ?? sniffKind(first.value);
    const chunks = prepend(first.value, iterator);
    const dumpOptions = {
      name,
      map: options.map,
      published: options.published,
      // a dump has no markup to declare its charset; an HTTP header may
      encoding: options.encoding ?? charsetFromContentType(context.contentType),
      maxRecordChars: limits.maxRecordChars,
    };
    if (kind === 'jsonl') {
      yield* readJsonl(chunks, dumpOptions);
      return;
    }
    if (kind === 'csv') {
      yield* readCsv(chunks, dumpOptions);
      return;
    }
    const bytes = await collectBytes(
      chunks,
      name,
      kind === 'feed' ? limits.maxFeedBytes : limits.maxDocumentBytes,
    );
    const { text } = decodeText(bytes, {
      contentType: context.contentType,
      markup: kind === 'html' || kind === 'feed',
      encoding: options.encoding,
    });
    yield* readDocument(text, kind, context, options);
  } catch (error) {
    yield { ok: false, source: name, error: asError(error, name) };
  } finally {
    await iterator.return(undefined);
  }
}

function* readDocument(
  text: string,
  kind: SourceKind,
  context: StreamContext,
  options: ReadOptions,
): Generator<ReadItem> {
  const { name } = context;
  if (kind === 'html') {
    yield {
      ok: true,
      article: readHtml(text, { url: context.url ?? null, source: name, published: options.published }),
    };
  } else if (kind === 'feed') {
    for (const entry of readFeed(text, { source: name, published: options.published })) {
      yield entry.ok ? entry : { ok: false, source: `${name}#${entry.item}`, error: entry.error };
    }
  } else if (kind === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new OnrecordError(
        'INPUT_INVALID',
        `Cannot read "${name}": invalid JSON (${(error as Error).message})`,
        { cause: error },
      );
    }
    const records = Array.isArray(value) ? value : [value];
    for (const [index, record] of records.entries()) {
      const source = `${name}#${index + 1}`;
      if (!record || typeof record !== 'object' || Array.isArray(record)) {
        yield {
          ok: false,
          source,
          error: new OnrecordError('INPUT_INVALID', `Cannot read "${source}": not a JSON object`),
        };
        continue;
      }
      try {
        yield {
          ok: true,
          article: readRecord(record as Record<string, unknown>, {
            source,
            map: options.map,
            published: options.published,
          }),
        };
      } catch (error) {
        yield { ok: false, source, error: asError(error, source) };
      }
    }
  } else {
    if (!text.trim()) {
      yield {
        ok: false,
        source: name,
        skipped: true,
        error: new OnrecordError('INPUT_INVALID', `Skipped "${name}": no text`),
      };
      return;
    }
    yield {
      ok: true,
      article: readText(text, { source: name, published: options.published, url: context.url ?? null }),
    };
  }
}

async function* readFile(path: string, options: ReadOptions, inDirectory: boolean): AsyncGenerator<ReadItem> {
  const named = kindFromName(path);
  if (inDirectory && named === null) {
    yield {
      ok: false,
      source: path,
      skipped: true,
      error: new OnrecordError(
        'INPUT_INVALID',
        `Skipped "${path}": not a kind onrecord reads (.txt, .html, .xml/.rss/.atom, .jsonl, .csv, .json, or .gz of them)`,
      ),
    };
    return;
  }
  yield* readStream(
    createReadStream(path, { highWaterMark: 64 * 1024 }),
    { name: path, kind: named ?? null },
    options,
  );
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let opened;
  try {
    opened = await openUrl(url, { ...options.fetch, allowPrivate: options.allowPrivate });
  } catch (error) {
    yield { ok: false, source: url, error: asError(error, url) };
    return;
  }
  const kind = kindFromContentType(opened.contentType) ?? kindFromName(opened.url) ?? null;
  yield* readStream(
    opened.chunks,
    { name: url, kind, url: opened.url, contentType: opened.contentType },
    options,
  );
}

/**
 * Reads every input (files, directories recursively in sorted order, "-" for stdin, http(s) URLs) as a
 * stream of articles. Nothing is held beyond the current document or record, and a broken input or
 * record is yielded as an error item: it never ends the batch.
 */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield* readStream(options.stdin ?? process.stdin, { name: 'stdin', kind: null }, options);
      continue;
    }
    if (/^https?:\/\//i.test(input)) {
      yield* readUrl(input, options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield { ok: false, source: input, error: asError(error, input) };
      continue;
    }
    if (info.isDirectory()) {
      try {
        for await (const path of walkFiles(input)) yield* readFile(path, options, true);
      } catch (error) {
        yield { ok: false, source: input, error: asError(error, input) };
      }
    } else {
      yield* readFile(input, options, false);
    }
  }
}
