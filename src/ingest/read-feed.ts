import { parseFeed } from '@rowanmanning/feed-parser';
import { parseHTML } from 'linkedom';
import type { Article, Caption } from '../model/article.js';
import { OnrecordError } from '../errors.js';
import { articleId } from './article-id.js';
import { htmlText } from './html-text.js';
import { detectLanguage } from './language.js';
import { normalizeDate } from './normalize-date.js';

export interface ReadFeedOptions {
  source?: string;
  /** Used for items without a date of their own. */
  published?: string | null;
}

/**
 * An item is a full article when its content says more than its summary: some feeds repeat the summary
 * in content:encoded, which does not make it an article.
 */
function isFullContent(content: string, summary: string): boolean {
  if (!content) return false;
  return !summary || content.length > summary.length * 1.2 || content.length >= 1500;
}

/**
 * Removes the DOCTYPE and its internal subset before parsing: feeds never need a DTD, and entity
 * definitions are how an XML "billion laughs" bomb explodes (the parser would expand them without limit).
 */
export function stripDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  const bracket = xml.indexOf('[', start);
  const close = xml.indexOf('>', start);
  if (close < 0) return xml.slice(0, start);
  if (bracket < 0 || bracket > close) return xml.slice(0, start) + xml.slice(close + 1);
  const subsetEnd = xml.search(/\]\s*>/);
  const end = subsetEnd > bracket ? xml.indexOf('>', subsetEnd) : -1;
  return end < 0 ? xml.slice(0, start) : xml.slice(0, start) + xml.slice(end + 1);
}

const ITEMS_PER_BATCH = 100;

/**
 * Cuts a feed into feeds of at most ITEMS_PER_BATCH items each (same head and tail around them). The feed
 * parser's item accessors cost time in proportion to the whole feed, so one 4,000-item feed takes 9 s and
 * a 50,000-item one would take most of an hour; in batches the cost stays linear. CDATA and comments are
 * stepped over so an "</item>" inside content cannot cut an item in two.
 */
export function splitFeed(xml: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  let depth = 0;
  let index = xml.indexOf('<');
  while (index >= 0 && index < xml.length) {
    if (xml.startsWith('<![CDATA[', index)) {
      const close = xml.indexOf(']]>', index);
      if (close < 0) break;
      index = xml.indexOf('<', close + 3);
      continue;
    }
    if (xml.startsWith('<!--', index)) {
      const close = xml.indexOf('-->', index);
      if (close < 0) break;
      index = xml.indexOf('<', close + 3);
      continue;
    }
    const open = /^<(item|entry)[\s>/]/.exec(xml.slice(index, index + 7));
    if (open) {
      if (depth === 0) starts.push(index);
      depth += 1;
    } else if (xml.startsWith('</item>', index) || xml.startsWith('</entry>', index)) {
      depth -= 1;
      if (depth === 0) ends.push(xml.indexOf('>', index) + 1);
      if (depth < 0) return [xml];
    }
    index = xml.indexOf('<', index + 1);
  }
  if (starts.length <= ITEMS_PER_BATCH || starts.length !== ends.length) return [xml];
  const head = xml.slice(0, starts[0]);
  const tail = xml.slice(ends[ends.length - 1]);
  const batches: string[] = [];
  for (let first = 0; first < starts.length; first += ITEMS_PER_BATCH) {
    const last = Math.min(first + ITEMS_PER_BATCH, starts.length) - 1;
    batches.push(head + xml.slice(starts[first], ends[last]) + tail);
  }
  return batches;
}

export function htmlFragmentText(html: string): { text: string; captions: Caption[] } {
  if (!/[<&]/.test(html)) return { text: html.replace(/[ \t]+/g, ' ').trim(), captions: [] };
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return htmlText(document.body as unknown as Parameters<typeof htmlText>[0]);
}

export type FeedEntry = { ok: true; article: Article } | { ok: false; item: number; error: OnrecordError };

/**
 * Reads an RSS or Atom feed. Items with full content (content:encoded, Atom content) become articles with
 * that content as text; items with only a summary keep the summary and the link, marked `summaryOnly`.
 */
export function* readFeed(xml: string, options: ReadFeedOptions = {}): Generator<FeedEntry> {
  const name = options.source ?? 'feed';
  const batches = splitFeed(stripDoctype(xml));
  let offset = 0;
  for (const batch of batches) {
    let feed: ReturnType<typeof parseFeed>;
    try {
      feed = parseFeed(batch);
    } catch (error) {
      throw new OnrecordError('INPUT_INVALID', `Cannot read feed "${name}": not RSS or Atom`, {
        cause: error,
      });
    }
    yield* readItems(feed, offset, name, options);
    offset += feed.items.length;
  }
}

function* readItems(
  feed: ReturnType<typeof parseFeed>,
  offset: number,
  name: string,
  options: ReadFeedOptions,
): Generator<FeedEntry> {
  const outlet = feed.title?.trim() || null;
  for (const [position, item] of feed.items.entries()) {
    const index = offset + position;
    try {
      const content = item.content ? htmlFragmentText(item.content) : { text: '', captions: [] };
      const summary = item.description ? htmlFragmentText(item.description) : { text: '', captions: [] };
      const full = isFullContent(content.text, summary.text);
      const body = full ? content : summary.text ? summary : content;
      const title = item.title?.replace(/\s+/g, ' ').trim() || null;
      const text = body.text || title || '';
      if (!text) {
        yield {
          ok: false,
          item: index + 1,
          error: new OnrecordError(
            'INPUT_INVALID',
            `Cannot read item ${index + 1} of feed "${name}": no content, summary or title`,
          ),
        };
        continue;
      }
      const url = item.url ?? null;
      const article: Article = {
        id: articleId(text, { id: url ?? item.id, url }),
        text,
        title,
        published: normalizeDate(item.published ?? item.updated) ?? options.published ?? null,
        url,
        outlet,
        byline:
          item.authors
            .map((author) => author.name)
            .filter(Boolean)
            .join(', ') || null,
        dateline: null,
        captions: body.captions,
        language:
          detectLanguage(title ? `${title}\n${text}` : text) ??
          (feed.language ? feed.language.toLowerCase().split(/[-_]/)[0] : null),
        source: `${name}#${index + 1}`,
        summaryOnly: !full,
      };
      yield { ok: true, article };
    } catch (error) {
      yield {
        ok: false,
        item: index + 1,
        error: new OnrecordError(
          'INPUT_INVALID',
          `Cannot read item ${index + 1} of feed "${name}": ${(error as Error).message}`,
          { cause: error },
        ),
      };
    }
  }
}
