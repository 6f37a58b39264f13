/**
 * Body-extraction quality on ../shared/corpora/html (the Zyte article-extraction benchmark, 181 pages with
 * hand-checked bodies): mean token-level precision, recall and F1 of readHtml's body against the gold.
 * Tokens are lower-cased runs of letters and digits, compared as bags (the benchmark's own measure).
 *
 *   npm run build && node dist/eval/html-body.js [--worst N] [--json]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readConfig } from '../src/config.js';
import { readHtml } from '../src/ingest/read-html.js';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function tokenF1(predicted: string, gold: string): Score {
  const goldCounts = new Map<string, number>();
  const goldTokens = tokenize(gold);
  const predictedTokens = tokenize(predicted);
  for (const token of goldTokens) goldCounts.set(token, (goldCounts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predictedTokens) {
    const left = goldCounts.get(token) ?? 0;
    if (left > 0) {
      overlap += 1;
      goldCounts.set(token, left - 1);
    }
  }
  if (goldTokens.length === 0 && predictedTokens.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = predictedTokens.length ? overlap / predictedTokens.length : 0;
  const recall = goldTokens.length ? overlap / goldTokens.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface PageResult extends Score {
  id: string;
  url: string;
  milliseconds: number;
}

export interface HtmlBodyReport {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  millisecondsPerPage: number;
  results: PageResult[];
}

/** Scores every page of the corpus in `corpusDir`, or returns null when the corpus is absent. */
export function evaluateHtmlBodies(corpusDir: string): HtmlBodyReport | null {
  const truthPath = join(corpusDir, 'ground-truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const results: PageResult[] = [];
  for (const [id, { articleBody, url }] of Object.entries(truth)) {
    const file = join(corpusDir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const html = gunzipSync(readFileSync(file)).toString('utf8');
    const started = performance.now();
    const article = readHtml(html, { url, source: file });
    const milliseconds = performance.now() - started;
    results.push({ id, url, milliseconds, ...tokenF1(article.text, articleBody) });
  }
  const mean = (key: keyof Score | 'milliseconds') =>
    results.reduce((sum, result) => sum + result[key], 0) / Math.max(results.length, 1);
  return {
    pages: results.length,
    precision: mean('precision'),
    recall: mean('recall'),
    f1: mean('f1'),
    millisecondsPerPage: mean('milliseconds'),
    results,
  };
}

function main(args: string[]): void {
  const corpusDir = join(readConfig().sharedDir, 'corpora', 'html');
  const report = evaluateHtmlBodies(corpusDir);
  if (!report) {
    console.log(`html-body: skipped, ${corpusDir} is absent`);
    return;
  }
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const worstIndex = args.indexOf('--worst');
  const worst = worstIndex >= 0 ? Number(args[worstIndex + 1] ?? 10) : 10;
  const sorted = [...report.results].sort((a, b) => a.f1 - b.f1);
  for (const result of sorted.slice(0, worst)) {
    console.log(
      `  f1 ${result.f1.toFixed(3)}  p ${result.precision.toFixed(3)}  r ${result.recall.toFixed(3)}  ${result.url}`,
    );
  }
  console.log(
    `html-body: ${report.pages} pages, mean F1 ${report.f1.toFixed(4)} (precision ${report.precision.toFixed(4)}, recall ${report.recall.toFixed(4)}), ${report.millisecondsPerPage.toFixed(1)} ms/page`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
