import type { StatementRecord } from '../model/ledger.js';
import type { Page, StatementQuery, Store } from './store.js';

/** Flat columns of a statement for CSV and terminal listings (search, quotes, export). */
export const STATEMENT_COLUMNS = [
  'id',
  'said_from',
  'said_to',
  'said_basis',
  'speaker',
  'person_id',
  'person',
  'title',
  'kind',
  'quote',
  'cue',
  'venue',
  'confidence',
  'published',
  'outlet',
  'article_id',
  'article_title',
  'start',
  'end',
  'sightings',
] as const;

export function statementColumns(statement: StatementRecord, personName: string | null): string[] {
  return [
    statement.id,
    statement.saidOn?.from ?? '',
    statement.saidOn?.to ?? '',
    statement.saidOn?.basis ?? '',
    statement.speaker.name,
    statement.personId ?? '',
    personName ?? '',
    statement.speaker.title ?? '',
    statement.kind,
    statement.quote.text,
    statement.cue?.text ?? '',
    statement.venue?.text ?? '',
    String(statement.confidence),
    statement.published ?? '',
    statement.outlet ?? '',
    statement.articleId,
    statement.articleTitle ?? '',
    String(statement.quote.start),
    String(statement.quote.end),
    String(statement.sightings),
  ];
}

/** RFC 4180: quote a field that holds a comma, quote, CR or LF; double the quotes inside. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',')}\r\n`;
}

/** Every page of a query, lazily, so an export never holds the whole record. */
export async function* allStatements(store: Store, query: StatementQuery): AsyncGenerator<StatementRecord> {
  let cursor: string | null = null;
  do {
    const page: Page<StatementRecord> = await store.searchStatements({ ...query, limit: 500, cursor });
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Person names by id, fetched once each. */
export function personNames(store: Store): (id: string | null) => Promise<string | null> {
  const cache = new Map<string, string | null>();
  return async (id) => {
    if (!id) return null;
    if (!cache.has(id)) cache.set(id, (await store.getPerson(id))?.name ?? null);
    return cache.get(id) ?? null;
  };
}

/** "2024-11-29", "2024-11-24..2024-11-29", "before 2024-11-30", or the publication date. */
export function formatSaidOn(statement: StatementRecord): string {
  const saidOn = statement.saidOn;
  if (!saidOn) return statement.published ? `${statement.published.slice(0, 10)}*` : 'undated';
  if (saidOn.basis === 'before') return `before ${saidOn.to}`;
  if (saidOn.from && saidOn.to && saidOn.from !== saidOn.to) return `${saidOn.from}..${saidOn.to}`;
  return saidOn.from || saidOn.to;
}

/**
 * `onrecord search … | head`: when the reader goes away, stop caring about output instead of crashing
 * with an unhandled EPIPE; the command finishes quietly, as Unix tools do.
 */
const guarded = new WeakSet<NodeJS.WritableStream>();

export function ignoreClosedPipe(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
