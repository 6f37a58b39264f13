import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Summarises a V8 CPU profile (node --cpu-prof) as self and total time per function with file:line,
 * so a slow stage can be named precisely:
 *
 *   ONRECORD_BENCH_PROFILE=/tmp/prof node dist/bench/run.js --phase-json \
 *     '{"phase":"extract","set":"bbc","path":"../shared/corpora/news/bbc-2004-2005.jsonl"}'
 *   node dist/bench/hot-spots.js /tmp/prof/extract-bbc.cpuprofile [--top 25]
 *
 * (ONRECORD_BENCH_PROFILE profiles the timed part alone; `node --cpu-prof` would include the warm-up.)
 *
 * Lines are 1-based source lines of the compiled JS; with `sourceMap` on, dist/*.js.map maps them back
 * (the functions are named the same in src/).
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotSpot {
  function: string;
  location: string;
  selfMs: number;
  selfShare: number;
  totalMs: number;
}

function locationOf(node: ProfileNode, root: string): string {
  const { url, lineNumber } = node.callFrame;
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  return `${path.startsWith(root) ? relative(root, path) : path}:${lineNumber + 1}`;
}

export function hotSpots(profile: Profile, options: { root?: string } = {}): HotSpot[] {
  const root = options.root ?? process.cwd();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Time per sample from the deltas; hit counts alone would weigh every sample the same.
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const delta = deltas[i + 1] ?? deltas[i] ?? 0;
    selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, delta));
  }
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const spots = new Map<string, HotSpot>();
  const keyOf = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${locationOf(node, root)}`;
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const key = keyOf(node);
    const spot = spots.get(key) ?? {
      function: node.callFrame.functionName || '(anonymous)',
      location: locationOf(node, root),
      selfMs: 0,
      selfShare: 0,
      totalMs: 0,
    };
    spot.selfMs += us / 1000;
    spots.set(key, spot);
    // Total time: once per distinct function on the sample's stack (recursion counted once).
    const seen = new Set<string>();
    for (let cursor: number | undefined = id; cursor !== undefined; cursor = parent.get(cursor)) {
      const frame = byId.get(cursor)!;
      const frameKey = keyOf(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      const entry = spots.get(frameKey) ?? {
        function: frame.callFrame.functionName || '(anonymous)',
        location: locationOf(frame, root),
        selfMs: 0,
        selfShare: 0,
        totalMs: 0,
      };
      entry.totalMs += us / 1000;
      spots.set(frameKey, entry);
    }
  }
  for (const spot of spots.values()) spot.selfShare = (spot.selfMs * 1000) / totalUs;
  return [...spots.values()].sort((a, b) => b.selfMs - a.selfMs);
}

function main(argv: string[]): void {
  const topIndex = argv.indexOf('--top');
  const top = topIndex >= 0 ? Number(argv[topIndex + 1]) : 30;
  const files = argv.filter((arg, index) => !arg.startsWith('--') && index !== topIndex + 1);
  for (const file of files) {
    const spots = hotSpots(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    process.stdout.write(
      `${file}\n| self ms | self % | total ms | function | location |\n|---:|---:|---:|---|---|\n`,
    );
    for (const spot of spots.slice(0, top)) {
      process.stdout.write(
        `| ${spot.selfMs.toFixed(0)} | ${(spot.selfShare * 100).toFixed(1)} | ${spot.totalMs.toFixed(0)} | ${spot.function} | ${spot.location} |\n`,
      );
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
