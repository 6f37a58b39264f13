import type { SaidOn, Statement, StatementKind } from './statement.js';

/** A person or organisation that stays the same across articles. */
export interface Person {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'group' | 'unknown';
  aliases: string[];
  titles: PersonTitle[];
}

export interface PersonTitle {
  title: string;
  /** First and last publication dates the title was seen with. */
  firstSeen: string | null;
  lastSeen: string | null;
}

/** What a statement claims, in lemmas, for grouping by topic and comparing over time. */
export interface ClaimFrame {
  /** Main predicate lemma ("cede"). */
  predicate: string | null;
  /** Argument lemmas ("territory", "nato", "membership"). */
  arguments: string[];
  /** false when negation scopes over the predicate ("would not cede"). */
  positive: boolean;
  /** "categorical" (will, must, never), "possible" (might, could, willing to), "none". */
  modality: 'categorical' | 'possible' | 'none';
  hedges: string[];
  /** Condition phrases ("in exchange for NATO membership", "if ..."). */
  conditions: string[];
  /** Normalised topic keys ("cede-territory", "nato-membership", "ceasefire"). */
  topics: string[];
  /** Per topic: the stance the statement takes on it (src/ledger/frame.ts). Absent in older frames. */
  stances?: TopicStance[];
  /** The reporter's words that say the speaker changed position (src/ledger/reported-change.ts). */
  change?: ReportedChange;
}

/**
 * A change of position the report states outside the quote: "In a U-turn, X said …", "X reversed course
 * and said …", "X, who had opposed sending tanks, now says …".
 */
export interface ReportedChange {
  /**
   * "reversal": the new stance turns the old one round; "softening" / "hardening": it moved toward yes /
   * toward no; "former": the sentence states the old position itself (`former`).
   */
  kind: 'reversal' | 'softening' | 'hardening' | 'former';
  /** The reporter's words ("In a U-turn", "reversed course", "who had opposed sending tanks"). */
  text: string;
  /** Where they lie in the article's text (end-exclusive). */
  start: number;
  end: number;
  /** The former position in words a claim frame reads ("opposed sending tanks"), when stated. */
  former?: string;
}

/** What one clause of a statement says about one topic. */
export interface TopicStance {
  topic: string;
  /** 1 for the topic's act ("cede territory", "join NATO"), -1 against it, 0 when no stance can be read. */
  stance: 1 | -1 | 0;
  /** Polarity of the clause's predicate (false: "would not cede"). */
  positive: boolean;
  modality: 'categorical' | 'possible' | 'none';
  hedges: string[];
  conditions: string[];
  predicate: string | null;
  /** The clause's words from the modal to the topic ("would not cede any territory"), for reason lines. */
  phrase: string;
  /** The grammatical subject before the phrase, when there is one ("he", "Ukraine"). */
  subject: string | null;
  /**
   * True when the clause states a position (a modal, willingness or refusal, support or opposition)
   * rather than reporting a fact ("lifted sanctions"); only positions make shifts.
   */
  position?: boolean;
}

export interface Topic {
  key: string;
  label: string;
  statementCount: number;
}

/** A statement as stored: the extracted Statement plus its place in the record. */
export interface StatementRecord extends Statement {
  id: string;
  articleId: string;
  personId: string | null;
  /** Published date of the article (YYYY-MM-DD) and outlet, for listings. */
  published: string | null;
  outlet: string | null;
  articleTitle: string | null;
  frame: ClaimFrame | null;
  /** Other articles that carried the same quote (syndication). */
  sightings: number;
}

export type ShiftRelation = 'polarity' | 'modality' | 'condition';

/** Two statements by one person on one topic that disagree across time. */
export interface Shift {
  id: string;
  personId: string;
  personName: string;
  topic: string;
  earlier: ShiftEvidence;
  later: ShiftEvidence;
  relation: ShiftRelation;
  confidence: number;
  /** One line a journalist can read. */
  reason: string;
}

export interface ShiftEvidence {
  statementId: string;
  articleId: string;
  text: string;
  /** Where the statement's content lies in its article's text (end-exclusive); absent in older shifts. */
  start?: number;
  end?: number;
  saidOn: SaidOn | null;
  outlet: string | null;
  kind: StatementKind;
}
