import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { findProjectDir, readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { extract } from '../extract/index.js';
import { scoreDocuments, type EvalReport, type GoldDocument, type ScoredDocument } from '../eval/score.js';
import { isSpansGoldLine, joinSpansGold, spansCorpora, type SpansGoldLine } from '../eval/spans-gold.js';
import type { Statement } from '../model/statement.js';
import { type CommandSpec, parseOrHelp } from './args.js';
import type { Command } from './main.js';

const spec = {
  name: 'eval',
  usage: 'onrecord eval GOLD.jsonl... [--stances] [--json] | onrecord eval --all [--json]',
  summary:
    'Runs the extractor on every document of a gold attribution file and prints the metrics that\n' +
    '../shared/eval/README.md defines: quote P/R/F1 at θ = 0.3 and 0.8, speaker-mention, cue and\n' +
    'reference accuracy, who-said-what F1, direct recall (and venue and date-said accuracy where the\n' +
    'gold has them).',
  help:
    'options:\n' +
    "  --all     score the project's own sets (eval/gold/free-news.gold.jsonl: Wikinews and presidential\n" +
    '            press releases, CC BY; free-news-heldout{,2}.gold.jsonl: more of the same, never tuned on;\n' +
    '            free-news-dev{3,4,5}.gold.jsonl: presidential and Kremlin texts, to tune\n' +
    '            speaker resolution on; news-dev{,2}.spans.jsonl: copyrighted news, offsets only, scored\n' +
    '            when ../shared holds their texts)\n' +
    '            and the sets in ../shared when present (seed, PolNeAR dev, train); PolNeAR, which counts\n' +
    '            stances as attributions, is scored with --stances and, for dev, also without\n' +
    '  --stances extract as `onrecord extract --stances` does (stances with no quoted words reported too)\n' +
    '  --json    one JSON object per set instead of the table',
  options: {
    all: { type: 'boolean' },
    stances: { type: 'boolean' },
    json: { type: 'boolean' },
  },
} satisfies CommandSpec<Record<string, { type: 'boolean' | 'string' }>>;

/** The project's own gold set (free texts, speakers named), shipped in the repository. */
export const FREE_NEWS_GOLD = resolve(findProjectDir(), 'eval', 'gold', 'free-news.gold.jsonl');
/** More free texts annotated the same way, kept apart: rules are tuned on FREE_NEWS_GOLD, never on these. */
export const FREE_NEWS_HELDOUT_GOLD = resolve(
  findProjectDir(),
  'eval',
  'gold',
  'free-news-heldout.gold.jsonl',
);
/** A second held-out set, annotated when the first one's check was spent (eval/gold/README.md): never tune on it. */
export const FREE_NEWS_HELDOUT2_GOLD = resolve(
  findProjectDir(),
  'eval',
  'gold',
  'free-news-heldout2.gold.jsonl',
);
/** A third set to tune on: presidential press releases, Kremlin readouts and transcripts (eval/gold/README.md). */
export const FREE_NEWS_DEV3_GOLD = resolve(findProjectDir(), 'eval', 'gold', 'free-news-dev3.gold.jsonl');
/** A fourth set to tune on: a seeded random draw of presidential and Kremlin texts, addresses included (eval/gold/README.md). */
export const FREE_NEWS_DEV4_GOLD = resolve(findProjectDir(), 'eval', 'gold', 'free-news-dev4.gold.jsonl');
/** A fifth set to tune on: another seeded random draw (eval/gold/README.md), four Kremlin texts among its twelve. */
export const FREE_NEWS_DEV5_GOLD = resolve(findProjectDir(), 'eval', 'gold', 'free-news-dev5.gold.jsonl');

/**
 * A dev set of copyrighted international news (Ukraine-war reporting, BBC politics and business): offsets
 * only, its text joined from ../shared/corpora/news when read (src/eval/spans-gold.ts; eval/gold/README.md).
 */
export const NEWS_DEV_SPANS = resolve(findProjectDir(), 'eval', 'gold', 'news-dev.spans.jsonl');
/**
 * A second news dev set drawn the same way (Ukraine-war, BBC politics and business, and 1987 Reuters wire
 * copy), to check tuning on NEWS_DEV_SPANS against fresh text (eval/gold/README.md).
 */
export const NEWS_DEV2_SPANS = resolve(findProjectDir(), 'eval', 'gold', 'news-dev2.spans.jsonl');
/**
 * A third news dev set drawn as the second (another seed, neither earlier set's documents), so that fresh
 * text measures the extractor once the second set has been tuned on as well (eval/gold/README.md).
 */
export const NEWS_DEV3_SPANS = resolve(findProjectDir(), 'eval', 'gold', 'news-dev3.spans.jsonl');

/** The offsets-only gold sets --all scores where ../shared holds their texts. */
const SHARED_TEXT_SETS = [
  { label: 'news dev (../shared', path: NEWS_DEV_SPANS },
  { label: 'news dev 2 (../shared', path: NEWS_DEV2_SPANS },
  { label: 'news dev 3 (../shared', path: NEWS_DEV3_SPANS },
];

/** The number of documents in a JSONL gold file (its non-blank lines). */
function documentCount(path: string): number {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim()).length;
}

export interface GoldSet {
  name: string;
  path: string;
  /** Scored with stances reported (PolNeAR's convention); the project's own sets and the seed are speech. */
  stances?: boolean;
}

/** The parsed offsets-only lines of a gold file (none for a gold file that carries its texts). */
function spansLines(path: string): SpansGoldLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as unknown)
    .filter(isSpansGoldLine);
}

/**
 * The offsets-only sets whose corpora are in sharedDir; each one whose corpora are not is named to
 * onSkip (its row cannot be scored without the text).
 */
function sharedTextSets(sharedDir: string, onSkip: (message: string) => void): GoldSet[] {
  const sets: GoldSet[] = [];
  for (const set of SHARED_TEXT_SETS.filter((candidate) => existsSync(candidate.path))) {
    const missing = spansCorpora(spansLines(set.path), sharedDir).filter((path) => !existsSync(path));
    if (missing.length > 0) onSkip(`${set.path}: skipped, its texts are not here (${missing.join(', ')})`);
    else sets.push({ name: `${set.label}, ${documentCount(set.path)} docs)`, path: set.path });
  }
  return sets;
}

/**
 * The gold sets `--all` scores, in the order the README table shows them; an offsets-only set whose
 * texts are not in sharedDir is left out and named to onSkip.
 */
export function sharedGoldSets(
  sharedDir: string,
  onSkip: (message: string) => void = () => undefined,
): GoldSet[] {
  const own = [
    { label: 'free news (ours', path: FREE_NEWS_GOLD },
    { label: 'free news held out (ours', path: FREE_NEWS_HELDOUT_GOLD },
    { label: 'free news held out 2 (ours', path: FREE_NEWS_HELDOUT2_GOLD },
    { label: 'free news dev 3 (ours', path: FREE_NEWS_DEV3_GOLD },
    { label: 'free news dev 4 (ours', path: FREE_NEWS_DEV4_GOLD },
    { label: 'free news dev 5 (ours', path: FREE_NEWS_DEV5_GOLD },
  ]
    .filter((set) => existsSync(set.path))
    .map((set) => ({ name: `${set.label}, ${documentCount(set.path)} docs)`, path: set.path }));
  const polnearDev = resolve(sharedDir, 'eval/polnear-dev.jsonl');
  return [
    ...own,
    ...sharedTextSets(sharedDir, onSkip),
    { name: 'seed (UPI, 17)', path: resolve(sharedDir, 'seed/upi-2024-11-30-zelensky-nato.gold.jsonl') },
    { name: 'PolNeAR dev (--stances)', path: polnearDev, stances: true },
    { name: 'PolNeAR dev (default: speech only)', path: polnearDev },
    {
      name: 'PolNeAR train (--stances)',
      path: resolve(sharedDir, 'eval/polnear-train.jsonl'),
      stances: true,
    },
  ].filter((set) => existsSync(set.path));
}

/**
 * Reads a gold file, reporting each broken line and going on with the rest. Offsets-only lines
 * (src/eval/spans-gold.ts) get their text from sharedDir; a missing or changed text throws.
 */
export async function readGold(
  path: string,
  onError: (message: string) => void,
  sharedDir: string = readConfig().sharedDir,
): Promise<GoldDocument[]> {
  if (!existsSync(path))
    throw new OnrecordError('INPUT_NOT_FOUND', `Cannot read gold set "${path}": no such file`);
  const documents: (GoldDocument | SpansGoldLine)[] = [];
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line) as GoldDocument;
      if (isSpansGoldLine(value)) {
        documents.push({ ...value, id: String(value.id) });
        continue;
      }
      if (typeof value.text !== 'string' || !Array.isArray(value.attributions)) {
        throw new Error('needs "text" (string) and "attributions" (array)');
      }
      documents.push({ ...value, id: String(value.id ?? `line-${lineNumber}`) });
    } catch (error) {
      onError(`${path}:${lineNumber}: ${(error as Error).message}`);
    }
  }
  return withTexts(documents, sharedDir);
}

/** The documents in file order, each offsets-only line joined to its text from sharedDir. */
function withTexts(documents: (GoldDocument | SpansGoldLine)[], sharedDir: string): GoldDocument[] {
  const lines = documents.filter(isSpansGoldLine);
  if (lines.length === 0) return documents as GoldDocument[];
  const joined = new Map(joinSpansGold(lines, sharedDir).map((document, index) => [lines[index]!, document]));
  return documents.map((document) => (isSpansGoldLine(document) ? joined.get(document)! : document));
}

/** The extractor's statements for a gold document, read as `onrecord eval` reads it. */
export function predictGold(gold: GoldDocument, options: { stances?: boolean } = {}): Statement[] {
  return extract(
    {
      id: gold.id,
      text: gold.text,
      published: gold.published ?? null,
      title: gold.title ?? null,
    },
    { stances: options.stances ?? false },
  );
}

export function scoreGold(documents: GoldDocument[], options: { stances?: boolean } = {}): EvalReport {
  const scored: ScoredDocument[] = documents.map((gold) => ({ gold, predicted: predictGold(gold, options) }));
  return scoreDocuments(scored);
}

const percent = (value: number | null | undefined): string =>
  value === null || value === undefined ? '–' : (100 * value).toFixed(1);

export function formatReportTable(rows: { name: string; report: EvalReport }[]): string {
  const header = [
    'set',
    'docs',
    'gold',
    'pred',
    'P@.3',
    'R@.3',
    'F1@.3',
    'F1@.8',
    'mention',
    'cue',
    'reference',
    'who-said-what F1',
    'direct R',
    'venue',
    'date said',
  ];
  const lines = rows.map(({ name, report }) => {
    const [low, high] = report.at;
    return [
      name,
      String(report.documents),
      String(report.gold),
      String(report.predicted),
      percent(low.precision),
      percent(low.recall),
      percent(low.f1),
      percent(high.f1),
      percent(low.speakerMention.value),
      percent(low.cue.value),
      percent(low.reference.value),
      percent(low.whoSaidWhat?.f1),
      percent(low.directRecall.value),
      percent(low.venue.value),
      percent(low.saidOn.value),
    ];
  });
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const line of lines) out.push(`| ${line.join(' | ')} |`);
  return `${out.join('\n')}\n\nMentions, cues, references, venues and dates are accuracies over the quotes matched at θ = 0.3.\n`;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const config = readConfig();
    const sets: GoldSet[] = values.all
      ? sharedGoldSets(config.sharedDir, (message) => io.stderr.write(`onrecord eval: ${message}\n`))
      : positionals.map((path) => ({ name: path, path, stances: values.stances === true }));
    if (sets.length === 0) {
      if (values.all) {
        io.stderr.write(
          `onrecord eval: no gold sets found (${FREE_NEWS_GOLD}, ${config.sharedDir}); skipped\n`,
        );
        return 0;
      }
      throw new OnrecordError('USAGE', `onrecord eval: name a gold file or --all\nusage: ${spec.usage}`);
    }
    let broken = 0;
    const rows: { name: string; report: EvalReport }[] = [];
    for (const set of sets) {
      const documents = await readGold(set.path, (message) => {
        broken += 1;
        io.stderr.write(`onrecord eval: ${message}\n`);
      });
      const report = scoreGold(documents, { stances: set.stances ?? false });
      rows.push({ name: set.name, report });
      if (values.json) io.stdout.write(`${JSON.stringify({ set: set.name, path: set.path, ...report })}\n`);
    }
    if (!values.json) io.stdout.write(formatReportTable(rows));
    return broken > 0 ? 1 : 0;
  },
};
