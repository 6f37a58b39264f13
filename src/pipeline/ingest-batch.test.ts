import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import type { ReadItem } from '../ingest/index.js';
import { ingestBatch, ingestItems } from './ingest-batch.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = join(readConfig().projectDir, 'sample', 'articles.jsonl.gz');

async function articleCounts(store: Store): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  const ids = new Set<string>();
  let cursor: string | null = null;
  do {
    const page = await store.searchStatements({ limit: 1000, cursor });
    for (const item of page.items) ids.add(item.articleId);
    cursor = page.nextCursor;
  } while (cursor);
  for (const id of [...ids].sort()) result.set(id, (await store.getArticle(id))!.statements.length);
  return result;
}

describe('ingestBatch', () => {
  it('re-ingesting the whole sample corpus is a no-op: same counts, no duplicates', async () => {
    const store = await openSqliteStore(join(dir, 'sample.db'));
    try {
      const first = await ingestBatch([sample], { store });
      expect(first).toMatchObject({ read: 243, new: 243, updated: 0, unchanged: 0, failed: 0 });
      expect(first.statements).toBeGreaterThan(1500);
      const counts = await store.counts();
      expect(counts.articles).toBe(243);
      const people = await store.listPeople({ limit: 10_000 });
      const perArticle = await articleCounts(store);

      const second = await ingestBatch([sample], { store });
      expect(second).toMatchObject({
        read: 243,
        new: 0,
        updated: 0,
        unchanged: 243,
        failed: 0,
        statements: 0,
        people: 0,
      });
      expect(await store.counts()).toEqual(counts);
      expect(await store.listPeople({ limit: 10_000 })).toEqual(people);
      expect(await articleCounts(store)).toEqual(perArticle);
      // extracting everything again (as after an extractor upgrade) finds the same statements: still a no-op
      const third = await ingestBatch([sample], { store, reextract: true });
      expect(third).toMatchObject({
        read: 243,
        new: 0,
        updated: 0,
        unchanged: 243,
        failed: 0,
        statements: 0,
      });
      expect(await store.counts()).toEqual(counts);
      // one person per name: no two people listed under the same name
      const names = people.items.map((person) => person.name.toLowerCase());
      expect(names.length).toBe(new Set(names).size);
    } finally {
      await store.close();
    }
  });

  it('reports a failing input and goes on; counts non-English articles; replaces a changed article', async () => {
    const folder = join(dir, 'mixed');
    rmSync(folder, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(
      join(folder, 'dump.jsonl'),
      [
        JSON.stringify({
          id: 'one',
          published: '2024-03-01',
          text: '"The bridge will open in May," Mayor Ana Lind said on Friday.',
        }),
        '{"id": "broken", "text": ',
        JSON.stringify({
          id: 'fr',
          published: '2024-03-01',
          text: 'Le maire a déclaré vendredi que le pont serait ouvert en mai. "Nous sommes prêts", a-t-il dit aux journalistes de la ville.',
        }),
        JSON.stringify({
          id: 'two',
          published: '2024-03-02',
          text: 'Ana Lind told reporters that the budget was balanced.',
        }),
      ].join('\n'),
    );
    const store = await openSqliteStore(join(dir, 'mixed.db'));
    try {
      const summary = await ingestBatch([folder], { store });
      expect(summary).toMatchObject({ read: 4, new: 3, failed: 1, skipped: 1 });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0].source).toContain('dump.jsonl:2');
      expect((await store.getArticle('fr'))!.skippedReason).toMatch(/not English \(fr\)/);
      expect((await store.getArticle('one'))!.statements.length).toBeGreaterThan(0);

      writeFileSync(
        join(folder, 'dump.jsonl'),
        JSON.stringify({
          id: 'one',
          published: '2024-03-01',
          text: '"The bridge will open in June," Mayor Ana Lind said on Friday.',
        }),
      );
      const again = await ingestBatch([folder], { store });
      expect(again).toMatchObject({ read: 1, updated: 1, failed: 0 });
      const stored = await store.getArticle('one');
      expect(stored!.statements.map((statement) => statement.quote.text).join(' ')).toContain('June');
      expect(stored!.statements.map((statement) => statement.quote.text).join(' ')).not.toContain('May');
    } finally {
      await store.close();
    }
  });

  it('commits in batches, and saves what it has when the input stalls', async () => {
    const store = await openSqliteStore(join(dir, 'stall.db'));
    const article = (index: number): ReadItem => ({
      ok: true,
      article: {
        id: `stall-${index}`,
        text: `"The ferry ${index} will run all winter," harbour master Ines Varga said on Monday.`,
        published: '2024-01-08',
      },
    });
    let savedWhileStalled = -1;
    async function* items(): AsyncGenerator<ReadItem> {
      for (let index = 0; index < 5; index++) yield article(index);
      // the input goes quiet: the five finished articles must not wait for the next one
      const deadline = Date.now() + 5000;
      while ((await store.counts()).articles < 5 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      savedWhileStalled = (await store.counts()).articles;
      for (let index = 5; index < 12; index++) yield article(index);
    }
    try {
      const summary = await ingestItems(items(), { store, commitSize: 4, commitMs: 50 });
      expect(savedWhileStalled).toBe(5);
      expect(summary).toMatchObject({ read: 12, new: 12, failed: 0 });
      expect(summary.statements).toBe(12);
      expect((await store.counts()).articles).toBe(12);
    } finally {
      await store.close();
    }
  });
});
