#!/usr/bin/env node
// Checks a gold attribution file (the format of ../shared/eval/README.md): every span is a non-empty,
// in-range, end-exclusive [start, end] pair, content is non-empty, pieces are ordered and do not overlap,
// speaker is a string or null, direct is a boolean. With --print, prints every span's text so that each
// can be checked by eye. Exit 1 on any problem.
// An offsets-only file (eval/gold/*.spans.jsonl: copyrighted news, no text committed) gets its texts from
// ../shared (ONRECORD_SHARED) as `onrecord eval` does, through the built loader (run `npx tsc -p
// tsconfig.build.json` first); a changed or missing text is an error. Its printed spans are for the
// terminal only: never paste them into the repository.
//   node scripts/check-gold.mjs eval/gold/free-news.gold.jsonl [--print]
//   node scripts/check-gold.mjs eval/gold/news-dev.spans.jsonl --print   (or news-dev2, news-dev3.spans.jsonl)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [path = 'eval/gold/free-news.gold.jsonl', ...flags] = process.argv.slice(2);
const print = flags.includes('--print');
const problems = [];
const cut = (s) => (s.length > 90 ? `${s.slice(0, 55)} … ${s.slice(-30)}` : s);
let docs = 0;
let attributions = 0;

/** Every line parsed (a parse error is a problem and an absent line); offsets-only lines joined to their text. */
async function readLines() {
  const parsed = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      try {
        parsed.push({ where: `${path}:${index + 1}`, doc: JSON.parse(line) });
      } catch (error) {
        problems.push(`${path}:${index + 1}: ${error.message}`);
      }
    });
  const offsetsOnly = parsed.filter(({ doc }) => doc.text === undefined && typeof doc.corpus === 'string');
  if (offsetsOnly.length === 0) return parsed;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const { joinSpansGold } = await import(resolve(root, 'dist/src/eval/spans-gold.js'));
  const shared = process.env.ONRECORD_SHARED ?? resolve(root, '../shared');
  const joined = joinSpansGold(
    offsetsOnly.map(({ doc }) => doc),
    shared,
  );
  offsetsOnly.forEach((entry, index) => (entry.doc = joined[index]));
  return parsed;
}

(await readLines()).forEach(({ where, doc }) => {
  docs += 1;
  if (typeof doc.text !== 'string' || !Array.isArray(doc.attributions)) {
    problems.push(`${where}: needs text and attributions`);
    return;
  }
  if (print) process.stdout.write(`\n== ${doc.id} (${doc.published}) ${doc.title ?? ''}\n`);
  doc.attributions.forEach((a, n) => {
    attributions += 1;
    const at = `${where} #${n + 1}`;
    for (const field of ['content', 'source', 'cue']) {
      const spans = a[field];
      if (!Array.isArray(spans)) {
        problems.push(`${at}: ${field} is not a list`);
        continue;
      }
      let previousEnd = -1;
      for (const span of spans) {
        const ok =
          Array.isArray(span) &&
          span.length === 2 &&
          Number.isInteger(span[0]) &&
          Number.isInteger(span[1]) &&
          span[0] >= 0 &&
          span[0] < span[1] &&
          span[1] <= doc.text.length;
        if (!ok) problems.push(`${at}: bad ${field} span ${JSON.stringify(span)}`);
        else if (span[0] < previousEnd) problems.push(`${at}: ${field} pieces overlap or are out of order`);
        else if (doc.text.slice(span[0], span[1]).trim() !== doc.text.slice(span[0], span[1]))
          problems.push(`${at}: ${field} span has leading or trailing space`);
        if (ok) previousEnd = span[1];
      }
    }
    if (!Array.isArray(a.content) || a.content.length === 0) problems.push(`${at}: empty content`);
    if (!(a.speaker === null || typeof a.speaker === 'string'))
      problems.push(`${at}: speaker not string/null`);
    if (typeof a.direct !== 'boolean') problems.push(`${at}: direct not boolean`);
    if (print) {
      const text = (spans) => (spans ?? []).map(([s, e]) => doc.text.slice(s, e)).join(' ++ ');
      const extra = [
        a.direct ? 'direct' : '',
        a.venue ? `venue=${a.venue}` : '',
        a.said_on ? `on=${a.said_on}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      process.stdout.write(
        `${n + 1}. [${a.speaker}] src=«${text(a.source)}» cue=«${text(a.cue)}» ${extra}\n   «${cut(text(a.content))}»\n`,
      );
    }
  });
});
for (const p of problems) process.stderr.write(`${p}\n`);
process.stdout.write(
  `${path}: ${docs} documents, ${attributions} attributions, ${problems.length} problems\n`,
);
process.exit(problems.length > 0 ? 1 : 0);
