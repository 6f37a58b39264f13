import type { StatementRecord } from '../../model/ledger.js';
import type { Page, StatementQuery } from '../store.js';
import type { PeopleRules } from '../people-rules.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { findPersonIds, clampLimit } from './people-queries.js';
import { followRedirects } from './resolve-person.js';
import {
  PRIMARY_ONLY,
  STATEMENT_SELECT,
  decodeCursor,
  encodeCursor,
  statementFromRow,
  type StatementRow,
} from './rows.js';

/**
 * FTS5 query from what a user types: words become quoted terms (all required), "quoted phrases" stay
 * phrases; FTS5 operators in the input are never interpreted, so no input is a syntax error.
 */
export function toFtsQuery(text: string): string | null {
  const terms: string[] = [];
  const phrase = /"([^"]*)"/g;
  let rest = text;
  for (const match of text.matchAll(phrase)) {
    const words = match[1].match(/[\p{L}\p{N}]+/gu);
    if (words) terms.push(`"${words.join(' ')}"`);
  }
  rest = text.replace(phrase, ' ');
  for (const word of rest.match(/[\p{L}\p{N}]+/gu) ?? []) terms.push(`"${word}"`);
  return terms.length ? terms.join(' ') : null;
}

/** Statements oldest first (undated last): the default listing, and what shifts are read in. */
const DATE_ORDER = `s.said_sort NULLS LAST, s.seq`;

/**
 * Ranked full-text search and filtered listings. Syndicated copies of one quote are shown once (the
 * earliest stored), with the number of other sightings, except when listing one article.
 */
export async function searchStatementsIn(
  db: SqlExecutor,
  query: StatementQuery,
  rules: PeopleRules,
): Promise<Page<StatementRecord>> {
  const limit = clampLimit(query.limit, 50);
  const offset = decodeCursor(query.cursor);
  const where: string[] = [];
  const params: SqlValue[] = [];
  let join = '';
  let rank: string | null = null;
  const rankParams: SqlValue[] = [];

  if (query.q && query.q.trim()) {
    if (db.dialect === 'sqlite') {
      const fts = toFtsQuery(query.q);
      if (fts) {
        join = ` JOIN statements_fts f ON f.rowid = s.seq`;
        where.push(`statements_fts MATCH ?`);
        params.push(fts);
        rank = `bm25(statements_fts, 1.0, 0.4)`;
      }
    } else {
      where.push(`s.search @@ websearch_to_tsquery('english', ?)`);
      params.push(query.q);
      rank = `-ts_rank(s.search, websearch_to_tsquery('english', ?))`;
      rankParams.push(query.q);
    }
  }
  if (query.articleId) {
    where.push(`s.article_id = ?`);
    params.push(query.articleId);
  } else {
    where.push(PRIMARY_ONLY);
  }
  if (query.speakerId) {
    where.push(`s.person_id = ?`);
    params.push(await followRedirects(db, query.speakerId));
  }
  if (query.speaker && query.speaker.trim()) {
    const ids = await findPersonIds(db, query.speaker.trim(), rules);
    if (ids.length) {
      where.push(`s.person_id IN (${ids.map(() => '?').join(', ')})`);
      params.push(...ids);
    } else {
      where.push(`lower(s.speaker_name) = lower(?)`);
      params.push(query.speaker.trim());
    }
  }
  if (query.topic) {
    where.push(`s.id IN (SELECT statement_id FROM statement_topics WHERE topic = ?)`);
    params.push(query.topic);
  }
  if (query.outlet) {
    where.push(`lower(a.outlet) = lower(?)`);
    params.push(query.outlet);
  }
  if (query.kind) {
    where.push(`s.kind = ?`);
    params.push(query.kind);
  }
  if (query.from) {
    where.push(`s.said_sort >= ?`);
    params.push(query.from);
  }
  if (query.to) {
    where.push(`s.said_sort <= ?`);
    params.push(query.to);
  }

  const order = query.order ?? (rank ? 'relevance' : query.articleId ? 'article' : 'date');
  const orderBy =
    order === 'relevance' && rank
      ? `${rank}, s.seq`
      : order === 'date-desc'
        ? `s.said_sort DESC NULLS LAST, s.seq DESC`
        : order === 'article'
          ? `s.ordinal`
          : query.articleId
            ? `s.ordinal`
            : DATE_ORDER;
  const from = ` FROM statements s JOIN articles a ON a.id = s.article_id${join}`;
  const filter = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const orderParams = order === 'relevance' && rank ? rankParams : [];
  const rows = await db.all<StatementRow>(
    `SELECT ${STATEMENT_SELECT}${from}${filter} ORDER BY ${orderBy} LIMIT ? OFFSET ?`,
    [...params, ...orderParams, limit + 1, offset],
  );
  const total = await db.get<{ total: number | string }>(`SELECT COUNT(*) AS total${from}${filter}`, params);
  return {
    items: rows.slice(0, limit).map(statementFromRow),
    nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null,
    total: Number(total?.total ?? 0),
  };
}

/**
 * searchStatementsIn's date listing of each person (`speakerId`, order 'date', every page) for many
 * people in one query: the same filter and order, grouped by person.
 */
export async function statementsByPersonIn(
  db: SqlExecutor,
  personIds: string[],
): Promise<Map<string, StatementRecord[]>> {
  const byPerson = new Map<string, StatementRecord[]>();
  const asked = new Map<string, string[]>();
  for (const personId of personIds) {
    const id = await followRedirects(db, personId);
    asked.set(id, [...(asked.get(id) ?? []), personId]);
  }
  const ids = [...asked.keys()];
  for (let start = 0; start < ids.length; start += 200) {
    const part = ids.slice(start, start + 200);
    const rows = await db.all<StatementRow>(
      `SELECT ${STATEMENT_SELECT} FROM statements s JOIN articles a ON a.id = s.article_id
        WHERE ${PRIMARY_ONLY} AND s.person_id IN (${part.map(() => '?').join(', ')})
        ORDER BY s.person_id, ${DATE_ORDER}`,
      part,
    );
    const found = new Map<string, StatementRecord[]>(part.map((id) => [id, []]));
    for (const row of rows) found.get(row.person_id!)!.push(statementFromRow(row));
    for (const [id, statements] of found)
      for (const personId of asked.get(id)!) byPerson.set(personId, statements);
  }
  return byPerson;
}

export async function getStatementIn(db: SqlExecutor, id: string): Promise<StatementRecord | null> {
  const row = await db.get<StatementRow>(
    `SELECT ${STATEMENT_SELECT} FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?`,
    [id],
  );
  return row ? statementFromRow(row) : null;
}
