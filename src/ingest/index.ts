import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { OnrecordError } from '../errors.js';
import { kindFromContentType, kindFromName } from './detect-kind.js';
import { openUrl } from './fetch-url.js';
import type { ReadItem, ReadOptions } from './read-options.js';
import { asError, readStream } from './read-stream.js';
import { walkFiles } from './walk-files.js';

export { readHtml } from './read-html.js';
export { readText } from './read-text.js';
export { readFeed } from './read-feed.js';
export { parseFieldMap, type FieldMap } from './read-record.js';
export { detectLanguage } from './language.js';
export { openUrl, fetchUrl, type FetchOptions } from './fetch-url.js';
export { DEFAULT_LIMITS, type ReadItem, type ReadLimits, type ReadOptions } from './read-options.js';

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
