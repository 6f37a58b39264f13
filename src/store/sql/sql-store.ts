import type { Person, Shift, StatementRecord, Topic } from '../../model/ledger.js';
import type { Article } from '../../model/article.js';
import type {
  ArticleRecord,
  Page,
  PeopleQuery,
  PersonSummary,
  SaveArticleInput,
  SaveArticleOutcome,
  SaveArticleResult,
  ShiftQuery,
  StatementQuery,
  Store,
  StoreCounts,
} from '../store.js';
import { peopleRules, type PeopleRules } from '../people-rules.js';
import { isFatalStoreError } from '../store-errors.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { SCHEMA_VERSION, migrate, readSchemaVersion } from './migrations.js';
import {
  clampLimit,
  findPersonIds,
  getPersonIn,
  listPeopleIn,
  mergePeopleIn,
  splitPersonIn,
  summariesFor,
} from './people-queries.js';
import { followRedirects } from './resolve-person.js';
import { articleKeyOf, contentHashOf, parseJson } from './rows.js';
import { lockArticleKeys, saveArticleIn } from './save-article.js';
import { getStatementIn, searchStatementsIn, statementsByPersonIn } from './search-statements.js';

export interface SqlStoreOptions {
  rules?: PeopleRules;
  /** The clock, for ingested_at and decisions (tests pass a fixed one). */
  now?: () => Date;
}

/** The Store over either SQL backend: one implementation, so both behave the same by construction. */
export class SqlStore implements Store {
  readonly backend: 'sqlite' | 'postgres';
  private readonly rules: PeopleRules;
  private readonly now: () => Date;

  private constructor(
    private readonly driver: SqlDriver,
    options: SqlStoreOptions,
  ) {
    this.backend = driver.dialect;
    this.rules = options.rules ?? peopleRules;
    this.now = options.now ?? (() => new Date());
  }

  /** Opens the store, applying missing migrations (a read-only database that is current is fine). */
  static async open(driver: SqlDriver, options: SqlStoreOptions = {}): Promise<SqlStore> {
    try {
      if ((await readSchemaVersion(driver)) < SCHEMA_VERSION) await migrate(driver);
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw error;
    }
    return new SqlStore(driver, options);
  }

  /** Where the data lives, for messages. */
  get description(): string {
    return this.driver.description;
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  saveArticle(input: SaveArticleInput): Promise<SaveArticleResult> {
    const now = this.now().toISOString();
    return this.driver.transaction(async (tx) => {
      // People resolution reads then creates: writers sharing a speaker take turns (PostgreSQL).
      await lockArticleKeys(tx, input, this.rules);
      const result = await saveArticleIn(tx, input, { rules: this.rules, now });
      await markShiftsOwed(tx, result.touchedPeople);
      return result;
    });
  }

  /**
   * SQLite: one transaction for the lot, each article inside its own savepoint, so a failing article is
   * rolled back alone and a kill loses whole articles only (the uncommitted ones). PostgreSQL: one
   * transaction per article as before (its writers run in parallel and lock per article).
   */
  async saveArticles(inputs: SaveArticleInput[]): Promise<SaveArticleOutcome[]> {
    if (this.backend !== 'sqlite' || inputs.length <= 1) {
      const outcomes: SaveArticleOutcome[] = [];
      for (const input of inputs) {
        try {
          outcomes.push({ result: await this.saveArticle(input) });
        } catch (error) {
          if (isFatalStoreError(error)) throw error;
          outcomes.push({ error });
        }
      }
      return outcomes;
    }
    const now = this.now().toISOString();
    return this.driver.transaction(async (tx) => {
      const outcomes: SaveArticleOutcome[] = [];
      const stale = new Set<string>();
      for (const input of inputs) {
        await tx.run(`SAVEPOINT save_article`);
        try {
          const result = await saveArticleIn(tx, input, { rules: this.rules, now });
          for (const personId of result.touchedPeople) stale.add(personId);
          await tx.run(`RELEASE save_article`);
          outcomes.push({ result });
        } catch (error) {
          if (isFatalStoreError(error)) throw error;
          await tx.run(`ROLLBACK TO save_article`);
          await tx.run(`RELEASE save_article`);
          outcomes.push({ error });
        }
      }
      await markShiftsOwed(tx, [...stale].sort());
      return outcomes;
    });
  }

  async staleShiftPeople(): Promise<string[]> {
    const rows = await this.driver.all<{ person_id: string }>(
      `SELECT person_id FROM stale_shifts ORDER BY person_id`,
    );
    return rows.map((row) => row.person_id);
  }

  async articleState(article: Article): Promise<'new' | 'same' | 'changed'> {
    const row = await this.driver.get<{ content_hash: string }>(
      `SELECT content_hash FROM articles WHERE article_key = ?`,
      [articleKeyOf(article)],
    );
    if (!row) return 'new';
    return row.content_hash === contentHashOf(article) ? 'same' : 'changed';
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const row = await this.driver.get<ArticleRow>(`SELECT * FROM articles WHERE id = ?`, [id]);
    if (!row) return null;
    const statements = await this.searchStatements({ articleId: row.id, limit: 10_000 });
    return articleFromRow(row, statements.items);
  }

  async counts(): Promise<StoreCounts> {
    const row = await this.driver.get<Record<keyof StoreCounts | 'rows', number | string>>(
      `SELECT
         (SELECT COUNT(*) FROM articles) AS articles,
         (SELECT COUNT(*) FROM articles WHERE skipped_reason IS NOT NULL) AS "skippedArticles",
         (SELECT COUNT(*) FROM statements WHERE person_id IS NULL)
           + (SELECT COUNT(*) FROM (SELECT DISTINCT person_id, fingerprint FROM statements WHERE person_id IS NOT NULL) d)
           AS statements,
         (SELECT COUNT(*) FROM statements) AS "rows",
         (SELECT COUNT(DISTINCT person_id) FROM statements WHERE person_id IS NOT NULL) AS people,
         (SELECT COUNT(*) FROM shifts) AS shifts`,
    );
    const statements = Number(row?.statements ?? 0);
    return {
      articles: Number(row?.articles ?? 0),
      skippedArticles: Number(row?.skippedArticles ?? 0),
      statements,
      sightings: Number(row?.rows ?? 0) - statements,
      people: Number(row?.people ?? 0),
      shifts: Number(row?.shifts ?? 0),
    };
  }

  searchStatements(query: StatementQuery): Promise<Page<StatementRecord>> {
    return searchStatementsIn(this.driver, query, this.rules);
  }

  statementsByPerson(personIds: string[]): Promise<Map<string, StatementRecord[]>> {
    return statementsByPersonIn(this.driver, personIds);
  }

  getStatement(id: string): Promise<StatementRecord | null> {
    return getStatementIn(this.driver, id);
  }

  listPeople(query?: PeopleQuery): Promise<Page<PersonSummary>> {
    return listPeopleIn(this.driver, query);
  }

  getPerson(id: string): Promise<Person | null> {
    return getPersonIn(this.driver, id);
  }

  async findPeople(name: string): Promise<PersonSummary[]> {
    return summariesFor(this.driver, await findPersonIds(this.driver, name.trim(), this.rules));
  }

  async mergePeople(keepId: string, mergeId: string): Promise<Person> {
    const now = this.now().toISOString();
    const kept = await this.driver.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.get(`SELECT pg_advisory_xact_lock(8263002)`);
      return mergePeopleIn(tx, keepId, mergeId, { now });
    });
    return (await this.getPerson(kept)) as Person;
  }

  async splitPerson(personId: string, alias: string): Promise<Person> {
    const now = this.now().toISOString();
    const created = await this.driver.transaction(async (tx) => {
      if (tx.dialect === 'postgres') await tx.get(`SELECT pg_advisory_xact_lock(8263002)`);
      return splitPersonIn(tx, personId, alias, { now, rules: this.rules });
    });
    return (await this.getPerson(created)) as Person;
  }

  async listTopics(query: { speakerId?: string; limit?: number } = {}): Promise<Topic[]> {
    const params: (string | number)[] = [];
    let filter = '';
    if (query.speakerId) {
      filter = ` WHERE s.person_id = ?`;
      params.push(await followRedirects(this.driver, query.speakerId));
    }
    const rows = await this.driver.all<{ topic: string; count: number | string }>(
      `SELECT t.topic, COUNT(*) AS count FROM statement_topics t JOIN statements s ON s.id = t.statement_id${filter}
        GROUP BY t.topic ORDER BY COUNT(*) DESC, t.topic LIMIT ?`,
      [...params, clampLimit(query.limit, 100)],
    );
    return rows.map((row) => ({
      key: row.topic,
      label: row.topic.replace(/-/g, ' '),
      statementCount: Number(row.count),
    }));
  }

  replaceShifts(personId: string, shifts: Shift[]): Promise<void> {
    return this.replaceShiftsOf([{ personId, shifts }]);
  }

  async replaceShiftsOf(entries: { personId: string; shifts: Shift[] }[]): Promise<void> {
    if (entries.length === 0) return;
    await this.driver.transaction(async (tx) => {
      for (const { personId, shifts } of entries) await replaceShiftsIn(tx, personId, shifts);
    });
  }

  async listShifts(query: ShiftQuery = {}): Promise<Shift[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.personId) {
      where.push(`sh.person_id = ?`);
      params.push(await followRedirects(this.driver, query.personId));
    }
    if (query.speaker) {
      const ids = await findPersonIds(this.driver, query.speaker, this.rules);
      if (ids.length === 0) return [];
      where.push(`sh.person_id IN (${ids.map(() => '?').join(', ')})`);
      params.push(...ids);
    }
    if (query.since) {
      where.push(`sh.later_date >= ?`);
      params.push(query.since);
    }
    if (query.topic) {
      where.push(`sh.topic = ?`);
      params.push(query.topic);
    }
    const rows = await this.driver.all<{ data: string; name: string | null }>(
      `SELECT sh.data, p.name FROM shifts sh LEFT JOIN people p ON p.id = sh.person_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY sh.later_date DESC NULLS LAST, sh.confidence DESC, sh.id LIMIT ?`,
      [...params, clampLimit(query.limit, 100)],
    );
    return rows.map((row) => {
      const shift = JSON.parse(row.data) as Shift;
      return row.name ? { ...shift, personName: row.name } : shift;
    });
  }
}

interface ArticleRow {
  id: string;
  content_hash: string;
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  byline: string | null;
  dateline: string | null;
  captions: string | null;
  language: string | null;
  source: string | null;
  skipped_reason: string | null;
  extra: string | null;
  ingested_at: string;
}

function articleFromRow(row: ArticleRow, statements: StatementRecord[]): ArticleRecord {
  const article: Article = {
    ...(parseJson<Partial<Article>>(row.extra) ?? {}),
    id: row.id,
    text: row.text,
    title: row.title,
    published: row.published,
    url: row.url,
    outlet: row.outlet,
    byline: row.byline,
    dateline: parseJson(row.dateline),
    captions: parseJson(row.captions) ?? [],
    language: row.language,
  };
  if (row.source !== null) article.source = row.source;
  return {
    ...article,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    skippedReason: row.skipped_reason,
    statements,
  };
}

/**
 * In the saving transaction: these people's shifts are owed until replaceShifts runs, even if the process
 * dies before the batch's end recomputes them.
 */
async function markShiftsOwed(tx: SqlExecutor, personIds: Iterable<string>): Promise<void> {
  for (const personId of personIds) {
    await tx.run(`INSERT INTO stale_shifts (person_id) VALUES (?) ON CONFLICT (person_id) DO NOTHING`, [
      personId,
    ]);
  }
}

async function replaceShiftsIn(tx: SqlExecutor, personId: string, shifts: Shift[]): Promise<void> {
  const id = await followRedirects(tx, personId);
  await tx.run(`DELETE FROM shifts WHERE person_id = ?`, [id]);
  await tx.run(`DELETE FROM stale_shifts WHERE person_id IN (?, ?)`, [personId, id]);
  for (const shift of shifts) {
    const later = shift.later.saidOn;
    await tx.run(
      `INSERT INTO shifts (id, person_id, topic, later_date, confidence, data) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET person_id = excluded.person_id, topic = excluded.topic,
         later_date = excluded.later_date, confidence = excluded.confidence, data = excluded.data`,
      [
        shift.id,
        id,
        shift.topic,
        later ? later.from || later.to : null,
        shift.confidence,
        JSON.stringify({ ...shift, personId: id }),
      ],
    );
  }
}
