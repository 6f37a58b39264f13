// node scripts/dev/diffx.mjs BASE_DIST NEW_DIST CORPUS [limit] — every statement that differs between two
// builds over a corpus (bbc, ukraine, reuters, ua, gum), with its context: + added, - removed, ~ changed
// (same quote span, other kind or speaker; with VENUE=1 / SAIDON=1 also other venue / date said).
import { readDocs, loadExtract, ctx, fmt, key } from './lib.mjs';
const [base, neu, corpus, limitArg] = process.argv.slice(2);
const limit = limitArg ? Number(limitArg) : Infinity;
const A = await loadExtract(base),
  B = await loadExtract(neu);
const sig = (s) =>
  [
    s.kind,
    s.speaker.name,
    s.speaker.kind,
    process.env.VENUE ? (s.venue?.text ?? '') : '',
    process.env.SAIDON ? `${s.saidOn?.from ?? ''}|${s.saidOn?.text ?? ''}` : '',
  ].join('|');
let n = 0,
  added = 0,
  removed = 0,
  changed = 0;
for (const doc of readDocs(corpus, limit)) {
  const a = A(doc),
    b = B(doc);
  const ma = new Map(a.map((s) => [key(s), s])),
    mb = new Map(b.map((s) => [key(s), s]));
  const lines = [];
  for (const [k, s] of mb) {
    const o = ma.get(k);
    if (!o) {
      added++;
      lines.push(`  + ${fmt(s)}\n    ${ctx(doc.text, s.quote.start, s.quote.end)}`);
    } else if (sig(o) !== sig(s)) {
      changed++;
      lines.push(`  ~ ${fmt(o)}\n  → ${fmt(s)}\n    ${ctx(doc.text, s.quote.start, s.quote.end)}`);
    }
  }
  for (const [k, s] of ma)
    if (!mb.has(k)) {
      removed++;
      lines.push(`  - ${fmt(s)}\n    ${ctx(doc.text, s.quote.start, s.quote.end)}`);
    }
  if (lines.length) {
    n++;
    console.log(`## ${doc.id}\n${lines.join('\n')}`);
  }
}
console.log(`\n${corpus}: docs changed ${n}; added ${added}, removed ${removed}, changed ${changed}`);
