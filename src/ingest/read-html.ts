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
  const byline = value
    .replace(/\s+/g, ' ')
    .replace(/^by\s+/i, '')
    .trim();
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

/**
 * Readability leaves a "By Jane Roe" line in the body when the page's metadata already named the author;
 * a short byline-shaped paragraph among the first three is furniture, not body.
 */
function dropBylineParagraphs(text: string, byline: string | null): string {
  const paragraphs = text.split('\n\n');
  const kept = paragraphs.filter((paragraph, index) => {
    if (index > 2 || paragraph.length > 100) return true;
    if (/^(?:by|von|par|por|di|door)\s+\p{Lu}/iu.test(paragraph) && !/[.!?"”]$/.test(paragraph)) return false;
    return !(byline && paragraph.trim().toLowerCase() === byline.toLowerCase());
  });
  return kept.length === paragraphs.length ? text : kept.join('\n\n');
}

/**
 * Readability's cost grows with the square of nesting depth or worse (4,000 nested divs: 4 s; 20,000:
 * minutes), so hostile markup skips it for the plain body walk. Real pages nest 17 deep at the median,
 * 51 at most in the Zyte benchmark.
 */
const MAX_READABILITY_DEPTH = 250;
const MAX_READABILITY_ELEMENTS = 60_000;

function fitsReadability(root: Element | null): boolean {
  if (!root) return false;
  let elements = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    elements += 1;
    if (depth > MAX_READABILITY_DEPTH || elements > MAX_READABILITY_ELEMENTS) return false;
    const children = element.children;
    for (let index = 0; index < children.length; index += 1) stack.push([children[index], depth + 1]);
  }
  return true;
}

const EMBEDDED_POSTS =
  'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card';

/**
 * Embedded posts are statements ("… — Jane Roe (@janeroe)") and belong to the body, but their wrappers
 * carry classes like "social-media-embed" that Readability discards as boilerplate. Wrappers holding only
 * the post lose those names, and its links become plain text.
 */
function keepEmbeddedPosts(document: Document): void {
  const posts = document.querySelectorAll(EMBEDDED_POSTS);
  for (let index = 0; index < posts.length && index < 200; index += 1) {
    const post = posts[index];
    const text = post.textContent?.trim() ?? '';
    post.removeAttribute('class');
    // a post is mostly links (handle, date, t.co), which Readability's link-density test throws away
    const links = post.querySelectorAll('a');
    for (let link = 0; link < links.length; link += 1) {
      links[link].replaceWith(document.createTextNode(links[link].textContent ?? ''));
    }
    let wrapper = post.parentElement;
    for (let depth = 0; wrapper && depth < 4 && wrapper.tagName !== 'BODY'; depth += 1) {
      if ((wrapper.textContent?.trim() ?? '') !== text) break;
      wrapper.removeAttribute('class');
      wrapper.removeAttribute('id');
      wrapper = wrapper.parentElement;
    }
  }
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
  let { document } = parseHTML(html);
  // linkedom leaves no root element for empty or non-markup input; give it one to hold the text
  if (!document.documentElement)
    document = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const metadata = readHtmlMetadata(document, options.url);
  const outsideCaptions = leadCaptions(document as unknown as Document);
  keepEmbeddedPosts(document as unknown as Document);

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    if (!fitsReadability(document.documentElement as unknown as Element))
      throw new Error('too deep or too large');
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
    const fallback = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
    const root = fallback.body ?? fallback.documentElement;
    if (root) body = htmlText(root as unknown as Parameters<typeof htmlText>[0]);
  }

  const byline = bylineFrom(metadata.byline) ?? bylineFrom(parsed?.byline);
  const text = dropBylineParagraphs(body.text, byline);
  const url = metadata.canonicalUrl ?? options.url ?? null;
  return {
    id: articleId(text, { url }),
    text,
    // Readability's title is <title> with the site name cut off
    title: metadata.title ?? (parsed?.title?.trim() || null) ?? metadata.documentTitle,
    published: metadata.published ?? options.published ?? null,
    url,
    outlet: metadata.siteName ?? (parsed?.siteName?.trim() || null),
    byline,
    dateline: null,
    captions: mergeCaptions([outsideCaptions, body.captions]),
    language: detectLanguage(text) ?? metadata.language,
    source: options.source ?? options.url ?? undefined,
  };
}
