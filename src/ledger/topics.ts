import type { StatementRecord, Topic } from '../model/ledger.js';
import { TOPIC_DEFINITIONS, type TopicDefinition } from './topic-lexicon.js';

/** A word as the topic matcher sees it: its lemma and its lower-cased surface form. */
export interface TopicWord {
  lemma: string;
  lower: string;
}

export interface TopicMatch {
  key: string;
  /** Word indexes of the matched terms (first and last, end-exclusive). */
  start: number;
  end: number;
  /** Word indexes where a term of the topic's own act ("cede") was found. */
  actionIndexes: number[];
  /** A subject with no stance read on it (TopicDefinition.subjectOnly). */
  subjectOnly: boolean;
}

interface CompiledTopic {
  definition: TopicDefinition;
  patterns: string[][][][];
  actions: string[][];
  window: number;
}

const split = (term: string) => term.split(' ');

const COMPILED: CompiledTopic[] = TOPIC_DEFINITIONS.map((definition) => ({
  definition,
  patterns: definition.patterns.map((pattern) => pattern.map((set) => set.map(split))),
  actions: (definition.actions ?? []).map(split),
  window: definition.window ?? 8,
}));

const LABELS = new Map(TOPIC_DEFINITIONS.map((definition) => [definition.key, definition.label]));

interface TermEntry {
  words: string[];
  topic: number;
  pattern: number;
  set: number;
}

/** Every pattern term by its first word, so a clause is read once instead of once per term. */
const BY_FIRST_WORD = new Map<string, TermEntry[]>();
COMPILED.forEach((topic, topicIndex) => {
  topic.patterns.forEach((pattern, patternIndex) => {
    pattern.forEach((set, setIndex) => {
      for (const words of set) {
        const list = BY_FIRST_WORD.get(words[0]) ?? [];
        list.push({ words, topic: topicIndex, pattern: patternIndex, set: setIndex });
        BY_FIRST_WORD.set(words[0], list);
      }
    });
  });
});

function wordMatches(word: TopicWord, term: string): boolean {
  return word.lemma === term || word.lower === term;
}

function matchesAt(words: TopicWord[], index: number, term: string[]): boolean {
  if (index + term.length > words.length) return false;
  for (let offset = 0; offset < term.length; offset++) {
    if (!wordMatches(words[index + offset], term[offset])) return false;
  }
  return true;
}

/** Where a (possibly multi-word) term starts in `words`. */
function termPositions(words: TopicWord[], term: string[]): number[] {
  const positions: number[] = [];
  for (let index = 0; index + term.length <= words.length; index++) {
    if (matchesAt(words, index, term)) positions.push(index);
  }
  return positions;
}

type Span = { start: number; end: number };

/** The topics named in a run of words (one clause), each once. */
export function matchTopics(words: TopicWord[]): TopicMatch[] {
  // occurrences[topic][pattern][set] = spans where a term of that set occurs.
  const occurrences = new Map<number, Span[][][]>();
  words.forEach((word, index) => {
    const byLemma = BY_FIRST_WORD.get(word.lemma);
    const byLower = word.lemma === word.lower ? undefined : BY_FIRST_WORD.get(word.lower);
    // most words start no term: nothing to allocate for them
    if (byLemma === undefined && byLower === undefined) return;
    const seen = new Set<TermEntry>();
    for (const entries of [byLemma, byLower]) {
      for (const entry of entries ?? []) {
        if (seen.has(entry) || !matchesAt(words, index, entry.words)) continue;
        seen.add(entry);
        let byPattern = occurrences.get(entry.topic);
        if (!byPattern) {
          byPattern = COMPILED[entry.topic].patterns.map((pattern) => pattern.map(() => []));
          occurrences.set(entry.topic, byPattern);
        }
        byPattern[entry.pattern][entry.set].push({ start: index, end: index + entry.words.length });
      }
    }
  });
  const matches: TopicMatch[] = [];
  for (const [topicIndex, byPattern] of [...occurrences.entries()].sort((a, b) => a[0] - b[0])) {
    const topic = COMPILED[topicIndex];
    let found: TopicMatch | null = null;
    for (const sets of byPattern) {
      if (sets.some((list) => list.length === 0)) continue;
      for (const anchor of sets[0]) {
        let start = anchor.start;
        let end = anchor.end;
        let ok = true;
        for (const list of sets.slice(1)) {
          const near = list.find(
            (item) => Math.max(end, item.end) - Math.min(start, item.start) <= topic.window + 1,
          );
          if (!near) {
            ok = false;
            break;
          }
          start = Math.min(start, near.start);
          end = Math.max(end, near.end);
        }
        if (ok) {
          found = {
            key: topic.definition.key,
            start,
            end,
            actionIndexes: [],
            subjectOnly: topic.definition.subjectOnly === true,
          };
          break;
        }
      }
      if (found) break;
    }
    if (!found) continue;
    found.actionIndexes = topic.actions.flatMap((term) => termPositions(words, term));
    matches.push(found);
  }
  return matches;
}

/** The readable label of a topic key ("nato-membership" → "NATO membership"). */
export function topicLabel(key: string): string {
  return LABELS.get(key) ?? key.replace(/-/g, ' ');
}

export function topicKeys(): string[] {
  return TOPIC_DEFINITIONS.map((definition) => definition.key);
}

/**
 * Resolves what a user typed ("NATO", "territory", "cease-fire", "nato-membership") to topic keys:
 * exact key or label first, else every topic whose label or terms contain the words typed.
 */
export function findTopics(query: string): string[] {
  const wanted = query.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  if (!wanted) return [];
  const exact = TOPIC_DEFINITIONS.filter(
    (definition) => definition.key.replace(/-/g, ' ') === wanted || definition.label.toLowerCase() === wanted,
  );
  if (exact.length > 0) return exact.map((definition) => definition.key);
  return TOPIC_DEFINITIONS.filter((definition) => {
    const haystack = [
      definition.label.toLowerCase(),
      definition.key.replace(/-/g, ' '),
      ...definition.patterns.flat(2),
    ];
    return wanted
      .split(' ')
      .every((word) => haystack.some((text) => text.split(' ').some((part) => part.startsWith(word))));
  }).map((definition) => definition.key);
}

/** Topics over a set of stored statements, most talked-about first. */
export function groupTopics(records: Pick<StatementRecord, 'frame'>[]): Topic[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const key of new Set(record.frame?.topics ?? [])) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, statementCount]) => ({ key, label: topicLabel(key), statementCount }))
    .sort((a, b) => b.statementCount - a.statementCount || a.key.localeCompare(b.key));
}
