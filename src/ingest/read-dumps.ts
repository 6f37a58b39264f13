import type { Article } from '../model/article.js';
import { OnrecordError } from '../errors.js';
import { createStreamDecoder } from './decode-text.js';
import { CsvParser } from './parse-csv.js';
import { type FieldMap, readRecord } from './read-record.js';
import { splitLines } from './split-lines.js';

export type DumpItem =
  | { ok: true; article: Article }
  | { ok: false; source: string; line?: number; error: OnrecordError; skipped?: boolean };

export interface DumpOptions {
  /** The input's name, for sources and messages. */
  name: string;
  map?: FieldMap;
  published?: string | null;
  encoding?: string | null;
  /** Longest JSONL line or CSV record, in characters. */
  maxRecordChars: number;
}

/** Decodes a byte stream chunk by chunk (encoding from the BOM, else forced, else UTF-8). */
export async function* decodeChunks(
  chunks: AsyncIterable<Buffer>,
  encoding?: string | null,
): AsyncGenerator<string> {
  let decoder: ReturnType<typeof createStreamDecoder> | null = null;
  for await (const chunk of chunks) {
    decoder ??= createStreamDecoder(chunk, encoding);
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}

function recordItem(record: Record<string, unknown>, line: number, options: DumpOptions): DumpItem {
  const source = `${options.name}:${line}`;
  try {
    return {
      ok: true,
      article: readRecord(record, { source, map: options.map, published: options.published }),
    };
  } catch (error) {
    const wrapped =
      error instanceof OnrecordError
        ? error
        : new OnrecordError('INPUT_INVALID', `Cannot read "${source}": ${(error as Error).message}`, {
            cause: error,
          });
    // a record with no text at all (a title-only wire brief) is skipped, not failed
    const skipped = wrapped.code === 'INPUT_INVALID' && /no "[^"]+" field with text/.test(wrapped.message);
    return { ok: false, source: options.name, line, error: wrapped, skipped };
  }
}

/** One article per JSON line; a bad line is an error item with its line number, and reading goes on. */
export async function* readJsonl(
  chunks: AsyncIterable<Buffer>,
  options: DumpOptions,
): AsyncGenerator<DumpItem> {
  for await (const entry of splitLines(decodeChunks(chunks, options.encoding), {
    maxLineChars: options.maxRecordChars,
  })) {
    const fail = (message: string, cause?: unknown): DumpItem => ({
      ok: false,
      source: options.name,
      line: entry.line,
      error: new OnrecordError(
        'INPUT_INVALID',
        `Cannot read "${options.name}" line ${entry.line}: ${message}`,
        { cause },
      ),
    });
    if (entry.tooLong) {
      yield fail(`longer than ${options.maxRecordChars} characters`);
      continue;
    }
    if (!entry.text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(entry.text);
    } catch (error) {
      yield fail(`invalid JSON (${(error as Error).message})`, error);
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield fail('not a JSON object');
      continue;
    }
    yield recordItem(value as Record<string, unknown>, entry.line, options);
  }
}

const TEXT_COLUMNS = ['text', 'body', 'content', 'articleBody', 'article'];

/**
 * One article per CSV row, columns named by the header row (id, title, text, published, url, outlet, or
 * others through `map`). A broken row is an error item with its line; the rest continue.
 */
export async function* readCsv(
  chunks: AsyncIterable<Buffer>,
  options: DumpOptions,
): AsyncGenerator<DumpItem> {
  const parser = new CsvParser({ maxRecordChars: options.maxRecordChars });
  let header: string[] | null = null;
  const decoded = decodeChunks(chunks, options.encoding);
  async function* records() {
    for await (const text of decoded) yield* parser.push(text);
    yield* parser.end();
  }
  for await (const record of records()) {
    if ('error' in record) {
      yield {
        ok: false,
        source: options.name,
        line: record.line,
        error: new OnrecordError(
          'INPUT_INVALID',
          `Cannot read "${options.name}" line ${record.line}: ${record.error}`,
        ),
      };
      if (!header) return;
      continue;
    }
    if (!header) {
      header = record.fields.map((field) => field.trim());
      const textColumn = options.map?.text;
      if (
        textColumn ? !header.includes(textColumn) : !TEXT_COLUMNS.some((column) => header?.includes(column))
      ) {
        yield {
          ok: false,
          source: options.name,
          error: new OnrecordError(
            'INPUT_INVALID',
            `Cannot read "${options.name}": the header has no ${textColumn ? `"${textColumn}"` : '"text"'} column (columns: ${header.join(', ')}; use --map text=COLUMN)`,
          ),
        };
        return;
      }
      continue;
    }
    if (record.fields.length !== header.length) {
      yield {
        ok: false,
        source: options.name,
        line: record.line,
        error: new OnrecordError(
          'INPUT_INVALID',
          `Cannot read "${options.name}" line ${record.line}: expected ${header.length} fields, got ${record.fields.length}`,
        ),
      };
      continue;
    }
    const object: Record<string, unknown> = {};
    header.forEach((column, index) => {
      object[column] = record.fields[index];
    });
    yield recordItem(object, record.line, options);
  }
}
