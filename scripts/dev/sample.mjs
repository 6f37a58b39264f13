// node scripts/dev/sample.mjs DIST CORPUS N SEED — N random statements with their context, to read for
// precision (seeded: the same arguments draw the same statements).
import { readDocs, loadExtract, ctx, fmt } from './lib.mjs';
const [dist, corpus, nArg, seedArg] = process.argv.slice(2);
const ex = await loadExtract(dist);
let s = Number(seedArg ?? 1) >>> 0;
const rnd = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const docs = readDocs(corpus);
const out = [];
while (out.length < Number(nArg ?? 20)) {
  const d = docs[Math.floor(rnd() * docs.length)];
  const st = ex(d);
  if (!st.length) continue;
  const x = st[Math.floor(rnd() * st.length)];
  out.push(`## ${d.id}\n  ${fmt(x)}\n  ${ctx(d.text, x.quote.start, x.quote.end, 220)}`);
}
console.log(out.join('\n'));
