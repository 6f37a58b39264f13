import type { StatementRecord } from '../model/ledger.js';
import type { Statement } from '../model/statement.js';
import { frameStatement } from './frame.js';

export interface RecordArticle {
  id: string;
  published: string | null;
  outlet: string | null;
  title?: string | null;
}

/**
 * Statements of one article as records with frames, before (or without) a store: people are keyed by
 * the given function, by default the extracted speaker name. For evaluations and tests.
 */
export function toStatementRecords(
  statements: Statement[],
  text: string,
  article: RecordArticle,
  personOf: (statement: Statement) => string | null = (statement) => statement.speaker.name,
): StatementRecord[] {
  return statements.map((statement, index) => ({
    ...statement,
    id: `${article.id}#${index}`,
    articleId: article.id,
    personId: personOf(statement),
    published: article.published,
    outlet: article.outlet,
    articleTitle: article.title ?? null,
    frame: frameStatement(statement, text),
    sightings: 0,
  }));
}
