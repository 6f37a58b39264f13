#!/usr/bin/env node
// How much of each news set's text lies in sentences that could hold an attribution (a quotation mark or
// apostrophe, "according", a colon, or any word of the cue lexicon), alone and with the sentence before
// each: the most that tagging only those sentences could save (docs/scale.md, "pipeline / floor").
// Needs `npm run build` and ../shared/corpora/news; skips a set that is absent.
//   node scripts/candidate-share.mjs
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.ONRECORD_SHARED ?? resolve(root, '../shared');
const { lookupCue } = await import(resolve(root, 'dist/src/extract/cue-lexicon.js'));

const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+|\n+/;
const MARKERS = /["“”«»‘’']|according|:/;

for (const set of ['bbc-2004-2005', 'reuters-21578', 'ukraine-war-2022-2024']) {
  const path = resolve(shared, 'corpora/news', `${set}.jsonl`);
  if (!existsSync(path)) {
    console.log(`${set}: skipped (${path} not found)`);
    continue;
  }
  let total = 0;
  let candidate = 0;
  let withPrevious = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text ?? '';
    total += text.length;
    let previousCandidate = false;
    let previousLength = 0;
    for (const sentence of text.split(SENTENCE_BREAK)) {
      const words = sentence.toLowerCase().split(/[^a-z]+/);
      const isCandidate = MARKERS.test(sentence) || words.some((word) => word && lookupCue(word));
      if (isCandidate) {
        candidate += sentence.length;
        withPrevious += sentence.length + (previousCandidate ? 0 : previousLength);
      }
      previousCandidate = isCandidate;
      previousLength = sentence.length;
    }
  }
  const share = (part) => `${((part / total) * 100).toFixed(1)}%`;
  console.log(
    `${set}: ${share(candidate)} of the text in candidate sentences, ${share(withPrevious)} with the sentence before`,
  );
}
