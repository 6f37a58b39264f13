import iconv from 'iconv-lite';
import { sniffBom } from './decode-text.js';

export type SourceKind = 'text' | 'html' | 'feed' | 'jsonl' | 'csv' | 'json';

const EXTENSIONS: Record<string, SourceKind> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  json: 'json',
};

/** The kind a file name announces (".gz" looked through), null when unknown, undefined without an extension. */
export function kindFromName(name: string): SourceKind | null | undefined {
  let base = name.split(/[\\/]/).pop() ?? name;
  try {
    if (/^https?:/i.test(name)) base = new URL(name).pathname.split('/').pop() ?? '';
  } catch {
    // not a URL after all
  }
  base = base.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return EXTENSIONS[base.slice(dot + 1)] ?? null;
}

export function kindFromContentType(contentType: string | null | undefined): SourceKind | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type) || type === 'application/xml' || type === 'text/xml')
    return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines')
    return 'jsonl';
  if (type === 'application/json') return 'json';
  if (type === 'text/csv') return 'csv';
  return null;
}

/** Guesses the kind from the first bytes: markup, JSON, or plain text. */
export function sniffKind(head: Uint8Array): SourceKind {
  const bom = sniffBom(head);
  const sample = (
    bom && bom.encoding !== 'utf-8'
      ? iconv.decode(Buffer.from(head.subarray(0, 4096)), bom.encoding)
      : Buffer.from(head.subarray(0, 4096)).toString('latin1')
  )
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  const isFeed = /<(rss|feed|rdf:rdf)[\s>]/.test(sample);
  if (sample.startsWith('<?xml')) return /<html[\s>]/.test(sample) && !isFeed ? 'html' : 'feed';
  if (sample.startsWith('<!doctype html') || sample.startsWith('<html')) return 'html';
  if (/^<(rss|feed|rdf:rdf)[\s>]/.test(sample)) return 'feed';
  if (sample.startsWith('<') && /<(head|body|p|div|article|meta|title)[\s>]/.test(sample)) return 'html';
  if (sample.startsWith('{')) return 'jsonl';
  if (sample.startsWith('[')) return 'json';
  return 'text';
}
