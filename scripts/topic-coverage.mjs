#!/usr/bin/env node
// How much of a news set the topic lexicon covers: the share of extracted statements whose claim frame
// names a topic, and the most frequent topics. Reads the news sets in ../shared/corpora/news (skips
// cleanly where they are absent); needs `npm run build` first.
//
//   node scripts/topic-coverage.mjs [FILE.jsonl ...] [--examples]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { extract } = await import(resolve(root, 'dist/src/extract/index.js'));
const { frameStatement } = await import(resolve(root, 'dist/src/ledger/frame.js'));
const { TOPIC_DEFINITIONS } = await import(resolve(root, 'dist/src/ledger/topic-lexicon.js'));

const args = process.argv.slice(2);
const showExamples = args.includes('--examples');
const news = resolve(root, '../shared/corpora/news');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0)
  for (const name of ['ukraine-war-2022-2024', 'bbc-2004-2005', 'reuters-21578'])
    files.push(resolve(news, `${name}.jsonl`));
const subjects = new Set(TOPIC_DEFINITIONS.filter((d) => d.subjectOnly).map((d) => d.key));

for (const file of files) {
  if (!existsSync(file)) {
    process.stdout.write(`${file}: absent, skipped\n`);
    continue;
  }
  let statements = 0;
  let withTopic = 0;
  let withStanceTopic = 0;
  const counts = new Map();
  const examples = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const article = JSON.parse(line);
    const text = article.text ?? '';
    for (const statement of extract({ id: article.id, text, published: article.published ?? null })) {
      statements += 1;
      const { topics } = frameStatement(statement, text);
      if (topics.length > 0) withTopic += 1;
      if (topics.some((topic) => !subjects.has(topic))) withStanceTopic += 1;
      for (const topic of topics) {
        counts.set(topic, (counts.get(topic) ?? 0) + 1);
        const list = examples.get(topic) ?? [];
        if (list.length < 3) list.push(statement.quote.text.slice(0, 100));
        examples.set(topic, list);
      }
    }
  }
  const share = (n) => `${((100 * n) / Math.max(statements, 1)).toFixed(1)}%`;
  process.stdout.write(
    `${file.split('/').pop()}: ${statements} statements; with a topic ${withTopic} (${share(withTopic)}), ` +
      `with a war topic (stance read) ${withStanceTopic} (${share(withStanceTopic)}); ${counts.size} topics\n  ` +
      [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([topic, n]) => `${topic} ${n}`)
        .join(', ') +
      '\n',
  );
  if (showExamples)
    for (const [topic, list] of examples) process.stdout.write(`    ${topic}: ${list.join(' || ')}\n`);
}
