#!/usr/bin/env node
// Builds eval/gold/NAME.gold.jsonl from the human annotation file eval/gold/NAME.annotations.txt
// (`node scripts/build-free-gold.mjs [NAME]`, NAME free-news by default; free-news-heldout,
// free-news-heldout2, free-news-dev3, free-news-dev4 and free-news-dev5 are the others)
// and the free (CC BY) corpora in ../shared/corpora/free. The annotations name every span by its text,
// so they stay readable; this script turns them into end-exclusive UTF-16 offsets and fails loudly on a
// span it cannot place (absent, or ambiguous without an @N occurrence marker).
//
// Annotation file:
//   ## DOC_ID [excerpt=N]            a document (id from the free corpora); excerpt: keep the text up to
//                                    the last paragraph or sentence end before N characters
//   content | source | cue | Speaker Name | flags
//     content: the text of the content; "A ~~ B" = from A through B; pieces joined with " ++ ";
//              a trailing "@N" picks the N-th occurrence (1-based)
//     source, cue: their text ("-" = none), placed at the occurrence nearest the content; a trailing
//              " @before" takes the nearest one ending before it (a transcript's label, not the next one),
//              " @after" the nearest one starting after it ('"B," he said.' when '"A," he said.' is nearer)
//     flags: D (direct), venue=..., on=... (said_on), note=...
//   lines starting with # (one #) are comments.
//
// Copyrighted news (documents from ../shared/corpora/news, e.g. `news-dev`): the annotation file is kept
// outside the repository (`--annotations PATH`), and the output is eval/gold/NAME.spans.jsonl, which holds
// offsets only: per document its corpus path (relative to ../shared), id, published date, the length and
// SHA-256 of the text annotated (the excerpt), and the attributions; no text, no title. `onrecord eval`
// joins the text back from ../shared and refuses a text whose hash differs (src/eval/spans-gold.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { excerpt, readJsonl } from './lib/draw.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ONRECORD_SHARED ?? resolve(root, '../shared');
const name = process.argv[2] ?? 'free-news';
if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`not a gold set name: ${JSON.stringify(name)}`);
const annotationsFlag = process.argv.indexOf('--annotations');
const annotationsPath =
  annotationsFlag > 0
    ? resolve(process.argv[annotationsFlag + 1])
    : resolve(root, `eval/gold/${name}.annotations.txt`);

/** Free corpora (text committed with the gold) and copyrighted news corpora (offsets only). */
const corpora = [
  { path: 'corpora/free/gum_wikinews/articles.jsonl', free: true },
  { path: 'corpora/free/ua_president_kremlin/articles.jsonl', free: true },
  { path: 'corpora/news/ukraine-war-2022-2024.jsonl', free: false },
  { path: 'corpora/news/bbc-2004-2005.jsonl', free: false },
  { path: 'corpora/news/reuters-21578.jsonl', free: false },
];
const articles = new Map();
for (const corpus of corpora)
  for (const row of readJsonl(resolve(shared, corpus.path))) articles.set(String(row.id), { row, corpus });

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** The day a corpus row was published, ISO (YYYY-MM-DD): Reuters-21578 writes "26-FEB-1987 15:01:01.79". */
function publishedDay(row) {
  const date = row.published ?? row.date ?? '';
  const reuters = /^(\d{1,2})-([A-Z]{3})-(\d{4})\b/.exec(date);
  if (!reuters) return date.slice(0, 10) || null;
  const month = String(MONTHS.indexOf(reuters[2]) + 1).padStart(2, '0');
  return `${reuters[3]}-${month}-${reuters[1].padStart(2, '0')}`;
}

function occurrences(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}

/** One content piece "A ~~ B" or "A", with optional @N, to [start, end]. */
function placePiece(text, spec, where, after = 0) {
  let nth = 0;
  const at = /\s@(\d+)$/.exec(spec);
  if (at) {
    nth = Number(at[1]);
    spec = spec.slice(0, at.index);
  }
  const [head, tail] = spec.split(' ~~ ');
  let starts = occurrences(text, head).filter((s) => s >= after);
  if (starts.length === 0) fail(where, `content not found: ${JSON.stringify(head)}`);
  if (nth) {
    if (nth > starts.length) fail(where, `content occurrence @${nth} missing: ${JSON.stringify(head)}`);
    starts = [starts[nth - 1]];
  } else if (starts.length > 1)
    fail(where, `content ambiguous (${starts.length}x), add @N: ${JSON.stringify(head)}`);
  const start = starts[0];
  if (tail === undefined) return [start, start + head.length];
  const endAt = text.indexOf(tail, start + head.length);
  if (endAt < 0) fail(where, `content end not found: ${JSON.stringify(tail)}`);
  return [start, endAt + tail.length];
}

/** The occurrence of needle nearest the content span (outside it). */
function placeNear(text, needle, content, where, what) {
  if (needle === '-' || needle === '') return [];
  const beforeOnly = needle.endsWith(' @before');
  const afterOnly = needle.endsWith(' @after');
  if (beforeOnly) needle = needle.slice(0, -' @before'.length);
  if (afterOnly) needle = needle.slice(0, -' @after'.length);
  const c0 = Math.min(...content.map((p) => p[0]));
  const c1 = Math.max(...content.map((p) => p[1]));
  let best = null;
  const word = /[\p{L}\p{N}]/u;
  for (const s of occurrences(text, needle)) {
    const e = s + needle.length;
    if (word.test(text[s - 1] ?? '') || word.test(text[e] ?? '')) continue; // whole words only
    if (s < c1 && e > c0 && content.some(([a, b]) => s < b && e > a)) continue; // inside content
    if (beforeOnly && e > c0) continue;
    if (afterOnly && s < c1) continue;
    const distance = e <= c0 ? c0 - e : s >= c1 ? s - c1 : 0;
    if (best === null || distance < best.distance) best = { s, e, distance };
  }
  if (!best) fail(where, `${what} not found: ${JSON.stringify(needle)}`);
  if (best.distance > 400)
    fail(where, `${what} ${JSON.stringify(needle)} is ${best.distance} chars from its content`);
  return [[best.s, best.e]];
}

const docs = [];
let current = null;
const lines = readFileSync(annotationsPath, 'utf8').split('\n');
lines.forEach((raw, index) => {
  const line = raw.trimEnd();
  const where = `${name}.annotations.txt:${index + 1}`;
  if (!line.trim() || (line.startsWith('#') && !line.startsWith('##'))) return;
  if (line.startsWith('## ')) {
    const [id, ...opts] = line.slice(3).trim().split(/\s+/);
    const found = articles.get(id);
    if (!found) fail(where, `no article ${id}`);
    const article = found.row;
    const limit = opts.find((o) => o.startsWith('excerpt='));
    const text = limit ? excerpt(article.text, Number(limit.slice(8))) : article.text;
    const published = publishedDay(article);
    current = {
      corpus: found.corpus,
      id,
      source: id.startsWith('GUM_')
        ? 'wikinews'
        : id.startsWith('kremlin')
          ? 'kremlin.ru'
          : 'president.gov.ua',
      published,
      title: article.title ?? null,
      text,
      excerpt:
        text.length < article.text.length
          ? `first ${text.length} of ${article.text.length} characters`
          : undefined,
      url: article.url,
      license: article.license,
      attribution: article.attribution,
      attributions: [],
    };
    docs.push(current);
    return;
  }
  if (!current) fail(where, 'attribution before any ## document');
  const fields = line.split(' | ').map((f) => f.trim());
  if (fields.length < 4) fail(where, `needs content | source | cue | speaker [| flags]: ${line}`);
  const [contentSpec, sourceSpec, cueSpec, speaker, flagSpec = ''] = fields;
  const content = [];
  let after = 0;
  for (const piece of contentSpec.split(' ++ ')) {
    const placed = placePiece(current.text, piece, where, after);
    content.push(placed);
    after = placed[1];
  }
  const attribution = {
    content,
    source: placeNear(current.text, sourceSpec, content, where, 'source'),
    cue: placeNear(current.text, cueSpec, content, where, 'cue'),
    speaker: speaker === '-' ? null : speaker,
    direct: false,
  };
  for (const flag of flagSpec
    .split(';')
    .map((f) => f.trim())
    .filter(Boolean)) {
    if (flag === 'D') attribution.direct = true;
    else if (flag.startsWith('venue=')) attribution.venue = flag.slice(6);
    else if (flag.startsWith('on=')) attribution.said_on = flag.slice(3);
    else if (flag.startsWith('note=')) attribution.note = flag.slice(5);
    else fail(where, `unknown flag ${flag}`);
  }
  current.attributions.push(attribution);
});

/** A copyrighted document's line: where to find its text in ../shared and how to check it, no text. */
function spansOnly(d) {
  return {
    id: d.id,
    corpus: d.corpus.path,
    published: d.published,
    length: d.text.length,
    sha256: createHash('sha256').update(d.text).digest('hex'),
    attributions: d.attributions.map(({ note: _note, ...rest }) => rest),
  };
}

const free = new Set(docs.map((d) => d.corpus.free));
if (free.size > 1) throw new Error(`${name}: free and copyrighted documents in one set; make two sets`);
const spansOnlySet = free.has(false);
const outPath = resolve(root, `eval/gold/${name}.${spansOnlySet ? 'spans' : 'gold'}.jsonl`);
const out = docs.map((d) => {
  if (spansOnlySet) return JSON.stringify(spansOnly(d));
  const { excerpt: ex, corpus: _corpus, ...rest } = d;
  const row = ex ? { ...rest, excerpt: ex } : rest;
  return JSON.stringify(row);
});
writeFileSync(outPath, `${out.join('\n')}\n`);
const total = docs.reduce((n, d) => n + d.attributions.length, 0);
process.stdout.write(`${outPath}: ${docs.length} documents, ${total} attributions\n`);
