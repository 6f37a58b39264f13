import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import PgBoss from 'pg-boss';
import { OnrecordError, describeError } from '../errors.js';
import type { Article } from '../model/article.js';

/**
 * Scale-out on PostgreSQL (issue 6): `onrecord ingest --queue` enqueues articles in small batches as
 * pg-boss jobs in the store's own database, and any number of `onrecord worker` processes on any
 * machines take them. A job is a handful of articles: one transaction per article in the store keeps a
 * retried job idempotent, and a handful amortises the queue's own round trips.
 */

export const INGEST_QUEUE = 'onrecord-ingest';

export interface QueueSettings {
  /** A job not finished this long after it started is taken back and retried (pg-boss 10 has no heartbeat). */
  expireInSeconds?: number;
  /** Attempts after the first; a job failing them all stays `failed` in the queue for inspection. */
  retryLimit?: number;
  retryDelaySeconds?: number;
}

export interface EnqueueOptions extends QueueSettings {
  /** Articles per job (default 10). */
  batchSize?: number;
  /** Called after each chunk of jobs is written, for a progress line. */
  onProgress?(progress: { jobs: number; articles: number }): void;
}

export interface EnqueueResult {
  jobs: number;
  articles: number;
  jobIds: string[];
}

/** What a job carries. Text with NUL characters cannot go into jsonb, so such a batch travels gzipped. */
export type IngestJobData = { articles: Article[] } | { gzip: string };

export const DEFAULT_QUEUE_SETTINGS: Required<QueueSettings> = {
  expireInSeconds: 15 * 60,
  retryLimit: 5,
  retryDelaySeconds: 10,
};

export function encodeJobData(articles: Article[]): IngestJobData {
  const json = JSON.stringify(articles);
  // jsonb rejects \u0000 wherever it appears; everything else is stored readable for inspection.
  if (!json.includes('\\u0000')) return { articles };
  return { gzip: gzipSync(json).toString('base64') };
}

export function decodeJobData(data: IngestJobData): Article[] {
  if ('articles' in data && Array.isArray(data.articles)) return data.articles;
  if ('gzip' in data && typeof data.gzip === 'string') {
    return JSON.parse(gunzipSync(Buffer.from(data.gzip, 'base64')).toString('utf8')) as Article[];
  }
  throw new OnrecordError(
    'INPUT_INVALID',
    'Cannot read ingest job: its data holds neither articles nor gzip',
  );
}

export interface BossOptions {
  /** Seconds between maintenance runs (expiring dead workers' jobs); pg-boss's default is 120. */
  maintenanceIntervalSeconds?: number;
  /** Connections in pg-boss's own pool. */
  max?: number;
}

export function postgresUrlOrThrow(db: string): string {
  if (!/^postgres(ql)?:\/\//.test(db)) {
    throw new OnrecordError(
      'USAGE',
      `The queue needs PostgreSQL: --db must be a postgres:// URL, got "${db}"`,
    );
  }
  return db;
}

export async function startBoss(db: string, options: BossOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: postgresUrlOrThrow(db),
    application_name: 'onrecord-queue',
    max: options.max ?? 4,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
  });
  try {
    await boss.start();
  } catch (error) {
    throw new OnrecordError(
      'STORE_UNAVAILABLE',
      `Cannot start the job queue on ${redactUrl(db)}: ${describeError(error)}`,
      { cause: error },
    );
  }
  return boss;
}

/** Creates the ingest queue once; several processes may race to do it. */
export async function ensureIngestQueue(boss: PgBoss, settings: QueueSettings = {}): Promise<void> {
  if (await boss.getQueue(INGEST_QUEUE)) return;
  const merged = { ...DEFAULT_QUEUE_SETTINGS, ...settings };
  try {
    await boss.createQueue(INGEST_QUEUE, {
      name: INGEST_QUEUE,
      expireInSeconds: merged.expireInSeconds,
      retryLimit: merged.retryLimit,
      retryDelay: merged.retryDelaySeconds,
    });
  } catch (error) {
    if (!(await boss.getQueue(INGEST_QUEUE))) throw error;
  }
}

/**
 * Enqueues articles as ingest jobs of `batchSize` articles, streaming: the input is read once and never
 * held whole. Returns the job ids (uuids chosen here, so a caller can follow them).
 */
export async function enqueueArticles(
  db: string,
  articles: Iterable<Article> | AsyncIterable<Article>,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 10));
  const settings = { ...DEFAULT_QUEUE_SETTINGS, ...stripUndefined(options) };
  const boss = await startBoss(db);
  const result: EnqueueResult = { jobs: 0, articles: 0, jobIds: [] };
  try {
    await ensureIngestQueue(boss, settings);
    let batch: Article[] = [];
    let jobs: PgBoss.JobInsert<IngestJobData>[] = [];
    const flushJobs = async () => {
      if (jobs.length === 0) return;
      await boss.insert(jobs);
      result.jobs += jobs.length;
      jobs = [];
      options.onProgress?.({ jobs: result.jobs, articles: result.articles });
    };
    const addJob = async () => {
      if (batch.length === 0) return;
      const id = randomUUID();
      jobs.push({
        id,
        name: INGEST_QUEUE,
        data: encodeJobData(batch),
        expireInSeconds: settings.expireInSeconds,
        retryLimit: settings.retryLimit,
        retryDelay: settings.retryDelaySeconds,
      });
      result.jobIds.push(id);
      result.articles += batch.length;
      batch = [];
      // One INSERT per hundred jobs: enqueueing must stay far faster than processing.
      if (jobs.length >= 100) await flushJobs();
    };
    for await (const article of articles) {
      batch.push(article);
      if (batch.length >= batchSize) await addJob();
    }
    await addJob();
    await flushJobs();
  } finally {
    await boss.stop({ graceful: false, wait: true, timeout: 1000 });
  }
  return result;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export interface JobOutcome {
  new: number;
  updated: number;
  unchanged: number;
  /** Articles that could not be processed (bad input): listed, never retried. */
  failed: number;
  statements: number;
  failures?: { id: string; reason: string }[];
}

export type QueueWorkerEvent =
  | { event: 'job-start'; job: string; articles: number; retry: number }
  | ({ event: 'job-done'; job: string; ms: number } & JobOutcome)
  | { event: 'job-failed'; job: string; error: string }
  | { event: 'error'; error: string };

export interface QueueWorkerOptions extends BossOptions {
  db: string;
  /**
   * Ingests one job's articles (extract → store.saveArticle), in order. Throwing fails the job, which
   * pg-boss retries: do so for failures of the store, not of one bad article.
   */
  process(articles: Article[], job: { id: string; retry: number }): Promise<JobOutcome>;
  /** Jobs processed at once by this process (default 1; extraction is CPU-bound, use --workers for threads). */
  concurrency?: number;
  pollingIntervalSeconds?: number;
  /** Aborting stops taking jobs, lets the running ones finish, and resolves. */
  signal?: AbortSignal;
  /** Also stop once no job is waiting, running or due for a retry anywhere (for scripts and batch runs). */
  untilEmpty?: boolean;
  onEvent?(event: QueueWorkerEvent): void;
}

export interface QueueWorkerSummary extends JobOutcome {
  jobs: number;
}

/** Takes ingest jobs until `signal` aborts. Safe to run on many machines at once. */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const boss = await startBoss(options.db, options);
  const summary: QueueWorkerSummary = { jobs: 0, new: 0, updated: 0, unchanged: 0, failed: 0, statements: 0 };
  const emit = (event: QueueWorkerEvent) => options.onEvent?.(event);
  boss.on('error', (error) => emit({ event: 'error', error: describeError(error) }));
  try {
    await ensureIngestQueue(boss);
    const handler = async (jobs: PgBoss.JobWithMetadata<IngestJobData>[]) => {
      // batchSize is 1: one job per call, so a failure retries only its own articles.
      const job = jobs[0];
      const articles = decodeJobData(job.data);
      const started = Date.now();
      emit({ event: 'job-start', job: job.id, articles: articles.length, retry: job.retryCount });
      try {
        const outcome = await options.process(articles, { id: job.id, retry: job.retryCount });
        for (const key of ['new', 'updated', 'unchanged', 'failed', 'statements'] as const) {
          summary[key] += outcome[key];
        }
        summary.jobs++;
        emit({ event: 'job-done', job: job.id, ms: Date.now() - started, ...outcome });
        return { ...outcome, pid: process.pid };
      } catch (error) {
        emit({ event: 'job-failed', job: job.id, error: describeError(error) });
        throw error;
      }
    };
    const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
    const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
    for (let i = 0; i < concurrency; i++) {
      await boss.work<IngestJobData>(
        INGEST_QUEUE,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds },
        handler,
      );
    }
    await (options.untilEmpty
      ? Promise.race([
          waitForAbort(options.signal),
          waitUntilEmpty(boss, pollingIntervalSeconds, options.signal),
        ])
      : waitForAbort(options.signal));
  } finally {
    await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
  }
  return summary;
}

function waitForAbort(signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return new Promise(() => {});
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolvePromise) =>
    signal.addEventListener('abort', () => resolvePromise(), { once: true }),
  );
}

/**
 * Resolves once the queue holds no job that is created, due for a retry or active, in any worker. An
 * active job of a dead worker counts until it expires and is retried, so a run that ends here has
 * really finished every job.
 */
async function waitUntilEmpty(boss: PgBoss, intervalSeconds: number, signal?: AbortSignal): Promise<void> {
  while (!signal?.aborted) {
    const unfinished = await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
    if (unfinished === 0) return;
    await new Promise((resolvePromise) => setTimeout(resolvePromise, intervalSeconds * 1000));
  }
}
