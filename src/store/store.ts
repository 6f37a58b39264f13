import type { Article } from '../model/article.js';
import type { Person, Shift, StatementRecord, Topic, ClaimFrame } from '../model/ledger.js';
import type { Statement, StatementKind } from '../model/statement.js';
import type { PreparedSave } from './sql/prepare-save.js';

/**
 * The one storage interface (DESIGN.md "Storage"): SQLite (embedded default) and PostgreSQL implement it,
 * and one contract suite (store.contract.ts) runs against both. No driver types appear here.
 */
export interface Store {
  readonly backend: 'sqlite' | 'postgres';
  close(): Promise<void>;

  /**
   * Saves an article with its statements in one transaction. Keyed by canonical URL, else content
   * hash: the same content again is `unchanged`; changed content replaces its statements.
   * Speakers are resolved to people across articles here (ledger/people rules).
   */
  saveArticle(input: SaveArticleInput): Promise<SaveArticleResult>;
  /**
   * Saves several articles, in order, each exactly as saveArticle would: an article is stored whole or
   * not at all, and one that fails is reported in its outcome while the others are saved. SQLite commits
   * them together (one commit for many articles is most of the write cost); an error that makes the
   * store unwritable (full, read-only, unreachable) is thrown, and then none of them is stored.
   */
  saveArticles(inputs: SaveArticleInput[]): Promise<SaveArticleOutcome[]>;
  /**
   * Whether this article is already stored with the same content (`same`), with other content under
   * the same key (`changed`), or not at all (`new`): lets ingest skip extracting what it has.
   */
  articleState(article: Article): Promise<'new' | 'same' | 'changed'>;
  /** An article with all of its statements (syndicated copies included), in text order. */
  getArticle(id: string): Promise<ArticleRecord | null>;
  counts(): Promise<StoreCounts>;

  searchStatements(query: StatementQuery): Promise<Page<StatementRecord>>;
  /**
   * Each person's statements as searchStatements({ speakerId, order: 'date' }) lists them, every page
   * (primary sightings, oldest first), keyed by the id asked for: what shifts are computed from.
   */
  statementsByPerson(personIds: string[]): Promise<Map<string, StatementRecord[]>>;
  getStatement(id: string): Promise<StatementRecord | null>;

  listPeople(query?: PeopleQuery): Promise<Page<PersonSummary>>;
  getPerson(id: string): Promise<Person | null>;
  /** Finds people by a name or alias as a user types it ("Zelensky"). */
  findPeople(name: string): Promise<PersonSummary[]>;
  /** Merges B into A; recorded as a manual decision that survives re-ingest. Returns A. */
  mergePeople(keepId: string, mergeId: string): Promise<Person>;
  /** Splits an alias off a person into a new person; a manual decision that survives re-ingest. */
  splitPerson(personId: string, alias: string): Promise<Person>;

  listTopics(query?: { speakerId?: string; limit?: number }): Promise<Topic[]>;
  /**
   * People whose statements changed since their shifts were last computed (saveArticle marks them in
   * its transaction, replaceShifts clears them): what a batch killed before its end still owes.
   */
  staleShiftPeople(): Promise<string[]>;
  /** Replaces the stored shifts of one person (recomputed after each ingest touching them). */
  replaceShifts(personId: string, shifts: Shift[]): Promise<void>;
  /** replaceShifts for several people in one transaction (one commit instead of one per person). */
  replaceShiftsOf(entries: { personId: string; shifts: Shift[] }[]): Promise<void>;
  listShifts(query?: ShiftQuery): Promise<Shift[]>;
}

export interface SaveArticleInput {
  article: Article;
  statements: Statement[];
  /** One frame per statement (same order), when positions are computed at ingest. */
  frames?: (ClaimFrame | null)[];
  /** When the article was not extracted (non-English): stored, counted, no statements. */
  skippedReason?: string | null;
  /**
   * The database-free part of saving, computed ahead (by an extraction worker): hashes, JSON columns,
   * frame JSON and topics, canonical speakers. With it, `frames` may be left out.
   */
  prepared?: PreparedSave;
}

export interface SaveArticleResult {
  articleId: string;
  status: 'new' | 'updated' | 'unchanged';
  statements: number;
  /** People whose statements changed: their positions and shifts need recomputing. */
  touchedPeople: string[];
}

export type SaveArticleOutcome = { result: SaveArticleResult } | { error: unknown };

export interface ArticleRecord extends Article {
  contentHash: string;
  ingestedAt: string;
  statements: StatementRecord[];
  skippedReason: string | null;
}

export interface StoreCounts {
  articles: number;
  skippedArticles: number;
  /** Distinct statements: a quote carried by several articles counts once. */
  statements: number;
  /** Extra copies of statements already counted (syndication). */
  sightings: number;
  people: number;
  shifts: number;
}

/**
 * Listings show each quote once: a statement carried by several articles appears as its earliest stored
 * copy with `sightings` counting the others, except when `articleId` lists one article's statements.
 */
export interface StatementQuery {
  /** Full-text query over statement content (FTS5 on SQLite, tsvector on PostgreSQL). */
  q?: string;
  speaker?: string;
  speakerId?: string;
  topic?: string;
  outlet?: string;
  kind?: StatementKind;
  /** saidOn range, ISO dates inclusive. */
  from?: string;
  to?: string;
  articleId?: string;
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string | null;
  order?: 'relevance' | 'date' | 'date-desc';
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export interface PeopleQuery {
  q?: string;
  limit?: number;
  cursor?: string | null;
}

export interface PersonSummary {
  id: string;
  name: string;
  kind: Person['kind'];
  title: string | null;
  statements: number;
  articles: number;
}

export interface ShiftQuery {
  personId?: string;
  speaker?: string;
  since?: string;
  topic?: string;
  limit?: number;
}
