import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article, Caption } from '../model/article.js';
import { articleId } from './article-id.js';
import { readHtmlMetadata } from './html-metadata.js';
import { htmlText } from './html-text.js';
import { detectLanguage } from './language.js';

export interface ReadHtmlOptions {
  /** The page's URL: resolves relative links, names the outlet, may hold the date. */
  url?: string | null;
  /** Where the page came from (a path or URL), for Article.source. */
  source?: string;
  /** Used when the page itself carries no publication date. */
  published?: string | null;
}

function bylineFrom(value: string | null | undefined): string | null {
  if (!value) return null;
  const byline = value.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  // Readability sometimes takes a whole paragraph for a byline; a name list is short.
  return byline && byline.length <= 120 ? byline : null;
}

function mergeCaptions(lists: Caption[][]): Caption[] {
  const seen = new Set<string>();
  const merged: Caption[] = [];
  for (const caption of lists.flat()) {
    const key = caption.text.toLowerCase();
    if (!caption.text || seen.has(key)) continue;
    seen.add(key);
    merged.push(caption);
  }
  return merged;
}

/** Figure captions around the article that Readability dropped with the lead image. */
function leadCaptions(document: Document): Caption[] {
  const scope = document.querySelector('article') ?? document.querySelector('main');
  if (!scope) return [];
  const figures = scope.querySelectorAll('figure');
  const captions: Caption[] = [];
  for (let index = 0; index < figures.length && index < 20; index += 1) {
    captions.push(...htmlText(figures[index] as unknown as Parameters<typeof htmlText>[0]).captions);
  }
  return captions;
}

/**
 * Reads one HTML page into an Article: the body through Readability over linkedom (boilerplate, ads and
 * comments dropped) as paragraphs separated by blank lines; captions and credits kept apart; title,
 * byline, date, site name and canonical URL from the page's own metadata.
 */
export function readHtml(html: string, options: ReadHtmlOptions = {}): Article {
  const { document } = parseHTML(html);
  const metadata = readHtmlMetadata(document, options.url);
  const outsideCaptions = leadCaptions(document as unknown as Document);

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, {
      keepClasses: true,
      serializer: (node: Node) => node,
    }).parse();
  } catch {
    // malformed markup Readability cannot walk: fall back to the whole body below
    parsed = null;
  }

  let body = parsed?.content
    ? htmlText(parsed.content as unknown as Parameters<typeof htmlText>[0])
    : { text: '', captions: [] };
  if (body.text.length < 200 && metadata.jsonLdBody && metadata.jsonLdBody.length > body.text.length) {
    body = { text: metadata.jsonLdBody.replace(/\r\n?/g, '\n').trim(), captions: body.captions };
  }
  if (!body.text) {
    const fallback = parseHTML(html).document;
    const root = fallback.body ?? fallback.documentElement;
    if (root) body = htmlText(root as unknown as Parameters<typeof htmlText>[0]);
  }

  const text = body.text;
  const url = metadata.canonicalUrl ?? options.url ?? null;
  return {
    id: articleId(text, { url }),
    text,
    title: metadata.title ?? (parsed?.title?.trim() || null),
    published: metadata.published ?? options.published ?? null,
    url,
    outlet: metadata.siteName ?? (parsed?.siteName?.trim() || null),
    byline: bylineFrom(metadata.byline) ?? bylineFrom(parsed?.byline),
    dateline: null,
    captions: mergeCaptions([outsideCaptions, body.captions]),
    language: detectLanguage(text) ?? metadata.language,
    source: options.source ?? options.url ?? undefined,
  };
}
