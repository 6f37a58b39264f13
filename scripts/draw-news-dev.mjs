#!/usr/bin/env node
// The seeded draw of the news dev set eval/gold/news-dev.spans.jsonl (`node scripts/draw-news-dev.mjs`;
// needs ../shared/corpora/news). The texts are copyrighted, so the gold file holds offsets only and the
// eval joins the text from ../shared (eval/gold/README.md).
// From ukraine-war-2022-2024.jsonl, the items written in English (machine_translated false), and from
// bbc-2004-2005.jsonl, the politics and business items (the categories nearest international news; the
// corpus has no "world" category); each excerpted to EXCERPT characters as the gold builder cuts it, and
// kept when the excerpt holds at least two attribution-looking sentences (a quotation mark, or said /
// noted / stressed / according to). Each corpus is sorted by id and shuffled by mulberry32 with the seed;
// the first 8 Ukraine-war items and the first 4 BBC items are printed, with their length.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributionLookingSentences, excerpt, readJsonl, seededShuffle } from './lib/draw.mjs';

const SEED = 20261209;
const EXCERPT = 4000;
const DRAW = [
  {
    corpus: 'corpora/news/ukraine-war-2022-2024.jsonl',
    n: 8,
    keep: (row) => row.machine_translated === false,
  },
  {
    corpus: 'corpora/news/bbc-2004-2005.jsonl',
    n: 4,
    keep: (row) => row.category === 'politics' || row.category === 'business',
  },
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ONRECORD_SHARED ?? resolve(root, '../shared');

for (const { corpus, n, keep } of DRAW) {
  const rows = seededShuffle(
    readJsonl(resolve(shared, corpus)).filter(
      (row) => keep(row) && attributionLookingSentences(excerpt(row.text, EXCERPT)) >= 2,
    ),
    SEED,
  );
  for (const row of rows.slice(0, n)) {
    const cut = row.text.length > EXCERPT ? ` excerpt=${EXCERPT}` : '';
    console.log(
      `${row.id}\t${corpus}\t${row.text.length}${cut}\t${row.date ?? row.date_range}\t${row.title ?? ''}`,
    );
  }
}
