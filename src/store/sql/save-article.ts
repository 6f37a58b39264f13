import type { Statement } from '../../model/statement.js';
import type { SaveArticleInput, SaveArticleResult } from '../store.js';
import { aliasKey, type PeopleRules } from '../people-rules.js';
import { withPlaceholders, type SqlExecutor, type SqlValue } from './driver.js';
import { newResolveCache, resolvePerson } from './resolve-person.js';
import { preparedFor } from './prepare-save.js';
import { quoteKeyNumbers } from './quote-key-number.js';
import { articleKeyOf, hash } from './rows.js';

/**
 * The body of Store.saveArticle, run inside one transaction: an article is found by its key; the same
 * content and extraction again is `unchanged`; otherwise its statements are replaced wholesale.
 */
export async function saveArticleIn(
  tx: SqlExecutor,
  input: SaveArticleInput,
  options: { rules: PeopleRules; now: string },
): Promise<SaveArticleResult> {
  const { article, statements } = input;
  const skippedReason = input.skippedReason ?? null;
  const prepared = preparedFor(input, options.rules);
  const { articleKey, contentHash, extractionHash, day, people } = prepared;

  const existing = await tx.get<{
    id: string;
    content_hash: string;
    extraction_hash: string;
    count: number | string;
  }>(
    `SELECT a.id, a.content_hash, a.extraction_hash,
            (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) AS count
       FROM articles a WHERE a.article_key = ?`,
    [articleKey],
  );
  if (existing && existing.content_hash === contentHash && existing.extraction_hash === extractionHash) {
    return {
      articleId: existing.id,
      status: 'unchanged',
      statements: Number(existing.count),
      touchedPeople: [],
    };
  }

  const touched = new Set<string>();
  const columns = [
    contentHash,
    extractionHash,
    article.text,
    article.title ?? null,
    article.published ?? null,
    day,
    article.url ?? null,
    article.outlet ?? null,
    article.byline ?? null,
    prepared.articleJson[0],
    prepared.articleJson[1],
    article.language ?? null,
    article.source ?? null,
    skippedReason,
    prepared.articleJson[2],
    options.now,
  ];
  let articleId: string;
  if (existing) {
    articleId = existing.id;
    const before = await tx.all<{ person_id: string }>(
      `SELECT DISTINCT person_id FROM statements WHERE article_id = ? AND person_id IS NOT NULL`,
      [articleId],
    );
    for (const row of before) touched.add(row.person_id);
    await forgetTitles(tx, articleId, options.rules);
    await tx.run(`DELETE FROM statements WHERE article_id = ?`, [articleId]);
    await tx.run(
      `UPDATE articles SET content_hash = ?, extraction_hash = ?, text = ?, title = ?, published = ?, published_day = ?,
              url = ?, outlet = ?, byline = ?, dateline = ?, captions = ?, language = ?, source = ?, skipped_reason = ?,
              extra = ?, updated_at = ?
        WHERE id = ?`,
      [...columns, articleId],
    );
  } else {
    articleId = await freeArticleId(tx, article.id || contentHash, articleKey);
    await tx.run(
      `INSERT INTO articles (id, article_key, content_hash, extraction_hash, text, title, published, published_day, url,
              outlet, byline, dateline, captions, language, source, skipped_reason, extra, updated_at, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [articleId, articleKey, ...columns, options.now],
    );
  }

  const cache = newResolveCache();
  const statementRows: SqlValue[][] = [];
  const quoteKeysByOrdinal: number[][] = [];
  const topicRows: string[][] = [];
  const { articleNames, articlePeople } = people;
  for (let ordinal = 0; ordinal < statements.length; ordinal += 1) {
    const statement = statements[ordinal];
    const [partsJson, cueJson, venueJson, frameJson] = prepared.statementJson[ordinal];
    const person = await resolvePerson(tx, statement.speaker, {
      rules: options.rules,
      day,
      now: options.now,
      cache,
      articleNames,
      articlePeople,
      canonical: people.canonical[ordinal],
    });
    if (person) touched.add(person.personId);
    // Only attributed quotes are keyed; the sighting lookup and the key rows share them.
    const quoteKeys = person
      ? (people.quoteKeys[ordinal] ?? quoteKeyNumbers(options.rules.quoteKeys(statement.quote.text)))
      : [];
    const fingerprint = people.fingerprints[ordinal];
    const statementId = hash(
      `${articleId}\u0000${ordinal}\u0000${statement.quote.start}\u0000${statement.quote.end}`,
      20,
    );
    const saidOn = statement.saidOn;
    const saidSort = saidOn ? saidOn.from || saidOn.to || day : day;
    statementRows.push([
      statementId,
      articleId,
      ordinal,
      statement.kind,
      statement.quote.start,
      statement.quote.end,
      statement.quote.text,
      partsJson,
      statement.speaker.name,
      statement.speaker.kind,
      statement.speaker.title ?? null,
      statement.speaker.mention?.start ?? null,
      statement.speaker.mention?.end ?? null,
      statement.speaker.mention?.text ?? null,
      cueJson,
      venueJson,
      saidOn?.from ?? null,
      saidOn?.to ?? null,
      saidOn?.text ?? null,
      saidOn?.basis ?? null,
      saidSort,
      statement.confidence,
      person?.personId ?? null,
      person?.aliasKey ?? null,
      person
        ? await sightingGroup(
            tx,
            person.personId,
            { text: statement.quote.text, keys: quoteKeys, fingerprint },
            options.rules,
          )
        : fingerprint,
      frameJson,
    ]);
    quoteKeysByOrdinal.push(quoteKeys);
    for (const topic of prepared.topics[ordinal]) topicRows.push([statementId, topic]);
  }
  // Many small rows: a few multi-row INSERTs instead of one round trip each (PostgreSQL latency).
  await insertRows(
    tx,
    `statements (id, article_id, ordinal, kind, quote_start, quote_end, quote_text, parts, speaker_name, speaker_kind,
      speaker_title, mention_start, mention_end, mention_text, cue, venue, said_from, said_to, said_text, said_basis,
      said_sort, confidence, person_id, alias_key, fingerprint, frame)`,
    statementRows,
    { chunk: 30, ignoreConflicts: false },
  );
  // The key rows point at a statement by its integer seq, known once the statements are in.
  if (quoteKeysByOrdinal.some((keys) => keys.length > 0)) {
    const seqs = await tx.all<{ ordinal: number | string; seq: number | string }>(
      `SELECT ordinal, seq FROM statements WHERE article_id = ?`,
      [articleId],
    );
    const quoteKeyRows: SqlValue[][] = [];
    for (const { ordinal, seq } of seqs) {
      for (const key of quoteKeysByOrdinal[Number(ordinal)]) quoteKeyRows.push([seq, key]);
    }
    await insertRows(tx, 'statement_quote_keys (statement_seq, quote_key)', quoteKeyRows, {
      ignoreConflicts: false,
    });
  }
  await insertRows(tx, 'statement_topics (statement_id, topic)', topicRows);
  return {
    articleId,
    status: existing ? 'updated' : 'new',
    statements: statements.length,
    touchedPeople: [...touched].sort(),
  };
}

/**
 * An article saved again takes back the titles its old statements counted (person_titles.seen is a
 * count of articles), so a live page updated twenty times does not make its titles the usual ones.
 * The titles are found the way resolvePerson recorded them: the people rules' title of each speaker.
 */
async function forgetTitles(tx: SqlExecutor, articleId: string, rules: PeopleRules): Promise<void> {
  const rows = await tx.all<{
    person_id: string;
    speaker_name: string;
    speaker_kind: Statement['speaker']['kind'];
    speaker_title: string | null;
  }>(
    `SELECT DISTINCT person_id, speaker_name, speaker_kind, speaker_title FROM statements
      WHERE article_id = ? AND person_id IS NOT NULL`,
    [articleId],
  );
  const counted = new Map<string, [string, string]>();
  for (const row of rows) {
    const { title } = rules.canonicalizeSpeaker({
      name: row.speaker_name,
      kind: row.speaker_kind,
      mention: null,
      ...(row.speaker_title ? { title: row.speaker_title } : {}),
    });
    if (title) counted.set(`${row.person_id}\u0000${title}`, [row.person_id, title]);
  }
  // one order for every writer (PostgreSQL row locks); a title no article shows any more is gone
  for (const key of [...counted.keys()].sort()) {
    const [personId, title] = counted.get(key)!;
    await tx.run(`UPDATE person_titles SET seen = seen - 1 WHERE person_id = ? AND title = ?`, [
      personId,
      title,
    ]);
    await tx.run(`DELETE FROM person_titles WHERE person_id = ? AND title = ? AND seen <= 0`, [
      personId,
      title,
    ]);
  }
}

/**
 * The group a quote joins: the fingerprint of an earlier near-identical quote by the same person
 * (found through shared quote keys), else its own. Statements sharing a group are one statement seen
 * in several articles.
 */
async function sightingGroup(
  tx: SqlExecutor,
  personId: string,
  quote: { text: string; keys: number[]; fingerprint: string },
  rules: PeopleRules,
): Promise<string> {
  const { text, keys, fingerprint: own } = quote;
  if (keys.length === 0) return own;
  const candidates = await tx.all<{ fingerprint: string; quote_text: string }>(
    withPlaceholders(tx.dialect === 'sqlite' ? SIGHTING_SQL_SQLITE : SIGHTING_SQL, keys.length),
    [personId, ...keys],
  );
  if (candidates.some((candidate) => candidate.fingerprint === own)) return own;
  return candidates.find((candidate) => rules.isSameQuote(candidate.quote_text, text))?.fingerprint ?? own;
}

const SIGHTING_SQL = `SELECT s.fingerprint, s.quote_text FROM statements s
      WHERE s.person_id = ? AND s.seq IN (SELECT statement_seq FROM statement_quote_keys WHERE quote_key IN (?*))
      ORDER BY s.seq LIMIT 50`;
// SQLite would walk every statement of the person (statements_sighting) for each of their quotes, a cost
// that grows with how often they speak; `+` keeps it off that index, so it reads the statements sharing a
// key instead (the same rows either way).
const SIGHTING_SQL_SQLITE = SIGHTING_SQL.replace('s.person_id = ?', '+s.person_id = ?');

async function insertRows(
  tx: SqlExecutor,
  target: string,
  rows: SqlValue[][],
  options: { chunk?: number; ignoreConflicts?: boolean } = {},
): Promise<void> {
  const chunk = options.chunk ?? 200;
  const conflict = options.ignoreConflicts === false ? '' : ' ON CONFLICT DO NOTHING';
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    // The text of an INSERT of so many rows is built once (the statements' is some 3 kB).
    const key = `${target}\u0000${part.length}\u0000${part[0].length}\u0000${conflict}`;
    let sql = insertSqlMemo.get(key);
    if (sql === undefined) {
      sql = `INSERT INTO ${target} VALUES ${part.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ')}${conflict}`;
      insertSqlMemo.set(key, sql);
    }
    await tx.run(sql, part.flat());
  }
}

const insertSqlMemo = new Map<string, string>();

/**
 * PostgreSQL writers run in parallel (several workers): each article locks the keys it may read and
 * create by (its own key, its speakers' alias and lookup keys), in one sorted order so two writers
 * never deadlock; articles with no speaker in common do not wait for each other. Merges and splits take
 * the exclusive form of the lock that saves hold shared.
 */
export async function lockArticleKeys(
  tx: SqlExecutor,
  input: SaveArticleInput,
  rules: PeopleRules,
): Promise<void> {
  if (tx.dialect !== 'postgres') return;
  const keys = new Set<string>([`article:${articleKeyOf(input.article)}`]);
  for (const statement of input.statements) {
    const canonical = rules.canonicalizeSpeaker(statement.speaker);
    keys.add(`alias:${aliasKey(canonical.name)}`);
    for (const key of rules.personKeys(canonical.name, canonical.kind)) keys.add(`key:${key}`);
    // roles read (a role-only mention's known holders) and written (a title indexed under its role)
    for (const key of rules.roleKeys(canonical.title, { mention: canonical.kind === 'unknown' }))
      keys.add(`key:${key}`);
  }
  await tx.get(`SELECT pg_advisory_xact_lock_shared(8263002)`);
  await tx.get(
    `SELECT COUNT(pg_advisory_xact_lock(hashtext(k))) AS locked
       FROM (SELECT k FROM json_array_elements_text(?::json) AS k ORDER BY k) AS sorted`,
    [JSON.stringify([...keys].sort())],
  );
}

/** Two different articles can claim one id (same dump id, different URLs): the later gets a suffix. */
async function freeArticleId(tx: SqlExecutor, wanted: string, articleKey: string): Promise<string> {
  const taken = await tx.get(`SELECT 1 AS taken FROM articles WHERE id = ?`, [wanted]);
  return taken ? `${wanted}#${hash(articleKey, 8)}` : wanted;
}
