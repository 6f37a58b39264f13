// What the developer tools in scripts/dev share: the corpora of ../shared (or $ONRECORD_SHARED) read as
// articles, a build's extract() loaded from its dist/ directory, and one-line renderings of a statement.
// The documents of the blind held-out set (eval/gold/free-news-heldout2) are never read, so that looking
// at a diff cannot leak them into the rules.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BLIND as BLIND_IDS } from '../lib/draw.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = process.env.ONRECORD_SHARED ?? resolve(ROOT, '../shared');
/** The blind set's documents, as the dev-set draws list them (scripts/lib/draw.mjs). */
export const BLIND = new Set(BLIND_IDS);
export const CORPORA = {
  bbc: 'corpora/news/bbc-2004-2005.jsonl',
  ukraine: 'corpora/news/ukraine-war-2022-2024.jsonl',
  reuters: 'corpora/news/reuters-21578.jsonl',
  ua: 'corpora/free/ua_president_kremlin/articles.jsonl',
  gum: 'corpora/free/gum_wikinews/articles.jsonl',
};
/** YYYY-MM-DD from an ISO timestamp or a Reuters date (26-FEB-1987 15:01:01.79). */
export function isoDate(v) {
  if (typeof v !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(v);
  if (m) return m[1];
  const r = /^(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(v);
  if (r) {
    const mon =
      ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'].indexOf(r[2]) + 1;
    if (mon > 0) return `${r[3]}-${String(mon).padStart(2, '0')}-${r[1].padStart(2, '0')}`;
  }
  return null;
}
/** The articles of a corpus (a name in CORPORA or a JSONL path under SHARED), English ones only. */
export function readDocs(corpus, limit = Infinity) {
  const path = resolve(SHARED, CORPORA[corpus] ?? corpus);
  if (!existsSync(path)) {
    console.error(`${path}: not found (the corpora live in ../shared, or set ONRECORD_SHARED)`);
    process.exit(2);
  }
  const out = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const id = String(r.id);
    if (BLIND.has(id)) continue;
    if (typeof r.text !== 'string' || !r.text.trim()) continue;
    if (corpus === 'ukraine' && r.machine_translated !== false) continue;
    out.push({
      id,
      text: r.text,
      title: r.title ?? null,
      published: isoDate(r.published) ?? isoDate(r.date),
    });
    if (out.length >= limit) break;
  }
  return out;
}
/** The extract() of the build in DIST (a dist/ directory), as a function of one article. */
export async function loadExtract(dist) {
  const mod = await import(pathToFileURL(resolve(dist, 'src/extract/index.js')).href);
  return (doc) => mod.extract({ id: doc.id, text: doc.text, published: doc.published, title: doc.title });
}
/** The text around a span, the span in ⟦ ⟧, whitespace folded. */
export function ctx(text, start, end, pad = 160) {
  const a = Math.max(0, start - pad),
    b = Math.min(text.length, end + pad);
  return (text.slice(a, start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, b)).replace(
    /\s+/g,
    ' ',
  );
}
/** A statement on one line: kind, speaker, mention, cue lemma, venue, date said. */
export function fmt(s) {
  const sp = s.speaker;
  const parts = [`${s.kind}`, `speaker=${sp.name}(${sp.kind})`];
  if (sp.mention) parts.push(`mention="${sp.mention.text}"`);
  if (s.cue) parts.push(`cue=${s.cue.lemma}`);
  if (s.venue) parts.push(`venue="${s.venue.text}"`);
  if (s.saidOn)
    parts.push(
      `said=${s.saidOn.from}${s.saidOn.to !== s.saidOn.from ? '..' + s.saidOn.to : ''}[${s.saidOn.basis}:"${s.saidOn.text}"]`,
    );
  return parts.join(' ');
}
export const key = (s) => `${s.quote.start}:${s.quote.end}`;
