import type { WinkReading } from '../extract/analyse.js';
import { detectLanguage } from '../ingest/language.js';
import { frameStatement } from '../ledger/frame.js';
import type { Article } from '../model/article.js';
import type { Statement } from '../model/statement.js';
import type { SaveArticleInput } from '../store/store.js';

/**
 * Why an article is stored but not extracted, or null to extract it. The extractor reads English:
 * other languages are kept and counted (issue 3) rather than mined for false quotes.
 */
export function skipReason(article: Article): string | null {
  const language = article.language ?? detectLanguage(article.text);
  if (language && language !== 'en') return `not English (${language})`;
  return null;
}

/** The article with its language filled in when the reader did not set one. */
export function withLanguage(article: Article): Article {
  if (article.language) return article;
  const language = detectLanguage(article.text);
  return language ? { ...article, language } : article;
}

/**
 * What the store saves for an extracted article: the statements and a claim frame for each. With
 * `reading` (extractReading's), the frames take the statements' words from it.
 */
export function prepareArticle(
  article: Article,
  statements: Statement[],
  options: { reading?: WinkReading | null } = {},
): SaveArticleInput {
  const reading = options.reading ?? null;
  return {
    article,
    statements,
    frames: statements.map((statement) => frameStatement(statement, article.text, { reading })),
  };
}

/** What the store saves for an article that is kept but not extracted. */
export function prepareSkipped(article: Article, reason: string): SaveArticleInput {
  return { article, statements: [], skippedReason: reason };
}
