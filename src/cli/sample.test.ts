import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../test/cli-io.js';
import { formatProgress } from '../pipeline/progress.js';
import { estimateTotal } from '../pipeline/estimate-total.js';
import { main } from './main.js';
import { seedStoryPath } from './sample.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-sample-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('onrecord sample', () => {
  it('ingests the bundled corpus, prints the summary and the most-quoted people; a second run changes nothing', async () => {
    const db = join(dir, 'sample.db');
    const first = captureIO();
    expect(await main(['sample', '--db', db, '--no-serve'], first)).toBe(0);
    expect(first.out()).toMatch(/ingested 243 articles .*: 243 new, 0 updated, 0 unchanged, 0 failed/);
    const seed = seedStoryPath();
    const articles = seed ? 244 : 243;
    expect(first.out()).toMatch(new RegExp(`the record in .*: ${articles} articles, \\d+ statements`));
    if (seed) {
      // The seed story (read from ../shared, never bundled) brings the one Zelensky territory shift: one
      // more than the bundled corpus has on its own.
      const bundled = Number(/ingested 243 articles .* (\d+) shifts/.exec(first.out())![1]);
      expect(first.out()).toMatch(/the seed story .*: 1 new, .*17 statements, .*\d+ shifts/);
      const withSeed = Number(/the seed story .* (\d+) shifts/.exec(first.out())![1]);
      expect(withSeed).toBe(bundled + 1);
      // and the bundled corpus has none of its own (no false shift among 243 official and wiki texts)
      expect(bundled).toBe(0);
    }
    const quoted = first
      .out()
      .split('most quoted:\n')[1]
      .split('\n')
      .filter((line) => /^\s+\d+\s+\S/.test(line));
    expect(quoted).toHaveLength(10);
    expect(first.out()).toMatch(/Zelensk/);
    const second = captureIO();
    expect(await main(['sample', '--db', db, '--no-serve'], second)).toBe(0);
    expect(second.out()).toMatch(/0 new, 0 updated, 243 unchanged, 0 failed/);
    if (seed) expect(second.out()).toMatch(/the seed story .*: 0 new, 0 updated, 1 unchanged/);
    const record = (io: ReturnType<typeof captureIO>) => /the record in .*/.exec(io.out())![0];
    expect(record(second)).toBe(record(first));
  }, 240_000);
});

describe('progress', () => {
  const counts = {
    read: 50,
    new: 40,
    updated: 0,
    unchanged: 5,
    failed: 1,
    skipped: 4,
    ignored: 0,
    statements: 300,
  };
  it.each([
    [null, /^ingest 50 articles {2}25\.0\/s {2}300 statements, 1 failed$/],
    [200, /^ingest \[######\.{18}\] 50\/200 {2}25\.0\/s {2}ETA 6s {2}300 statements, 1 failed$/],
  ])('total %s', (total, expected) => {
    expect(formatProgress(counts, 2000, { total })).toMatch(expected);
  });

  it('estimates the total from local JSONL lines, and gives up on folders and URLs', async () => {
    const { writeFileSync } = await import('node:fs');
    const file = join(dir, 'three.jsonl');
    writeFileSync(file, '{}\n{}\n{}');
    expect(await estimateTotal([file, join(dir, 'three.jsonl')])).toBe(6);
    expect(await estimateTotal([dir])).toBeNull();
    expect(await estimateTotal(['https://example.org/feed.xml'])).toBeNull();
  });
});
