import { dateFromUrl, normalizeDate } from './normalize-date.js';

/** What the page says about itself, before Readability rewrites the document. */
export interface HtmlMetadata {
  /** The page's own headline (JSON-LD, Open Graph, Twitter card). */
  title: string | null;
  /** <title>, which usually carries the site name too. */
  documentTitle: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  /** JSON-LD articleBody, when the page ships one (a fallback body). */
  jsonLdBody: string | null;
}

interface QueryableDocument {
  querySelectorAll(selector: string): ArrayLike<{
    getAttribute(name: string): string | null;
    textContent: string | null;
  }>;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /article|posting|report|newsarticle|blogposting|webpage|liveblog/i;

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || null;
}

function readMeta(document: QueryableDocument): Map<string, string> {
  const meta = new Map<string, string>();
  const elements = document.querySelectorAll('meta');
  for (let index = 0; index < elements.length; index += 1) {
    const element = elements[index];
    const key =
      element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
    const content = clean(element.getAttribute('content'));
    if (key && content && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), content);
  }
  return meta;
}

function readJsonLd(document: QueryableDocument): JsonObject[] {
  const found: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let index = 0; index < scripts.length; index += 1) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[index].textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    while (queue.length > 0 && found.length < 200) {
      const value = queue.shift();
      if (Array.isArray(value)) queue.push(...value);
      else if (value && typeof value === 'object') {
        const object = value as JsonObject;
        found.push(object);
        if (object['@graph']) queue.push(object['@graph']);
      }
    }
  }
  return found;
}

function typeOf(object: JsonObject): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

function names(value: unknown): string | null {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const list = value.map(names).filter((name): name is string => Boolean(name));
    return list.length > 0 ? list.join(', ') : null;
  }
  if (value && typeof value === 'object') return clean((value as JsonObject).name);
  return null;
}

function resolveUrl(value: string | null | undefined, base: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function first<T>(...values: Array<T | null | undefined>): T | null {
  for (const value of values) if (value !== null && value !== undefined && value !== '') return value;
  return null;
}

function looksLikeUrl(value: string | null | undefined): boolean {
  return Boolean(value && /^https?:\/\//i.test(value));
}

/** Reads title, byline, date, site name and canonical URL from meta tags, JSON-LD, <time> and the URL. */
export function readHtmlMetadata(document: QueryableDocument, pageUrl?: string | null): HtmlMetadata {
  const meta = readMeta(document);
  const jsonLd = readJsonLd(document);
  const article =
    jsonLd.find(
      (object) =>
        ARTICLE_TYPES.test(typeOf(object)) && (object.headline || object.datePublished || object.articleBody),
    ) ?? null;

  const attribute = (selector: string, name: string): string | null => {
    const elements = document.querySelectorAll(selector);
    return elements.length > 0 ? clean(elements[0].getAttribute(name)) : null;
  };
  const text = (selector: string): string | null => {
    const elements = document.querySelectorAll(selector);
    return elements.length > 0 ? clean(elements[0].textContent) : null;
  };

  const rawDate = first(
    meta.get('article:published_time'),
    meta.get('og:published_time'),
    meta.get('published_time'),
    clean(article?.datePublished),
    meta.get('datepublished'),
    meta.get('pubdate'),
    meta.get('publishdate'),
    meta.get('publish-date'),
    meta.get('parsely-pub-date'),
    meta.get('sailthru.date'),
    meta.get('dc.date.issued'),
    meta.get('dcterms.created'),
    meta.get('dc.date'),
    meta.get('date'),
    attribute('time[pubdate]', 'datetime'),
    attribute('[itemprop="datePublished"]', 'datetime'),
    attribute('time[datetime]', 'datetime'),
    clean(article?.dateCreated),
  );

  const author = first(
    names(article?.author),
    looksLikeUrl(meta.get('article:author')) ? null : meta.get('article:author'),
    meta.get('author'),
    meta.get('byl')?.replace(/^by\s+/i, ''),
    meta.get('parsely-author'),
    meta.get('sailthru.author'),
    meta.get('dc.creator'),
    text('[rel="author"]'),
    text('[itemprop="author"] [itemprop="name"]'),
  );

  const canonical = first(
    resolveUrl(attribute('link[rel="canonical"]', 'href'), pageUrl),
    resolveUrl(meta.get('og:url'), pageUrl),
    resolveUrl(clean(article?.url) ?? undefined, pageUrl),
  );

  const publisher = article?.publisher as JsonObject | undefined;
  let hostName: string | null = null;
  try {
    hostName = pageUrl ? new URL(pageUrl).hostname.replace(/^www\./, '') : null;
  } catch {
    hostName = null;
  }
  const htmlLanguage = attribute('html', 'lang');

  return {
    title: first(clean(article?.headline), meta.get('og:title'), meta.get('twitter:title')),
    documentTitle: text('title'),
    byline: author,
    published: normalizeDate(rawDate) ?? dateFromUrl(canonical) ?? dateFromUrl(pageUrl),
    siteName: first(meta.get('og:site_name'), names(publisher), meta.get('application-name'), hostName),
    canonicalUrl: canonical ?? resolveUrl(pageUrl, null),
    language: htmlLanguage ? htmlLanguage.toLowerCase().split(/[-_]/)[0] : null,
    jsonLdBody: clean(article?.articleBody) ? String(article?.articleBody) : null,
  };
}
