/**
 * The twenty most-quoted speakers of the Ukraine war corpus, clustered across articles with the
 * people rules (src/ledger/people.ts): a measurement for issue 3 ("real people or organisations, each
 * listed once"), not a unit test.
 *
 *   npm run build && node dist/eval/people-top.js [--top N] [--json]
 *
 * Reads ../shared/corpora/news/ukraine-war-2022-2024.jsonl (machine-translated items skipped); skips
 * cleanly when ../shared is absent.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { readConfig } from '../src/config.js';
import { extract } from '../src/extract/index.js';
import { canonicalizeSpeaker } from '../src/ledger/people.js';
import { PeopleRegistry, type RegisteredPerson } from '../src/ledger/people-registry.js';

interface CorpusLine {
  id: string;
  date?: string | null;
  text: string;
  machine_translated?: boolean;
}

function top<K>(counts: Map<K, number>, n: number): [K, number][] {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limit = Number(args[args.indexOf('--top') + 1]) || 20;
  const path = resolve(readConfig().sharedDir, 'corpora/news/ukraine-war-2022-2024.jsonl');
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is absent`);
    return;
  }
  const registry = new PeopleRegistry();
  let articles = 0;
  let statements = 0;
  let unresolved = 0;
  let roles = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as CorpusLine;
    if (item.machine_translated) continue;
    articles++;
    const found = extract({ id: item.id, text: item.text, published: item.date ?? null });
    statements += found.length;
    const ids = registry.resolveArticle(
      item.id,
      found.map((s) => s.speaker),
    );
    unresolved += ids.filter((id) => id === null).length;
    // "the President of Ukraine said": role-only mentions given to the person holding the role
    roles += found.filter(
      (s, i) => ids[i] !== null && canonicalizeSpeaker(s.speaker).kind === 'unknown',
    ).length;
  }

  const people = [...registry.people.values()];
  const ranked = registry.mostQuoted(limit);
  const groups = people.filter((p) => p.kind === 'group').reduce((n, p) => n + p.statements, 0);
  const row = (p: RegisteredPerson) => ({
    name: registry.displayName(p),
    kind: p.kind,
    statements: p.statements,
    articles: p.articles.size,
    aliases: top(p.aliasCounts, 8).map(([alias]) => alias),
    titles: top(p.titleCounts, 3).map(([title]) => title),
  });
  if (args.includes('--json')) {
    console.log(
      JSON.stringify({ articles, statements, unresolved, roles, groups, top: ranked.map(row) }, null, 2),
    );
    return;
  }
  console.log(
    `${articles} articles (machine-translated skipped), ${statements} statements, ` +
      `${people.filter((p) => p.kind === 'person').length} people, ` +
      `${people.filter((p) => p.kind === 'organization').length} organisations, ` +
      `${groups} statements by groups, ${unresolved} by unknown speakers, ` +
      `${roles} by roles resolved to their holder ("the Russian president")\n`,
  );
  ranked.map(row).forEach((r, i) => {
    console.log(
      `${String(i + 1).padStart(2)}. ${r.name} (${r.kind}) ${r.statements} statements in ${r.articles} articles` +
        `\n    aliases: ${r.aliases.join(' | ')}` +
        (r.titles.length ? `\n    titles: ${r.titles.join(' | ')}` : ''),
    );
  });
}

await main();
