import type { Speaker, SpeakerKind } from '../model/statement.js';
import { parseName } from './names.js';
import {
  canonicalizeSpeaker,
  expandFromArticle,
  matchPerson,
  personKeys,
  resolveRoleMention,
  roleKeys,
  type CanonicalSpeaker,
  type PersonCandidate,
} from './people.js';

export interface RegisteredPerson extends PersonCandidate {
  /** Canonical names seen, with how often. */
  aliasCounts: Map<string, number>;
  titleCounts: Map<string, number>;
  statements: number;
  articles: Set<string>;
}

/**
 * An in-memory people registry applying the people rules the way the store does (key index →
 * candidates → matchPerson → new person when no match). For evaluation and tests; the stores keep
 * the same data in tables.
 */
export class PeopleRegistry {
  readonly people = new Map<string, RegisteredPerson>();
  private readonly index = new Map<string, Set<string>>();

  /** Resolves the speakers of one article to people; null for unknown speakers (pronouns, bare roles). */
  resolveArticle(
    articleId: string,
    speakers: readonly Pick<Speaker, 'name' | 'kind' | 'title'>[],
  ): (string | null)[] {
    const canonical = speakers.map((s) => canonicalizeSpeaker(s));
    const articleNames = canonical
      .filter((c) => c.kind === 'person' && (parseName(c.name)?.given.length ?? 0) > 0)
      .map((c) => c.name);
    const expand = (c: CanonicalSpeaker) =>
      (c.kind === 'person' && expandFromArticle(c.name, articleNames)) || c.name;
    const articlePeople = canonical
      .filter((c) => c.kind === 'person')
      .map((c) => ({ name: expand(c), title: c.title }));
    return canonical.map((original) => {
      let c = original;
      if (c.kind === 'unknown') {
        // "the President of Ukraine": the article's holder of that role, else the only known one
        const holder = resolveRoleMention({ ...c, articlePeople });
        if (holder) c = holder;
        else {
          const match = matchPerson({ ...c, articleNames, articlePeople }, this.roleCandidates(c.title));
          return match ? this.record(this.people.get(match.personId)!, null, c.title, articleId) : null;
        }
      }
      if (c.kind === 'unknown' || !c.name) return null;
      // a bare surname stands for the full name its article introduced, even before that name is registered
      const name = expand(c);
      const candidates = this.candidates(name, c.kind);
      const match = matchPerson({ ...c, name, articleNames, articlePeople }, candidates);
      const person = match ? this.people.get(match.personId)! : this.create(name, c.kind);
      return this.record(person, name, c.title, articleId);
    });
  }

  private record(
    person: RegisteredPerson,
    alias: string | null,
    title: string | null,
    articleId: string,
  ): string {
    if (alias) this.addAlias(person, alias);
    if (title) {
      if (!person.titleCounts.has(title)) {
        person.titles!.push(title);
        for (const key of roleKeys(title)) this.indexKey(key, person.id);
      }
      person.titleCounts.set(title, (person.titleCounts.get(title) ?? 0) + 1);
    }
    person.statements++;
    person.articles.add(articleId);
    return person.id;
  }

  private roleCandidates(title: string | null): PersonCandidate[] {
    const ids = new Set<string>();
    for (const key of roleKeys(title, { mention: true }))
      for (const id of this.index.get(key) ?? []) ids.add(id);
    return [...ids].map((id) => this.people.get(id)!);
  }

  /** The display name: for people the most frequent full name seen, else the most frequent name. */
  displayName(person: RegisteredPerson): string {
    let best = person.name;
    let bestScore = -1;
    for (const [alias, count] of person.aliasCounts) {
      // any full name beats a bare surname; among full names the most frequent wins (debris such as
      // "Udmurtia Vladimir Putin" has more words, not more sightings)
      const fullness = person.kind === 'person' && (parseName(alias)?.given.length ?? 0) > 0 ? 1 : 0;
      const score = fullness * 1e6 + count;
      if (score > bestScore) [best, bestScore] = [alias, score];
    }
    return best;
  }

  /** The most-quoted people and organisations (groups and unknown speakers are not people). */
  mostQuoted(limit: number): RegisteredPerson[] {
    return [...this.people.values()]
      .filter((p) => p.kind === 'person' || p.kind === 'organization')
      .sort(
        (a, b) =>
          b.statements - a.statements || b.articles.size - a.articles.size || a.id.localeCompare(b.id),
      )
      .slice(0, limit);
  }

  private candidates(name: string, kind: SpeakerKind): PersonCandidate[] {
    const ids = new Set<string>();
    for (const key of personKeys(name, { kind })) for (const id of this.index.get(key) ?? []) ids.add(id);
    return [...ids].map((id) => this.people.get(id)!);
  }

  private create(name: string, kind: SpeakerKind): RegisteredPerson {
    const person: RegisteredPerson = {
      id: `p${this.people.size + 1}`,
      name,
      kind,
      aliases: [],
      aliasCounts: new Map(),
      titles: [],
      titleCounts: new Map(),
      statements: 0,
      articles: new Set(),
    };
    this.people.set(person.id, person);
    return person;
  }

  private addAlias(person: RegisteredPerson, alias: string): void {
    person.aliasCounts.set(alias, (person.aliasCounts.get(alias) ?? 0) + 1);
    if (person.aliases.includes(alias)) return;
    person.aliases.push(alias);
    for (const key of personKeys(alias, { kind: person.kind })) this.indexKey(key, person.id);
  }

  private indexKey(key: string, personId: string): void {
    let ids = this.index.get(key);
    if (!ids) this.index.set(key, (ids = new Set()));
    ids.add(personId);
  }
}
