/**
 * Real-news check for shift detection (a report, not a test): extracts every article of
 * ../shared/corpora/news/ukraine-war-2022-2024.jsonl (machine-translated ones skipped), frames the
 * statements, saves them in a throwaway SQLite record (so people are resolved across articles by the
 * store's own rules), runs detectShifts per person and prints the most confident shifts with evidence.
 *
 * Each shift is printed with its reason line and both statements in full: date said, outlet, article id
 * and character offsets, so a reader can check it against the article in one step.
 *
 *   npm run build && node dist/eval/shifts-news.js [--top 20] [--json] [--min-confidence 0.5] [--file JSONL]
 *     [--translated]   also the machine-translated articles (the Polish ones of the Ukraine-war set)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConfig } from '../src/config.js';
import { extractReading } from '../src/extract/index.js';
import { frameStatement } from '../src/ledger/frame.js';
import { detectShifts } from '../src/ledger/shifts.js';
import type { Shift, StatementRecord } from '../src/model/ledger.js';
import { allStatements } from '../src/store/export-rows.js';
import { openStore } from '../src/store/open-store.js';
import { formatSaidOn } from '../src/ledger/shifts.js';
import { topicLabel } from '../src/ledger/topics.js';

/** A shift in full for a closing note: the reason, then each statement whole with where it is. */
function describeShift(shift: Shift, rank: number): string {
  const evidence = (label: string, item: Shift['earlier']) =>
    `   ${label}: ${formatSaidOn(item.saidOn, null)} | ${item.outlet ?? 'no outlet'} | ${item.articleId} [${item.start ?? '?'}-${item.end ?? '?'}] | ${item.kind}\n` +
    `      ${item.text.replace(/\s+/g, ' ')}\n`;
  return (
    `${rank}. ${shift.personName} on ${topicLabel(shift.topic)} (${shift.relation}, confidence ${shift.confidence.toFixed(2)})\n` +
    `   reason: ${shift.reason}\n` +
    evidence('earlier', shift.earlier) +
    evidence('later  ', shift.later)
  );
}

interface NewsLine {
  id: string;
  /** The Ukraine-war set has `date` and `candidate_outlets`; the free sets `published` and `publisher`. */
  date?: string;
  published?: string;
  country?: string;
  candidate_outlets?: string;
  publisher?: string;
  machine_translated?: boolean;
  text: string;
}

/** YYYY-MM-DD from the sets' date fields: ISO already, or Reuters' "26-FEB-1987 15:01:01.79". */
function isoDay(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const time = Date.parse(`${value.replace(/\.\d+$/, '')} UTC`);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

async function main(): Promise<void> {
  const fileFlag = process.argv.indexOf('--file');
  const path =
    fileFlag >= 0 && process.argv[fileFlag + 1]
      ? resolve(process.argv[fileFlag + 1])
      : resolve(readConfig().sharedDir, 'corpora', 'news', 'ukraine-war-2022-2024.jsonl');
  if (!existsSync(path)) {
    console.log(`shifts-news: ${path} not found; skipped`);
    return;
  }
  const topFlag = process.argv.indexOf('--top');
  const top = topFlag >= 0 ? Number(process.argv[topFlag + 1]) : 20;
  const minFlag = process.argv.indexOf('--min-confidence');
  const minConfidence = minFlag >= 0 ? Number(process.argv[minFlag + 1]) : undefined;
  const articles = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as NewsLine)
    .filter(
      (article) =>
        (process.argv.includes('--translated') || !article.machine_translated) &&
        typeof article.text === 'string',
    );
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-shifts-news-'));
  const store = await openStore(join(dir, 'record.db'));
  let statementCount = 0;
  try {
    for (const line of articles) {
      const article = {
        id: line.id,
        text: line.text,
        published: isoDay(line.date ?? line.published ?? null),
        outlet: line.publisher ?? (line.country ? `${line.country}: ${line.candidate_outlets}` : null),
      };
      const { statements, reading } = extractReading(article);
      statementCount += statements.length;
      await store.saveArticle({
        article,
        statements,
        frames: statements.map((statement) => frameStatement(statement, line.text, { reading })),
      });
    }
    const shifts: Shift[] = [];
    let people = 0;
    let cursor: string | null = null;
    do {
      const page = await store.listPeople({ limit: 500, cursor });
      for (const person of page.items) {
        people++;
        const records: StatementRecord[] = [];
        for await (const record of allStatements(store, { speakerId: person.id, order: 'date' }))
          records.push(record);
        shifts.push(
          ...detectShifts(records, { minConfidence }).map((shift) => ({ ...shift, personName: person.name })),
        );
      }
      cursor = page.nextCursor;
    } while (cursor);
    shifts.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
    console.log(
      `${articles.length} articles, ${statementCount} statements, ${people} people: ${shifts.length} shifts; the ${Math.min(top, shifts.length)} most confident:\n`,
    );
    shifts.slice(0, top).forEach((shift, index) => {
      if (process.argv.includes('--json')) console.log(JSON.stringify(shift));
      else console.log(describeShift(shift, index + 1));
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
