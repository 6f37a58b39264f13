import type { PhaseResult } from './measure.js';
import type { BenchRun } from './run.js';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const STAGE_LABELS: Record<string, string> = {
  extract: 'extraction',
  floor: 'floor: wink-nlp tokens',
  'wink-pos': 'wink-nlp sbd+pos',
  compromise: 'peer: compromise quotations()',
  'extract-pool': 'extraction, worker pool',
  ingest: 'ingest → SQLite',
};

function find(run: BenchRun, phase: string, set: string, workers = 1): PhaseResult | undefined {
  return run.results.find(
    (result) => result.phase === phase && result.set === set && result.workers === workers,
  );
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** The targets, per core on the measured machine, each with what was measured. */
export function checkTargets(run: BenchRun, options: { fullReuters: boolean }): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const bbcExtract = find(run, 'extract', 'bbc');
  if (bbcExtract) {
    checks.push({
      target: 'extraction ≥ 250 articles/s per core on BBC',
      measured: `${fixed(bbcExtract.articlesPerSecond)} articles/s`,
      met: bbcExtract.articlesPerSecond >= 250,
    });
  }
  for (const set of run.corpus) {
    const extract = find(run, 'extract', set.name);
    const floor = find(run, 'floor', set.name);
    if (extract && floor) {
      const ratio = extract.seconds / extract.articles / (floor.seconds / floor.articles);
      checks.push({
        target: `pipeline / tokenizer floor ≤ 4 (${set.label})`,
        measured: `${fixed(ratio, 2)}×`,
        met: ratio <= 4,
      });
    }
  }
  for (const set of run.corpus) {
    const ingest = find(run, 'ingest', set.name);
    if (ingest) {
      checks.push({
        target: `ingest into SQLite ≥ 150 articles/s per core (${set.label})`,
        measured: `${fixed(ingest.articlesPerSecond)} articles/s`,
        met: ingest.articlesPerSecond >= 150,
      });
    }
  }
  for (const set of run.corpus) {
    const one = find(run, 'extract', set.name);
    const pool = run.results.find((r) => r.phase === 'extract-pool' && r.set === set.name);
    if (one && pool) {
      const speedup = pool.articlesPerSecond / one.articlesPerSecond;
      checks.push({
        target: `extraction with --workers ${pool.workers} ≥ 1.7× one thread (${set.label})`,
        measured: `${fixed(speedup, 2)}× (${run.machine.cores} cores)`,
        met: speedup >= 1.7,
      });
    }
    const ingestOne = find(run, 'ingest', set.name);
    const ingestPool = run.results.find((r) => r.phase === 'ingest' && r.set === set.name && r.workers > 1);
    if (ingestOne && ingestPool) {
      const speedup = ingestPool.articlesPerSecond / ingestOne.articlesPerSecond;
      checks.push({
        target: `ingest with --workers ${ingestPool.workers} ≥ 1.7× one thread (${set.label})`,
        measured: `${fixed(speedup, 2)}×`,
        met: speedup >= 1.7,
      });
    }
  }
  const reuters = find(run, 'ingest', 'reuters');
  if (reuters) {
    checks.push({
      target: 'peak RSS ≤ 500 MB ingesting all of Reuters-21578 (streaming)',
      measured: `${fixed(reuters.peakRssMb, 0)} MB over ${reuters.articles} articles${options.fullReuters ? '' : ' (a limited run: not the whole set)'}`,
      met: options.fullReuters ? reuters.peakRssMb <= 500 : null,
    });
  }
  return checks;
}

function cell(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

/** The Markdown the lead pastes into the README: one table of stages, one of targets. */
export function formatTable(run: BenchRun, targets: TargetCheck[]): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${run.date.slice(0, 16).replace('T', ' ')} UTC on ${run.machine.cpu} (${run.machine.cores} cores, ${run.machine.memoryGb} GB), Node ${run.machine.node}, commit ${run.commit ?? '?'}.`,
    `Command: \`${run.command}\`. Each row runs in a fresh process; single-thread rows are per core.`,
    '',
    '| Set | Stage | Threads | Articles | Articles/s | MB/s | Words/s | p50 ms | p99 ms | Peak RSS MB | ×floor |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const set of run.corpus) {
    const floor = find(run, 'floor', set.name);
    const floorPerArticle = floor ? floor.seconds / floor.articles : null;
    for (const result of run.results.filter((r) => r.set === set.name)) {
      const perArticle = result.seconds / result.articles;
      const times =
        floorPerArticle && result.workers === 1 ? `${(perArticle / floorPerArticle).toFixed(1)}` : '—';
      const stage = STAGE_LABELS[result.phase] ?? result.phase;
      lines.push(
        `| ${set.label} | ${result.workers > 1 ? stage.replace('ingest', 'ingest, worker pool') : stage} | ${result.workers} | ${result.articles} | ${cell(result.articlesPerSecond)} | ${cell(result.mbPerSecond, 2)} | ${Math.round(result.wordsPerSecond).toLocaleString('en-US')} | ${cell(result.p50Ms, 2)} | ${cell(result.p99Ms, 2)} | ${cell(result.peakRssMb, 0)} | ${times} |`,
      );
    }
  }
  if (targets.length > 0) {
    lines.push('', '| Target | Measured | Met |', '|---|---|:---:|');
    for (const check of targets) {
      lines.push(
        `| ${check.target} | ${check.measured} | ${check.met === null ? 'n/a' : check.met ? 'yes' : '**no**'} |`,
      );
    }
  }
  if (run.skipped.length > 0) {
    lines.push('', 'Not measured:');
    for (const skip of run.skipped) lines.push(`- ${skip.set} ${skip.phase}: ${skip.reason}`);
  }
  lines.push(
    '',
    '×floor: time per article over wink-nlp tokenisation alone of the same texts. Words are whitespace-separated runs.',
    '',
  );
  return `${lines.join('\n')}\n`;
}
