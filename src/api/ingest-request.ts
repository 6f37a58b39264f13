import { OnrecordError } from '../errors.js';
import type { SaveArticleResult } from '../store/store.js';

/** One article to ingest over HTTP: exactly one of text, html or url. */
export interface IngestRequest {
  text?: string;
  html?: string;
  url?: string;
  id?: string;
  title?: string;
  published?: string;
  outlet?: string;
}

/** Runs the ingest pipeline for one article (reader → extract → store, shifts recomputed). */
export type IngestOne = (request: IngestRequest) => Promise<SaveArticleResult>;

const FIELDS = ['text', 'html', 'url', 'id', 'title', 'published', 'outlet'] as const;

/** Reads the body of POST /api/ingest: JSON, or a raw text/plain or text/html body. */
export async function readIngestRequest(request: Request): Promise<IngestRequest> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/plain') return validate({ text: await request.text() });
  if (type === 'text/html') return validate({ html: await request.text() });
  if (type !== 'application/json') {
    throw new OnrecordError(
      'INPUT_INVALID',
      `POST /api/ingest takes application/json, text/plain or text/html, got "${type || 'no content type'}"`,
    );
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch (error) {
    throw new OnrecordError('INPUT_INVALID', 'POST /api/ingest: the body is not valid JSON', {
      cause: error,
    });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new OnrecordError('INPUT_INVALID', 'POST /api/ingest: the body must be a JSON object');
  }
  const input: IngestRequest = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new OnrecordError(
        'INPUT_INVALID',
        `POST /api/ingest: unknown field "${key}" (accepted: ${FIELDS.join(', ')})`,
      );
    }
    if (typeof value !== 'string') {
      throw new OnrecordError('INPUT_INVALID', `POST /api/ingest: field "${key}" must be a string`);
    }
    input[key as (typeof FIELDS)[number]] = value;
  }
  return validate(input);
}

function validate(input: IngestRequest): IngestRequest {
  const given = (['text', 'html', 'url'] as const).filter((key) => input[key] !== undefined);
  if (given.length !== 1) {
    throw new OnrecordError('INPUT_INVALID', 'POST /api/ingest: give exactly one of "text", "html" or "url"');
  }
  if ((input.text ?? input.html ?? input.url ?? '').trim() === '') {
    throw new OnrecordError('INPUT_INVALID', `POST /api/ingest: "${given[0]}" is empty`);
  }
  if (input.url !== undefined && !/^https?:\/\//i.test(input.url)) {
    throw new OnrecordError(
      'INPUT_INVALID',
      `POST /api/ingest: "url" must be http(s), got "${input.url.slice(0, 100)}"`,
    );
  }
  if (input.published !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(input.published)) {
    throw new OnrecordError(
      'INPUT_INVALID',
      `POST /api/ingest: "published" must start with YYYY-MM-DD, got "${input.published}"`,
    );
  }
  return input;
}

export async function readMergeRequest(request: Request): Promise<{ keep: string; merge: string }> {
  let body: unknown;
  try {
    body = await request.json();
  } catch (error) {
    throw new OnrecordError('INPUT_INVALID', 'POST /api/people/merge: the body is not valid JSON', {
      cause: error,
    });
  }
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof record.keep !== 'string' || typeof record.merge !== 'string' || !record.keep || !record.merge) {
    throw new OnrecordError(
      'INPUT_INVALID',
      'POST /api/people/merge: the body must be {"keep": personId, "merge": personId}',
    );
  }
  if (record.keep === record.merge) {
    throw new OnrecordError(
      'INPUT_INVALID',
      'POST /api/people/merge: "keep" and "merge" are the same person',
    );
  }
  return { keep: record.keep, merge: record.merge };
}
