import { readConfig } from '../config.js';
import { extract } from '../extract/index.js';
import { OnrecordError, describeError } from '../errors.js';
import type { Article } from '../model/article.js';
import { createExtractPool } from '../pipeline/parallel-extract.js';
import { postgresUrlOrThrow, redactUrl, runQueueWorker, type JobOutcome } from '../pipeline/queue.js';
import { openStore } from '../store/open-store.js';
import type { Command } from './main.js';
import { formatHelp, parseCommandArgs, type CommandSpec } from './args.js';

const spec = {
  name: 'worker',
  usage: 'onrecord worker [--db postgres://…] [--concurrency N] [--workers N] [--json]',
  summary:
    'Take ingest jobs from the PostgreSQL queue that "onrecord ingest --queue" fills, and process them\n' +
    'exactly as "onrecord ingest" does (extract, then save each article in its own transaction).\n' +
    'Run as many as you like, on as many machines; stop one with Ctrl-C or SIGTERM (running jobs finish).',
  help: `options:
  --db URL                  the store and its queue: a postgres:// URL (default ONRECORD_DB)
  --concurrency N           jobs taken at once by this process (default 1)
  --workers N               extraction threads (worker_threads) for each job's articles (default 1: in-process)
  --poll-seconds S          how often an idle worker looks for jobs (default 2)
  --maintenance-seconds S   how often expired jobs of dead workers are put back (default 60)
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
    const { values } = parseCommandArgs(spec, args);
    if (values.help) {
      io.stdout.write(formatHelp(spec));
      return 0;
    }
    const db = postgresUrlOrThrow(values.db ?? readConfig().database);
    const concurrency = Math.floor(readNumber('concurrency', values.concurrency, 1, 1));
    const workers = Math.floor(readNumber('workers', values.workers, 1, 1));
    const pollSeconds = readNumber('poll-seconds', values['poll-seconds'], 2, 0.5);
    const maintenanceSeconds = Math.ceil(
      readNumber('maintenance-seconds', values['maintenance-seconds'], 60, 1),
    );

    const store = await openStore(db);
    const pool = workers > 1 ? createExtractPool({ workers }) : null;
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);

    const processArticles = async (articles: Article[]): Promise<JobOutcome> => {
      const outcome: JobOutcome = {
        new: 0,
        updated: 0,
        unchanged: 0,
        failed: 0,
        statements: 0,
        failures: [],
      };
      const extracted = pool
        ? pool.extractAll(articles)
        : (function* () {
            for (const article of articles) {
              try {
                yield { article, statements: extract(article, { published: article.published ?? null }) };
              } catch (error) {
                yield { article, statements: [], error: error as Error };
              }
            }
          })();
      for await (const { article, statements, error } of extracted) {
        if (error) {
          // A bad article is reported and skipped; retrying the job would fail it the same way.
          outcome.failed++;
          outcome.failures!.push({ id: article.id, reason: describeError(error) });
          continue;
        }
        // Store errors propagate: the job fails and pg-boss retries it; saving is idempotent.
        const saved = await store.saveArticle({ article, statements });
        outcome[saved.status]++;
        outcome.statements += saved.statements;
      }
      if (outcome.failures!.length === 0) delete outcome.failures;
      return outcome;
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
