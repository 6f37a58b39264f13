import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findProjectDir } from '../config.js';
import { OnrecordError, describeError } from '../errors.js';
import { extractReading, type Extraction as ArticleExtraction } from '../extract/index.js';
import type { Article } from '../model/article.js';
import type { Statement } from '../model/statement.js';
import { prepareSave, type PreparedSave } from '../store/sql/prepare-save.js';
import type { ExtractedArticle } from './ingest-batch.js';
import { prepareArticle } from './prepare-article.js';

/**
 * A worker_threads pool that runs `extract` off the main thread. This one file is both the pool (main
 * thread) and the worker (a thread started on this same compiled file with `workerData.onrecordExtract`),
 * so there is no second script to keep in step. Workers need compiled JS: from the TypeScript sources
 * (vitest) the pool starts dist/src/pipeline/parallel-extract.js instead, which `npm run build` makes.
 */

export interface ExtractPoolOptions {
  /** Worker threads; default: the machine's cores. */
  workers?: number;
  /** Articles sent to a worker in one message: fewer messages, same order. Default 8. */
  batchSize?: number;
  /** Articles submitted but not yet finished, over all workers, before `extractAll` stops reading. */
  maxInFlight?: number;
  /** The compiled worker file; default this file (or its dist/ twin when running from .ts). */
  workerFile?: string | URL;
  /**
   * Workers also compute claim frames and the store's database-free row preparation (prepareSave), so
   * the thread that writes only runs SQL: each result then carries `prepared`.
   */
  prepare?: boolean;
}

export type { ExtractedArticle };

export interface ExtractPool {
  readonly workers: number;
  /** Extracts one article on a worker. Resolves with its statements; rejects if extract threw on it. */
  extract(article: Article): Promise<Statement[]>;
  /** Like extract, with the article's save preparation (claim frames included) when `prepare` is on. */
  extractPrepared(article: Article): Promise<Extraction>;
  /**
   * Extracts a stream of articles in parallel and yields them in input order, reading ahead at most
   * `maxInFlight` articles (backpressure: a slow consumer stops the reading). A failure on one article
   * is yielded as its `error` and the stream goes on.
   */
  extractAll(articles: Iterable<Article> | AsyncIterable<Article>): AsyncGenerator<ExtractedArticle>;
  close(): Promise<void>;
}

interface WorkerRequest {
  batch: number;
  articles: Article[];
  prepare: boolean;
}

interface Extraction {
  statements: Statement[];
  prepared?: PreparedSave;
}

type WorkerOutcome = Extraction | { error: string };

interface WorkerReply {
  batch: number;
  outcomes: WorkerOutcome[];
}

interface Pending {
  article: Article;
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

interface PoolThread {
  worker: Worker;
  /** Batches sent and not yet answered, by batch number. */
  inFlight: Map<number, Pending[]>;
  load: number;
}

const WORKER_FLAG = 'onrecordExtract';

/** Where the compiled twin of this file lives: itself under dist/, else dist/src/pipeline/... */
export function resolveWorkerFile(moduleUrl: string = import.meta.url): string {
  const path = fileURLToPath(moduleUrl);
  if (path.endsWith('.js')) return path;
  const projectDir = findProjectDir();
  const compiled = resolve(projectDir, 'dist', relative(projectDir, path)).replace(/\.ts$/, '.js');
  if (!existsSync(compiled)) {
    throw new OnrecordError(
      'INTERNAL',
      `Cannot start extraction workers: "${compiled}" is missing; run "npm run build" first`,
    );
  }
  return compiled;
}

export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const size = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 8));
  const maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? size * batchSize * 4));
  const workerFile = options.workerFile ?? resolveWorkerFile();
  const workerUrl = workerFile instanceof URL ? workerFile : pathToFileURL(workerFile);

  const threads: PoolThread[] = [];
  let queue: Pending[] = [];
  let nextBatch = 0;
  let flushScheduled = false;
  let closed = false;
  // Deaths since the last answered batch: a worker that cannot even start (a broken build) must not be
  // restarted for ever.
  let deathsInARow = 0;
  let broken: Error | null = null;

  function failThread(thread: PoolThread, error: Error): void {
    for (const pending of thread.inFlight.values()) for (const item of pending) item.reject(error);
    thread.inFlight.clear();
    thread.load = 0;
  }

  function startThread(): PoolThread {
    const worker = new Worker(workerUrl, { workerData: { [WORKER_FLAG]: true } });
    const thread: PoolThread = { worker, inFlight: new Map(), load: 0 };
    worker.on('message', (reply: WorkerReply) => {
      const pending = thread.inFlight.get(reply.batch);
      if (!pending) return;
      thread.inFlight.delete(reply.batch);
      thread.load -= pending.length;
      deathsInARow = 0;
      pending.forEach((item, index) => {
        const outcome = reply.outcomes[index];
        if (outcome && 'statements' in outcome) item.resolve(outcome);
        else
          item.reject(
            new OnrecordError(
              'INTERNAL',
              `Cannot extract article "${item.article.id}": ${outcome ? outcome.error : 'no answer from worker'}`,
            ),
          );
      });
      flush();
    });
    const onDeath = (error: Error) => {
      failThread(thread, error);
      const index = threads.indexOf(thread);
      if (++deathsInARow > size * 2) {
        broken = error;
        for (const item of queue) item.reject(error);
        queue = [];
        return;
      }
      // A crashed worker is replaced so one poisoned article does not shrink the pool for good.
      if (index >= 0 && !closed) threads[index] = startThread();
      flush();
    };
    worker.on('error', (error) =>
      onDeath(
        new OnrecordError('INTERNAL', `Extraction worker failed: ${describeError(error)}`, { cause: error }),
      ),
    );
    worker.on('exit', (code) => {
      if (!closed) onDeath(new OnrecordError('INTERNAL', `Extraction worker exited with code ${code}`));
    });
    return thread;
  }

  for (let i = 0; i < size; i++) threads.push(startThread());

  function flush(): void {
    flushScheduled = false;
    while (queue.length > 0) {
      // The least-loaded thread takes the next batch; two batches per thread keep it busy while the
      // main thread turns replies around, and more would only make the tail of a stream uneven.
      let target: PoolThread | null = null;
      for (const thread of threads) if (!target || thread.load < target.load) target = thread;
      if (!target || target.load >= batchSize * 2) return;
      const items = queue.slice(0, batchSize);
      queue = queue.slice(items.length);
      const batch = nextBatch++;
      target.inFlight.set(batch, items);
      target.load += items.length;
      const request: WorkerRequest = {
        batch,
        articles: items.map((item) => item.article),
        prepare: options.prepare ?? false,
      };
      target.worker.postMessage(request);
    }
  }

  function extractPrepared(article: Article): Promise<Extraction> {
    if (closed) return Promise.reject(new OnrecordError('INTERNAL', 'The extraction pool is closed'));
    if (broken) return Promise.reject(broken);
    return new Promise<Extraction>((resolvePromise, rejectPromise) => {
      queue.push({ article, resolve: resolvePromise, reject: rejectPromise });
      // Calls made in the same tick share one batch.
      if (!flushScheduled) {
        flushScheduled = true;
        queueMicrotask(flush);
      }
    });
  }

  const extract = (article: Article): Promise<Statement[]> =>
    extractPrepared(article).then((extraction) => extraction.statements);

  async function* extractAll(
    articles: Iterable<Article> | AsyncIterable<Article>,
  ): AsyncGenerator<ExtractedArticle> {
    const window: { article: Article; result: Promise<ExtractedArticle> }[] = [];
    const submit = (article: Article) =>
      window.push({
        article,
        result: extractPrepared(article).then(
          ({ statements, prepared }) =>
            prepared ? { article, statements, prepared } : { article, statements },
          (error: Error) => ({ article, statements: [], error }),
        ),
      });
    for await (const article of articles) {
      submit(article);
      if (window.length >= maxInFlight) yield await window.shift()!.result;
    }
    while (window.length > 0) yield await window.shift()!.result;
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    const error = new OnrecordError(
      'INTERNAL',
      'The extraction pool was closed before this article finished',
    );
    for (const item of queue) item.reject(error);
    queue = [];
    await Promise.all(
      threads.map(async (thread) => {
        failThread(thread, error);
        await thread.worker.terminate();
      }),
    );
  }

  return { workers: size, extract, extractPrepared, extractAll, close };
}

/** The worker side: answers each batch with one outcome per article, in order. */
function serveWorker(): void {
  const port = parentPort!;
  port.on('message', (request: WorkerRequest) => {
    const outcomes: WorkerOutcome[] = request.articles.map((article) => {
      let extraction: ArticleExtraction;
      try {
        extraction = extractReading(article, { published: article.published ?? null });
      } catch (error) {
        return { error: describeError(error) };
      }
      const { statements, reading } = extraction;
      if (!request.prepare) return { statements };
      // Frames and rows as the in-process pipeline makes them (prepareArticle, then the store's
      // prepareSave); the frames themselves stay here, only their JSON and topics travel.
      try {
        return { statements, prepared: prepareSave(prepareArticle(article, statements, { reading })) };
      } catch {
        return { statements }; // the writing thread tries again and reports the failure as it would
      }
    });
    const reply: WorkerReply = { batch: request.batch, outcomes };
    port.postMessage(reply);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  serveWorker();
}
