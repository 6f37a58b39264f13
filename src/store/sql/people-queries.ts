import { randomUUID } from 'node:crypto';
import { OnrecordError } from '../../errors.js';
import type { Person, PersonTitle } from '../../model/ledger.js';
import type { Page, PeopleQuery, PersonSummary } from '../store.js';
import { aliasKey, type PeopleRules } from '../people-rules.js';
import type { SqlExecutor } from './driver.js';
import { createPerson, followRedirects, recordTitle } from './resolve-person.js';
import { decodeCursor, encodeCursor } from './rows.js';

interface SummaryRow {
  id: string;
  name: string;
  kind: Person['kind'];
  title: string | null;
  statements: number | string;
  articles: number | string;
}

// A person's statement count is the number of distinct quotes (syndicated copies count once).
const SUMMARY_SELECT = `SELECT p.id, p.name, p.kind,
    (SELECT t.title FROM person_titles t WHERE t.person_id = p.id
      ORDER BY t.seen DESC, t.last_seen DESC NULLS LAST, t.title LIMIT 1) AS title,
    st.statements, st.articles
  FROM people p
  JOIN (SELECT person_id, COUNT(DISTINCT fingerprint) AS statements, COUNT(DISTINCT article_id) AS articles
          FROM statements WHERE person_id IS NOT NULL GROUP BY person_id) st ON st.person_id = p.id`;

function summaryFromRow(row: SummaryRow): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    title: row.title,
    statements: Number(row.statements),
    articles: Number(row.articles),
  };
}

export async function listPeopleIn(db: SqlExecutor, query: PeopleQuery = {}): Promise<Page<PersonSummary>> {
  const limit = clampLimit(query.limit, 50);
  const offset = decodeCursor(query.cursor);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (query.q && aliasKey(query.q)) {
    where.push(`p.id IN (SELECT person_id FROM person_aliases WHERE alias_key LIKE ?)`);
    params.push(`%${aliasKey(query.q)}%`);
  }
  const filter = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const rows = await db.all<SummaryRow>(
    `${SUMMARY_SELECT}${filter} ORDER BY st.statements DESC, p.name, p.id LIMIT ? OFFSET ?`,
    [...params, limit + 1, offset],
  );
  const total = await db.get<{ total: number | string }>(
    `SELECT COUNT(*) AS total FROM (${SUMMARY_SELECT}${filter}) x`,
    params,
  );
  return {
    items: rows.slice(0, limit).map(summaryFromRow),
    nextCursor: rows.length > limit ? encodeCursor(offset + limit) : null,
    total: Number(total?.total ?? 0),
  };
}

export async function summariesFor(db: SqlExecutor, ids: string[]): Promise<PersonSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.all<SummaryRow>(
    `${SUMMARY_SELECT} WHERE p.id IN (${ids.map(() => '?').join(', ')}) ORDER BY st.statements DESC, p.name`,
    ids,
  );
  return rows.map(summaryFromRow);
}

/** People a typed name means: exact id or alias first; only when none, anyone sharing a lookup key. */
export async function findPersonIds(db: SqlExecutor, name: string, rules: PeopleRules): Promise<string[]> {
  const key = aliasKey(name);
  const exact = await db.all<{ id: string }>(
    `SELECT id FROM people WHERE id = ?
     UNION SELECT to_id AS id FROM person_redirects WHERE from_id = ?
     UNION SELECT person_id AS id FROM person_aliases WHERE alias_key = ?`,
    [name, name, key],
  );
  if (exact.length > 0) return [...new Set(exact.map((row) => row.id))];
  const keys = [...new Set([...rules.personKeys(name, 'person'), ...rules.personKeys(name, 'organization')])];
  if (keys.length === 0) return [];
  const rows = await db.all<{ id: string }>(
    `SELECT DISTINCT person_id AS id FROM person_keys WHERE lookup_key IN (${keys.map(() => '?').join(', ')})`,
    keys,
  );
  return rows.map((row) => row.id);
}

export async function getPersonIn(db: SqlExecutor, id: string): Promise<Person | null> {
  const personId = await followRedirects(db, id);
  const row = await db.get<{ id: string; name: string; kind: Person['kind'] }>(
    `SELECT id, name, kind FROM people WHERE id = ?`,
    [personId],
  );
  if (!row) return null;
  const aliases = await db.all<{ alias: string }>(
    `SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias`,
    [personId],
  );
  const titles = await db.all<{ title: string; first_seen: string | null; last_seen: string | null }>(
    `SELECT title, first_seen, last_seen FROM person_titles WHERE person_id = ? ORDER BY first_seen NULLS LAST, title`,
    [personId],
  );
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    aliases: aliases.map((alias) => alias.alias),
    titles: titles.map((title): PersonTitle => ({
      title: title.title,
      firstSeen: title.first_seen,
      lastSeen: title.last_seen,
    })),
  };
}

async function requirePerson(tx: SqlExecutor, id: string): Promise<string> {
  const personId = await followRedirects(tx, id);
  const row = await tx.get(`SELECT id FROM people WHERE id = ?`, [personId]);
  if (!row) throw new OnrecordError('NOT_FOUND', `No person with id "${id}"`);
  return personId;
}

/** Merges B into A and pins every alias of both to A, so re-ingest resolves them to A. */
export async function mergePeopleIn(
  tx: SqlExecutor,
  keepId: string,
  mergeId: string,
  options: { now: string },
): Promise<string> {
  const keep = await requirePerson(tx, keepId);
  const merge = await requirePerson(tx, mergeId);
  if (keep === merge) return keep;
  const decision = randomUUID();
  await tx.run(`UPDATE statements SET person_id = ? WHERE person_id = ?`, [keep, merge]);
  await tx.run(
    `INSERT INTO person_aliases (person_id, alias, alias_key) SELECT ?, alias, alias_key FROM person_aliases
      WHERE person_id = ? ON CONFLICT DO NOTHING`,
    [keep, merge],
  );
  await tx.run(
    `INSERT INTO person_keys (lookup_key, person_id) SELECT lookup_key, ? FROM person_keys
      WHERE person_id = ? ON CONFLICT DO NOTHING`,
    [keep, merge],
  );
  const titles = await tx.all<{
    title: string;
    first_seen: string | null;
    last_seen: string | null;
    seen: number;
  }>(`SELECT title, first_seen, last_seen, seen FROM person_titles WHERE person_id = ?`, [merge]);
  for (const title of titles) {
    await recordTitle(tx, keep, title.title, title.first_seen, Number(title.seen));
    await recordTitle(tx, keep, title.title, title.last_seen, 0);
  }
  await tx.run(`UPDATE person_pins SET person_id = ? WHERE person_id = ?`, [keep, merge]);
  await pinAliases(tx, keep, decision);
  await tx.run(`DELETE FROM shifts WHERE person_id = ?`, [merge]);
  await tx.run(`UPDATE person_redirects SET to_id = ? WHERE to_id = ?`, [keep, merge]);
  await tx.run(`INSERT INTO person_redirects (from_id, to_id) VALUES (?, ?)`, [merge, keep]);
  await tx.run(`DELETE FROM people WHERE id = ?`, [merge]);
  await tx.run(
    `INSERT INTO person_decisions (id, action, person_id, other_id, alias, decided_at) VALUES (?, 'merge', ?, ?, NULL, ?)`,
    [decision, keep, merge, options.now],
  );
  return keep;
}

/** Moves one alias and its statements to a new person; pins the alias there and the rest to the old one. */
export async function splitPersonIn(
  tx: SqlExecutor,
  personId: string,
  alias: string,
  options: { now: string; rules: PeopleRules },
): Promise<string> {
  const person = await requirePerson(tx, personId);
  const key = aliasKey(alias);
  const aliases = await tx.all<{ alias: string; alias_key: string }>(
    `SELECT alias, alias_key FROM person_aliases WHERE person_id = ? ORDER BY alias`,
    [person],
  );
  const moving = aliases.filter((row) => row.alias_key === key);
  if (moving.length === 0) {
    throw new OnrecordError(
      'NOT_FOUND',
      `Person "${person}" has no alias "${alias}" (aliases: ${aliases.map((row) => row.alias).join(', ') || 'none'})`,
    );
  }
  if (moving.length === aliases.length) {
    throw new OnrecordError(
      'CONFLICT',
      `"${alias}" is the only name of person "${person}": nothing to split off`,
    );
  }
  const kind = (await tx.get<{ kind: Person['kind'] }>(`SELECT kind FROM people WHERE id = ?`, [person]))
    ?.kind;
  const created = await createPerson(tx, { name: moving[0].alias, kind: kind ?? 'person' }, options.now);
  const decision = randomUUID();
  await tx.run(`UPDATE statements SET person_id = ? WHERE person_id = ? AND alias_key = ?`, [
    created,
    person,
    key,
  ]);
  await tx.run(`UPDATE person_aliases SET person_id = ? WHERE person_id = ? AND alias_key = ?`, [
    created,
    person,
    key,
  ]);
  await rebuildKeys(tx, person, kind ?? 'person', options.rules);
  await rebuildKeys(tx, created, kind ?? 'person', options.rules);
  await pinAliases(tx, person, decision);
  await pinAliases(tx, created, decision);
  const current = await tx.get<{ name: string }>(`SELECT name FROM people WHERE id = ?`, [person]);
  if (current && aliasKey(current.name) === key) {
    const remaining = aliases
      .filter((row) => row.alias_key !== key)
      .sort((a, b) => b.alias.length - a.alias.length);
    await tx.run(`UPDATE people SET name = ? WHERE id = ?`, [remaining[0].alias, person]);
  }
  await tx.run(`DELETE FROM shifts WHERE person_id = ?`, [person]);
  await tx.run(
    `INSERT INTO person_decisions (id, action, person_id, other_id, alias, decided_at) VALUES (?, 'split', ?, ?, ?, ?)`,
    [decision, person, created, alias, options.now],
  );
  return created;
}

async function pinAliases(tx: SqlExecutor, personId: string, decision: string): Promise<void> {
  const keys = await tx.all<{ alias_key: string }>(
    `SELECT DISTINCT alias_key FROM person_aliases WHERE person_id = ?`,
    [personId],
  );
  for (const row of keys) {
    await tx.run(
      `INSERT INTO person_pins (alias_key, person_id, decision_id) VALUES (?, ?, ?)
       ON CONFLICT (alias_key) DO UPDATE SET person_id = excluded.person_id, decision_id = excluded.decision_id`,
      [row.alias_key, personId, decision],
    );
  }
}

async function rebuildKeys(
  tx: SqlExecutor,
  personId: string,
  kind: Person['kind'],
  rules: PeopleRules,
): Promise<void> {
  await tx.run(`DELETE FROM person_keys WHERE person_id = ?`, [personId]);
  const aliases = await tx.all<{ alias: string }>(`SELECT alias FROM person_aliases WHERE person_id = ?`, [
    personId,
  ]);
  const titles = await tx.all<{ title: string }>(`SELECT title FROM person_titles WHERE person_id = ?`, [
    personId,
  ]);
  // name keys, and the role keys of the titles held, as resolvePerson indexes them
  const keys = new Set([
    ...aliases.flatMap((row) => rules.personKeys(row.alias, kind)),
    ...titles.flatMap((row) => rules.roleKeys(row.title)),
  ]);
  for (const key of keys) {
    await tx.run(`INSERT INTO person_keys (lookup_key, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, [
      key,
      personId,
    ]);
  }
}

export function clampLimit(limit: number | undefined, fallback: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(1, Math.min(10_000, Math.floor(limit)));
}
