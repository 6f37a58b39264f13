import type { Article } from '../model/article.js';
import { OnrecordError } from '../errors.js';
import { normalizeNewlines } from './decode-text.js';
import { normalizeDate } from './normalize-date.js';
import { readText } from './read-text.js';

export type ArticleField = 'id' | 'title' | 'text' | 'published' | 'url' | 'outlet' | 'byline';

/** Our field → the dump's column or key, e.g. { text: 'body', published: 'date' }. */
export type FieldMap = Partial<Record<ArticleField, string>>;

/** Names dumps commonly use, tried in order when the map does not say. */
const ALIASES: Record<ArticleField, string[]> = {
  id: ['id', 'guid', 'uuid'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content', 'articleBody', 'article'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'datePublished', 'pubDate', 'timestamp'],
  url: ['url', 'link', 'canonical_url'],
  outlet: ['outlet', 'publisher', 'site', 'source_name', 'domain'],
  byline: ['byline', 'author', 'authors'],
};

/** Parses "text=body,published=date" (the --map option) into a FieldMap. */
export function parseFieldMap(spec: string): FieldMap {
  const map: FieldMap = {};
  for (const pair of spec.split(',')) {
    if (!pair.trim()) continue;
    const [field, column] = pair.split('=').map((part) => part?.trim());
    if (!field || !column || !(field in ALIASES)) {
      throw new OnrecordError(
        'USAGE',
        `--map expects field=column pairs for ${Object.keys(ALIASES).join(', ')}; got "${pair}"`,
      );
    }
    map[field as ArticleField] = column;
  }
  return map;
}

function pick(record: Record<string, unknown>, field: ArticleField, map: FieldMap): unknown {
  const mapped = map[field];
  if (mapped) return record[mapped];
  for (const key of ALIASES[field]) {
    if (record[key] !== undefined && record[key] !== null && record[key] !== '') return record[key];
  }
  return undefined;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() ? value : null;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) {
    const list = value.filter((entry) => typeof entry === 'string');
    return list.length ? list.join(', ') : null;
  }
  return null;
}

/**
 * Turns one dump record (a JSONL object or a CSV row keyed by header) into an Article. A record without
 * text throws INPUT_INVALID naming the record; the caller reports it and goes on.
 */
export function readRecord(
  record: Record<string, unknown>,
  options: { source: string; map?: FieldMap; published?: string | null },
): Article {
  const map = options.map ?? {};
  const rawText = pick(record, 'text', map);
  if (typeof rawText !== 'string' || !rawText.trim()) {
    const key = map.text ?? 'text';
    throw new OnrecordError(
      'INPUT_INVALID',
      `Cannot read "${options.source}": no "${key}" field with text${rawText === undefined ? '' : ` (got ${rawText === null ? 'null' : typeof rawText})`}`,
    );
  }
  const text = normalizeNewlines(rawText);
  const published = normalizeDate(pick(record, 'published', map)) ?? options.published ?? null;
  return readText(text, {
    source: options.source,
    published,
    id: asString(pick(record, 'id', map)),
    title: asString(pick(record, 'title', map)),
    url: asString(pick(record, 'url', map)),
    outlet: asString(pick(record, 'outlet', map)),
    byline: asString(pick(record, 'byline', map)),
  });
}
