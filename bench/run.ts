import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { fallbackSet, findBenchSets, freeWarmupPaths, type BenchSet } from './corpora.js';
import type { PhaseResult } from './measure.js';
import { PhaseUnavailable, runPhase, type PhaseName, type PhaseSpec } from './phases.js';
import { checkTargets, formatTable, type TargetCheck } from './report.js';

const USAGE = `usage: npm run bench -- [options]
       node --expose-gc dist/bench/run.js [options]

Measures extraction alone, ingest into SQLite, the wink-nlp tokenisation floor and compromise's
quotations() over ../shared/corpora/news (or the bundled free corpus), each phase in a fresh process.
The ratios the report judges are measured within one process, in interleaved rounds over the same texts
(A B, B A, …; CPU and wall time, garbage collected between), and given as the median of the rounds'
ratios with their min–max: the floor phase also runs extraction and sbd+pos (their ×floor), the pool
phases also one thread (the speed-up), since two rows timed minutes apart differ by the machine's drift.

  --limit N        articles per set (default: all); --quick is --limit 300 --peer-limit 100
  --peer-limit N   articles per set for compromise, which is slow (default 300)
  --postgres-limit N  articles per set for ingest-postgres (default 2000), into the database
                   onrecord_perf_bench on ONRECORD_TEST_POSTGRES (skipped when unreachable)
  --sets a,b       bbc, reuters, ukraine (or fallback); default all present
  --phases a,b     extract, extract-cold, floor, wink-pos, compromise, extract-pool, ingest, ingest-pool,
                   ingest-postgres
  --workers N      threads for extract-pool and ingest-pool (default 2)
  --out FILE       results JSON (default bench/results.json in the project)
  --report FILE    print the tables of an earlier results JSON (targets judged again) and exit
`;

const ALL_PHASES = [
  'extract',
  'extract-cold',
  'floor',
  'wink-pos',
  'compromise',
  'extract-pool',
  'ingest',
  'ingest-pool',
  'ingest-postgres',
];
const RESULT_PREFIX = 'BENCH-RESULT ';

export interface BenchRun {
  date: string;
  commit: string | null;
  machine: { cpu: string; cores: number; memoryGb: number; node: string };
  command: string;
  corpus: { name: string; label: string; origin: string }[];
  results: PhaseResult[];
  skipped: { phase: string; set: string; reason: string }[];
}

async function runChild(spec: PhaseSpec): Promise<PhaseResult | { unavailable: string }> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--expose-gc', script, '--phase-json', JSON.stringify(spec)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolvePromise) => child.on('close', resolvePromise));
  const line = output.split('\n').find((text) => text.startsWith(RESULT_PREFIX));
  if (!line)
    throw new Error(`Benchmark phase ${spec.phase} on ${spec.set} exited with code ${code} and no result`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as PhaseResult | { unavailable: string };
}

async function childMain(specJson: string): Promise<void> {
  const spec = JSON.parse(specJson) as PhaseSpec;
  try {
    const result = await runPhase(spec);
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } catch (error) {
    if (error instanceof PhaseUnavailable) {
      process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ unavailable: error.message })}\n`);
      return;
    }
    throw error;
  }
}

/** JSON as prettier writes it, so a committed results.json passes `npm run format:check` as written. */
async function formatJson(value: unknown, path: string): Promise<string> {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = await prettier.resolveConfig(path);
    return await prettier.format(json, { ...options, filepath: path });
  } catch {
    return json; // prettier is a devDependency; without it the file is still valid JSON
  }
}

function gitCommit(projectDir: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: projectDir,
      encoding: 'utf8',
    }).trim();
  } catch {
    return null;
  }
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return number;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'phase-json': { type: 'string' },
      limit: { type: 'string' },
      'peer-limit': { type: 'string' },
      'postgres-limit': { type: 'string' },
      quick: { type: 'boolean' },
      sets: { type: 'string' },
      phases: { type: 'string' },
      workers: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values['phase-json']) {
    await childMain(values['phase-json']);
    return 0;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.report) {
    const saved = JSON.parse(readFileSync(values.report, 'utf8')) as BenchRun & { targets: TargetCheck[] };
    // Judged again with today's rules; the saved run tells whether it read all of Reuters.
    const fullReuters = saved.targets.some(
      (check) => check.target.startsWith('peak RSS') && check.met !== null,
    );
    process.stdout.write(formatTable(saved, checkTargets(saved, { fullReuters })));
    return 0;
  }
  const config = readConfig();
  const limit = positiveInt('limit', values.limit) ?? (values.quick ? 300 : undefined);
  const peerLimit = positiveInt('peer-limit', values['peer-limit']) ?? (values.quick ? 100 : 300);
  const postgresLimit =
    positiveInt('postgres-limit', values['postgres-limit']) ?? (values.quick ? 300 : 2000);
  const workers = positiveInt('workers', values.workers) ?? 2;
  const phases = values.phases ? values.phases.split(',') : ALL_PHASES;
  for (const phase of phases) if (!ALL_PHASES.includes(phase)) throw new Error(`Unknown phase "${phase}"`);
  const sets: BenchSet[] = findBenchSets(config.sharedDir, config.projectDir, values.sets?.split(','));
  if (sets.length === 0) throw new Error(`No benchmark set matches --sets ${values.sets}`);
  // Every set present, --sets or not, and the bundled free corpus (its Unicode text: curly quotes, names
  // beyond Latin-1, which the ASCII of Reuters never shows the JIT): the others are each row's warm-up
  // (bench/phases.ts loadWarmup).
  // And the free corpora of ../shared, for more of that Unicode text (two-byte strings to V8: a set warmed
  // on ASCII alone recompiles its rules when the timed run meets them, a once-a-process cost).
  const freeWarmup = freeWarmupPaths(config.sharedDir);
  const fallback = fallbackSet(config.projectDir);
  const allSets = [...findBenchSets(config.sharedDir, config.projectDir), fallback].filter(
    (set, index, list) => list.findIndex((other) => other.path === set.path) === index,
  );

  const run: BenchRun = {
    date: new Date().toISOString(),
    commit: gitCommit(config.projectDir),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    command: `node --expose-gc dist/bench/run.js ${argv.join(' ')}`.trim(),
    corpus: sets.map(({ name, label, origin }) => ({ name, label, origin })),
    results: [],
    skipped: [],
  };

  for (const set of sets) {
    for (const phase of phases) {
      const spec: PhaseSpec = {
        phase: (phase === 'ingest-pool' ? 'ingest' : phase) as PhaseName,
        set: set.name,
        path: set.path,
        limit:
          phase === 'compromise'
            ? Math.min(peerLimit, limit ?? Infinity)
            : phase === 'ingest-postgres'
              ? Math.min(postgresLimit, limit ?? Infinity)
              : limit,
        workers: phase === 'extract-pool' || phase === 'ingest-pool' ? workers : 1,
        warmupPaths: [
          ...allSets.filter((other) => other.path !== set.path).map((other) => other.path),
          ...freeWarmup,
        ],
      };
      process.stderr.write(
        `bench: ${set.label}: ${phase}${spec.limit ? ` (first ${spec.limit})` : ''} ...\n`,
      );
      // One retry: other builds rewrite dist/ while a long run goes on, and a phase that started while a
      // file was half-written dies before it measures anything.
      const outcome = await runChild(spec).catch((error: Error) => {
        process.stderr.write(`bench:   ${error.message}; running it once more\n`);
        return runChild(spec);
      });
      if ('unavailable' in outcome) {
        run.skipped.push({ phase, set: set.name, reason: outcome.unavailable });
        process.stderr.write(`bench:   skipped: ${outcome.unavailable}\n`);
        continue;
      }
      run.results.push(outcome);
      process.stderr.write(
        `bench:   ${outcome.articles} articles in ${outcome.seconds} s: ${outcome.articlesPerSecond} articles/s, peak RSS ${outcome.peakRssMb} MB\n`,
      );
    }
  }

  const out = values.out ? resolve(values.out) : resolve(config.projectDir, 'bench', 'results.json');
  mkdirSync(dirname(out), { recursive: true });
  const targets = checkTargets(run, { fullReuters: limit === undefined });
  writeFileSync(out, await formatJson({ ...run, targets }, out));
  process.stdout.write(formatTable(run, targets));
  process.stderr.write(`bench: wrote ${out}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
