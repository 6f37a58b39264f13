import { readFile } from 'node:fs/promises';
import { OnrecordError } from '../errors.js';
import { compareStatements } from '../ledger/compare.js';
import type { Command, CommandIO } from './main.js';
import { type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'compare',
  usage: 'onrecord compare "STATEMENT A" "STATEMENT B" [--json] | onrecord compare --pairs FILE.jsonl',
  summary: 'Is statement B consistent with statement A, inconsistent with it, or unrelated? With the reason.',
  help: `options:
  --json          print {"relation", "reason", "confidence"} as JSON
  --pairs FILE    compare many pairs: FILE (or - for standard input) has one {"id", "a", "b"} per line;
                  prints one {"id", "relation", "reason"} per line. Bad lines are reported on standard
                  error with their line number, the rest still run, and the exit code is 1.

examples:
  onrecord compare "We will never give up our land." "We might cede some land for peace."
  onrecord compare --pairs pairs.jsonl > relations.jsonl`,
  options: {
    json: { type: 'boolean' },
    pairs: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function comparePairs(file: string, io: CommandIO): Promise<number> {
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE';
    throw new OnrecordError(code, `Cannot read pairs file "${file}": ${(error as Error).message}`, {
      cause: error,
    });
  }
  let failures = 0;
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file === '-' ? 'stdin' : file}:${index + 1}`;
    let pair: unknown;
    try {
      pair = JSON.parse(line);
    } catch (error) {
      failures++;
      io.stderr.write(`${where}: not JSON (${(error as Error).message})\n`);
      return;
    }
    const { id, a, b } = (pair ?? {}) as { id?: unknown; a?: unknown; b?: unknown };
    if (typeof a !== 'string' || typeof b !== 'string') {
      failures++;
      io.stderr.write(`${where}: needs string fields "a" and "b"\n`);
      return;
    }
    const result = compareStatements(a, b);
    io.stdout.write(
      `${JSON.stringify({ id: id ?? null, relation: result.relation, reason: result.reason })}\n`,
    );
  });
  return failures > 0 ? 1 : 0;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (values.pairs !== undefined) {
      if (positionals.length > 0) {
        throw new OnrecordError(
          'USAGE',
          `onrecord compare: give --pairs FILE or two statements, not both\nusage: ${spec.usage}`,
        );
      }
      return comparePairs(values.pairs, io);
    }
    if (positionals.length !== 2) {
      throw new OnrecordError(
        'USAGE',
        `onrecord compare: give two statements (got ${positionals.length})\nusage: ${spec.usage}`,
      );
    }
    const result = compareStatements(positionals[0], positionals[1]);
    if (values.json) io.stdout.write(`${JSON.stringify(result)}\n`);
    else io.stdout.write(`${result.relation} (${result.confidence.toFixed(2)}): ${result.reason}\n`);
    return 0;
  },
};
