import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestArticle } from '../../src/api/ingest-one.js';
import type { Article } from '../../src/model/article.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { FIXTURE_ARTICLES, HOSTILE_ARTICLE } from './fixture-articles.js';

export interface FixtureStore {
  store: Store;
  dir: string;
  close(): Promise<void>;
}

/**
 * A real SQLite store in a temp dir, loaded through the real pipeline (readers' layout, extract, frames,
 * shifts) with the articles written for these tests.
 */
export async function openFixtureStore(
  options: { articles?: Article[]; hostile?: boolean } = {},
): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-web-'));
  const store = await openStore(join(dir, 'fixture.db'));
  const articles = [
    ...(options.articles ?? FIXTURE_ARTICLES),
    ...(options.hostile === false ? [] : [HOSTILE_ARTICLE]),
  ];
  for (const article of articles) await ingestArticle(store, await withLayout(article));
  return {
    store,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the plain-text reader for dateline and caption spans, keeping the fixture's own metadata. */
async function withLayout(article: Article): Promise<Article> {
  const { readText } = await import('../../src/ingest/read-text.js');
  const read = readText(article.text, { published: article.published ?? null });
  return { ...read, ...article, dateline: read.dateline, captions: read.captions };
}

/**
 * The store the browser, load and bench runs use: the bundled sample corpus through the real batch
 * pipeline when sample/ exists, the seed story when ../shared is present (as `onrecord sample` does),
 * then the fixture articles (written for the tests: they give a territory shift even without ../shared)
 * and the hostile article.
 */
export async function openWebStore(): Promise<FixtureStore> {
  const { existsSync } = await import('node:fs');
  const { readConfig } = await import('../../src/config.js');
  const sampleDir = join(readConfig().projectDir, 'sample');
  if (!existsSync(sampleDir)) return openFixtureStore();
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-web-'));
  const store = await openStore(join(dir, 'web.db'));
  const { ingestBatch } = await import('../../src/pipeline/ingest-batch.js');
  const summary = await ingestBatch([sampleDir], { store });
  if (summary.new === 0) throw new Error(`the sample corpus in ${sampleDir} ingested no article`);
  // As `onrecord sample` does: the seed story from ../shared when present (never bundled).
  const { seedStoryPath, SEED_PUBLISHED } = await import('../../src/cli/sample.js');
  const seed = seedStoryPath();
  if (seed) await ingestBatch([seed], { store, read: { published: SEED_PUBLISHED } });
  for (const article of [...FIXTURE_ARTICLES, HOSTILE_ARTICLE])
    await ingestArticle(store, await withLayout(article));
  return {
    store,
    dir,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
