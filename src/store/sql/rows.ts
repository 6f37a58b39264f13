import { hash as digest } from 'node:crypto';
import type { Article } from '../../model/article.js';
import type { ClaimFrame, StatementRecord } from '../../model/ledger.js';
import type { Statement } from '../../model/statement.js';

/** Row shapes and their mapping to records; JSON columns are TEXT on both backends. */
export interface StatementRow {
  seq: number | string;
  id: string;
  article_id: string;
  ordinal: number;
  kind: Statement['kind'];
  quote_start: number;
  quote_end: number;
  quote_text: string;
  parts: string | null;
  speaker_name: string;
  speaker_kind: Statement['speaker']['kind'];
  speaker_title: string | null;
  mention_start: number | null;
  mention_end: number | null;
  mention_text: string | null;
  cue: string | null;
  venue: string | null;
  said_from: string | null;
  said_to: string | null;
  said_text: string | null;
  said_basis: NonNullable<Statement['saidOn']>['basis'] | null;
  confidence: number;
  person_id: string | null;
  frame: string | null;
  published_day: string | null;
  outlet: string | null;
  title: string | null;
  sightings: number | string;
}

/** The statement columns plus what listings need from the article and the sighting group. */
export const STATEMENT_SELECT = `s.seq, s.id, s.article_id, s.ordinal, s.kind, s.quote_start, s.quote_end, s.quote_text,
  s.parts, s.speaker_name, s.speaker_kind, s.speaker_title, s.mention_start, s.mention_end, s.mention_text,
  s.cue, s.venue, s.said_from, s.said_to, s.said_text, s.said_basis, s.confidence, s.person_id, s.frame,
  a.published_day, a.outlet, a.title,
  (SELECT COUNT(*) FROM statements g WHERE g.person_id = s.person_id AND g.fingerprint = s.fingerprint) AS sightings`;

/** A statement is the primary of its sighting group when no earlier row carries the same quote. */
export const PRIMARY_ONLY = `(s.person_id IS NULL OR NOT EXISTS (
  SELECT 1 FROM statements e WHERE e.person_id = s.person_id AND e.fingerprint = s.fingerprint AND e.seq < s.seq))`;

export function statementFromRow(row: StatementRow): StatementRecord {
  const statement: StatementRecord = {
    id: row.id,
    articleId: row.article_id,
    kind: row.kind,
    quote: { start: Number(row.quote_start), end: Number(row.quote_end), text: row.quote_text },
    speaker: {
      name: row.speaker_name,
      kind: row.speaker_kind,
      mention:
        row.mention_text === null
          ? null
          : { start: Number(row.mention_start), end: Number(row.mention_end), text: row.mention_text },
    },
    cue: parseJson(row.cue),
    venue: parseJson(row.venue),
    saidOn:
      row.said_basis === null
        ? null
        : {
            from: row.said_from ?? '',
            to: row.said_to ?? '',
            text: row.said_text ?? '',
            basis: row.said_basis,
          },
    confidence: Number(row.confidence),
    personId: row.person_id,
    published: row.published_day,
    outlet: row.outlet,
    articleTitle: row.title,
    frame: parseJson<ClaimFrame>(row.frame),
    sightings: Math.max(0, Number(row.sightings ?? 1) - 1),
  };
  const parts = parseJson<Statement['parts']>(row.parts);
  if (parts) statement.parts = parts;
  if (row.speaker_title !== null) statement.speaker.title = row.speaker_title;
  return statement;
}

export function parseJson<T>(value: string | null | undefined): T | null {
  if (value === null || value === undefined || value === '') return null;
  return JSON.parse(value) as T;
}

export function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export function hash(value: string, length = 64): string {
  // The one-shot digest: a Hash object per call cost more than hashing a statement id's few bytes.
  return digest('sha256', value, 'hex').slice(0, length);
}

const ARTICLE_COLUMNS = new Set([
  'id',
  'text',
  'title',
  'published',
  'url',
  'outlet',
  'byline',
  'dateline',
  'captions',
  'language',
  'source',
]);

/** Article fields with no column of their own (summaryOnly, and any added later), kept as JSON. */
export function articleExtra(article: Article): Record<string, unknown> | null {
  const entries = Object.entries(article).filter(
    ([key, value]) => !ARTICLE_COLUMNS.has(key) && value !== undefined,
  );
  return entries.length ? Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b))) : null;
}

/** What makes an article "the same content": its text and metadata, not where it was read from. */
export function contentHashOf(article: Article): string {
  const extra = articleExtra(article);
  return hash(
    JSON.stringify([
      ...(extra ? [extra] : []),
      article.text,
      article.title ?? null,
      article.published ?? null,
      article.url ?? null,
      article.outlet ?? null,
      article.byline ?? null,
      article.dateline ?? null,
      article.captions ?? [],
      article.language ?? null,
    ]),
  );
}

/** The key an article is found by on re-ingest: its canonical URL, else its own id (else content hash). */
export function articleKeyOf(article: Article): string {
  if (article.url) return `url:${normalizeUrl(article.url)}`;
  return `id:${article.id || contentHashOf(article)}`;
}

function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.hostname = parsed.hostname.toLowerCase();
    let text = parsed.toString();
    if (text.endsWith('/') && parsed.pathname !== '/') text = text.slice(0, -1);
    return text;
  } catch {
    return url.trim();
  }
}

/** YYYY-MM-DD of an ISO date or timestamp, else null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (match) return match[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return match ? Number(match[1]) : 0;
}
