import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { openPostgresDriver } from '../store/postgres/postgres-driver.js';
import { isPostgresLocation } from '../store/open-store.js';
import { openSqliteDriver } from '../store/sqlite/sqlite-driver.js';
import { writeSyntheticJsonl } from '../../test/reliability/synthetic-articles.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../test/reliability/throwaway-postgres.js';
import { ensureCompiled } from './ensure-compiled.js';
import { runCli, storedArticles, waitFor } from './fault-support.js';

/**
 * Issue 7: PostgreSQL restarted (pg_ctl restart -m fast, a real server restart, not a proxy) while a
 * real `onrecord ingest` process writes to it. The cluster is this test's own (initdb into a temp
 * folder, its own port), so the shared server the other tests use is never touched. The batch must
 * wait and resume, or fail naming the database; a re-run then completes, and the record is row for row
 * what a SQLite ingest of the same file holds: every article once, no statement twice or half-written.
 */
const ARTICLES = 300;
const config = readConfig();
const dir = mkdtempSync(join(tmpdir(), 'onrecord-restart-'));
const cluster = await startThrowawayPostgres();
const unavailable = 'unavailable' in cluster ? cluster.unavailable : null;
if (unavailable && config.ci) throw new Error(`CI=true but ${unavailable}`);
if (unavailable) console.warn(`postgres-restart: skipped: ${unavailable}`);
const server = unavailable ? null : (cluster as ThrowawayPostgres);

let corpus = '';
let reference = '';

/** The tables a saved article writes to, counted straight with SQL. */
const TABLES = [
  'articles',
  'statements',
  'people',
  'person_aliases',
  'person_titles',
  'person_keys',
  'statement_topics',
  'statement_quote_keys',
  'shifts',
];

interface Snapshot {
  tables: Record<string, number>;
  /** (article, ordinal, kind, offsets, quote, speaker) of every statement row, sorted. */
  statements: string[];
  /** statement rows minus distinct (article, ordinal): 0 when nothing is duplicated. */
  duplicates: number;
  /** statement rows whose quote is not the slice of the stored text it names (substr counts characters: the synthetic text is ASCII). */
  torn: number;
}

async function snapshot(location: string): Promise<Snapshot> {
  const driver = isPostgresLocation(location)
    ? await openPostgresDriver(location, { retryForMs: 0 })
    : openSqliteDriver(location);
  try {
    const tables: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await driver.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${table}`);
      tables[table] = Number(row?.n ?? 0);
    }
    const rows = await driver.all<Record<string, string | number | null>>(
      `SELECT s.article_id, s.ordinal, s.kind, s.quote_start, s.quote_end, s.quote_text, s.speaker_name,
              substr(a.text, s.quote_start + 1, s.quote_end - s.quote_start) AS slice
         FROM statements s JOIN articles a ON a.id = s.article_id`,
    );
    const statements = rows
      .map((row) =>
        JSON.stringify([
          row.article_id,
          Number(row.ordinal),
          row.kind,
          Number(row.quote_start),
          Number(row.quote_end),
          row.quote_text,
          row.speaker_name,
        ]),
      )
      .sort();
    const distinct = new Set(rows.map((row) => `${row.article_id}\u0000${row.ordinal}`)).size;
    const torn = rows.filter((row) => row.slice !== row.quote_text).length;
    return { tables, statements, duplicates: rows.length - distinct, torn };
  } finally {
    await driver.close();
  }
}

/** A fresh database on the throwaway cluster, one per test, so the two scenarios never share rows. */
async function freshDatabase(cluster: ThrowawayPostgres, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}

/** Starts an ingest of the corpus into `url` and resolves once `count` articles are committed. */
async function ingestUntil(url: string, count: number) {
  const run = runCli(['ingest', corpus, '--db', url, '--json']);
  let exited = false;
  void run.exited.then(() => (exited = true));
  await waitFor(
    async () => exited || (await storedArticles(url)).perArticle.size >= count,
    120_000,
    `the first ${count} articles in PostgreSQL`,
  );
  expect(exited, 'the ingest ended before the fault could hit it').toBe(false);
  return { run, before: (await storedArticles(url)).perArticle.size };
}

/** The re-run completes, and the record is row for row the SQLite reference. */
async function expectRerunCompletes(url: string, storedBefore: number): Promise<void> {
  const rerun = await runCli(['ingest', corpus, '--db', url, '--json']).exited;
  expect(rerun.code, rerun.stderr).toBe(0);
  const summary = JSON.parse(rerun.stdout) as { new: number; unchanged: number; failed: number };
  expect(summary).toMatchObject({ failed: 0, new: ARTICLES - storedBefore, unchanged: storedBefore });
  const expected = await snapshot(reference);
  const stored = await snapshot(url);
  expect(stored.duplicates).toBe(0);
  expect(stored.torn).toBe(0);
  expect(stored.tables).toEqual(expected.tables);
  expect(stored.statements).toEqual(expected.statements);
}

beforeAll(async () => {
  if (!server) return;
  ensureCompiled(['src/cli/main.ts', 'src/cli/ingest.ts', 'src/pipeline/ingest-batch.ts']);
  corpus = writeSyntheticJsonl(dir, ARTICLES);
  reference = join(dir, 'reference.db');
  const run = await runCli(['ingest', corpus, '--db', reference, '--json']).exited;
  expect(run.stderr).toContain(`${ARTICLES} new`);
  expect(run.code).toBe(0);
}, 180_000);

afterAll(() => {
  server?.remove();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(server === null)('PostgreSQL restarted mid-ingest (a throwaway cluster)', () => {
  // fast: a clean shutdown; immediate: a crash of the server, recovered from its WAL on start
  it.each(['fast', 'immediate'] as const)(
    'pg_ctl restart -m %s: the batch waits and resumes (or fails naming the database); a re-run completes; every article once',
    async (mode) => {
      const cluster = server as ThrowawayPostgres;
      const expected = await snapshot(reference);
      expect(expected.tables.articles).toBe(ARTICLES);
      expect(expected.torn).toBe(0);
      const url = await freshDatabase(cluster, `restarted_${mode}`);
      const readyBefore = cluster.log().split('ready to accept connections').length;

      const { run, before } = await ingestUntil(url, 40);
      const restartStarted = Date.now();
      cluster.restart(mode);
      const restartMs = Date.now() - restartStarted;
      const first = await run.exited;
      console.info(
        `postgres-restart: restarted (-m ${mode}) after ${before} of ${ARTICLES} articles (pg_ctl restart took ${restartMs} ms); ` +
          `ingest exit ${first.code}: ${first.stderr.trim().split('\n').slice(-3).join(' | ')}`,
      );
      // the server really went down and came back while the batch ran
      expect(cluster.log().split('ready to accept connections').length).toBe(readyBefore + 1);
      expect(before).toBeLessThan(ARTICLES);
      if (first.code === 0) {
        const summary = JSON.parse(first.stdout) as { new: number; unchanged: number; failed: number };
        expect(summary.failed).toBe(0);
        // A commit the crash left unacknowledged is retried and found stored: counted unchanged, not twice.
        expect(summary.new + summary.unchanged).toBe(ARTICLES);
        expect(summary.new).toBeGreaterThanOrEqual(ARTICLES - 10);
      } else {
        expect(first.code).toBe(1);
        expect(first.stderr).toContain(`PostgreSQL at ${url}`);
      }
      const afterFirst = await snapshot(url);
      expect(afterFirst.duplicates).toBe(0);
      expect(afterFirst.torn).toBe(0);
      await expectRerunCompletes(url, afterFirst.tables.articles);
    },
    300_000,
  );

  it('stopped for longer than the retry window: exit 1 naming the database, nothing half-written; a re-run completes', async () => {
    const cluster = server as ThrowawayPostgres;
    const url = await freshDatabase(cluster, 'stopped');
    const { run, before } = await ingestUntil(url, 40);
    cluster.stop();
    let result: Awaited<typeof run.exited>;
    try {
      result = await run.exited;
    } finally {
      cluster.start();
    }
    console.info(
      `postgres-restart: stopped after ${before} of ${ARTICLES} articles; ingest exit ${result.code}: ` +
        result.stderr.trim().split('\n').slice(-2).join(' | '),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`PostgreSQL at ${url} is unreachable`);
    const left = await snapshot(url);
    expect(left.duplicates).toBe(0);
    expect(left.torn).toBe(0);
    expect(left.tables.articles).toBeGreaterThanOrEqual(before);
    expect(left.tables.articles).toBeLessThan(ARTICLES);
    await expectRerunCompletes(url, left.tables.articles);
  }, 300_000);
});
