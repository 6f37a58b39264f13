import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { extract } from '../extract/index.js';
import { parseName } from './names.js';
import { personKeys, roleOf } from './people.js';
import { PeopleRegistry } from './people-registry.js';

// Issue 3 target on real news: the twenty most-quoted speakers are real people or organisations, each
// listed once. Reads ../shared (publisher copyright: nothing from it is kept here) and skips without it.
const corpus = resolve(readConfig().sharedDir, 'corpora/news/ukraine-war-2022-2024.jsonl');
const present = existsSync(corpus);

describe.skipIf(!present)(
  `most-quoted speakers of ${present ? 'the Ukraine war corpus' : 'an absent corpus (skipped)'}`,
  () => {
    const registry = new PeopleRegistry();
    if (present) {
      for (const line of readFileSync(corpus, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const item = JSON.parse(line) as {
          id: string;
          text: string;
          date?: string;
          machine_translated?: boolean;
        };
        if (item.machine_translated) continue;
        const statements = extract({ id: item.id, text: item.text, published: item.date ?? null });
        registry.resolveArticle(
          item.id,
          statements.map((s) => s.speaker),
        );
      }
    }
    const top = registry.mostQuoted(20);

    it('finds twenty speakers', () => {
      expect(top).toHaveLength(20);
    });

    it('lists each person or organisation once', () => {
      const seen = new Map<string, string>();
      for (const person of top) {
        for (const key of personKeys(registry.displayName(person), { kind: person.kind })) {
          // a surname key shared by two full names is fine ("Andriy" and "Mykola" Kuleba); a shared full key is not
          if (person.kind === 'person' && key.startsWith('s:')) continue;
          expect(
            seen.get(key),
            `${registry.displayName(person)} and ${seen.get(key)} share ${key}`,
          ).toBeUndefined();
          seen.set(key, registry.displayName(person));
        }
      }
      const surnames = top.filter((p) => p.kind === 'person').map((p) => parseName(registry.displayName(p))!);
      for (const [i, a] of surnames.entries()) {
        for (const b of surnames.slice(i + 1)) {
          if (a.surname === b.surname)
            expect(
              a.given.length * b.given.length,
              `two ${a.surname}, one without a given name`,
            ).toBeGreaterThan(0);
        }
      }
    });

    it('never lists a role ("Ukrainian Head of State") as a speaker of its own', () => {
      for (const person of top) {
        const name = registry.displayName(person);
        expect(roleOf(name), name).toBeNull();
        for (const title of person.titles ?? []) expect(title, name).not.toMatch(/\b(?:of|for|the)$/i);
      }
    });

    it('names real people by their full names and organisations by proper names', () => {
      for (const person of top) {
        const name = registry.displayName(person);
        if (person.kind === 'person') expect(parseName(name)?.given.length ?? 0, name).toBeGreaterThan(0);
        else expect(name, name).toMatch(/^\p{Lu}/u);
      }
    });
  },
);
