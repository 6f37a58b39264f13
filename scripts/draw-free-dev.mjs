#!/usr/bin/env node
// The seeded draws of the project dev sets eval/gold/free-news-dev4 and -dev5
// (`node scripts/draw-free-dev.mjs dev4|dev5`; needs ../shared/corpora/free).
// From ua_president_kremlin/articles.jsonl: the items in none of the gold sets that existed when the set was
// drawn and not in the blind set (free-news-heldout2, whose files are not opened: its ids are listed here),
// holding at least one attribution-looking sentence (a quotation mark, or said / noted / stressed / according
// to), shuffled by a seeded PRNG (mulberry32) after sorting by id; the first N president.gov.ua and the first
// M kremlin.ru items are printed, with their length (an item longer than EXCERPT is excerpted to it).
// The sets excluded are listed per draw, not read from the folder, so a later set does not change an earlier
// set's shuffle.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLIND, attributionLooking, readJsonl, seededShuffle } from './lib/draw.mjs';

const DRAWS = {
  dev4: {
    seed: 20261207,
    want: { 'president-gov-ua-': 9, 'kremlin-': 3 },
    excluded: ['free-news', 'free-news-heldout', 'free-news-dev3'],
  },
  dev5: {
    seed: 20261208,
    want: { 'president-gov-ua-': 8, 'kremlin-': 4 },
    excluded: ['free-news', 'free-news-heldout', 'free-news-dev3', 'free-news-dev4'],
  },
};
const draw = DRAWS[process.argv[2]];
if (!draw) {
  console.error(`usage: node scripts/draw-free-dev.mjs ${Object.keys(DRAWS).join('|')}`);
  process.exit(2);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ONRECORD_SHARED ?? resolve(root, '../shared');
const EXCERPT = 4000;
// Drawn but skipped, with the reason (pure lists: no sentence reports anyone).
const SKIP = new Map([]);

const taken = new Set(BLIND);
for (const set of draw.excluded)
  for (const line of readFileSync(resolve(root, 'eval/gold', `${set}.gold.jsonl`), 'utf8').split('\n'))
    if (line.trim()) taken.add(JSON.parse(line).id);

const rows = seededShuffle(
  readJsonl(resolve(shared, 'corpora/free/ua_president_kremlin/articles.jsonl')).filter(
    (row) => !taken.has(row.id) && attributionLooking.test(row.text),
  ),
  draw.seed,
);
for (const [prefix, n] of Object.entries(draw.want)) {
  let kept = 0;
  for (const row of rows) {
    if (kept >= n || !row.id.startsWith(prefix)) continue;
    if (SKIP.has(row.id)) {
      console.log(`skip ${row.id}: ${SKIP.get(row.id)}`);
      continue;
    }
    kept++;
    const excerpt = row.text.length > EXCERPT ? ` excerpt=${EXCERPT}` : '';
    console.log(`${row.id}\t${row.text.length}${excerpt}\t${row.published.slice(0, 10)}\t${row.title}`);
  }
}
