import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/api/app.js';
import { readConfig } from '../src/config.js';
import { ingestBatch } from '../src/pipeline/ingest-batch.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';

const USAGE = `usage: node dist/bench/pages.js [--n 200] [--db FILE] [--json]

Server-side render time of every page type (and the main API routes) over the sample corpus, in
process through the whole HTTP app (routing, store queries, rendering, headers): p50 and p99 over N
renders after a warm-up. Without --db, the sample corpus (sample/) is ingested into a temp SQLite file.
Target: every page under 100 ms.`;

const TARGET_MS = 100;

interface Row {
  name: string;
  path: string;
  bytes: number;
  p50: number;
  p99: number;
  max: number;
  /** CPU time (user + system) per render, p50: what the page costs whatever else the machine runs. */
  cpuP50: number;
  cpuP99: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function pagesToMeasure(store: Store): Promise<{ name: string; path: string }[]> {
  const people = (await store.listPeople({ limit: 1 })).items;
  const topics = await store.listTopics({ limit: 1 });
  const person = people[0];
  // The article with the most statements is the heaviest article page.
  const statements = (await store.searchStatements({ speakerId: person?.id, limit: 200 })).items;
  const perArticle = new Map<string, number>();
  for (const statement of statements)
    perArticle.set(statement.articleId, (perArticle.get(statement.articleId) ?? 0) + 1);
  const article = [...perArticle].sort((a, b) => b[1] - a[1])[0]?.[0];
  const rows = [
    { name: 'search (empty)', path: '/' },
    { name: 'search q=NATO', path: '/?q=NATO' },
    { name: 'search q + filters', path: '/?q=territory&kind=direct&from=2022-01-01' },
    { name: 'people', path: '/people' },
    {
      name: `person (${person?.name}, most quoted)`,
      path: `/people/${encodeURIComponent(person?.id ?? '')}`,
    },
    { name: 'article (most statements)', path: `/articles/${encodeURIComponent(article ?? '')}` },
    { name: 'shifts', path: '/shifts' },
    { name: 'topics', path: '/topics' },
    { name: `topic (${topics[0]?.label})`, path: `/topics/${encodeURIComponent(topics[0]?.key ?? '')}` },
    { name: 'API statements q=NATO', path: '/api/statements?q=NATO' },
    { name: 'API person (most quoted)', path: `/api/people/${encodeURIComponent(person?.id ?? '')}` },
  ];
  return rows;
}

async function measure(
  app: ReturnType<typeof createApp>,
  path: string,
  count: number,
): Promise<Omit<Row, 'name' | 'path'>> {
  let bytes = 0;
  for (let warm = 0; warm < Math.min(10, count); warm++)
    bytes = (await (await app.request(path)).arrayBuffer()).byteLength;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < count; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const response = await app.request(path);
    await response.arrayBuffer();
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    bytes,
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    max: times[times.length - 1],
    cpuP50: quantile(cpu, 0.5),
    cpuP99: quantile(cpu, 0.99),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      db: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const count = Number(values.n ?? 200);
  let dir: string | null = null;
  let store: Store;
  if (values.db) {
    store = await openStore(values.db);
  } else {
    const sample = join(readConfig().projectDir, 'sample');
    if (!existsSync(sample)) {
      console.error(`bench/pages: no sample corpus at ${sample}; pass --db FILE`);
      return 1;
    }
    dir = mkdtempSync(join(tmpdir(), 'onrecord-bench-pages-'));
    store = await openStore(join(dir, 'sample.db'));
    const started = performance.now();
    const summary = await ingestBatch([sample], { store });
    if (!values.json) {
      console.log(
        `ingested the sample corpus: ${summary.new} articles, ${summary.statements} statements in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  }
  try {
    const counts = await store.counts();
    const app = createApp(store, { token: null });
    const rows: Row[] = [];
    for (const page of await pagesToMeasure(store))
      rows.push({ ...page, ...(await measure(app, page.path, count)) });
    const over = rows.filter((row) => !row.name.startsWith('API') && row.p99 >= TARGET_MS);
    if (values.json) {
      console.log(
        JSON.stringify(
          { counts, renders: count, targetMs: TARGET_MS, loadAverage: loadavg()[0], rows },
          null,
          2,
        ),
      );
    } else {
      console.log(
        `\n${counts.articles} articles, ${counts.statements} statements, ${counts.people} people; ${count} renders each (Node ${process.version}, load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)\n`,
      );
      console.log(`| page | path | KB | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |`);
      console.log(`|---|---|--:|--:|--:|--:|--:|--:|`);
      for (const row of rows) {
        console.log(
          `| ${row.name} | \`${row.path.length > 48 ? `${row.path.slice(0, 47)}…` : row.path}\` | ${(row.bytes / 1024).toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.max.toFixed(1)} | ${row.cpuP50.toFixed(1)} | ${row.cpuP99.toFixed(1)} |`,
        );
      }
      console.log(
        over.length === 0
          ? `\nevery page p99 < ${TARGET_MS} ms`
          : `\nover ${TARGET_MS} ms at p99: ${over.map((row) => row.name).join(', ')}`,
      );
    }
    return 0;
  } finally {
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
