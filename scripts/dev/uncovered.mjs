// node scripts/dev/uncovered.mjs DIST CORPUS [limit] — quoted passages of four words or more that no
// statement covers: leads for recall.
import { readDocs, loadExtract, ctx } from './lib.mjs';
const [dist, corpus, limitArg] = process.argv.slice(2);
const ex = await loadExtract(dist);
let n = 0;
for (const d of readDocs(corpus, limitArg ? Number(limitArg) : Infinity)) {
  const st = ex(d);
  const re = /["“]([^"”\n]{20,}?)["”]/g;
  let m;
  while ((m = re.exec(d.text))) {
    if (m[1].split(/\s+/).length < 4) continue;
    const a = m.index,
      b = m.index + m[0].length;
    if (st.some((s) => s.quote.start < b && s.quote.end > a)) continue;
    n++;
    console.log(`## ${d.id}\n  ${ctx(d.text, a, b, 200)}`);
  }
}
console.log(`uncovered ${n}`);
