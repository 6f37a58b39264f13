import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCompiled } from '../../src/pipeline/ensure-compiled.js';
import { runCli, storedArticles, waitFor } from '../../src/pipeline/fault-support.js';
import { openSqliteDriver } from '../../src/store/sqlite/sqlite-driver.js';
import { syntheticArticle } from './synthetic-articles.js';

/**
 * Issue 7, "nothing is lost", for derived data: position shifts are recomputed once, at the end of a
 * batch, for the people the batch touched. A batch killed after saving some articles never gets there,
 * and the re-run reports those articles `unchanged` and touches nobody in them, so a shift between two
 * of them would never be computed. saveArticle therefore marks the people it touched as owing shifts in
 * its own transaction (stale_shifts), and every batch's end recomputes what an earlier batch still owes.
 */
const dir = mkdtempSync(join(tmpdir(), 'onrecord-shifts-kill-'));
const corpus = join(dir, 'crash.jsonl');
const FILLERS = 300;

// Two articles by a speaker no filler mentions, with a position shift between them, first in the file.
const SHIFT_ARTICLES = [
  {
    id: 'crane-1',
    published: '2024-06-03',
    title: 'Crane rules out concessions',
    text:
      'ELDA (Synthetic Wire) -- Prime Minister Wilhelmina Crane said on Monday that Eldania would never cede any territory to its neighbour.\n\n' +
      '"We will never give up a single village," Crane told reporters.',
  },
  {
    id: 'crane-2',
    published: '2024-11-30',
    title: 'Crane open to a deal',
    text:
      'ELDA (Synthetic Wire) -- Prime Minister Wilhelmina Crane said on Friday that Eldania might cede some territory in exchange for NATO membership.\n\n' +
      'Crane previously said she would not cede any territory.',
  },
];

async function shiftCount(db: string): Promise<number> {
  const driver = openSqliteDriver(db);
  try {
    return Number((await driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM shifts`))?.n ?? 0);
  } finally {
    await driver.close();
  }
}

let referenceShifts = 0;

beforeAll(async () => {
  ensureCompiled(['src/cli/main.ts', 'src/cli/ingest.ts', 'src/pipeline/ingest-batch.ts']);
  writeFileSync(corpus, SHIFT_ARTICLES.map((article) => JSON.stringify(article)).join('\n') + '\n');
  for (let index = 0; index < FILLERS; index += 1)
    appendFileSync(corpus, `${JSON.stringify(syntheticArticle(index))}\n`);
  const reference = join(dir, 'reference.db');
  const clean = await runCli(['ingest', corpus, '--db', reference]).exited;
  expect(clean.code).toBe(0);
  referenceShifts = await shiftCount(reference);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('position shifts after a SIGKILLed ingest (SQLite)', () => {
  it('a clean ingest of the same file finds the shift', () => {
    expect(referenceShifts).toBeGreaterThanOrEqual(1);
  });

  let shiftsAfterRerun = -1;

  it('a re-run after a SIGKILL stores every article', async () => {
    const db = join(dir, 'killed.db');
    const run = runCli(['ingest', corpus, '--db', db]);
    await waitFor(async () => (await storedArticles(db)).perArticle.size >= 10, 90_000, 'ten articles');
    run.child.kill('SIGKILL');
    expect((await run.exited).signal).toBe('SIGKILL');
    const rerun = await runCli(['ingest', corpus, '--db', db]).exited;
    expect(rerun.code).toBe(0);
    expect((await storedArticles(db)).perArticle.size).toBe(FILLERS + SHIFT_ARTICLES.length);
    shiftsAfterRerun = await shiftCount(db);
  }, 180_000);

  it('... and recomputes the shifts the killed batch never reached', () => {
    expect(shiftsAfterRerun).toBe(referenceShifts);
  });
});
