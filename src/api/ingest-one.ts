import { OnrecordError } from '../errors.js';
import { extract } from '../extract/index.js';
import { decodeText } from '../ingest/decode-text.js';
import { fetchUrl } from '../ingest/fetch-url.js';
import { readHtml } from '../ingest/read-html.js';
import { readText } from '../ingest/read-text.js';
import { frameStatement } from '../ledger/frame.js';
import { detectShifts } from '../ledger/shifts.js';
import type { Article } from '../model/article.js';
import type { SaveArticleResult, Store } from '../store/store.js';
import type { IngestOne, IngestRequest } from './ingest-request.js';
import { collectStatements } from './person-view.js';

/**
 * The ingest pipeline for one article, as POST /api/ingest runs it: read (text, HTML or a fetched URL
 * under the reader's address policy), extract, frame, save in one transaction, then recompute the
 * shifts of every person the article touched.
 */
export function createIngestOne(store: Store): IngestOne {
  return async (request) => ingestArticle(store, await readArticle(request));
}

async function readArticle(request: IngestRequest): Promise<Article> {
  const published = request.published ?? null;
  let article: Article;
  if (request.text !== undefined) {
    article = readText(request.text, { id: request.id, title: request.title, published, outlet: request.outlet, source: 'api' });
  } else if (request.html !== undefined) {
    article = readHtml(request.html, { published, source: 'api' });
  } else {
    const fetched = await fetchUrl(request.url as string);
    if (fetched.status < 200 || fetched.status >= 300) {
      throw new OnrecordError('FETCH_FAILED', `Cannot fetch "${request.url}": HTTP ${fetched.status}`);
    }
    const decoded = decodeText(fetched.body, { contentType: fetched.contentType, markup: true });
    article = /html|xml/i.test(fetched.contentType ?? 'text/html')
      ? readHtml(decoded.text, { url: fetched.url, published, source: fetched.url })
      : readText(decoded.text, { url: fetched.url, published, source: fetched.url });
  }
  return {
    ...article,
    id: request.id ?? article.id,
    title: request.title ?? article.title,
    outlet: request.outlet ?? article.outlet,
  };
}

export async function ingestArticle(store: Store, article: Article): Promise<SaveArticleResult> {
  const statements = extract(article, { published: article.published ?? null });
  const frames = statements.map((statement) => frameStatement(statement, article.text));
  const result = await store.saveArticle({ article, statements, frames });
  for (const personId of result.touchedPeople) {
    const { items } = await collectStatements(store, { speakerId: personId, order: 'date' }, { cap: 5000 });
    await store.replaceShifts(personId, detectShifts(items));
  }
  return result;
}
