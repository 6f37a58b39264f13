import { beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { Article } from '../model/article.js';
import { freshPerfDatabase, perfDatabaseUrl, perfPostgresReachable } from './perf-database.js';
import {
  decodeJobData,
  encodeJobData,
  enqueueArticles,
  runQueueWorker,
  type JobOutcome,
  type QueueWorkerEvent,
} from './queue.js';

const DATABASE = 'onrecord_perf_queue_unit';

const reachable = await perfPostgresReachable();
if (!reachable)
  console.warn(`queue.test: PostgreSQL tests skipped, unreachable at ${readConfig().testPostgres}`);
const databaseUrl = perfDatabaseUrl(DATABASE);

function article(index: number, text = `Paragraph ${index}. "We will see," the minister said.`): Article {
  return { id: `queue-test-${index}`, text, published: '2024-11-30', title: `Article ${index}` };
}

const empty = (): JobOutcome => ({ new: 0, updated: 0, unchanged: 0, failed: 0, statements: 0 });

describe('job data', () => {
  it.each([
    ['plain text travels as readable jsonb', 'He said "yes".', 'articles'],
    ['a NUL character travels gzipped (jsonb refuses \\u0000)', 'bad\u0000byte "x," he said', 'gzip'],
  ])('%s', (_name, text, key) => {
    const articles = [article(1, text), article(2)];
    const data = encodeJobData(articles);
    expect(Object.keys(data)).toEqual([key]);
    expect(decodeJobData(JSON.parse(JSON.stringify(data)))).toEqual(articles);
  });

  it('names what is wrong with a job it cannot read', () => {
    expect(() => decodeJobData({} as never)).toThrow(/neither articles nor gzip/);
  });
});

describe.skipIf(!reachable)('enqueueArticles and runQueueWorker on PostgreSQL', () => {
  beforeEach(async () => {
    await freshPerfDatabase(DATABASE);
  });

  async function work(
    process: (articles: Article[], job: { id: string; retry: number }) => Promise<JobOutcome>,
    until: () => boolean,
  ): Promise<QueueWorkerEvent[]> {
    const events: QueueWorkerEvent[] = [];
    const controller = new AbortController();
    const running = runQueueWorker({
      db: databaseUrl,
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      signal: controller.signal,
      process,
      onEvent: (event) => events.push(event),
    });
    const deadline = Date.now() + 30_000;
    while (!until() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await running;
    return events;
  }

  it('streams articles into jobs of batchSize and hands each article to a worker once, in order', async () => {
    async function* source() {
      for (let i = 0; i < 25; i++) yield article(i);
    }
    const result = await enqueueArticles(databaseUrl, source(), { batchSize: 4 });
    expect(result).toMatchObject({ jobs: 7, articles: 25 });
    expect(new Set(result.jobIds).size).toBe(7);

    const seen: string[][] = [];
    const events = await work(
      async (articles) => {
        seen.push(articles.map((a) => a.id));
        return { ...empty(), new: articles.length };
      },
      () => seen.flat().length >= 25,
    );
    expect(seen.flat().sort()).toEqual(Array.from({ length: 25 }, (_, i) => `queue-test-${i}`).sort());
    for (const ids of seen)
      expect(ids).toEqual([...ids].sort((a, b) => Number(a.split('-')[2]) - Number(b.split('-')[2])));
    expect(events.filter((event) => event.event === 'job-done')).toHaveLength(7);
  });

  it('retries a job whose processing failed, and the retry sees the same articles', async () => {
    await enqueueArticles(databaseUrl, [article(1), article(2, 'nul\u0000 inside')], {
      batchSize: 2,
      retryDelaySeconds: 0,
    });
    const attempts: { retry: number; ids: string[] }[] = [];
    const events = await work(
      async (articles, job) => {
        attempts.push({ retry: job.retry, ids: articles.map((a) => a.id) });
        if (job.retry === 0) throw new Error('store unavailable (simulated by this test)');
        return { ...empty(), new: articles.length };
      },
      () => attempts.length >= 2,
    );
    expect(attempts).toEqual([
      { retry: 0, ids: ['queue-test-1', 'queue-test-2'] },
      { retry: 1, ids: ['queue-test-1', 'queue-test-2'] },
    ]);
    expect(events.map((event) => event.event)).toEqual(['job-start', 'job-failed', 'job-start', 'job-done']);
  });

  it('with untilEmpty, stops by itself once every job is done', async () => {
    await enqueueArticles(databaseUrl, [article(1), article(2), article(3)], { batchSize: 1 });
    const seen: string[] = [];
    const summary = await runQueueWorker({
      db: databaseUrl,
      pollingIntervalSeconds: 0.5,
      untilEmpty: true,
      process: async (articles) => {
        seen.push(...articles.map((a) => a.id));
        return { ...empty(), new: articles.length };
      },
    });
    expect(seen.sort()).toEqual(['queue-test-1', 'queue-test-2', 'queue-test-3']);
    expect(summary).toMatchObject({ jobs: 3, new: 3 });
  });

  it('refuses a database that is not PostgreSQL, naming it', async () => {
    await expect(enqueueArticles('onrecord.db', [article(1)])).rejects.toThrow(
      /postgres:\/\/ URL, got "onrecord.db"/,
    );
  });
});
