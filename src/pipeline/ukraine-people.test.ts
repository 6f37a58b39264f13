import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { givenNamesCompatible, parseName } from '../ledger/names.js';
import { organizationKey } from '../ledger/organizations.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { PersonSummary } from '../store/store.js';
import { ingestBatch } from './ingest-batch.js';

/**
 * Issue 3's target on real news: ingest ../shared/corpora/news/ukraine-war-2022-2024.jsonl (without the
 * machine-translated items) and check that the twenty most-quoted speakers are real people or
 * organisations, each listed once. The corpus is not redistributable: read from ../shared, never copied.
 */
const corpus = join(readConfig().sharedDir, 'corpora', 'news', 'ukraine-war-2022-2024.jsonl');
const present = existsSync(corpus);
const dir = mkdtempSync(join(tmpdir(), 'onrecord-ukraine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two entries that could name one person: same surname and compatible given names (or a bare surname). */
function samePerson(a: PersonSummary, b: PersonSummary): boolean {
  if (a.kind !== 'person' || b.kind !== 'person') {
    return a.kind !== 'person' && b.kind !== 'person' && organizationKey(a.name) === organizationKey(b.name);
  }
  const pa = parseName(a.name);
  const pb = parseName(b.name);
  if (!pa || !pb || pa.surname !== pb.surname) return false;
  return pa.given.length === 0 || pb.given.length === 0 || givenNamesCompatible(pa, pb);
}

describe('the Ukraine war corpus', () => {
  it.skipIf(!present)(
    'lists each of the twenty most-quoted speakers once',
    async () => {
      const english = readFileSync(corpus, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && JSON.parse(line).machine_translated !== true);
      const input = join(dir, 'ukraine-english.jsonl');
      writeFileSync(input, `${english.join('\n')}\n`);
      const store = await openSqliteStore(join(dir, 'ukraine.db'));
      try {
        const summary = await ingestBatch([input], { store });
        expect(summary).toMatchObject({ read: english.length, failed: 0 });
        const top = (await store.listPeople({ limit: 20 })).items;
        console.log(
          `top 20 speakers of ${english.length} articles:\n${top
            .map(
              (person, index) =>
                `${String(index + 1).padStart(2)}. ${person.name} <${person.kind}>: ${person.statements} statements, ${person.articles} articles`,
            )
            .join('\n')}`,
        );
        expect(top).toHaveLength(20);
        for (const person of top) {
          expect(['person', 'organization']).toContain(person.kind);
          expect(person.name).toMatch(/^\p{Lu}/u);
        }
        const clashes: string[] = [];
        for (let i = 0; i < top.length; i += 1) {
          for (let j = i + 1; j < top.length; j += 1) {
            if (samePerson(top[i], top[j])) clashes.push(`${top[i].name} / ${top[j].name}`);
          }
        }
        expect(clashes).toEqual([]);
        for (const name of ['Vladimir Putin', 'Joe Biden']) {
          expect(top.filter((person) => person.name === name)).toHaveLength(1);
        }
        expect(top.filter((person) => /zelensk/i.test(person.name))).toHaveLength(1);
      } finally {
        await store.close();
      }
    },
    300_000,
  );
});
