import { findLayout } from '../extract/layout.js';
import type { Article } from '../model/article.js';
import { articleId } from './article-id.js';
import { detectLanguage } from './language.js';

export interface ReadTextOptions {
  source?: string;
  /** Publication date; without it, the dateline's date (when it has one). */
  published?: string | null;
  /** What a dump record already knows about the text. */
  id?: string | null;
  title?: string | null;
  url?: string | null;
  outlet?: string | null;
  byline?: string | null;
}

/**
 * Reads a plain news text: the layout finder marks headline, byline, dateline ("KYIV, Ukraine (AP) —",
 * "Nov. 30 (UPI) --") and photo captions with their credits; the text itself is kept whole so extraction
 * offsets point into exactly what was read.
 */
export function readText(text: string, options: ReadTextOptions = {}): Article {
  const layout = findLayout(text, { published: options.published ?? null });
  const dateline = layout.dateline
    ? {
        start: layout.dateline.start,
        end: layout.dateline.end,
        text: layout.dateline.text,
        place: layout.dateline.place ?? null,
        agency: layout.dateline.agency ?? null,
        date: layout.dateline.date ?? null,
      }
    : null;
  return {
    id: articleId(text, { id: options.id, url: options.url }),
    text,
    title: options.title?.trim() || layout.headline?.text.trim() || null,
    published: options.published ?? dateline?.date ?? null,
    url: options.url ?? null,
    outlet: options.outlet ?? dateline?.agency ?? null,
    byline:
      options.byline ??
      (layout.byline && layout.byline.names.length > 0 ? layout.byline.names.join(', ') : null),
    dateline,
    captions: layout.captions.map((caption) => ({
      text: caption.text,
      start: caption.start,
      end: caption.end,
      credit: caption.credit,
    })),
    language: detectLanguage(text),
    source: options.source,
  };
}
