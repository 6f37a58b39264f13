import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { readConfig } from '../src/config.js';
import type { Article } from '../src/model/article.js';
import { extract, extractReading } from '../src/extract/index.js';
import { readSources, type ReadItem } from '../src/ingest/index.js';
import { ingestItems, type ExtractStage } from '../src/pipeline/ingest-batch.js';
import { createExtractPool } from '../src/pipeline/parallel-extract.js';
import { prepareArticle } from '../src/pipeline/prepare-article.js';
import { prepareSave } from '../src/store/sql/prepare-save.js';
import { freshPerfDatabase } from '../src/pipeline/perf-database.js';
import { openStore } from '../src/store/open-store.js';
import { loadBenchArticles } from './corpora.js';
import {
  collectGarbage,
  countArticle,
  cpuMsSince,
  mainThreadCpuSeconds,
  newTally,
  PAIRED_ARTICLES,
  pairedRatio,
  pairedRounds,
  round3,
  type PairedRatio,
  type RoundTimes,
  startRssSampler,
  startTimedProfile,
  summarise,
  threadCpuSince,
  threadCpuSnapshot,
  timeEach,
  type PhaseResult,
  type Tally,
  WARMUP_ARTICLES,
  warmupArticles,
} from './measure.js';

export type PhaseName =
  | 'extract'
  | 'extract-cold'
  | 'floor'
  | 'wink-pos'
  | 'compromise'
  | 'extract-pool'
  | 'ingest'
  | 'ingest-postgres';

/** One measurement, run in a fresh process so its peak RSS and JIT state are its own. */
export interface PhaseSpec {
  phase: PhaseName;
  set: string;
  path: string;
  limit?: number;
  workers?: number;
  /** Other sets to warm up on, so that no text of the timed set is read before it is timed. */
  warmupPaths?: string[];
}

export class PhaseUnavailable extends Error {}

export async function runPhase(spec: PhaseSpec): Promise<PhaseResult> {
  switch (spec.phase) {
    case 'extract':
      return runExtract(spec);
    case 'extract-cold':
      return runExtract(spec, { cold: true });
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
    case 'ingest-postgres':
      return runIngest(spec, await freshPostgresDatabase());
  }
}

/**
 * Extraction alone, warm (after WARMUP_ARTICLES) or cold: one article to load the models, then the set
 * timed as it comes, compilation included.
 */
/** An article's statements, dated against its own publication date, as the pipeline extracts it. */
function extractArticle(article: Article): ReturnType<typeof extract> {
  return extract(article, { published: article.published ?? null });
}

async function runExtract(spec: PhaseSpec, options: { cold?: boolean } = {}): Promise<PhaseResult> {
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const warmup = options.cold ? articles.slice(0, 1) : await loadWarmup(spec, WARMUP_ARTICLES);
  const run = await timeEach(articles, extractArticle, { warmup, name: `${spec.phase}-${spec.set}` });
  return summarise(spec.phase, spec.set, run, {
    notes: [warmupNote(spec, warmup.length, run.warmupCpuMs, options.cold)],
  });
}

async function runWink(spec: PhaseSpec, pipe: string[], label: string): Promise<PhaseResult> {
  const nlp = await loadWink(pipe);
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  // Reading the document is the work; the count makes sure nothing is optimised away.
  const warmup = await loadWarmup(spec, WARMUP_ARTICLES);
  const run = await timeEach(articles, (article) => nlp.readDoc(article.text).tokens().length(), {
    warmup,
    name: `${spec.phase}-${spec.set}`,
  });
  const paired = spec.phase === 'floor' ? await pairWithFloor(spec, nlp, warmup) : undefined;
  const result = summarise(spec.phase, spec.set, run, {
    notes: [
      label,
      warmupNote(spec, warmup.length, run.warmupCpuMs),
      ...(paired ?? []).map((ratio) => pairedNote(ratio)),
    ],
  });
  result.statements = undefined;
  if (paired) result.paired = paired;
  return result;
}

type WinkReader = { readDoc(text: string): { tokens(): { length(): number } } };

async function loadWink(pipe: string[]): Promise<WinkReader> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  return winkNLP(model, pipe as Parameters<typeof winkNLP>[1]);
}

/**
 * What each side of a paired round reads: the set's first PAIRED_ARTICLES articles (under --limit, the
 * limit), round again when the set has fewer; `texts` of them distinct.
 */
async function loadPairedArticles(spec: PhaseSpec): Promise<{ articles: Article[]; texts: number }> {
  const count = Math.min(spec.limit ?? Infinity, PAIRED_ARTICLES);
  const texts = await loadBenchArticles(spec.path, { limit: count });
  return { articles: warmupArticles(texts, count), texts: texts.length };
}

/**
 * The floor's ratios, measured where they cannot drift apart: extraction, the floor (`floor`, already
 * warmed) and wink-nlp's sbd+pos over the same texts in interleaved rounds (pairedRounds), each warmed
 * first on the floor row's warm-up. Their rows, each timed in a process of its own minutes apart,
 * divide two numbers the machine's speed moves independently (up to 40% here).
 */
async function pairWithFloor(spec: PhaseSpec, floor: WinkReader, warmup: Article[]): Promise<PairedRatio[]> {
  const pos = await loadWink(['sbd', 'pos']);
  const { articles, texts } = await loadPairedArticles(spec);
  const extractAll = (list: Article[]) => {
    let statements = 0;
    for (const article of list) statements += extractArticle(article).length;
    return statements;
  };
  const readAll = (nlp: WinkReader, list: Article[]) => {
    let tokens = 0;
    for (const article of list) tokens += nlp.readDoc(article.text).tokens().length();
    return tokens;
  };
  extractAll(warmup);
  readAll(pos, warmup);
  const { cpu } = await pairedRounds([
    () => extractAll(articles),
    () => readAll(floor, articles),
    () => readAll(pos, articles),
  ]);
  const over = (numerator: string, times: number[]) =>
    pairedRatio(
      { numerator, denominator: 'floor', measure: 'cpu', articles: articles.length, texts },
      times,
      cpu[1],
    );
  return [over('extract', cpu[0]), over('wink-pos', cpu[2])];
}

/**
 * A pool's speed-up over one thread from interleaved rounds (one thread first, then the pool): wall
 * time, and CPU time (the process's, all threads) of one thread over the pool's.
 */
function poolRatios(
  one: string,
  pool: string,
  rounds: RoundTimes,
  read: { articles: number; texts: number },
): PairedRatio[] {
  const names = { numerator: one, denominator: pool, ...read };
  return [
    pairedRatio({ ...names, measure: 'wall' }, rounds.wall[0], rounds.wall[1]),
    pairedRatio({ ...names, measure: 'cpu' }, rounds.cpu[0], rounds.cpu[1]),
  ];
}

function pairedNote(ratio: PairedRatio): string {
  return `paired: ${ratio.numerator} / ${ratio.denominator} ${ratio.measure === 'cpu' ? 'CPU' : 'wall'} time ${ratio.median.toFixed(2)} (median; ${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}) over ${ratio.rounds.length} interleaved rounds of ${ratio.articles} articles (the set's first ${ratio.texts}${ratio.texts < ratio.articles ? ', round again' : ''})`;
}

async function runCompromise(spec: PhaseSpec): Promise<PhaseResult> {
  let nlp: (text: string) => { quotations(): { out(format: 'array'): string[] } };
  try {
    nlp = (await import('compromise')).default as unknown as typeof nlp;
  } catch (error) {
    throw new PhaseUnavailable(`compromise is not installed (a devDependency): ${String(error)}`);
  }
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const run = await timeEach(articles, (article) => nlp(article.text).quotations().out('array'), {
    warmup: articles.slice(0, 10),
  });
  return summarise('compromise', spec.set, run, {
    notes: ['compromise quotations(): quotation spans only, no speakers'],
  });
}

async function runExtractPool(spec: PhaseSpec): Promise<PhaseResult> {
  const workers = spec.workers ?? 2;
  const articles = await loadBenchArticles(spec.path, { limit: spec.limit });
  const pool = createExtractPool({ workers });
  try {
    // Warm every worker's JIT as the single-thread run is warmed: the warm-up articles once per worker.
    const warmup = await loadWarmup(spec, WARMUP_ARTICLES * workers);
    const warmStart = process.cpuUsage();
    for await (const done of pool.extractAll(warmup)) if (done.error) throw done.error;
    const warmupCpuMs = cpuMsSince(warmStart);
    collectGarbage();
    const tally = newTally();
    // Sizes counted before the clock starts, as timeEach counts them for the one-thread rows.
    for (const article of articles) countArticle(tally, article, null);
    const rss = startRssSampler();
    const loadAtStart = loadavg()[0];
    const threadStart = threadCpuSnapshot();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for await (const done of pool.extractAll(articles)) {
      if (done.error) throw done.error;
      tally.statements += done.statements.length;
    }
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const threads = threadCpuSince(threadStart);
    const measured = { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...rss.stop(), threads };
    // The speed-up over one thread, in the same process: this thread extracts, warmed as the workers
    // were, in rounds interleaved with the pool's (pairedRounds).
    const { articles: articlesPaired, texts } = await loadPairedArticles(spec);
    for (const article of warmup.slice(0, WARMUP_ARTICLES)) extractArticle(article);
    const rounds = await pairedRounds([
      () => {
        for (const article of articlesPaired) extractArticle(article);
      },
      async () => {
        for await (const done of pool.extractAll(articlesPaired)) if (done.error) throw done.error;
      },
    ]);
    const paired = poolRatios('extract', 'extract-pool', rounds, { articles: articlesPaired.length, texts });
    const result = summarise(
      'extract-pool',
      spec.set,
      { tally, workers, loadAtStart, ...measured },
      {
        latencies: false,
        notes: [warmupNote(spec, warmup.length, warmupCpuMs), ...paired.map((ratio) => pairedNote(ratio))],
      },
    );
    result.paired = paired;
    return result;
  } finally {
    await pool.close();
  }
}

/**
 * `onrecord ingest` into a fresh SQLite file, minus the terminal: the real reader (readSources over the
 * JSONL), then ingestItems (language check → extract → claim frames → saveArticles, batched commits,
 * each article whole → shifts of the people touched). Streaming: the set is never held in memory.
 * Per-article times are the gaps between the pipeline's progress reports, a committed batch's time
 * shared evenly by its articles.
 */
async function runIngest(spec: PhaseSpec, postgresUrl: string | null = null): Promise<PhaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-'));
  const dbPath = join(dir, 'bench.db');
  const store = await openStore(postgresUrl ?? dbPath);
  const workers = spec.workers ?? 1;
  const pool = workers > 1 ? createExtractPool({ workers, prepare: true }) : null;
  const tally = newTally();
  const limit = spec.limit ?? Infinity;
  async function* items(): AsyncGenerator<ReadItem> {
    let articles = 0;
    for await (const item of readSources([spec.path], {})) {
      yield item;
      if (item.ok && ++articles >= limit) return;
    }
  }
  const server = postgresUrl ? await PostgresServerMeter.start(postgresUrl) : null;
  try {
    // Warmed as extraction is: loading the models and compiling the code is a once-a-process cost,
    // reported apart from the per-article rate (the timed run still reads, extracts and saves every
    // article, the warm-up ones included).
    const warmup = await loadWarmup(spec, WARMUP_ARTICLES * workers);
    const { articles: warmed, cpuMs: warmupCpuMs } = await warmIngest(warmup, pool, dir);
    collectGarbage();
    const rss = startRssSampler();
    const profile = startTimedProfile(`${spec.phase}-${spec.set}-${workers}`);
    const loadAtStart = loadavg()[0];
    const threadStart = threadCpuSnapshot();
    const cpuStart = process.cpuUsage();
    const mainStart = mainThreadCpuSeconds();
    const start = performance.now();
    let done = 0;
    let lastWall = start;
    let lastCpu = process.cpuUsage();
    // Articles are committed in batches, and the pipeline reports a batch's articles together, in one
    // synchronous burst of progress calls: the time since the previous burst is shared evenly among them.
    let burst = 0;
    const closeBurst = () => {
      const wall = performance.now() - lastWall;
      const cpuMs = cpuMsSince(lastCpu);
      for (let i = 0; i < burst; i++) {
        tally.durationsMs.push(wall / burst);
        tally.cpuDurationsMs.push(cpuMs / burst);
      }
      burst = 0;
      lastWall = performance.now();
      lastCpu = process.cpuUsage();
    };
    const summary = await ingestItems(items(), {
      store,
      extractStage: pool ? (articles) => pool.extractAll(articles) : undefined,
      onProgress(counts) {
        const processed = counts.new + counts.updated + counts.unchanged + counts.failed;
        if (processed === done) return;
        if (burst === 0 && !pool) queueMicrotask(closeBurst);
        burst += processed - done;
        done = processed;
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const mainEnd = mainThreadCpuSeconds();
    const threads = threadCpuSince(threadStart);
    await profile.stop();
    const { peakRssBytes, rssNote } = rss.stop();
    await countTexts(items(), tally);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // Amdahl: the main thread reads, checks and writes (serial); the rest runs on the workers.
    const mainNote =
      mainStart !== null && mainEnd !== null
        ? `main thread ${(mainEnd - mainStart).toFixed(2)} CPU-s of ${cpuSeconds.toFixed(2)} (${(((mainEnd - mainStart) / Math.max(cpuSeconds, 1e-6)) * 100).toFixed(0)}%, ${(((mainEnd - mainStart) / Math.max(tally.articles, 1)) * 1000).toFixed(2)} ms/article)`
        : null;
    tally.statements = summary.statements;
    const counts = await store.counts();
    const serverNote = server ? await server.stop(tally.articles) : null;
    const paired = pool ? await pairIngestPool(spec, pool, warmup.slice(0, WARMUP_ARTICLES), dir) : [];
    const result = summarise(
      spec.phase,
      spec.set,
      { tally, seconds, cpuSeconds, workers, peakRssBytes, rssNote, loadAtStart, threads },
      {
        latencies: !pool,
        notes: [
          warmupNote(spec, warmed, warmupCpuMs),
          ...(mainNote ? [mainNote] : []),
          `${postgresUrl ? 'postgres' : `sqlite ${Math.round(statSync(dbPath).size / 1e5) / 10} MB`}; new ${summary.new}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped (not English) ${summary.skipped}, failed ${summary.failed}, ignored ${summary.ignored}; shifts ${summary.shifts}`,
          `store counts: ${JSON.stringify(counts)}`,
          ...(serverNote ? [serverNote] : []),
          ...paired.map((ratio) => pairedNote(ratio)),
        ],
      },
    );
    if (paired.length > 0) result.paired = paired;
    if (mainStart !== null && mainEnd !== null) result.mainThreadCpuSeconds = round3(mainEnd - mainStart);
    return result;
  } finally {
    await server?.close();
    await pool?.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Articles to warm a phase up on (see WARMUP_ARTICLES): taken in turn from the other sets, so no text
 * of the timed set is read before it is timed; from the set itself, round again, when it is alone.
 */
async function loadWarmup(spec: PhaseSpec, count: number): Promise<Article[]> {
  const paths = spec.warmupPaths?.length ? spec.warmupPaths : [spec.path];
  const per = Math.ceil(count / paths.length);
  const lists = await Promise.all(paths.map((path) => loadBenchArticles(path, { limit: per })));
  const longest = Math.max(...lists.map((list) => list.length));
  const interleaved: Article[] = [];
  for (let i = 0; i < longest; i++) for (const list of lists) if (i < list.length) interleaved.push(list[i]);
  return warmupArticles(interleaved, count);
}

function warmupNote(spec: PhaseSpec, articles: number, cpuMs: number, cold = false): string {
  const from = cold
    ? "the set's first article (models loaded; the JIT left cold)"
    : spec.warmupPaths?.length
      ? `other sets (${spec.warmupPaths.map((path) => basename(path)).join(', ')})`
      : 'this set, round again (no other set present)';
  return `warm-up (untimed): ${articles} articles from ${from}, ${cpuMs.toFixed(0)} CPU-ms`;
}

/**
 * Runs the ingest's CPU stages (extraction, claim frames, the rows to save) over the warm-up articles,
 * untimed (in the pool when there is one), and ingests the first INGEST_SAVE_WARMUP of them into a
 * throwaway store.
 */
async function warmIngest(
  articles: Article[],
  pool: ReturnType<typeof createExtractPool> | null,
  dir: string,
): Promise<{ articles: number; cpuMs: number }> {
  const cpuStart = process.cpuUsage();
  if (pool) {
    for await (const done of pool.extractAll(articles)) if (done.error) throw done.error;
  } else {
    for (const article of articles) {
      const { statements, reading } = extractReading(article, { published: article.published ?? null });
      const input = prepareArticle(article, statements, { reading });
      prepareSave(input);
    }
  }
  // The writing side too: the first INGEST_SAVE_WARMUP of them ingested, the way the timed run ingests,
  // into a throwaway SQLite store, so the store's code is compiled before the clock starts.
  const throwaway = await openStore(join(dir, 'warmup.db'));
  try {
    const saved: ReadItem[] = articles
      .slice(0, INGEST_SAVE_WARMUP)
      .map((article) => ({ ok: true as const, article }));
    await ingestItems(listOf(saved), {
      store: throwaway,
      extractStage: pool ? (batch) => pool.extractAll(batch) : undefined,
    });
  } finally {
    await throwaway.close();
    rmSync(join(dir, 'warmup.db'), { force: true });
  }
  return { articles: articles.length, cpuMs: cpuMsSince(cpuStart) };
}

/**
 * The ingest pool's speed-up over one thread, in the same process: the set's first PAIRED_ARTICLES
 * (each once) ingested by this thread alone (warmed first on `warmup`, as the workers were) and through the pool,
 * each round into a fresh SQLite file, in interleaved rounds (pairedRounds).
 */
async function pairIngestPool(
  spec: PhaseSpec,
  pool: ReturnType<typeof createExtractPool>,
  warmup: Article[],
  dir: string,
): Promise<PairedRatio[]> {
  await warmIngest(warmup, null, dir);
  // Each text once: ingested again into the same store, an article would be counted unchanged.
  const paired = await loadPairedArticles(spec);
  const articles = paired.articles.slice(0, paired.texts);
  let round = 0;
  const ingestFresh = async (extractStage: ExtractStage | undefined) => {
    const path = join(dir, `paired-${round++}.db`);
    const store = await openStore(path);
    try {
      await ingestItems(listOf(articles.map((article) => ({ ok: true as const, article }))), {
        store,
        extractStage,
      });
    } finally {
      await store.close();
      rmSync(path, { force: true });
    }
  };
  const rounds = await pairedRounds([
    () => ingestFresh(undefined),
    () => ingestFresh((batch) => pool.extractAll(batch)),
  ]);
  return poolRatios('ingest', 'ingest-pool', rounds, { articles: articles.length, texts: paired.texts });
}

/** Warm-up articles also saved (into a throwaway store) before an ingest row is timed. */
const INGEST_SAVE_WARMUP = 1000;

async function* listOf<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/**
 * What an ingest costs the PostgreSQL server, which the client's CPU time does not show: the CPU time
 * of the backends serving the store's connections (read from /proc: the server is local), the WAL
 * written and the database's growth. Shared background processes (WAL writer, checkpointer) are not
 * counted.
 */
class PostgresServerMeter {
  private constructor(
    private readonly client: pg.Client,
    private readonly database: string,
    private readonly walStart: string,
    private readonly sizeStart: number,
  ) {}

  static async start(url: string): Promise<PostgresServerMeter> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ lsn: string; size: string; db: string }>(
      'SELECT pg_current_wal_lsn()::text AS lsn, pg_database_size(current_database())::text AS size, current_database() AS db',
    );
    return new PostgresServerMeter(client, rows[0].db, rows[0].lsn, Number(rows[0].size));
  }

  async stop(articles: number): Promise<string> {
    const { rows } = await this.client.query<{ wal: string; size: string }>(
      'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::text AS wal, pg_database_size(current_database())::text AS size',
      [this.walStart],
    );
    const backends = await this.client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [this.database],
    );
    let ticks = 0;
    for (const { pid } of backends.rows) ticks += backendCpuTicks(pid);
    const serverCpuSeconds = ticks / 100;
    const wal = Number(rows[0].wal);
    const growth = Number(rows[0].size) - this.sizeStart;
    const per = (value: number) => (articles > 0 ? value / articles : 0);
    return (
      `postgres server: backends ${serverCpuSeconds.toFixed(1)} CPU-s (${(per(serverCpuSeconds) * 1000).toFixed(2)} ms/article), ` +
      `WAL ${(wal / 1e6).toFixed(1)} MB (${(per(wal) / 1e3).toFixed(1)} kB/article), ` +
      `database +${(growth / 1e6).toFixed(1)} MB (${(per(growth) / 1e3).toFixed(1)} kB/article)`
    );
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

/** utime + stime of a local process in clock ticks (USER_HZ, 100 on Linux), 0 when unreadable. */
function backendCpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Counts articles, bytes and words of what the reader yields, on its way into the pipeline. */
/**
 * The articles, bytes and words of an ingest row, read again once its clock has stopped: counting words
 * as the articles went in charged the row's CPU time with the bench's own work (about 1% of a Ukraine ingest).
 */
async function countTexts(items: AsyncIterable<ReadItem>, tally: Tally): Promise<void> {
  for await (const item of items) if (item.ok) countArticle(tally, item.article, null);
}

/** A new, empty PostgreSQL database (onrecord_perf_bench) for one ingest run. */
async function freshPostgresDatabase(): Promise<string> {
  try {
    return await freshPerfDatabase('onrecord_perf_bench');
  } catch (error) {
    throw new PhaseUnavailable(
      `PostgreSQL at ${readConfig().testPostgres} is unavailable: ${(error as Error).message}`,
    );
  }
}
