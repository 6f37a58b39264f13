import type { Speaker } from '../../model/statement.js';
import {
  aliasKey,
  type ArticlePerson,
  type CanonicalSpeaker,
  type PeopleRules,
  type PersonCandidate,
  type PersonMention,
} from '../people-rules.js';
import { withPlaceholders, type SqlExecutor } from './driver.js';

export interface ResolvedPerson {
  personId: string;
  aliasKey: string;
}

/**
 * Per-article memo so one article's twenty "Zelensky" statements resolve once, and each title counts
 * once per article and person (person_titles.seen is the number of articles a title was seen in).
 */
export interface ResolveCache {
  resolved: Map<string, ResolvedPerson | null>;
  titles: Set<string>;
}

export function newResolveCache(): ResolveCache {
  return { resolved: new Map(), titles: new Set() };
}

/** Groups ("officials") and speakers with neither a name nor a title never resolve to a person. */
export function mayBePerson(speaker: Speaker): boolean {
  return speaker.kind !== 'group' && (speaker.name.trim() !== '' || !!speaker.title?.trim());
}

/**
 * Finds or creates the person a statement's speaker is, inside the article's transaction: a manual pin
 * wins, then the people rules choose among candidates fetched by lookup key, else a new person.
 * A role-only mention ("the President of Ukraine") is the article's one holder of that role, else the
 * only person known in that role, else nobody: it never becomes a person of its own. Groups
 * ("officials") and other unknown speakers stay unattributed to a person.
 */
export async function resolvePerson(
  tx: SqlExecutor,
  speaker: Speaker,
  options: {
    rules: PeopleRules;
    day: string | null;
    now: string;
    cache: ResolveCache;
    articleNames: string[];
    /** The article's person speakers with canonical titles (see PersonMention.articlePeople). */
    articlePeople?: ArticlePerson[];
    /** rules.canonicalizeSpeaker(speaker), when the caller has it already. */
    canonical?: CanonicalSpeaker;
  },
): Promise<ResolvedPerson | null> {
  if (!mayBePerson(speaker)) return null;
  const { rules, cache } = options;
  let canonical = options.canonical ?? rules.canonicalizeSpeaker(speaker);
  const memoKey = `${canonical.kind}\u0000${aliasKey(canonical.name)}\u0000${canonical.title ?? ''}`;
  if (cache.resolved.has(memoKey)) return cache.resolved.get(memoKey) ?? null;
  const remember = (resolved: ResolvedPerson | null) => {
    cache.resolved.set(memoKey, resolved);
    return resolved;
  };

  if (canonical.kind === 'unknown') {
    if (!canonical.title) return remember(null);
    const mention = {
      ...canonical,
      articleNames: options.articleNames,
      articlePeople: options.articlePeople,
    };
    const holder = rules.resolveRoleMention(mention);
    if (!holder) return remember(await resolveKnownHolder(tx, mention, options));
    // the holder is named as the article named them; from here on like any person speaker
    canonical = holder;
  }
  if (canonical.kind !== 'person' && canonical.kind !== 'organization') return remember(null);
  const key = aliasKey(canonical.name);
  if (!key) return remember(null);

  let personId = await pinnedPerson(tx, key);
  const keys = rules.personKeys(canonical.name, canonical.kind);
  if (!personId) {
    const mention = {
      ...canonical,
      articleNames: options.articleNames,
      articlePeople: options.articlePeople,
    };
    personId = await matchCandidate(tx, mention, keys, rules);
  }
  if (!personId) personId = await createPerson(tx, canonical, options.now);

  await recordAlias(tx, personId, canonical.name, canonical.kind, rules);
  // only the title the rules accept: the extractor's raw one may be debris ("the meeting", "the Republic of")
  await recordTitleOnce(tx, personId, canonical.title, options);
  return remember({ personId, aliasKey: key });
}

/**
 * A role-only mention its article does not resolve: the one person known to hold that role in that
 * country (people are indexed under roleKeys of their titles), else null. Adds no alias: the role is
 * no name of theirs.
 */
async function resolveKnownHolder(
  tx: SqlExecutor,
  mention: PersonMention,
  options: { rules: PeopleRules; day: string | null; cache: ResolveCache },
): Promise<ResolvedPerson | null> {
  const keys = [...new Set(options.rules.roleKeys(mention.title, { mention: true }))];
  if (keys.length === 0) return null;
  const candidates = await loadCandidates(tx, keys);
  const match = candidates.length > 0 ? options.rules.matchPerson(mention, candidates) : null;
  if (!match) return null;
  const personId = await followRedirects(tx, match.personId);
  const person = await tx.get<{ name: string }>(`SELECT name FROM people WHERE id = ?`, [personId]);
  if (!person) return null;
  await recordTitleOnce(tx, personId, mention.title, options);
  return { personId, aliasKey: aliasKey(person.name) };
}

async function recordTitleOnce(
  tx: SqlExecutor,
  personId: string,
  title: string | null,
  options: { rules: PeopleRules; day: string | null; cache: ResolveCache },
): Promise<void> {
  if (!title) return;
  const once = `${personId}\u0000${title}`;
  if (options.cache.titles.has(once)) return;
  options.cache.titles.add(once);
  await recordTitle(tx, personId, title, options.day);
  // so a later role-only mention can find its only known holder ("the President of Ukraine")
  for (const key of new Set(options.rules.roleKeys(title))) {
    await tx.run(`INSERT INTO person_keys (lookup_key, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, [
      key,
      personId,
    ]);
  }
}

export async function pinnedPerson(tx: SqlExecutor, key: string): Promise<string | null> {
  const pin = await tx.get<{ person_id: string }>(`SELECT person_id FROM person_pins WHERE alias_key = ?`, [
    key,
  ]);
  return pin ? followRedirects(tx, pin.person_id) : null;
}

export async function followRedirects(tx: SqlExecutor, id: string): Promise<string> {
  let current = id;
  for (let hops = 0; hops < 20; hops += 1) {
    const row = await tx.get<{ to_id: string }>(`SELECT to_id FROM person_redirects WHERE from_id = ?`, [
      current,
    ]);
    if (!row) break;
    current = row.to_id;
  }
  return current;
}

async function matchCandidate(
  tx: SqlExecutor,
  canonical: PersonMention,
  keys: string[],
  rules: PeopleRules,
): Promise<string | null> {
  if (keys.length === 0) return null;
  const candidates = await loadCandidates(tx, keys);
  if (candidates.length === 0) return null;
  return rules.matchPerson(canonical, candidates)?.personId ?? null;
}

export async function loadCandidates(tx: SqlExecutor, keys: string[]): Promise<PersonCandidate[]> {
  const rows = await tx.all<{
    id: string;
    name: string;
    kind: PersonCandidate['kind'];
    alias: string | null;
  }>(
    withPlaceholders(
      `SELECT p.id, p.name, p.kind, al.alias FROM people p
         LEFT JOIN person_aliases al ON al.person_id = p.id
        WHERE p.id IN (SELECT person_id FROM person_keys WHERE lookup_key IN (?*))
        ORDER BY p.id, al.alias`,
      keys.length,
    ),
    keys,
  );
  const byId = new Map<string, PersonCandidate>();
  for (const row of rows) {
    let candidate = byId.get(row.id);
    if (!candidate) {
      candidate = { id: row.id, name: row.name, kind: row.kind, aliases: [] };
      byId.set(row.id, candidate);
    }
    if (row.alias !== null) candidate.aliases.push(row.alias);
  }
  if (byId.size > 0) {
    const ids = [...byId.keys()];
    const blocked = await tx.all<{ person_id: string; alias: string }>(
      withPlaceholders(
        `SELECT person_id, alias FROM person_decisions WHERE action = 'split' AND person_id IN (?*)`,
        ids.length,
      ),
      ids,
    );
    for (const row of blocked) {
      const candidate = byId.get(row.person_id)!;
      candidate.blockedAliases = [...(candidate.blockedAliases ?? []), row.alias];
    }
    const titles = await tx.all<{ person_id: string; title: string }>(
      withPlaceholders(
        `SELECT person_id, title FROM person_titles WHERE person_id IN (?*) ORDER BY person_id, title`,
        ids.length,
      ),
      ids,
    );
    for (const row of titles) {
      const candidate = byId.get(row.person_id)!;
      candidate.titles = [...(candidate.titles ?? []), row.title];
    }
  }
  return [...byId.values()];
}

export async function createPerson(
  tx: SqlExecutor,
  canonical: { name: string; kind: CanonicalSpeaker['kind'] },
  now: string,
): Promise<string> {
  const base = aliasKey(canonical.name).replace(/ /g, '-').slice(0, 60) || 'person';
  let id = base;
  for (let suffix = 2; ; suffix += 1) {
    const taken = await tx.get(
      `SELECT 1 AS taken FROM people WHERE id = ? UNION ALL SELECT 1 AS taken FROM person_redirects WHERE from_id = ?`,
      [id, id],
    );
    if (!taken) break;
    id = `${base}-${suffix}`;
  }
  await tx.run(`INSERT INTO people (id, name, kind, created_at) VALUES (?, ?, ?, ?)`, [
    id,
    canonical.name,
    canonical.kind,
    now,
  ]);
  return id;
}

export async function recordAlias(
  tx: SqlExecutor,
  personId: string,
  alias: string,
  kind: CanonicalSpeaker['kind'],
  rules: PeopleRules,
): Promise<void> {
  const inserted = await tx.run(
    `INSERT INTO person_aliases (person_id, alias, alias_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
    [personId, alias, aliasKey(alias)],
  );
  if (inserted.changes === 0) return;
  for (const key of new Set(rules.personKeys(alias, kind))) {
    await tx.run(`INSERT INTO person_keys (lookup_key, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, [
      key,
      personId,
    ]);
  }
  // "Zelensky" seen first, "Volodymyr Zelensky" later: the person is named by the fuller form.
  const person = await tx.get<{ name: string }>(`SELECT name FROM people WHERE id = ?`, [personId]);
  if (person && isFullerName(alias, person.name)) {
    await tx.run(`UPDATE people SET name = ? WHERE id = ?`, [alias, personId]);
  }
}

function isFullerName(candidate: string, current: string): boolean {
  const candidateWords = aliasKey(candidate).split(' ');
  const currentWords = aliasKey(current).split(' ');
  return (
    currentWords.length === 1 &&
    candidateWords.length > 1 &&
    candidateWords.length <= 4 &&
    candidateWords[candidateWords.length - 1] === currentWords[0]
  );
}

export async function recordTitle(
  tx: SqlExecutor,
  personId: string,
  title: string,
  day: string | null,
  seen = 1,
): Promise<void> {
  await tx.run(
    `INSERT INTO person_titles (person_id, title, first_seen, last_seen, seen) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (person_id, title) DO UPDATE SET
       seen = person_titles.seen + excluded.seen,
       first_seen = CASE WHEN person_titles.first_seen IS NULL OR excluded.first_seen < person_titles.first_seen
                         THEN excluded.first_seen ELSE person_titles.first_seen END,
       last_seen = CASE WHEN person_titles.last_seen IS NULL OR excluded.last_seen > person_titles.last_seen
                        THEN excluded.last_seen ELSE person_titles.last_seen END`,
    [personId, title, day, day, seen],
  );
}
