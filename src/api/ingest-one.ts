import { OnrecordError } from '../errors.js';
import { extract } from '../extract/index.js';
import { decodeText } from '../ingest/decode-text.js';
import { fetchUrl } from '../ingest/fetch-url.js';
import { readHtml } from '../ingest/read-html.js';
import { readText } from '../ingest/read-text.js';
import type { Article } from '../model/article.js';
import type { SaveArticleResult, Store } from '../store/store.js';
import type { IngestOne, IngestRequest } from './ingest-request.js';
import { prepareArticle, prepareSkipped, skipReason, withLanguage } from '../pipeline/prepare-article.js';
import { refreshShifts } from '../pipeline/refresh-shifts.js';

/**
 * The ingest pipeline for one article, as POST /api/ingest runs it: read (text, HTML or a fetched URL
 * under the reader's address policy), then the pipeline's steps for one article.
 */
export function createIngestOne(store: Store): IngestOne {
  return async (request) => ingestArticle(store, await readArticle(request));
}

async function readArticle(request: IngestRequest): Promise<Article> {
  const published = request.published ?? null;
  let article: Article;
  if (request.text !== undefined) {
    article = readText(request.text, {
      id: request.id,
      title: request.title,
      published,
      outlet: request.outlet,
      source: 'api',
    });
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

/** One article through the pipeline's own steps (src/pipeline): language check, extract, frames, save, shifts. */
export async function ingestArticle(store: Store, input: Article): Promise<SaveArticleResult> {
  const article = withLanguage(input);
  const reason = skipReason(article);
  const prepared = reason
    ? prepareSkipped(article, reason)
    : prepareArticle(article, extract(article, { published: article.published ?? null }));
  const result = await store.saveArticle(prepared);
  await refreshShifts(store, result.touchedPeople);
  return result;
}
