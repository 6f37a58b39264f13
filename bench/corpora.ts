import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Article } from '../src/model/article.js';

/** A benchmark set: a JSONL file of articles, read by our own small reader so extraction is timed alone. */
export interface BenchSet {
  name: string;
  label: string;
  path: string;
  /** Where the texts come from, for the table's footnote. */
  origin: string;
}

const NEWS_SETS: Omit<BenchSet, 'path'>[] = [
  { name: 'bbc', label: 'BBC 2004-05', origin: 'bbc-2004-2005.jsonl' },
  { name: 'reuters', label: 'Reuters-21578', origin: 'reuters-21578.jsonl' },
  { name: 'ukraine', label: 'Ukraine war 2022-24', origin: 'ukraine-war-2022-2024.jsonl' },
];

/**
 * The sets to measure: ../shared/corpora/news when present, else the bundled free corpus
 * (test/fixtures/bench/fallback.jsonl, Wikinews CC BY 2.5 and president.gov.ua CC BY 4.0).
 */
export function findBenchSets(sharedDir: string, projectDir: string, only?: string[]): BenchSet[] {
  const newsDir = resolve(sharedDir, 'corpora', 'news');
  const sets: BenchSet[] = [];
  for (const set of NEWS_SETS) {
    const path = resolve(newsDir, set.origin);
    if (existsSync(path)) sets.push({ ...set, path });
  }
  if (sets.length === 0) sets.push(fallbackSet(projectDir));
  return only && only.length > 0 ? sets.filter((set) => only.includes(set.name)) : sets;
}

/**
 * More freely licensed news to warm up on, never timed: ../shared/corpora/free when present (Wikinews,
 * president.gov.ua and kremlin.ru, their text beyond Latin-1 like most news today), so the JIT has seen
 * text of every kind a long ingest meets before the clock starts.
 */
export function freeWarmupPaths(sharedDir: string): string[] {
  return ['gum_wikinews', 'ua_president_kremlin']
    .map((name) => resolve(sharedDir, 'corpora', 'free', name, 'articles.jsonl'))
    .filter((path) => existsSync(path));
}

/** The bundled free corpus: the set measured where ../shared is absent, and part of every warm-up. */
export function fallbackSet(projectDir: string): BenchSet {
  return {
    name: 'fallback',
    label: 'Bundled free corpus',
    path: resolve(projectDir, 'test', 'fixtures', 'bench', 'fallback.jsonl'),
    origin: 'Wikinews (CC BY 2.5) and president.gov.ua (CC BY 4.0)',
  };
}

interface JsonlRecord {
  id?: unknown;
  text?: unknown;
  title?: unknown;
  date?: unknown;
  published?: unknown;
  url?: unknown;
  outlet?: unknown;
  machine_translated?: unknown;
}

const MONTHS: Record<string, string> = {
  JAN: '01',
  FEB: '02',
  MAR: '03',
  APR: '04',
  MAY: '05',
  JUN: '06',
  JUL: '07',
  AUG: '08',
  SEP: '09',
  OCT: '10',
  NOV: '11',
  DEC: '12',
};

/** ISO date from the sets' date fields: "2022-01-25", "2022-06-24T23:23:00Z", Reuters' "26-FEB-1987 15:01:01.79". */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1];
  const reuters = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(value);
  if (reuters && MONTHS[reuters[2]]) {
    return `${reuters[3]}-${MONTHS[reuters[2]]}-${reuters[1].padStart(2, '0')}`;
  }
  return null;
}

export function toArticle(record: JsonlRecord, fallbackId: string): Article | null {
  if (typeof record.text !== 'string' || record.text.trim() === '') return null;
  const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  return {
    id: typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : fallbackId,
    text: record.text,
    title: str(record.title),
    published: isoDate(record.published) ?? isoDate(record.date),
    url: str(record.url),
    outlet: str(record.outlet),
  };
}

/**
 * Streams the articles of a set (records with an empty text are skipped: Reuters has 2,535 title-only
 * items), so a full-corpus run never holds the corpus in memory.
 */
export async function* readBenchArticles(
  path: string,
  options: { limit?: number } = {},
): AsyncGenerator<Article> {
  const limit = options.limit ?? Infinity;
  if (limit <= 0) return;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  let count = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      let record: JsonlRecord;
      try {
        record = JSON.parse(line) as JsonlRecord;
      } catch (error) {
        throw new Error(`Cannot read benchmark set "${path}" line ${lineNumber}: not JSON`, {
          cause: error,
        });
      }
      const article = toArticle(record, `${path}:${lineNumber}`);
      if (!article) continue;
      yield article;
      if (++count >= limit) return;
    }
  } finally {
    lines.close();
  }
}

export async function loadBenchArticles(path: string, options: { limit?: number } = {}): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const article of readBenchArticles(path, options)) articles.push(article);
  return articles;
}

/** Words as whitespace-separated runs: the unit of the "words/s" column, the same for every row. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
