import { OnrecordError, describeError } from '../errors.js';
import type { WinkReading } from '../extract/analyse.js';
import { extractReading } from '../extract/index.js';
import { readSources, type ReadItem, type ReadOptions } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import type { Statement } from '../model/statement.js';
import { isFatalStoreError } from '../store/store-errors.js';
import type { PreparedSave } from '../store/sql/prepare-save.js';
import type { SaveArticleInput, Store } from '../store/store.js';
import { prepareArticle, prepareSkipped, skipReason, withLanguage } from './prepare-article.js';
import { refreshShifts } from './refresh-shifts.js';

export interface ExtractedArticle {
  article: Article;
  statements: Statement[];
  /** Claim frames and the store's row preparation, when the stage made them (a worker pool). */
  prepared?: PreparedSave;
  /** wink-nlp's reading of the article (in-process extraction), for the claim frames. */
  reading?: WinkReading | null;
  error?: Error;
}

/** Extraction of a stream of English articles, yielded in order; the worker pool plugs in here. */
export type ExtractStage = (articles: AsyncIterable<Article>) => AsyncIterable<ExtractedArticle>;

export interface IngestFailure {
  /** The input (path, URL, "stdin") with the line for dumps, or the article id. */
  source: string;
  reason: string;
}

export interface IngestCounts {
  /** Articles read so far (including failed and skipped ones). */
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Stored and counted but not extracted (non-English). */
  skipped: number;
  /** Inputs passed over that are not articles (binary files, empty records): listed, not failures. */
  ignored: number;
  statements: number;
}

export interface IngestSummary extends IngestCounts {
  /** People whose statements changed in this batch. */
  people: number;
  shifts: number;
  failures: IngestFailure[];
  ignoredInputs: IngestFailure[];
  elapsedMs: number;
}

export interface IngestBatchOptions {
  store: Store;
  read?: ReadOptions;
  /** Replaces in-process extraction (src/pipeline/parallel-extract.ts). */
  extractStage?: ExtractStage;
  /** Called after every article; cheap, so a progress bar can throttle itself. */
  onProgress?(counts: IngestCounts, elapsedMs: number): void;
  /** Recompute position shifts of the people touched (default true). */
  shifts?: boolean;
  /**
   * Extract articles the store already holds with the same content again (default false: they are
   * counted unchanged without extraction; true after the extractor itself changed).
   */
  reextract?: boolean;
  /**
   * Articles saved in one commit at most (default 128 on SQLite, 1 on PostgreSQL), and how long a
   * prepared article may wait for its batch (default 250 ms): a killed ingest loses at most the unsaved
   * ones, each whole or absent.
   */
  commitSize?: number;
  commitMs?: number;
  /** Keeps at most this many failures in the summary (the count is always exact). */
  maxListed?: number;
  now?: () => number;
}

/** In-process extraction: one article at a time; an article that throws is reported, not fatal. */
export const extractInProcess: ExtractStage = async function* (articles) {
  for await (const article of articles) {
    try {
      yield { article, ...extractReading(article, { published: article.published ?? null }) };
    } catch (error) {
      yield { article, statements: [], error: error as Error };
    }
  }
};

/** `onrecord ingest`: read the inputs, extract, save, then recompute shifts. Streaming, one article at a time. */
export function ingestBatch(inputs: string[], options: IngestBatchOptions): Promise<IngestSummary> {
  return ingestItems(readSources(inputs, options.read ?? {}), options);
}

/**
 * The pipeline over read items: language check → extraction → claim frames → store.saveArticles (one
 * commit per batch of articles, each article whole or absent) → shifts for the people touched. A
 * failing article is listed and skipped; a store that cannot be written at all (read-only, full,
 * unreachable) ends the batch with its error.
 */
export async function ingestItems(
  items: AsyncIterable<ReadItem>,
  options: IngestBatchOptions,
): Promise<IngestSummary> {
  const now = options.now ?? Date.now;
  const started = now();
  const maxListed = options.maxListed ?? 1000;
  const counts: IngestCounts = {
    read: 0,
    new: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    ignored: 0,
    statements: 0,
  };
  const failures: IngestFailure[] = [];
  const ignoredInputs: IngestFailure[] = [];
  const touched = new Set<string>();
  const store = options.store;
  const progress = () => options.onProgress?.(counts, now() - started);

  const fail = (source: string, reason: string) => {
    counts.failed += 1;
    if (failures.length < maxListed) failures.push({ source, reason });
    progress();
  };

  // Prepared articles wait here and are saved together (one SQLite commit for many articles, each still
  // whole or absent): a batch goes out when it is full, or by a timer once its first article has waited
  // commitMs, so a stalled input (a slow feed, stdin) does not keep finished articles unsaved.
  // PostgreSQL saves an article per transaction anyway (saveArticles): nothing to gain by waiting.
  const commitSize = Math.max(1, options.commitSize ?? (store.backend === 'sqlite' ? 128 : 1));
  const commitMs = options.commitMs ?? 250;
  let pending: SaveArticleInput[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timed: Promise<void> | null = null;
  let timedError: { error: unknown } | null = null;
  const flush = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.length === 0) return;
    const inputs = pending;
    pending = [];
    const outcomes = await store.saveArticles(inputs);
    inputs.forEach((input, index) => {
      const outcome = outcomes[index];
      if ('error' in outcome) {
        fail(sourceOf(input.article), describeError(outcome.error));
        return;
      }
      const { result } = outcome;
      counts[result.status] += 1;
      if (input.skippedReason) counts.skipped += 1;
      if (result.status !== 'unchanged') counts.statements += result.statements;
      for (const person of result.touchedPeople) touched.add(person);
      progress();
    });
  };
  /** Waits for a timer's batch to finish, and throws what it threw (a store that cannot be written). */
  const settle = async (): Promise<void> => {
    if (timed) await timed;
    timed = null;
    if (timedError) throw timedError.error;
  };
  const save = async (input: SaveArticleInput): Promise<void> => {
    await settle();
    pending.push(input);
    if (pending.length >= commitSize) {
      await flush();
    } else if (pending.length === 1) {
      timer = setTimeout(() => {
        timer = null;
        timed = flush().catch((error: unknown) => {
          timedError = { error };
        });
      }, commitMs);
    }
  };

  // Non-articles and non-English articles are handled on the way in; only English ones reach extraction.
  async function* englishArticles(): AsyncGenerator<Article> {
    for await (const item of items) {
      counts.read += 1;
      if (!item.ok) {
        const source = item.line ? `${item.source}:${item.line}` : item.source;
        if (item.skipped) {
          counts.ignored += 1;
          if (ignoredInputs.length < maxListed) ignoredInputs.push({ source, reason: item.error.message });
          progress();
        } else {
          fail(source, item.error.message);
        }
        continue;
      }
      const article = withLanguage(item.article);
      if (!options.reextract) {
        let state: 'new' | 'same' | 'changed';
        try {
          state = await store.articleState(article);
        } catch (error) {
          if (isFatalStoreError(error)) throw error;
          fail(sourceOf(article), describeError(error));
          continue;
        }
        if (state === 'same') {
          counts.unchanged += 1;
          progress();
          continue;
        }
      }
      const reason = skipReason(article);
      if (reason) {
        await save(prepareSkipped(article, reason));
        continue;
      }
      yield article;
    }
  }

  const stage = options.extractStage ?? extractInProcess;
  try {
    await extractAndSave();
    await settle();
    await flush();
  } finally {
    if (timer) clearTimeout(timer);
  }

  async function extractAndSave(): Promise<void> {
    for await (const extracted of stage(englishArticles())) {
      if (extracted.error) {
        fail(sourceOf(extracted.article), `extraction failed: ${describeError(extracted.error)}`);
        continue;
      }
      let input: SaveArticleInput;
      try {
        input = extracted.prepared
          ? { article: extracted.article, statements: extracted.statements, prepared: extracted.prepared }
          : prepareArticle(extracted.article, extracted.statements, { reading: extracted.reading });
      } catch (error) {
        fail(sourceOf(extracted.article), `claim frames failed: ${describeError(error)}`);
        continue;
      }
      await save(input);
    }
  }

  let shifts = 0;
  // Also the people an earlier, interrupted batch left owing (saved, but killed before this step).
  const owed = options.shifts === false ? [] : await store.staleShiftPeople();
  const refresh = new Set([...touched, ...owed]);
  if (options.shifts !== false && refresh.size > 0) {
    try {
      shifts = await refreshShifts(store, [...refresh].sort());
    } catch (error) {
      throw new OnrecordError(
        'STORE_FAILED',
        `Saved every article, but recomputing position shifts failed: ${describeError(error)}`,
        {
          cause: error,
        },
      );
    }
  }
  return { ...counts, people: touched.size, shifts, failures, ignoredInputs, elapsedMs: now() - started };
}

function sourceOf(article: Article): string {
  return article.source ?? article.url ?? article.id;
}
