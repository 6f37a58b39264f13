// DIST=dist PUB=2024-01-05 node scripts/dev/try.mjs 'text' — what a build extracts from one text
// (DIST defaults to this checkout's dist/, PUB to 2024-01-05).
import { resolve } from 'node:path';
import { ROOT, loadExtract, fmt } from './lib.mjs';
const ex = await loadExtract(process.env.DIST ?? resolve(ROOT, 'dist'));
const text = process.argv[2];
for (const s of ex({ id: 't', text, published: process.env.PUB ?? '2024-01-05', title: null }))
  console.log(`[${s.quote.text}] ${fmt(s)}`);
