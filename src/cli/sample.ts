import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { ingestBatch, type IngestSummary } from '../pipeline/ingest-batch.js';
import { createProgressBar, formatSummary } from '../pipeline/progress.js';
import { openStore } from '../store/open-store.js';
import type { Command, CommandIO } from './main.js';
import { type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'sample',
  usage: 'onrecord sample [--db FILE] [--port N] [--no-serve]',
  summary:
    'The quick start: ingest the bundled sample corpus (243 articles: Wikinews, president.gov.ua, kremlin.ru;\n' +
    'see sample/README.md for licences) into a SQLite file, print a summary and the most-quoted people,\n' +
    'then serve the web UI over it. When ../shared is beside the project, the seed wire story (UPI,\n' +
    '2024-11-30; read from there, never bundled) is ingested too. Running it again changes nothing.',
  help: `options:
  --db FILE      the SQLite file to fill (default onrecord.db in this folder)
  --port N       port for the web UI (default 8080, or ONRECORD_PORT)
  --no-serve     stop after the ingest and the summary

example:
  onrecord sample --db sample.db --port 8080`,
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    'no-serve': { type: 'boolean' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

/**
 * The seed story (UPI, copyrighted: read from ../shared, never bundled) when present: it carries the
 * Zelensky territory shift that the quick start's timeline shows.
 */
export function seedStoryPath(): string | null {
  const path = join(readConfig().sharedDir, 'seed', 'upi-2024-11-30-zelensky-nato.txt');
  return existsSync(path) ? path : null;
}

export const SEED_PUBLISHED = '2024-11-30';

/** Where the bundled corpus lives, whether running from src/ or dist/. */
export function sampleCorpusPath(): string {
  return join(readConfig().projectDir, 'sample', 'articles.jsonl.gz');
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length)
      throw new OnrecordError(
        'USAGE',
        `onrecord sample: unexpected "${positionals[0]}"\nusage: ${spec.usage}`,
      );
    const corpus = sampleCorpusPath();
    if (!existsSync(corpus)) {
      throw new OnrecordError(
        'INPUT_NOT_FOUND',
        `The sample corpus "${corpus}" is missing: run "node scripts/build-sample.mjs"`,
      );
    }
    const db = values.db ?? 'onrecord.db';
    const summary = await ingestSample(corpus, db, io);
    if (summary.failed > 0) return 1;
    if (values['no-serve']) return 0;
    let serve: Command;
    try {
      serve = ((await import('./serve.js')) as { command: Command }).command;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
      io.stderr.write(
        'The web UI is not part of this build; explore with "onrecord search", "people" and "quotes".\n',
      );
      return 0;
    }
    return serve.run(['--db', db, ...(values.port ? ['--port', values.port] : [])], io);
  },
};

async function ingestSample(corpus: string, db: string, io: CommandIO): Promise<IngestSummary> {
  const store = await openStore(db);
  const bar = createProgressBar(io.stderr, { total: 243, label: 'sample' });
  try {
    const summary = await ingestBatch([corpus], { store, onProgress: bar.update });
    bar.done();
    io.stdout.write(`${formatSummary(summary)}\n`);
    const seed = seedStoryPath();
    if (seed) {
      // A plain-text story: its dateline ("Nov. 30 (UPI)") has no year, so the date is given here.
      const seedSummary = await ingestBatch([seed], { store, read: { published: SEED_PUBLISHED } });
      io.stdout.write(`the seed story (${seed}): ${formatSummary(seedSummary)}\n`);
      summary.failed += seedSummary.failed;
      summary.failures.push(...seedSummary.failures);
    }
    for (const failure of summary.failures)
      io.stdout.write(`  failed: ${failure.source}: ${failure.reason}\n`);
    const counts = await store.counts();
    io.stdout.write(
      `the record in ${db}: ${counts.articles} articles, ${counts.statements} statements` +
        `${counts.sightings ? ` (+${counts.sightings} sightings)` : ''}, ${counts.people} people, ${counts.shifts} shifts\n\nmost quoted:\n`,
    );
    const people = await store.listPeople({ limit: 10 });
    for (const person of people.items) {
      io.stdout.write(
        `  ${String(person.statements).padStart(5)}  ${person.name}${person.title ? `, ${person.title}` : ''} (${person.articles} articles)\n`,
      );
    }
    io.stdout.write(
      `\ntry: onrecord search "NATO" --db ${db}\n     onrecord quotes --speaker "${people.items[0]?.name ?? 'Zelenskyy'}" --db ${db} --limit 10\n`,
    );
    return summary;
  } finally {
    bar.done();
    await store.close();
  }
}
