import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createExtractPool } from '../src/pipeline/parallel-extract.js';
import type { Article } from '../src/model/article.js';
import { loadBenchArticles, readBenchArticles } from './corpora.js';
import { loadExtract, loadOpenStore } from './components.js';
import {
  collectGarbage,
  countArticle,
  cpuMsSince,
  newTally,
  startRssSampler,
  summarise,
  timeEach,
  type PhaseResult,
} from './measure.js';

export type PhaseName = 'extract' | 'floor' | 'wink-pos' | 'compromise' | 'extract-pool' | 'ingest';

/** One measurement, run in a fresh process so its peak RSS and JIT state are its own. */
export interface PhaseSpec {
  phase: PhaseName;
  set: string;
  path: string;
  limit?: number;
  workers?: number;
}

export class PhaseUnavailable extends Error {}

export async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  switch (spec.phase) {
    case 'extract':
      return runExtract(spec);
    case 'floor':
      return runWink(spec, [], 'wink-nlp tokenisation (floor)');
    case 'wink-pos':
      return runWink(spec, ['sbd', 'pos'], 'wink-nlp sbd+pos');
    case 'compromise':
      return runCompromise(spec);
    case 'extract-pool':
      return runExtractPool(spec);
    case 'ingest':
      return runIngest(spec);
  }
}

async function requireExtract() {
  const extract = await loadExtract();
  if (!extract) throw new PhaseUnavailable('src/extract/index.ts (extract) has not landed');
  return extract;
}

async function runExtract(spec: PhaseSpec): Promise<PhaseResult> {
  const extract = await requireExtract();
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const rss = startRssSampler();
  const run = await timeEach(articles, (article) =>
    extract(article, { published: article.published ?? null }),
  );
  return summarise('extract', spec.set, { ...run, peakRssBytes: rss.stop() });
}

async function runWink(spec: PhaseSpec, pipe: string[], label: string): Promise<PhaseResult> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, pipe as Parameters<typeof winkNLP>[1]);
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const rss = startRssSampler();
  // Reading the document is the work; the count makes sure nothing is optimised away.
  const run = await timeEach(articles, (article) => nlp.readDoc(article.text).tokens().length());
  const result = summarise(spec.phase, spec.set, { ...run, peakRssBytes: rss.stop() }, { notes: [label] });
  result.statements = undefined;
  return result;
}

async function runCompromise(spec: PhaseSpec): Promise<PhaseResult> {
  let nlp: (text: string) => { quotations(): { out(format: 'array'): string[] } };
  try {
    nlp = (await import('compromise')).default as unknown as typeof nlp;
  } catch (error) {
    throw new PhaseUnavailable(`compromise is not installed (a devDependency): ${String(error)}`);
  }
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const rss = startRssSampler();
  const run = await timeEach(articles, (article) => nlp(article.text).quotations().out('array'), {
    warmup: 10,
  });
  return summarise(
    'compromise',
    spec.set,
    { ...run, peakRssBytes: rss.stop() },
    {
      notes: ['compromise quotations(): quotation spans only, no speakers'],
    },
  );
}

async function runExtractPool(spec: PhaseSpec): Promise<PhaseResult> {
  await requireExtract();
  const workers = spec.workers ?? 2;
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const pool = createExtractPool({ workers });
  try {
    // Warm every worker's JIT the same way the single-thread run is warmed.
    const warmup = articles.slice(0, Math.min(articles.length, 50 * workers));
    for await (const done of pool.extractAll(warmup)) if (done.error) throw done.error;
    collectGarbage();
    const tally = newTally();
    const rss = startRssSampler();
    const loadAtStart = loadavg()[0];
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for await (const done of pool.extractAll(articles)) {
      if (done.error) throw done.error;
      countArticle(tally, done.article, null);
      tally.statements += done.statements.length;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    return summarise(
      'extract-pool',
      spec.set,
      {
        tally,
        seconds,
        cpuSeconds: (cpu.user + cpu.system) / 1e6,
        workers,
        peakRssBytes: rss.stop(),
        loadAtStart,
      },
      { latencies: false },
    );
  } finally {
    await pool.close();
  }
}

/**
 * Extract → store.saveArticle into a fresh SQLite file, streaming the set (never held in memory), one
 * article at a time as `onrecord ingest` does; with workers, extraction runs on the pool and the main
 * thread only writes.
 */
async function runIngest(spec: PhaseSpec): Promise<PhaseResult> {
  const extract = await requireExtract();
  const openStore = await loadOpenStore();
  if (!openStore) throw new PhaseUnavailable('src/store/open-store.ts (openStore) has not landed');
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const dbPath = join(dir, 'bench.db');
  const store = await openStore(dbPath);
  const workers = spec.workers ?? 1;
  const pool = workers > 1 ? createExtractPool({ workers }) : null;
  const tally = newTally();
  const statuses = { new: 0, updated: 0, unchanged: 0 };
  try {
    collectGarbage();
    const rss = startRssSampler();
    const loadAtStart = loadavg()[0];
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const save = async (article: Article, statements: ReturnType<typeof extract>) => {
      const result = await store.saveArticle({ article, statements });
      statuses[result.status]++;
      tally.statements += statements.length;
    };
    const source = readBenchArticles(spec.path, { limit: spec.limit });
    if (pool) {
      for await (const done of pool.extractAll(source)) {
        if (done.error) throw done.error;
        await save(done.article, done.statements);
        countArticle(tally, done.article, null);
      }
    } else {
      for await (const article of source) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await save(article, extract(article, { published: article.published ?? null }));
        countArticle(tally, article, performance.now() - t0, cpuMsSince(c0));
      }
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const peakRssBytes = rss.stop();
    const counts = await store.counts();
    return summarise(
      'ingest',
      spec.set,
      { tally, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, workers, peakRssBytes, loadAtStart },
      {
        latencies: !pool,
        notes: [
          `sqlite ${Math.round(statSync(dbPath).size / 1e5) / 10} MB; new ${statuses.new}, updated ${statuses.updated}, unchanged ${statuses.unchanged}`,
          `store counts: ${JSON.stringify(counts)}`,
        ],
      },
    );
  } finally {
    await pool?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
