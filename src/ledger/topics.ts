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

function wordMatches(word: TopicWord, term: string): boolean {
  return word.lemma === term || word.lower === term;
}

/** Where a (possibly multi-word) term starts in `words`. */
function termPositions(words: TopicWord[], term: string[]): number[] {
  const positions: number[] = [];
  for (let index = 0; index + term.length <= words.length; index++) {
    let all = true;
    for (let offset = 0; offset < term.length && all; offset++) {
      all = wordMatches(words[index + offset], term[offset]);
    }
    if (all) positions.push(index);
  }
  return positions;
}

function setPositions(words: TopicWord[], set: string[][]): { start: number; end: number }[] {
  return set.flatMap((term) =>
    termPositions(words, term).map((start) => ({ start, end: start + term.length })),
  );
}

/** The topics named in a run of words (one clause), each once. */
export function matchTopics(words: TopicWord[]): TopicMatch[] {
  const matches: TopicMatch[] = [];
  for (const topic of COMPILED) {
    let found: TopicMatch | null = null;
    for (const pattern of topic.patterns) {
      const occurrences = pattern.map((set) => setPositions(words, set));
      if (occurrences.some((list) => list.length === 0)) continue;
      for (const anchor of occurrences[0]) {
        let start = anchor.start;
        let end = anchor.end;
        let ok = true;
        for (const list of occurrences.slice(1)) {
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
          found = { key: topic.definition.key, start, end, actionIndexes: [] };
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
