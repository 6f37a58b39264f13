import { OnrecordError, describeError } from '../errors.js';
import { charsetFromContentType, decodeText } from './decode-text.js';
import { type SourceKind, sniffKind } from './detect-kind.js';
import { collectBytes, inflateChunks, looksBinary } from './inflate-chunks.js';
import { readCsv, readJsonl } from './read-dumps.js';
import { readFeed } from './read-feed.js';
import { readHtml } from './read-html.js';
import { DEFAULT_LIMITS, type ReadItem, type ReadOptions } from './read-options.js';
import { readRecord } from './read-record.js';
import { readText } from './read-text.js';

export interface StreamContext {
  name: string;
  /** The kind the name, path or Content-Type announces; sniffed from the bytes when absent. */
  kind: SourceKind | null;
  url?: string | null;
  contentType?: string | null;
}

export function asError(error: unknown, name: string): OnrecordError {
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

/** Reads one input's bytes (a file, stdin or an HTTP body): gunzipped, sniffed, decoded, parsed. */
export async function* readStream(
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
