import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * How many articles the inputs hold, when that is cheap to know (local .jsonl/.ndjson files: their
 * lines; other local files: one each), for the progress bar's ETA. Null when any input is a folder,
 * a URL, stdin or compressed: then the bar shows count and rate only.
 */
export async function estimateTotal(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input) || /\.(gz|xml|rss|atom|csv)$/i.test(input)) return null;
    try {
      const info = await stat(input);
      if (!info.isFile()) return null;
      total += /\.(jsonl|ndjson)$/i.test(input) ? await countLines(input) : 1;
    } catch {
      return null;
    }
  }
  return total;
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines += 1;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return last === 10 ? lines : lines + 1;
}
