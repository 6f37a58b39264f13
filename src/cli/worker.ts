import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import type { Article } from '../model/article.js';
import type { ReadItem } from '../ingest/index.js';
import { ingestItems } from '../pipeline/ingest-batch.js';
import { createExtractPool } from '../pipeline/parallel-extract.js';
import { postgresUrlOrThrow, redactUrl, runQueueWorker, type JobOutcome } from '../pipeline/queue.js';
import { openStore } from '../store/open-store.js';
import type { Command } from './main.js';
import { type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'worker',
  usage: 'onrecord worker [--db postgres://…] [--concurrency N] [--workers N] [--until-empty] [--json]',
  summary:
    'Take ingest jobs from the PostgreSQL queue that "onrecord ingest --queue" fills, and process them\n' +
    'exactly as "onrecord ingest" does (extract, frames, one transaction per article, shifts).\n' +
    'Run as many as you like, on as many machines; stop one with Ctrl-C or SIGTERM (running jobs finish).',
  help: `options:
  --db URL                  the store and its queue: a postgres:// URL (default ONRECORD_DB)
  --concurrency N           jobs taken at once by this process (default 1)
  --workers N               extraction threads (worker_threads) for each job's articles (default 1: in-process)
  --poll-seconds S          how often an idle worker looks for jobs (default 2)
  --maintenance-seconds S   how often expired jobs of dead workers are put back (default 60)
  --until-empty             stop once no job is waiting, running or due for a retry (for batch runs)
  --json                    one JSON line per event (job-start, job-done, job-failed) on stdout

example:
  onrecord ingest --queue --db postgres://localhost/onrecord news/
  onrecord worker --db postgres://localhost/onrecord --workers 2`,
  options: {
    db: { type: 'string' },
    concurrency: { type: 'string' },
    workers: { type: 'string' },
    'poll-seconds': { type: 'string' },
    'maintenance-seconds': { type: 'string' },
    'until-empty': { type: 'boolean' },
    json: { type: 'boolean' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

function readNumber(name: string, value: string | undefined, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < minimum) {
    throw new OnrecordError(
      'USAGE',
      `--${name} must be a number ≥ ${minimum}, got "${value}"\nusage: ${spec.usage}`,
    );
  }
  return number;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values } = parsed;
    const db = postgresUrlOrThrow(values.db ?? readConfig().database);
    const concurrency = Math.floor(readNumber('concurrency', values.concurrency, 1, 1));
    const workers = Math.floor(readNumber('workers', values.workers, 1, 1));
    const pollSeconds = readNumber('poll-seconds', values['poll-seconds'], 2, 0.5);
    const maintenanceSeconds = Math.ceil(
      readNumber('maintenance-seconds', values['maintenance-seconds'], 60, 1),
    );

    const store = await openStore(db);
    const pool = workers > 1 ? createExtractPool({ workers, prepare: true }) : null;
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);

    // The same pipeline as `onrecord ingest` (language check, extract, claim frames, save, shifts), fed
    // with the job's articles instead of a reader.
    const processArticles = async (articles: Article[]): Promise<JobOutcome> => {
      async function* items(): AsyncGenerator<ReadItem> {
        for (const article of articles) yield { ok: true, article };
      }
      // Store errors that end a batch propagate: the job fails and pg-boss retries it (saving is idempotent).
      const summary = await ingestItems(items(), {
        store,
        extractStage: pool ? (stream) => pool.extractAll(stream) : undefined,
      });
      return {
        new: summary.new,
        updated: summary.updated,
        unchanged: summary.unchanged,
        failed: summary.failed,
        statements: summary.statements,
        ...(summary.failures.length > 0
          ? { failures: summary.failures.map(({ source, reason }) => ({ id: source, reason })) }
          : {}),
      };
    };

    const log = (line: string) => io.stdout.write(`${line}\n`);
    if (!values.json) log(`onrecord worker: taking jobs from ${redactUrl(db)} (pid ${process.pid})`);
    try {
      const summary = await runQueueWorker({
        db,
        concurrency,
        pollingIntervalSeconds: pollSeconds,
        maintenanceIntervalSeconds: maintenanceSeconds,
        signal: controller.signal,
        untilEmpty: values['until-empty'] ?? false,
        process: processArticles,
        onEvent(event) {
          if (values.json) return log(JSON.stringify({ ...event, pid: process.pid }));
          if (event.event === 'job-done') {
            log(
              `job ${event.job}: new ${event.new}, updated ${event.updated}, unchanged ${event.unchanged}, failed ${event.failed}, statements ${event.statements} (${event.ms} ms)`,
            );
          } else if (event.event === 'job-failed') {
            io.stderr.write(`onrecord worker: job ${event.job} failed (will be retried): ${event.error}\n`);
          } else if (event.event === 'error') {
            io.stderr.write(`onrecord worker: queue error: ${event.error}\n`);
          }
        },
      });
      const line = `onrecord worker: stopped after ${summary.jobs} jobs: new ${summary.new}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}, statements ${summary.statements}`;
      if (values.json) log(JSON.stringify({ event: 'stopped', pid: process.pid, ...summary }));
      else log(line);
      return 0;
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await pool?.close();
      await store.close();
    }
  },
};
