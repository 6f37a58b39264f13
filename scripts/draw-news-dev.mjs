#!/usr/bin/env node
// The seeded draws of the news dev sets eval/gold/news-dev.spans.jsonl, news-dev2.spans.jsonl and
// news-dev3.spans.jsonl (`node scripts/draw-news-dev.mjs [news-dev|news-dev2|news-dev3]`, news-dev by
// default; needs ../shared/corpora/news).
// The texts are copyrighted, so the gold files hold offsets only and the eval joins the text from ../shared
// (eval/gold/README.md).
// From ukraine-war-2022-2024.jsonl, the items written in English (machine_translated false); from
// bbc-2004-2005.jsonl, the politics and business items (the categories nearest international news; the
// corpus has no "world" category); and, for news-dev2 and news-dev3, from reuters-21578.jsonl, the items with a body
// (1987 wire copy); each excerpted to EXCERPT characters as the gold builder cuts it, and kept when the
// excerpt holds at least two attribution-looking sentences (a quotation mark, or said / noted / stressed /
// according to). Each corpus is sorted by id and shuffled by mulberry32 with the draw's seed, the documents
// of the sets a draw excludes are passed over, and the first n items of each corpus are printed, with their
// length. The sets excluded are listed per draw, so a later set does not change an earlier set's draw.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributionLookingSentences, excerpt, readJsonl, seededShuffle } from './lib/draw.mjs';

const EXCERPT = 4000;
const UKRAINE = {
  corpus: 'corpora/news/ukraine-war-2022-2024.jsonl',
  keep: (row) => row.machine_translated === false,
};
const BBC = {
  corpus: 'corpora/news/bbc-2004-2005.jsonl',
  keep: (row) => row.category === 'politics' || row.category === 'business',
};
const REUTERS = { corpus: 'corpora/news/reuters-21578.jsonl', keep: (row) => row.text.trim() !== '' };
const DRAWS = {
  'news-dev': {
    seed: 20261209,
    excluded: [],
    corpora: [
      { ...UKRAINE, n: 8 },
      { ...BBC, n: 4 },
    ],
  },
  'news-dev2': {
    seed: 20261210,
    excluded: ['news-dev'],
    corpora: [
      { ...UKRAINE, n: 5 },
      { ...BBC, n: 3 },
      { ...REUTERS, n: 4 },
    ],
  },
  'news-dev3': {
    seed: 20261211,
    excluded: ['news-dev', 'news-dev2'],
    corpora: [
      { ...UKRAINE, n: 5 },
      { ...BBC, n: 3 },
      { ...REUTERS, n: 4 },
    ],
  },
};
const name = process.argv[2] ?? 'news-dev';
const draw = DRAWS[name];
if (!draw) {
  console.error(`usage: node scripts/draw-news-dev.mjs ${Object.keys(DRAWS).join('|')}`);
  process.exit(2);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ONRECORD_SHARED ?? resolve(root, '../shared');

const taken = new Set();
for (const set of draw.excluded)
  for (const line of readFileSync(resolve(root, 'eval/gold', `${set}.spans.jsonl`), 'utf8').split('\n'))
    if (line.trim()) taken.add(String(JSON.parse(line).id));

for (const { corpus, n, keep } of draw.corpora) {
  const rows = seededShuffle(
    readJsonl(resolve(shared, corpus)).filter(
      (row) =>
        !taken.has(String(row.id)) &&
        keep(row) &&
        attributionLookingSentences(excerpt(row.text, EXCERPT)) >= 2,
    ),
    draw.seed,
  );
  for (const row of rows.slice(0, n)) {
    const cut = row.text.length > EXCERPT ? ` excerpt=${EXCERPT}` : '';
    console.log(
      `${row.id}\t${corpus}\t${row.text.length}${cut}\t${row.date ?? row.date_range}\t${row.title ?? ''}`,
    );
  }
}
