import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/model/article.js';
import { countWords } from './corpora.js';

/** What one measured phase reports: the rows of the table and the lines of results.json. */
export interface PhaseResult {
  phase: string;
  set: string;
  articles: number;
  bytes: number;
  words: number;
  /** Wall-clock seconds of the measured loop (warm-up excluded). */
  seconds: number;
  /** CPU seconds of the whole process over the loop (all threads), to tell cores used. */
  cpuSeconds: number;
  /** Threads doing the work: 1, or the pool's workers. */
  workers: number;
  /** CPU seconds of the main thread alone (ingest phases, Linux): the serial part with workers. */
  mainThreadCpuSeconds?: number;
  /**
   * CPU seconds of each thread of the process over the timed part (Linux): the main thread first, then
   * the others (V8's background compilers and garbage collector helpers, and a pool's worker threads),
   * most first; threads under 10 ms left out.
   */
  threadCpuSeconds?: number[];
  articlesPerSecond: number;
  mbPerSecond: number;
  wordsPerSecond: number;
  /**
   * Throughput per core: articles, MB and words per CPU-second of the process (all its threads). On a
   * shared machine (other processes on the same cores) wall-clock rates measure the neighbours as
   * much as onrecord; CPU time does not.
   */
  articlesPerCpuSecond: number;
  mbPerCpuSecond: number;
  wordsPerCpuSecond: number;
  /** Per-article wall milliseconds; null where articles overlap (pools) and a single time is meaningless. */
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  /** Per-article CPU milliseconds (process CPU time around each call). */
  p50CpuMs: number | null;
  p99CpuMs: number | null;
  /** 1-minute load average when the phase started and ended: above the core count, wall times are shared. */
  loadAverage: [number, number];
  /** Peak resident set of the phase's own process, in MB. */
  peakRssMb: number;
  /** Statements found (extraction and ingest), to see the work was really done. */
  statements?: number;
  /**
   * Ratios measured in the same process in interleaved rounds over the same texts (pairedRounds): the
   * floor row holds extraction's and sbd+pos's CPU time over the floor's, a pool row the speed-up over
   * one thread. Each is the median of the rounds' own ratios, so drift of the machine's speed between
   * minutes, which moves both sides of a round alike, cancels out.
   */
  paired?: PairedRatio[];
  notes?: string[];
}

/** One ratio of a paired measurement: `numerator` over `denominator`, round by round. */
export interface PairedRatio {
  /** The phases compared, e.g. 'extract' over 'floor' (CPU time), or 'extract' over 'extract-pool' (wall). */
  numerator: string;
  denominator: string;
  /** What is divided: CPU seconds of the process, or wall seconds. */
  measure: 'cpu' | 'wall';
  /** Articles each side read in every round (the same texts): `texts` articles of the set, round again. */
  articles: number;
  texts: number;
  median: number;
  min: number;
  max: number;
  /** The ratio of each round, in the order measured. */
  rounds: number[];
}

/** Rounds of a paired measurement (pairedRounds): even, so each side goes first in half of them. */
export const PAIRED_ROUNDS = 8;

/**
 * Articles each side of a paired round reads: the set's first ones, round again when it has fewer (a
 * round of Ukraine's 447 alone takes 0.2 CPU-s on the floor, where a scheduler's hiccup shows).
 */
export const PAIRED_ARTICLES = 1000;

/** CPU and wall seconds of each work in each round: `cpu[work][round]`, `wall[work][round]`. */
export interface RoundTimes {
  cpu: number[][];
  wall: number[][];
}

/**
 * Runs `works` in interleaved rounds, garbage collected before each: in order A B (C …) in even
 * rounds and reversed in odd ones (A B B A A B …), so that neither side is always the one measured
 * just after the other, and a change in the machine's speed between minutes weighs on both sides of a
 * round alike. Returns each work's process CPU time (all threads) and wall time per round.
 */
export async function pairedRounds(
  works: (() => unknown)[],
  rounds: number = PAIRED_ROUNDS,
): Promise<RoundTimes> {
  const cpu = works.map(() => [] as number[]);
  const wall = works.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const order = works.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) {
      collectGarbage();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      await works[index]();
      wall[index].push((performance.now() - start) / 1000);
      const used = process.cpuUsage(cpuStart);
      cpu[index].push((used.user + used.system) / 1e6);
    }
  }
  return { cpu, wall };
}

/** The median and spread of `numerator[i] / denominator[i]` over the rounds of pairedRounds. */
export function pairedRatio(
  names: {
    numerator: string;
    denominator: string;
    measure: 'cpu' | 'wall';
    articles: number;
    texts: number;
  },
  numerator: number[],
  denominator: number[],
): PairedRatio {
  const rounds = numerator.map((value, i) => value / Math.max(denominator[i], 1e-9));
  const sorted = [...rounds].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    ...names,
    median: round3(median),
    min: round3(sorted[0]),
    max: round3(sorted[sorted.length - 1]),
    rounds: rounds.map(round3),
  };
}

/** A value rounded to three decimals, as the report stores its seconds and ratios. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function percentile(sortedMs: number[], fraction: number): number | null {
  if (sortedMs.length === 0) return null;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(fraction * sortedMs.length) - 1));
  return sortedMs[index];
}

/**
 * Peak RSS of a phase's timed part: the kernel's maxRSS, with the high-water mark first set back to the
 * current RSS (Linux's `/proc/self/clear_refs`, value 5), so that the warm-up's own peak is not counted.
 * Where that file cannot be written (not Linux), the process's lifetime peak, which includes the warm-up.
 * (A timer reading RSS every 25 ms cost about 1% of a phase's CPU time and never saw more.)
 */
export function startRssSampler(): { stop(): { peakRssBytes: number; rssNote: string } } {
  const warmupPeakBytes = process.resourceUsage().maxRSS * 1024;
  const sinceWarmup = resetPeakRss();
  return {
    stop() {
      const maxRssBytes = process.resourceUsage().maxRSS * 1024;
      const peakRssBytes = Math.max(process.memoryUsage.rss(), maxRssBytes);
      const rssNote = sinceWarmup
        ? `peak RSS of the timed part alone; the process before it (models, warm-up) peaked at ${Math.round(warmupPeakBytes / 1e6)} MB`
        : 'peak RSS of the whole process, warm-up included (the peak could not be reset here)';
      return { peakRssBytes, rssNote };
    },
  };
}

function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export interface Tally {
  articles: number;
  bytes: number;
  words: number;
  statements: number;
  durationsMs: number[];
  cpuDurationsMs: number[];
}

export function newTally(): Tally {
  return { articles: 0, bytes: 0, words: 0, statements: 0, durationsMs: [], cpuDurationsMs: [] };
}

export function countArticle(
  tally: Tally,
  article: Article,
  durationMs: number | null,
  cpuMs: number | null = null,
): void {
  tally.articles++;
  tally.bytes += Buffer.byteLength(article.text, 'utf8');
  tally.words += countWords(article.text);
  if (durationMs !== null) tally.durationsMs.push(durationMs);
  if (cpuMs !== null) tally.cpuDurationsMs.push(cpuMs);
}

export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Articles run untimed before a row is timed. V8 keeps compiling a large rule-based pipeline long
 * after its first article: on BBC 2004-05 about 3 CPU-s of optimising compilation on background threads
 * in a fresh process's first pass, 0.3 CPU-s in a second pass over the same texts, and after 4,000
 * articles of other news still 1.5 CPU-s over BBC (0.8 after 20,000): each text of a new kind reaches
 * paths of the rules whose type feedback is new, and the large functions holding them are re-optimised
 * whole. A day's 500,000 articles pay that once; after 8,000 articles of other news the timed run
 * measures close to the rate a long ingest runs at, and the `extract-cold` row shows a fresh process's
 * first pass, compilation included. The warm-up reads the other sets where there are any
 * (bench/phases.ts loadWarmup), so no text is read before it is timed: wink-nlp learns the words it
 * reads, and a word met again costs less.
 */
export const WARMUP_ARTICLES = 8000;

/** `count` articles from the set, from its start, round again as often as it takes. */
export function warmupArticles(articles: Article[], count: number = WARMUP_ARTICLES): Article[] {
  if (articles.length === 0) return [];
  return Array.from({ length: count }, (_, i) => articles[i % articles.length]);
}

/**
 * Runs `work` once per article, in order, timing each call, after running it untimed over `warmup`
 * (default: WARMUP_ARTICLES of the set itself). Returns the warm-up's CPU time too.
 */
export async function timeEach(
  articles: Article[],
  work: (article: Article) => unknown,
  options: { warmup?: Article[]; name?: string } = {},
): Promise<{
  tally: Tally;
  seconds: number;
  cpuSeconds: number;
  loadAtStart: number;
  warmupCpuMs: number;
  threads: number[] | null;
  peakRssBytes: number;
  rssNote: string;
}> {
  const warmup = options.warmup ?? warmupArticles(articles);
  const warmStart = process.cpuUsage();
  for (const article of warmup) await work(article);
  const warmupCpuMs = cpuMsSince(warmStart);
  collectGarbage();
  const rss = startRssSampler();
  const tally = newTally();
  // Sizes are counted before the clock starts, and each article is timed by the wall clock alone: the
  // process CPU clock (getrusage) costs ~9 µs a read, more than a short Reuters article's whole
  // tokenisation, and counting words scans the text; inside the loop both weighed on the floor most.
  for (const article of articles) countArticle(tally, article, null);
  const durations = new Float64Array(articles.length);
  let statements = 0;
  const profile = startTimedProfile(options.name ?? 'timed');
  const loadAtStart = loadavg()[0];
  const threadStart = threadCpuSnapshot();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const t0 = performance.now();
    const result = work(articles[i]);
    const value = result instanceof Promise ? await result : result;
    durations[i] = performance.now() - t0;
    if (Array.isArray(value)) statements += value.length;
    else if (typeof value === 'number') statements += value;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const threads = threadCpuSince(threadStart);
  await profile.stop();
  for (const duration of durations) tally.durationsMs.push(duration);
  tally.statements += statements;
  const { peakRssBytes, rssNote } = rss.stop();
  return {
    tally,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    loadAtStart,
    warmupCpuMs,
    threads,
    peakRssBytes,
    rssNote,
  };
}

export function summarise(
  phase: string,
  set: string,
  run: {
    tally: Tally;
    seconds: number;
    cpuSeconds: number;
    workers?: number;
    peakRssBytes: number;
    /** How the peak was taken (startRssSampler). */
    rssNote?: string;
    loadAtStart: number;
    threads?: number[] | null;
  },
  options: { latencies?: boolean; notes?: string[] } = {},
): PhaseResult {
  const { tally, seconds } = run;
  const sorted = options.latencies === false ? [] : [...tally.durationsMs].sort((a, b) => a - b);
  const sortedCpu = options.latencies === false ? [] : [...tally.cpuDurationsMs].sort((a, b) => a - b);
  const cpu = Math.max(run.cpuSeconds, 1e-6);
  const round = (value: number | null, digits = 2) =>
    value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
  const threadLine = threadNote(run.threads ?? null, run.cpuSeconds);
  const notes = [
    ...(options.notes ?? []),
    ...(threadLine ? [threadLine] : []),
    ...(run.rssNote ? [run.rssNote] : []),
  ];
  return {
    phase,
    set,
    articles: tally.articles,
    bytes: tally.bytes,
    words: tally.words,
    seconds: round(seconds, 3) ?? 0,
    cpuSeconds: round(run.cpuSeconds, 3) ?? 0,
    workers: run.workers ?? 1,
    articlesPerSecond: round(tally.articles / seconds, 1) ?? 0,
    mbPerSecond: round(tally.bytes / 1e6 / seconds, 3) ?? 0,
    wordsPerSecond: Math.round(tally.words / seconds),
    articlesPerCpuSecond: round(tally.articles / cpu, 1) ?? 0,
    mbPerCpuSecond: round(tally.bytes / 1e6 / cpu, 3) ?? 0,
    wordsPerCpuSecond: Math.round(tally.words / cpu),
    p50Ms: round(percentile(sorted, 0.5), 3),
    p99Ms: round(percentile(sorted, 0.99), 3),
    maxMs: round(sorted.length ? sorted[sorted.length - 1] : null, 3),
    p50CpuMs: round(percentile(sortedCpu, 0.5), 3),
    p99CpuMs: round(percentile(sortedCpu, 0.99), 3),
    loadAverage: [round(run.loadAtStart, 2) ?? 0, round(loadavg()[0], 2) ?? 0],
    peakRssMb: Math.round(run.peakRssBytes / 1e5) / 10,
    ...(tally.statements ? { statements: tally.statements } : {}),
    ...(run.threads?.length ? { threadCpuSeconds: run.threads } : {}),
    ...(notes.length ? { notes } : {}),
  };
}

/**
 * CPU seconds of this process's main thread alone (Linux: /proc/self/task/<pid>/stat), null elsewhere.
 * With worker threads, process.cpuUsage() counts every thread; this is the part that cannot run in
 * parallel when the main thread is the one writing to the database.
 */
export function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** CPU seconds of every thread of this process by thread id (Linux: /proc/self/task), null elsewhere. */
export function threadCpuSnapshot(): Map<string, number> | null {
  try {
    const snapshot = new Map<string, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        snapshot.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return snapshot;
  } catch {
    return null;
  }
}

/**
 * CPU seconds each thread used since `start` (threadCpuSnapshot): the main thread first, then the
 * others from most to least, those under 10 ms left out. Null where /proc is absent.
 */
export function threadCpuSince(start: Map<string, number> | null): number[] | null {
  const end = threadCpuSnapshot();
  if (start === null || end === null) return null;
  const main = String(process.pid);
  const others: number[] = [];
  for (const [tid, seconds] of end) {
    if (tid === main) continue;
    const used = seconds - (start.get(tid) ?? 0);
    if (used >= 0.01) others.push(Math.round(used * 100) / 100);
  }
  const mainUsed = Math.round(((end.get(main) ?? 0) - (start.get(main) ?? 0)) * 100) / 100;
  return [mainUsed, ...others.sort((a, b) => b - a)];
}

/** The note of a row's CPU by thread: how much of it ran off the main thread. */
export function threadNote(threads: number[] | null, cpuSeconds: number): string | null {
  if (threads === null || threads.length === 0) return null;
  const [main, ...others] = threads;
  const off = others.reduce((sum, seconds) => sum + seconds, 0);
  return `CPU by thread: main ${main.toFixed(2)} s, ${others.length} other threads ${off.toFixed(2)} s (${others.map((seconds) => seconds.toFixed(2)).join(', ')}) of ${cpuSeconds.toFixed(2)} CPU-s`;
}

/**
 * With ONRECORD_BENCH_PROFILE=DIR, a V8 CPU profile of the timed part of a row alone (the warm-up left
 * out, which `node --cpu-prof` would include), written to DIR/<phase>-<set>.cpuprofile for
 * `node dist/bench/hot-spots.js`. Without it, nothing is done.
 */
export function startTimedProfile(name: string): { stop(): Promise<void> } {
  const dir = process.env.ONRECORD_BENCH_PROFILE;
  if (!dir) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  const post = (method: string): Promise<unknown> =>
    new Promise((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  // Dispatched at once (an in-process session answers synchronously): a timed loop that never awaits
  // would otherwise start the profiler only after it ended.
  session.post('Profiler.enable');
  session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      session.disconnect();
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      process.stderr.write(`bench: profile of the timed part written to ${file}\n`);
    },
  };
}
