import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { parseFieldMap, readSources, type ReadOptions } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import { estimateTotal } from '../pipeline/estimate-total.js';
import {
  ingestBatch,
  type ExtractStage,
  type ExtractedArticle,
  type IngestSummary,
} from '../pipeline/ingest-batch.js';
import { createProgressBar, formatSummary } from '../pipeline/progress.js';
import { openStore } from '../store/open-store.js';
import type { Command, CommandIO } from './main.js';
import { readDateOption, type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'ingest',
  usage:
    'onrecord ingest PATH|URL|- ... [--db FILE|postgres://…] [--published YYYY-MM-DD] [--map a=b,…] [--allow-private] [--workers N] [--reextract] [--queue] [--json]',
  summary:
    'Read articles into the record: files and folders (recursively) of .txt, .html, feeds, .jsonl/.csv dumps\n' +
    'and .gz of any of them, http(s) URLs, or - for stdin. Each article is extracted and saved in its own\n' +
    'transaction; the same article again changes nothing. Exit 1 if any input failed.',
  help: `options:
  --db FILE|URL        SQLite file (default onrecord.db, or ONRECORD_DB) or postgres://user@host/db
  --published DATE     publication date (YYYY-MM-DD) for texts that do not carry one
  --map a=b,...        dump columns under other names, e.g. --map text=body,published=date
  --allow-private      let URLs reach private, loopback and link-local addresses
  --workers N          extract on N worker threads (default 1: in-process)
  --reextract          extract articles already in the record with the same content again (after
                       an extractor upgrade); by default they are counted unchanged and skipped
  --queue              enqueue the articles for "onrecord worker" (PostgreSQL only) instead of ingesting
  --json               print the summary as JSON on stdout

examples:
  onrecord ingest news/ --db news.db
  onrecord ingest dump.jsonl.gz --map text=body --db postgres://localhost/onrecord
  curl -s https://example.org/story.html | onrecord ingest - --published 2024-11-30`,
  options: {
    db: { type: 'string' },
    published: { type: 'string' },
    map: { type: 'string' },
    'allow-private': { type: 'boolean' },
    workers: { type: 'string' },
    queue: { type: 'boolean' },
    reextract: { type: 'boolean' },
    json: { type: 'boolean' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

interface ExtractPoolLike {
  extractAll(articles: AsyncIterable<Article>): AsyncIterable<ExtractedArticle>;
  close(): Promise<void>;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length === 0) {
      throw new OnrecordError(
        'USAGE',
        `onrecord ingest: give at least one PATH, URL or -\nusage: ${spec.usage}`,
      );
    }
    const workers = values.workers === undefined ? 1 : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
      throw new OnrecordError(
        'USAGE',
        `--workers must be a whole number from 1 to 64, got "${values.workers}"`,
      );
    }
    const read: ReadOptions = {
      published: readDateOption('published', values.published) ?? null,
      map: values.map ? parseFieldMap(values.map) : undefined,
      allowPrivate: values['allow-private'] ?? false,
      stdin: io.stdin as AsyncIterable<Uint8Array>,
    };
    const db = values.db ?? readConfig().database;
    if (values.queue) return enqueue(positionals, db, read, io, values.json ?? false);

    let pool: ExtractPoolLike | null = null;
    let extractStage: ExtractStage | undefined;
    if (workers > 1) {
      const module = '../pipeline/parallel-extract.js';
      const { createExtractPool } = (await import(module)) as {
        createExtractPool(options: { workers: number; prepare?: boolean }): ExtractPoolLike;
      };
      const created = createExtractPool({ workers, prepare: true });
      pool = created;
      extractStage = (articles) => created.extractAll(articles);
    }
    const store = await openStore(db);
    const total = io.stderr.isTTY ? await estimateTotal(positionals) : null;
    const bar = createProgressBar(io.stderr, { total });
    let summary: IngestSummary;
    try {
      summary = await ingestBatch(positionals, {
        store,
        read,
        extractStage,
        reextract: values.reextract ?? false,
        onProgress: bar.update,
      });
    } finally {
      bar.done();
      await pool?.close();
      await store.close();
    }
    report(summary, io, values.json ?? false);
    return summary.failed > 0 ? 1 : 0;
  },
};

function report(summary: IngestSummary, io: CommandIO, json: boolean): void {
  if (json) io.stdout.write(`${JSON.stringify(summary)}\n`);
  io.stderr.write(`${formatSummary(summary)}\n`);
  for (const failure of summary.failures) io.stderr.write(`  failed: ${failure.source}: ${failure.reason}\n`);
  if (summary.failed > summary.failures.length) {
    io.stderr.write(`  … and ${summary.failed - summary.failures.length} more failures\n`);
  }
  for (const ignored of summary.ignoredInputs)
    io.stderr.write(`  ignored: ${ignored.source}: ${ignored.reason}\n`);
}

/** --queue: read and enqueue; the workers extract and save. Read failures are listed here. */
async function enqueue(
  inputs: string[],
  db: string,
  read: ReadOptions,
  io: CommandIO,
  json: boolean,
): Promise<number> {
  const module = '../pipeline/queue.js';
  const queue = (await import(module)) as {
    enqueueArticles(
      db: string,
      articles: AsyncIterable<Article>,
    ): Promise<{ jobs: number; articles: number }>;
    postgresUrlOrThrow(db: string): string;
  };
  queue.postgresUrlOrThrow(db);
  const failures: { source: string; reason: string }[] = [];
  async function* articles(): AsyncGenerator<Article> {
    for await (const item of readSources(inputs, read)) {
      if (item.ok) yield item.article;
      else if (!item.skipped)
        failures.push({
          source: item.line ? `${item.source}:${item.line}` : item.source,
          reason: item.error.message,
        });
    }
  }
  const result = await queue.enqueueArticles(db, articles());
  if (json) io.stdout.write(`${JSON.stringify({ ...result, failed: failures.length, failures })}\n`);
  io.stderr.write(
    `enqueued ${result.articles} articles in ${result.jobs} jobs; ${failures.length} inputs failed\n`,
  );
  for (const failure of failures) io.stderr.write(`  failed: ${failure.source}: ${failure.reason}\n`);
  return failures.length > 0 ? 1 : 0;
}
