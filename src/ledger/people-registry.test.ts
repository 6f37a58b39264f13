import { describe, expect, it } from 'vitest';
import type { SpeakerKind } from '../model/statement.js';
import { PeopleRegistry } from './people-registry.js';

const s = (name: string, kind: SpeakerKind = 'person') => ({ name, kind });

describe('PeopleRegistry', () => {
  it('keeps one person per real person across articles', () => {
    const registry = new PeopleRegistry();
    const a1 = registry.resolveArticle('a1', [
      s('Ukrainian President Volodymyr Zelensky'),
      s('Zelensky'),
      s('the Kremlin'),
      s('Mark Rutte'),
    ]);
    const a2 = registry.resolveArticle('a2', [s('Zelenskyy'), s('Kremlin', 'organization'), s('Rutte')]);
    const a3 = registry.resolveArticle('a3', [
      s('President Zelenskiy'),
      s('NATO Secretary-General Mark Rutte'),
      s('officials', 'group'),
      s('he'),
    ]);
    expect(a1[0]).toBe(a1[1]);
    expect(new Set([a1[0], a2[0], a3[0]]).size).toBe(1);
    expect(a2[1]).toBe(a1[2]);
    expect(new Set([a1[3], a2[2], a3[1]]).size).toBe(1);
    expect(a3[3]).toBeNull();
    const zelensky = registry.people.get(a1[0]!)!;
    expect(registry.displayName(zelensky)).toBe('Volodymyr Zelensky');
    expect(zelensky.statements).toBe(4);
    expect(zelensky.articles.size).toBe(3);
    expect([...zelensky.titleCounts.keys()]).toContain('Ukrainian President');
  });

  it('keeps two people of one surname apart and leaves an ambiguous bare surname alone', () => {
    const registry = new PeopleRegistry();
    const [john] = registry.resolveArticle('a1', [s('John Smith')]);
    const [jane, janeAgain] = registry.resolveArticle('a2', [s('Jane Smith'), s('Smith')]);
    const [ambiguous] = registry.resolveArticle('a3', [s('Smith')]);
    expect(john).not.toBe(jane);
    expect(janeAgain).toBe(jane);
    expect([john, jane]).not.toContain(ambiguous);
  });

  it('resolves a bare surname that comes before its full name in the same article', () => {
    const registry = new PeopleRegistry();
    const [first, full] = registry.resolveArticle('a1', [s('Kuleba'), s('Foreign Minister Dmytro Kuleba')]);
    expect(first).toBe(full);
  });
});

describe('PeopleRegistry: role-only mentions', () => {
  const t = (name: string, title?: string, kind: SpeakerKind = 'person') => ({ name, kind, title });

  it('gives "the President of Ukraine" and "the Head of State" to the article\'s president, never to an organisation', () => {
    const registry = new PeopleRegistry();
    const [zel, role, head] = registry.resolveArticle('a1', [
      t('Ukraine Volodymyr Zelenskyy', 'the President of'),
      t('Ukraine', 'the President of'),
      t('the Head of State', undefined, 'organization'),
    ]);
    expect(role).toBe(zel);
    expect(head).toBe(zel);
    expect([...registry.people.values()].map((p) => p.name)).toEqual(['Volodymyr Zelenskyy']);
    // an article that names no holder: the only person known as Ukraine's president
    const [later] = registry.resolveArticle('a2', [t('the Ukrainian President')]);
    expect(later).toBe(zel);
    // two presidents in one article and a bare head of state: nobody
    const [, , ambiguous] = registry.resolveArticle('a3', [
      t('Polish President Andrzej Duda'),
      t('Ukrainian President Volodymyr Zelenskyy'),
      t('the Head of State', undefined, 'organization'),
    ]);
    expect(ambiguous).toBeNull();
  });
});
