import { PAIRED_ARTICLES, PAIRED_ROUNDS, type PairedRatio, type PhaseResult } from './measure.js';
import type { BenchRun } from './run.js';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | null;
}

const STAGE_LABELS: Record<string, string> = {
  extract: 'extraction',
  'extract-cold': 'extraction, first pass (cold JIT)',
  floor: 'floor: wink-nlp tokens',
  'wink-pos': 'wink-nlp sbd+pos',
  compromise: 'peer: compromise quotations()',
  'extract-pool': 'extraction, worker pool',
  ingest: 'ingest → SQLite',
  'ingest-postgres': 'ingest → PostgreSQL',
};

function find(run: BenchRun, phase: string, set: string, workers = 1): PhaseResult | undefined {
  return run.results.find(
    (result) => result.phase === phase && result.set === set && result.workers === workers,
  );
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

/** A paired ratio of a row (PhaseResult.paired), by what it divides. */
function pairedOf(
  result: PhaseResult | undefined,
  numerator: string,
  measure: 'cpu' | 'wall',
): PairedRatio | undefined {
  return result?.paired?.find((ratio) => ratio.numerator === numerator && ratio.measure === measure);
}

/** "5.10× (4.92–5.31 over 8 rounds)": a paired ratio's median and spread, times `scale`. */
function spread(ratio: PairedRatio, scale = 1): string {
  return `${fixed(ratio.median * scale, 2)}× (${fixed(ratio.min * scale, 2)}–${fixed(ratio.max * scale, 2)} over ${ratio.rounds.length} rounds)`;
}

/** The first pass's rate beside a warm one, when it was measured. */
function coldNote(run: BenchRun, set: string): string {
  const cold = find(run, 'extract-cold', set);
  return cold ? `; first pass, JIT cold: ${fixed(cold.articlesPerCpuSecond)}` : '';
}

/** The issue's targets, per core on the measured machine, each with what was measured. */
export function checkTargets(run: BenchRun, options: { fullReuters: boolean }): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const bbcExtract = find(run, 'extract', 'bbc');
  if (bbcExtract) {
    checks.push({
      target: 'extraction ≥ 250 articles/s per core on BBC',
      measured: `${fixed(bbcExtract.articlesPerCpuSecond)} articles per CPU-second (wall ${fixed(bbcExtract.articlesPerSecond)}/s)${coldNote(run, 'bbc')}`,
      met: bbcExtract.articlesPerCpuSecond >= 250,
    });
  }
  for (const set of run.corpus) {
    const extract = find(run, 'extract', set.name);
    const floor = find(run, 'floor', set.name);
    const paired = pairedOf(floor, 'extract', 'cpu');
    if (extract && floor) {
      // The rows' own ratio divides two processes' rates, minutes apart; the paired rounds do not.
      const rows = floor.articlesPerCpuSecond / extract.articlesPerCpuSecond;
      const ratio = paired ? paired.median : rows;
      checks.push({
        target: `pipeline / tokenizer floor ≤ 4 (${set.label})`,
        measured: paired
          ? `${spread(paired)}, CPU time in paired rounds of ${paired.articles} articles; the rows' ${fixed(rows, 2)}×`
          : `${fixed(rows, 2)}× (the rows' rates)`,
        met: ratio <= 4,
      });
    }
  }
  for (const set of run.corpus) {
    const ingest = find(run, 'ingest', set.name);
    if (ingest) {
      checks.push({
        target: `ingest into SQLite ≥ 150 articles/s per core (${set.label})`,
        measured: `${fixed(ingest.articlesPerCpuSecond)} articles per CPU-second (wall ${fixed(ingest.articlesPerSecond)}/s)`,
        met: ingest.articlesPerCpuSecond >= 150,
      });
    }
  }
  for (const set of run.corpus) {
    const one = find(run, 'extract', set.name);
    const pool = run.results.find((r) => r.phase === 'extract-pool' && r.set === set.name);
    if (one && pool)
      checks.push(speedupCheck(run, `extraction with --workers ${pool.workers}`, set.label, one, pool));
    const ingestOne = find(run, 'ingest', set.name);
    const ingestPool = run.results.find((r) => r.phase === 'ingest' && r.set === set.name && r.workers > 1);
    if (ingestOne && ingestPool) {
      checks.push(
        speedupCheck(run, `ingest with --workers ${ingestPool.workers}`, set.label, ingestOne, ingestPool),
      );
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

/**
 * Speed-up is wall-clock by nature, so it is only judged when the machine was not shared (load average
 * at most the core count plus a half during both runs). Where the pool row holds paired rounds (one
 * thread and the pool in the same process, interleaved over the same texts: PhaseResult.paired), the
 * speed-up is their median with its spread; otherwise the two rows' rates. The CPU-time view is given
 * beside it: the workers' articles per CPU-second over one thread's, times the workers, is what an idle
 * machine would show if the cores were free.
 */
function speedupCheck(
  run: BenchRun,
  what: string,
  label: string,
  one: PhaseResult,
  pool: PhaseResult,
): TargetCheck {
  const pairedWall = pairedOf(pool, one.phase, 'wall');
  const pairedCpu = pairedOf(pool, one.phase, 'cpu');
  const wall = pairedWall ? pairedWall.median : pool.articlesPerSecond / one.articlesPerSecond;
  const cpuBound = pairedCpu
    ? pool.workers * pairedCpu.median
    : (pool.workers * pool.articlesPerCpuSecond) / one.articlesPerCpuSecond;
  // Amdahl from measured parts, when the main thread's own CPU time is known (ingest): either run takes
  // at least its main thread's time, and at least its whole CPU time spread over the machine's cores.
  const cores = run.machine.cores;
  const floorOf = (result: PhaseResult) =>
    Math.max(result.mainThreadCpuSeconds!, result.cpuSeconds / cores) / Math.max(result.articles, 1);
  const amdahl =
    one.mainThreadCpuSeconds !== undefined && pool.mainThreadCpuSeconds !== undefined
      ? `; at most ${fixed(floorOf(one) / floorOf(pool), 2)}× on ${cores} cores (Amdahl: main thread ${fixed((one.mainThreadCpuSeconds / Math.max(one.articles, 1)) * 1000, 2)} → ${fixed((pool.mainThreadCpuSeconds / Math.max(pool.articles, 1)) * 1000, 2)} ms, process ${fixed((one.cpuSeconds / Math.max(one.articles, 1)) * 1000, 2)} → ${fixed((pool.cpuSeconds / Math.max(pool.articles, 1)) * 1000, 2)} ms CPU per article)`
      : '';
  const load = Math.max(...one.loadAverage, ...pool.loadAverage);
  const quiet = load <= run.machine.cores + 0.5;
  // On a busy machine the wall ratio says little, but a bound below the target still settles it.
  const amdahlBound =
    one.mainThreadCpuSeconds !== undefined && pool.mainThreadCpuSeconds !== undefined
      ? floorOf(one) / floorOf(pool)
      : Infinity;
  const bounded = Math.min(cpuBound, amdahlBound) < 1.7;
  return {
    target: `${what} ≥ 1.7× one thread (${label})`,
    measured: `${pairedWall ? `${spread(pairedWall)} wall in paired rounds of ${pairedWall.articles} articles (the rows' ${fixed(pool.articlesPerSecond / one.articlesPerSecond, 2)}×)` : `${fixed(wall, 2)}× wall`}, load ${fixed(load, 1)} on ${run.machine.cores} cores; ${pairedCpu ? spread(pairedCpu, pool.workers) : `${fixed(cpuBound, 2)}×`} from CPU time${amdahl}`,
    met: quiet ? wall >= 1.7 : bounded ? false : null,
  };
}

function cell(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '—' : value.toFixed(digits);
}

/** The Markdown the lead pastes into the README: one table of stages, one of targets. */
export function formatTable(run: BenchRun, targets: TargetCheck[]): string {
  const lines: string[] = [];
  lines.push(
    `Measured ${run.date.slice(0, 16).replace('T', ' ')} UTC on ${run.machine.cpu} (${run.machine.cores} cores, ${run.machine.memoryGb} GB), Node ${run.machine.node}, commit ${run.commit ?? '?'}.`,
    `Command: \`${run.command}\`. Each row runs in a fresh process.`,
    '',
    '| Set | Stage | Threads | Articles | Articles/s per core | MB/s per core | Words/s per core | p50 ms | p99 ms | Peak RSS MB | ×floor | Articles/s wall | Load |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const set of run.corpus) {
    const floor = find(run, 'floor', set.name);
    for (const result of run.results.filter((r) => r.set === set.name)) {
      const paired = pairedOf(floor, result.phase, 'cpu');
      const times = paired
        ? `${fixed(paired.median)} (${fixed(paired.min)}–${fixed(paired.max)})`
        : floor && result.workers === 1
          ? (floor.articlesPerCpuSecond / result.articlesPerCpuSecond).toFixed(1)
          : '—';
      const stage = STAGE_LABELS[result.phase] ?? result.phase;
      const cells = [
        set.label,
        result.workers > 1 ? stage.replace('ingest', 'ingest, worker pool') : stage,
        String(result.workers),
        String(result.articles),
        cell(result.articlesPerCpuSecond),
        cell(result.mbPerCpuSecond, 2),
        result.wordsPerCpuSecond.toLocaleString('en-US'),
        cell(result.p50Ms, 2),
        cell(result.p99Ms, 2),
        cell(result.peakRssMb, 0),
        times,
        cell(result.articlesPerSecond),
        cell(Math.max(...result.loadAverage), 1),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
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
    `Per core: per CPU-second of the process (all its threads), so other work on a shared machine does not count; p50/p99 are wall milliseconds per article (a busy machine adds its waits; the process CPU clock is read once a row, not per article, because one read costs more than a short article's tokenisation). ×floor: CPU time per article over wink-nlp tokenisation alone of the same texts; for extraction and sbd+pos the median (min–max) of the ratios of ${PAIRED_ROUNDS} paired rounds in the floor row's process, each reading the set's first ${PAIRED_ARTICLES.toLocaleString('en-US')} articles (a smaller set round again) with both in turn (A B, B A, …, garbage collected between), for the other rows their rate over the floor row's, two processes minutes apart, which the machine's drift alone moves by up to 40%. Articles/s wall: elapsed time, which includes waiting for the disk and for other processes. Load: the highest 1-minute load average seen at the start or end of the row; with Linux autogroup scheduling (on here) a busy machine gives each session one share of the cores however many threads it runs, so worker-pool speed-ups (the median, min–max, of ${PAIRED_ROUNDS} paired rounds in the pool row's process, one thread then the pool over the same texts, turn about) are judged on wall time only when the load is at most the core count, and otherwise estimated from CPU time (workers × their articles per CPU-second ÷ one thread's, which assumes one thread uses one core; for ingest also the Amdahl bound: each run takes at least its main thread's CPU time and at least its process CPU time over the cores, and even one thread uses the second core for compilation and GC). Every row is timed after a warm-up: 8,000 articles per thread taken in turn from the other sets, the bundled free corpus and, where present, the free corpora of ../shared (Wikinews, president.gov.ua, kremlin.ru: Unicode text, which V8 holds as two-byte strings the ASCII sets never show it) (so no text is read before it is timed; with only the bundled set, the set itself round again), run untimed (extraction, floor, sbd+pos and pool rows: the same work as timed; ingest rows: extracted and framed, the first 1,000 also ingested into a throwaway store, then the whole set ingested into an empty one); compromise 10 articles. V8 goes on compiling the rules for thousands of articles (about 3 CPU-s on background threads over a fresh process's first BBC pass, still 1.5 after 4,000 articles of other news), a once-a-process cost a long ingest pays once; the 'first pass (cold JIT)' row shows extraction timed from the second article of a fresh process. The warm-up's CPU is in each row's notes in results.json. Per-article ingest times: a committed batch's time shared evenly by its articles. Words are whitespace-separated runs.`,
    '',
  );
  return `${lines.join('\n')}\n`;
}
