import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBenchArticles } from '../../bench/corpora.js';
import { readConfig } from '../config.js';
import type { ReadItem } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import { ensureCompiled } from '../pipeline/ensure-compiled.js';
import { freshPerfDatabase, perfDatabaseUrl, perfPostgresReachable } from '../pipeline/perf-database.js';
import type { ingestItems } from '../pipeline/ingest-batch.js';
import { INGEST_QUEUE, enqueueArticles } from '../pipeline/queue.js';
import type { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';

/**
 * Scale-out, for real: three `onrecord worker` processes on the local PostgreSQL take the jobs that
 * enqueueArticles wrote; the one that takes the big first job is SIGKILLed in the middle of it. Its job
 * must expire, be retried by another worker, and the record must end up exactly as a plain in-process
 * ingest of the same articles: every article once, no statement lost or duplicated.
 */

const config = readConfig();
const QUEUE_DB = 'onrecord_perf_queue';
const REFERENCE_DB = 'onrecord_perf_queue_ref';
const CLI_DB = 'onrecord_perf_queue_cli';

const compiled = {} as { ingestItems: typeof ingestItems; openStore: typeof openStore };
const reachable = await perfPostgresReachable();
if (!reachable) console.warn(`worker.test: skipped, PostgreSQL is unreachable at ${config.testPostgres}`);

type WorkerEvent = { event: string; job?: string; pid: number; retry?: number; [key: string]: unknown };

interface RunningWorker {
  child: ChildProcess;
  events: WorkerEvent[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function startWorker(
  url: string,
  onEvent: (worker: RunningWorker, event: WorkerEvent) => void,
): RunningWorker {
  const child = spawn(
    process.execPath,
    [
      resolve(config.projectDir, 'bin', 'onrecord'),
      'worker',
      '--db',
      url,
      '--json',
      '--poll-seconds',
      '0.5',
      '--maintenance-seconds',
      '1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const worker: RunningWorker = {
    child,
    events: [],
    exited: new Promise((resolvePromise) =>
      child.on('exit', (code, signal) => resolvePromise({ code, signal })),
    ),
  };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const event = JSON.parse(line) as WorkerEvent;
    worker.events.push(event);
    onEvent(worker, event);
  });
  child.stderr!.on('data', (chunk: Buffer) =>
    process.stderr.write(`[worker ${child.pid}] ${chunk.toString()}`),
  );
  return worker;
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [resolve(config.projectDir, 'bin', 'onrecord'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise) =>
    child.on('close', (code) => resolvePromise({ code, stdout, stderr })),
  );
}

async function jobStates(url: string): Promise<{ id: string; state: string; retry_count: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; state: string; retry_count: number }>(
      'SELECT id, state, retry_count FROM pgboss.job WHERE name = $1',
      [INGEST_QUEUE],
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 250));
  }
}

/** One article's statements as comparable lines, read back through the Store interface. */
async function statementLines(store: Store, articleId: string): Promise<string[] | null> {
  const record = await store.getArticle(articleId);
  if (!record) return null;
  return record.statements
    .map(
      (s) =>
        `${s.quote.start}-${s.quote.end}|${s.kind}|${s.speaker.name}|${s.cue?.text ?? ''}|${s.quote.text}`,
    )
    .sort();
}

describe('onrecord worker: usage', () => {
  beforeAll(() => ensureCompiled(['src/cli/main.ts', 'src/cli/worker.ts']), 180_000);

  it.each([
    [['--db', 'onrecord.db'], /needs PostgreSQL: --db must be a postgres:\/\/ URL, got "onrecord.db"/],
    [['--db', 'postgres://x/y', '--workers', '0'], /--workers must be a number ≥ 1, got "0"/],
    [
      ['--db', 'postgres://x/y', '--poll-seconds', 'soon'],
      /--poll-seconds must be a number ≥ 0.5, got "soon"/,
    ],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
  ])('%j exits 2 and says why', async (args, message) => {
    const result = await runCli(['worker', ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('--help exits 0 and lists every option', async () => {
    const result = await runCli(['worker', '--help']);
    expect(result.code).toBe(0);
    for (const option of [
      '--db',
      '--concurrency',
      '--workers',
      '--poll-seconds',
      '--maintenance-seconds',
      '--until-empty',
      '--json',
    ]) {
      expect(result.stdout).toContain(option);
    }
  });
});

describe.skipIf(!reachable)('onrecord worker: three processes on one PostgreSQL queue', () => {
  const queueUrl = perfDatabaseUrl(QUEUE_DB);
  const referenceUrl = perfDatabaseUrl(REFERENCE_DB);
  const workers: RunningWorker[] = [];
  let articles: Article[] = [];

  beforeAll(async () => {
    ensureCompiled([
      'src/cli/main.ts',
      'src/cli/worker.ts',
      'src/pipeline/queue.ts',
      'src/store/open-store.ts',
    ]);
    await freshPerfDatabase(QUEUE_DB);
    await freshPerfDatabase(REFERENCE_DB);
    // The reference ingest runs the same compiled code as the workers: in a tree others are editing,
    // the TypeScript sources can be newer than any build.
    const dist = (path: string) => pathToFileURL(resolve(config.projectDir, 'dist', path)).href;
    ({ ingestItems: compiled.ingestItems } = (await import(dist('src/pipeline/ingest-batch.js'))) as {
      ingestItems: typeof ingestItems;
    });
    ({ openStore: compiled.openStore } = (await import(dist('src/store/open-store.js'))) as {
      openStore: typeof openStore;
    });
    // Freely licensed texts (Wikinews CC BY 2.5, president.gov.ua CC BY 4.0): test/fixtures/bench/README.md.
    articles = await loadBenchArticles(resolve(config.projectDir, 'test/fixtures/bench/fallback.jsonl'));
  }, 180_000);

  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
  });

  it('processes every article exactly once and retries the job of a SIGKILLed worker', async () => {
    expect(articles.length).toBeGreaterThan(100);
    // pg-boss 10 has no heartbeat: a job still running at expiry is handed out again, so the expiry must
    // outlast the big job even on a busy machine, while staying short enough to wait for.
    const settings = { expireInSeconds: 15, retryLimit: 3, retryDelaySeconds: 0 };
    // The first job is big enough to be mid-way when its worker dies; the rest are small.
    const big = await enqueueArticles(queueUrl, articles.slice(0, 40), { ...settings, batchSize: 40 });
    const rest = await enqueueArticles(queueUrl, articles.slice(40), { ...settings, batchSize: 4 });
    const bigJob = big.jobIds[0];
    const allJobs = [...big.jobIds, ...rest.jobIds];
    expect(big.articles + rest.articles).toBe(articles.length);

    let killedPid: number | null = null;
    const onEvent = (worker: RunningWorker, event: WorkerEvent) => {
      if (event.event === 'job-start' && event.job === bigJob && killedPid === null) {
        killedPid = worker.child.pid!;
        worker.child.kill('SIGKILL');
      }
    };
    for (let i = 0; i < 3; i++) workers.push(startWorker(queueUrl, onEvent));

    await waitFor('every job to complete', 90_000, async () => {
      const states = await jobStates(queueUrl);
      return states.length === allJobs.length && states.every((job) => job.state === 'completed')
        ? states
        : null;
    });
    const survivors = workers.filter((worker) => worker.child.pid !== killedPid);
    for (const worker of survivors) worker.child.kill('SIGTERM');
    const exits = await Promise.all(workers.map((worker) => worker.exited));

    expect(killedPid).not.toBeNull();
    const killed = workers.find((worker) => worker.child.pid === killedPid)!;
    expect((await killed.exited).signal).toBe('SIGKILL');
    expect(exits.filter((exit) => exit.code === 0)).toHaveLength(2);

    // The killed worker never finished its job; another took it again (a retry) and finished it.
    expect(killed.events.some((event) => event.event === 'job-done' && event.job === bigJob)).toBe(false);
    const states = await jobStates(queueUrl);
    expect(states.find((job) => job.id === bigJob)?.retry_count).toBeGreaterThanOrEqual(1);
    const done = survivors.flatMap((worker) => worker.events.filter((event) => event.event === 'job-done'));
    const retriedBy = survivors.filter((worker) =>
      worker.events.some(
        (event) => event.event === 'job-start' && event.job === bigJob && (event.retry ?? 0) >= 1,
      ),
    );
    expect(retriedBy).toHaveLength(1);
    const failures = done.flatMap((event) => (event.failures as unknown[] | undefined) ?? []);
    expect(failures, 'articles the workers could not ingest').toEqual([]);
    // Every job was completed exactly once, and the work was shared.
    expect(done.map((event) => event.job).sort()).toEqual([...allJobs].sort());
    expect(survivors.every((worker) => worker.events.some((event) => event.event === 'job-done'))).toBe(true);

    // The record equals a plain in-process ingest of the same articles: nothing lost, nothing twice.
    const reference = await compiled.openStore(referenceUrl);
    const queued = await compiled.openStore(queueUrl);
    try {
      async function* items(): AsyncGenerator<ReadItem> {
        for (const article of articles) yield { ok: true, article };
      }
      const summary = await compiled.ingestItems(items(), { store: reference });
      expect(summary.failed).toBe(0);
      for (const article of articles) {
        const lines = await statementLines(queued, article.id);
        expect(lines, `article ${article.id} in the queued store`).not.toBeNull();
        expect(lines, `statements of article ${article.id}`).toEqual(
          await statementLines(reference, article.id),
        );
      }
      const [expected, actual] = [await reference.counts(), await queued.counts()];
      expect(actual.articles).toBe(articles.length);
      expect(expected.statements).toBeGreaterThan(0);
      // People may be resolved in another order by concurrent workers; articles and statements may not differ.
      expect({ articles: actual.articles, statements: actual.statements }).toEqual({
        articles: expected.articles,
        statements: expected.statements,
      });
    } finally {
      await reference.close();
      await queued.close();
    }
  }, 150_000);

  it('onrecord ingest --queue, then onrecord worker --until-empty --workers 2, ingests a JSONL dump', async () => {
    const url = await freshPerfDatabase(CLI_DB);
    const fixture = resolve(config.projectDir, 'test/fixtures/bench/fallback.jsonl');
    const ingest = await runCli(['ingest', '--queue', '--db', url, fixture]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.stderr).toMatch(new RegExp(`enqueued ${articles.length} articles in \\d+ jobs`));
    const worker = await runCli([
      'worker',
      '--db',
      url,
      '--until-empty',
      '--workers',
      '2',
      '--poll-seconds',
      '0.5',
    ]);
    expect(worker.code, worker.stderr).toBe(0);
    expect(worker.stdout).toMatch(
      new RegExp(`stopped after \\d+ jobs: new ${articles.length}, updated 0, unchanged 0, failed 0`),
    );
    const store = await compiled.openStore(url);
    try {
      expect((await store.counts()).articles).toBe(articles.length);
    } finally {
      await store.close();
    }
  }, 150_000);
});
