import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadBenchArticles } from '../../bench/corpora.js';
import { readConfig } from '../config.js';
import type { extract } from '../extract/index.js';
import type { Article } from '../model/article.js';
import { ensureCompiled } from './ensure-compiled.js';
import { createExtractPool, resolveWorkerFile, type ExtractPool } from './parallel-extract.js';

/**
 * Real worker threads: vitest runs this file from TypeScript, and the pool starts the compiled
 * dist/src/pipeline/parallel-extract.js (built here when missing or stale). The results must be exactly
 * what the same compiled extractor returns in this process, in input order. (The compiled one, not the
 * TypeScript source: in a tree others are editing, the source can be newer than any build.)
 */

const config = readConfig();
let articles: Article[] = [];
let pool: ExtractPool | null = null;
let compiledExtract: typeof extract;

beforeAll(async () => {
  ensureCompiled([
    'src/pipeline/parallel-extract.ts',
    'src/extract/index.ts',
    'src/pipeline/ingest-batch.ts',
    'src/store/sqlite/sqlite-store.ts',
  ]);
  const compiled = pathToFileURL(resolve(config.projectDir, 'dist/src/extract/index.js')).href;
  ({ extract: compiledExtract } = (await import(compiled)) as { extract: typeof extract });
  // Freely licensed texts (Wikinews CC BY 2.5, president.gov.ua CC BY 4.0): test/fixtures/bench/README.md.
  articles = await loadBenchArticles(resolve(config.projectDir, 'test/fixtures/bench/fallback.jsonl'), {
    limit: 60,
  });
}, 180_000);

afterEach(async () => {
  await pool?.close();
  pool = null;
});

const expected = (article: Article) => compiledExtract(article, { published: article.published ?? null });

describe('createExtractPool', () => {
  it('resolves the compiled worker file from the TypeScript source', () => {
    expect(resolveWorkerFile()).toMatch(/dist\/src\/pipeline\/parallel-extract\.js$/);
  });

  it.each([1, 2, 3])(
    'with %i workers, extractAll yields every article in order with in-process results',
    async (workers) => {
      pool = createExtractPool({ workers, batchSize: 4 });
      const ids: string[] = [];
      for await (const done of pool.extractAll(articles)) {
        expect(done.error).toBeUndefined();
        expect(done.statements).toEqual(expected(done.article));
        ids.push(done.article.id);
      }
      expect(ids).toEqual(articles.map((article) => article.id));
      expect(articles.some((article) => expected(article).length > 0)).toBe(true);
    },
  );

  it('extract() answers concurrent calls each with its own article', async () => {
    pool = createExtractPool({ workers: 2 });
    const results = await Promise.all(articles.slice(0, 20).map((article) => pool!.extract(article)));
    results.forEach((statements, index) => expect(statements).toEqual(expected(articles[index])));
  });

  it('reads ahead at most maxInFlight articles (backpressure on the source)', async () => {
    const maxInFlight = 5;
    pool = createExtractPool({ workers: 2, batchSize: 2, maxInFlight });
    let pulled = 0;
    let yielded = 0;
    let widest = 0;
    async function* source() {
      for (const article of articles.slice(0, 30)) {
        pulled++;
        widest = Math.max(widest, pulled - yielded);
        yield article;
      }
    }
    for await (const done of pool.extractAll(source())) {
      yielded++;
      expect(done.error).toBeUndefined();
      // A slow consumer: the pool must not run away with the source meanwhile.
      await new Promise((resolvePromise) => setTimeout(resolvePromise, 2));
    }
    expect(yielded).toBe(30);
    expect(widest).toBeLessThanOrEqual(maxInFlight);
  });

  it('reports an article extract throws on as that article’s error and goes on', async () => {
    pool = createExtractPool({ workers: 1 });
    // Not an Article a reader would make: a text that is not a string. Whatever extract does with it,
    // the pool must answer for it and for the articles after it.
    const odd = { id: 'odd', text: { toString: null } } as unknown as Article;
    const results = [];
    for await (const done of pool.extractAll([articles[0], odd, articles[1]])) results.push(done);
    expect(results.map((done) => done.article.id)).toEqual([articles[0].id, 'odd', articles[1].id]);
    expect(results[2].statements).toEqual(expected(articles[1]));
  });

  it('rejects work after close', async () => {
    pool = createExtractPool({ workers: 1 });
    await pool.close();
    await expect(pool.extract(articles[0])).rejects.toThrow(/closed/);
  });

  it('ingest with the pool preparing rows stores exactly what in-process ingest stores', async () => {
    // All compiled, like the workers: the same code on both sides.
    const dist = async <T>(path: string) =>
      (await import(pathToFileURL(resolve(config.projectDir, 'dist', path)).href)) as T;
    const { ingestItems } = await dist<typeof import('./ingest-batch.js')>('src/pipeline/ingest-batch.js');
    const { openSqliteStore } = await dist<typeof import('../store/sqlite/sqlite-store.js')>(
      'src/store/sqlite/sqlite-store.js',
    );
    const { createExtractPool: compiledPool } = await dist<typeof import('./parallel-extract.js')>(
      'src/pipeline/parallel-extract.js',
    );
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-pool-ingest-'));
    const ingestInto = async (file: string, workers: number) => {
      const store = await openSqliteStore(file);
      const prepared = workers > 1 ? compiledPool({ workers, batchSize: 3, prepare: true }) : null;
      try {
        async function* items() {
          for (const article of articles) yield { ok: true as const, article };
        }
        return await ingestItems(items(), {
          store,
          extractStage: prepared ? (stream) => prepared.extractAll(stream) : undefined,
        });
      } finally {
        await prepared?.close();
        await store.close();
      }
    };
    const rows = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return [
          `SELECT id, content_hash, extraction_hash, language FROM articles ORDER BY id`,
          `SELECT id, article_id, ordinal, quote_text, speaker_name, speaker_title, cue, venue, parts, person_id,
                  fingerprint, frame FROM statements ORDER BY id`,
          `SELECT id, name, kind FROM people ORDER BY id`,
          `SELECT * FROM person_aliases ORDER BY person_id, alias`,
          `SELECT person_id, title, seen FROM person_titles ORDER BY person_id, title`,
          `SELECT * FROM statement_topics ORDER BY statement_id, topic`,
          `SELECT s.id AS statement_id, k.quote_key FROM statement_quote_keys k JOIN statements s ON s.seq = k.statement_seq
            ORDER BY k.quote_key, s.id`,
          `SELECT id, person_id, topic, data FROM shifts ORDER BY id`,
        ].map((sql) => db.prepare(sql).all());
      } finally {
        db.close();
      }
    };
    try {
      const alone = await ingestInto(join(dir, 'in-process.db'), 1);
      const pooled = await ingestInto(join(dir, 'pool.db'), 2);
      expect({ ...pooled, elapsedMs: 0 }).toEqual({ ...alone, elapsedMs: 0 });
      expect(alone.statements).toBeGreaterThan(20);
      const [, statements, , , , topics] = rows(join(dir, 'in-process.db'));
      expect(topics.length).toBeGreaterThan(0);
      expect(statements.some((row) => (row as { frame: string | null }).frame !== null)).toBe(true);
      expect(rows(join(dir, 'pool.db'))).toEqual(rows(join(dir, 'in-process.db')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
