import type { IngestCounts, IngestSummary } from './ingest-batch.js';

/**
 * A progress bar on a terminal (count, rate, ETA when the total is known), redrawn at most ten times a
 * second on one stderr line; nothing at all when stderr is not a terminal.
 */
export function createProgressBar(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  options: { total?: number | null; label?: string } = {},
): { update(counts: IngestCounts, elapsedMs: number): void; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(counts, elapsedMs) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      drawn = true;
      stream.write(`\r\u001b[2K${formatProgress(counts, elapsedMs, options)}`);
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}

export function formatProgress(
  counts: IngestCounts,
  elapsedMs: number,
  options: { total?: number | null; label?: string } = {},
): string {
  const rate = elapsedMs > 0 ? (counts.read * 1000) / elapsedMs : 0;
  const label = options.label ?? 'ingest';
  const total = options.total ?? null;
  const tail = `${counts.statements} statements, ${counts.failed} failed`;
  if (!total) return `${label} ${counts.read} articles  ${rate.toFixed(1)}/s  ${tail}`;
  const share = Math.min(1, counts.read / total);
  const width = 24;
  const filled = Math.round(share * width);
  const eta = rate > 0 ? Math.max(0, (total - counts.read) / rate) : null;
  return (
    `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${counts.read}/${total}  ` +
    `${rate.toFixed(1)}/s  ETA ${eta === null ? '?' : formatSeconds(eta)}  ${tail}`
  );
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** The one summary line of `onrecord ingest`. */
export function formatSummary(summary: IngestSummary): string {
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? summary.read / seconds : 0;
  return (
    `ingested ${summary.read} articles in ${seconds.toFixed(1)} s (${rate.toFixed(1)}/s): ` +
    `${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed} failed, ` +
    `${summary.skipped} skipped (non-English); ${summary.statements} statements, ${summary.people} people, ` +
    `${summary.shifts} shifts` +
    (summary.ignored ? `; ${summary.ignored} inputs ignored (not articles)` : '')
  );
}
