/**
 * The errors behind `onrecord eval`, one line each with its context, for reading by phenomenon: statements
 * no gold attribution matches (FP), gold attributions nothing matches (FN), matched statements whose
 * speaker names someone else, or someone where the gold names no one (WS); with --mentions and --cues also wrong speaker mentions (WM) and cues
 * (WC). Matching and name agreement are those of src/eval/score.ts at θ = 0.3. A reading aid, not a
 * test; do not read the held-out set's errors (eval/gold/README.md).
 *
 *   npm run build && node dist/eval/errors.js GOLD.jsonl [--only FP,FN,WS] [--mentions] [--cues] [--stances]
 *
 * --stances extracts as `onrecord extract --stances` (PolNeAR's convention, as `onrecord eval --all` scores it).
 */
import { predictGold, readGold } from '../src/cli/eval.js';
import {
  cueAgrees,
  matchDocument,
  mentionAgrees,
  speakerAgrees,
  type GoldDocument,
  type GoldSpans,
} from '../src/eval/score.js';
import type { Statement } from '../src/model/statement.js';

const WIDTH = 60;

/** The text around [start, end) with the span in double brackets, on one line. */
function inContext(text: string, start: number, end: number): string {
  const span = text.slice(start, end);
  const shown = span.length > 300 ? `${span.slice(0, 300)}…` : span;
  return `${text.slice(Math.max(0, start - WIDTH), start)}[[${shown}]]${text.slice(end, end + WIDTH)}`.replace(
    /\s*\n\s*/g,
    ' ⏎ ',
  );
}

function spanText(text: string, spans: GoldSpans): string {
  return spans.map(([start, end]) => text.slice(start, end)).join(' | ');
}

function describe(statement: Statement): string {
  const { speaker, cue } = statement;
  return `cue=${cue?.text ?? '–'} speaker=${speaker.name} (${speaker.kind}) mention=${speaker.mention?.text ?? '–'}`;
}

function documentErrors(
  gold: GoldDocument,
  kinds: Set<string>,
  stances: boolean,
): { kind: string; line: string }[] {
  const { text } = gold;
  const predicted = predictGold(gold, { stances });
  const matches = matchDocument({ gold, predicted }, 0.3);
  const matchedPredictions = new Set(matches.map((match) => match.predicted));
  const matchedGold = new Set(matches.map((match) => match.gold));
  const errors: { kind: string; line: string }[] = [];
  const add = (kind: string, line: string): void => {
    if (kinds.has(kind)) errors.push({ kind, line: `${kind} ${gold.id} ${line}` });
  };
  for (const statement of predicted) {
    if (matchedPredictions.has(statement)) continue;
    add(
      'FP',
      `[${statement.kind}] ${describe(statement)}\n   ${inContext(text, statement.quote.start, statement.quote.end)}`,
    );
  }
  for (const attribution of gold.attributions) {
    if (matchedGold.has(attribution) || attribution.content.length === 0) continue;
    const start = Math.min(...attribution.content.map(([s]) => s));
    const end = Math.max(...attribution.content.map(([, e]) => e));
    add(
      'FN',
      `cue=${spanText(text, attribution.cue) || '–'} source=${spanText(text, attribution.source) || '–'} ` +
        `speaker=${attribution.speaker ?? '–'}\n   ${inContext(text, start, end)}`,
    );
  }
  for (const { gold: attribution, predicted: statement } of matches) {
    const context = `\n   ${inContext(text, statement.quote.start, statement.quote.end)}`;
    // as reference accuracy counts it: a gold attribution with no canonical speaker wants one naming no one
    if (!speakerAgrees(attribution, statement))
      add('WS', `gold=${attribution.speaker ?? '– (no one)'} ${describe(statement)}${context}`);
    if (!mentionAgrees(attribution, statement))
      add(
        'WM',
        `gold=${spanText(text, attribution.source) || '–'} predicted=${statement.speaker.mention?.text ?? '–'}${context}`,
      );
    if (attribution.cue.length > 0 && !cueAgrees(text, attribution, statement))
      add('WC', `gold=${spanText(text, attribution.cue)} predicted=${statement.cue?.text ?? '–'}${context}`);
  }
  return errors;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((arg) => !arg.startsWith('--') && !/^[A-Z,]+$/.test(arg));
  if (!path) {
    console.error(
      'usage: node dist/eval/errors.js GOLD.jsonl [--only FP,FN,WS] [--mentions] [--cues] [--stances]',
    );
    process.exitCode = 2;
    return;
  }
  const only = args.indexOf('--only');
  const kinds = new Set(only >= 0 ? (args[only + 1] ?? '').split(',') : ['FP', 'FN', 'WS']);
  if (args.includes('--mentions')) kinds.add('WM');
  if (args.includes('--cues')) kinds.add('WC');
  const documents = await readGold(path, (message) => console.error(message));
  const counts = new Map<string, number>();
  for (const gold of documents) {
    for (const { kind, line } of documentErrors(gold, kinds, args.includes('--stances'))) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      console.log(line);
    }
  }
  console.log([...kinds].map((kind) => `${kind} ${counts.get(kind) ?? 0}`).join('  '));
}

await main();
