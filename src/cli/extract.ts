import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { createInterface } from 'node:readline';
import { OnrecordError, describeError } from '../errors.js';
import { extract, type ExtractInput } from '../extract/index.js';
import { readHtml } from '../ingest/read-html.js';
import type { ExtractResult, Statement } from '../model/statement.js';
import { readDateOption, type CommandSpec, parseOrHelp } from './args.js';
import type { Command, CommandIO } from './main.js';

const spec = {
  name: 'extract',
  usage: 'onrecord extract [FILE...] [--published YYYY-MM-DD] [--stances] [--pretty]',
  summary:
    'Prints the attributed statements of each document as one JSON line {"id","statements":[...]}, with\n' +
    'end-exclusive UTF-16 offsets into exactly the text given (for HTML: into the extracted body, printed\n' +
    'as "text"). Reads .txt, .html/.htm and .jsonl files, or stdin when no file is given.',
  help:
    'options:\n' +
    '  --published DATE  reference date (YYYY-MM-DD) for text files and stdin: "Friday" is the Friday before\n' +
    '  --stances         also report stances with no quoted words ("criticised the plan", "declined to\n' +
    '                    comment"), beliefs ("thinks that"), directives ("urged X to") and intentions\n' +
    '                    ("agreed to buy"): attributions as PolNeAR counts them, not quotations\n' +
    '  --pretty          a readable table instead of JSON lines\n' +
    '\n' +
    'A JSONL line is {"id", "text", "published"?, "title"?}. A broken line is reported on stderr with its\n' +
    'file and line number, the other documents are still processed, and the exit code is 1.\n' +
    '\n' +
    'examples:\n' +
    '  onrecord extract story.txt --published 2024-11-30\n' +
    '  onrecord extract dump.jsonl > statements.jsonl\n' +
    '  cat story.txt | onrecord extract --pretty',
  options: {
    published: { type: 'string' },
    pretty: { type: 'boolean' },
    stances: { type: 'boolean' },
  },
} satisfies CommandSpec<Record<string, { type: 'boolean' | 'string' }>>;

interface Output {
  write(result: ExtractResult, document: ExtractInput): void;
}

function jsonOutput(io: CommandIO): Output {
  return {
    write(result) {
      io.stdout.write(`${JSON.stringify(result)}\n`);
    },
  };
}

function cell(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}

/** A table a person can read: one row per statement. */
export function formatStatements(id: string, statements: Statement[]): string {
  const lines = [`${id}: ${statements.length} statement${statements.length === 1 ? '' : 's'}`];
  if (statements.length > 0) {
    lines.push(
      `  ${cell('speaker', 24)} ${cell('kind', 8)} ${cell('cue', 12)} ${cell('said on', 23)} ${cell('venue', 14)} quote`,
    );
  }
  for (const statement of statements) {
    const saidOn = statement.saidOn
      ? `${statement.saidOn.basis === 'before' ? 'before ' : ''}${statement.saidOn.from && statement.saidOn.from !== statement.saidOn.to ? `${statement.saidOn.from}..` : ''}${statement.saidOn.to}`
      : '';
    lines.push(
      `  ${cell(statement.speaker.name, 24)} ${cell(statement.kind, 8)} ${cell(statement.cue?.text ?? '', 12)} ${cell(saidOn, 23)} ${cell(statement.venue?.text ?? '', 14)} ${cell(statement.quote.text, 90)}`.trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

function prettyOutput(io: CommandIO): Output {
  return {
    write(result) {
      io.stdout.write(formatStatements(result.id, result.statements));
    },
  };
}

function run(
  document: ExtractInput,
  options: { published: string | undefined; stances: boolean },
  output: Output,
  extra: Partial<ExtractResult> = {},
): void {
  const { published, stances } = options;
  // A document's own date wins; --published fills in where it has none.
  const statements = extract(
    document,
    published && !document.published ? { published, stances } : { stances },
  );
  output.write({ id: document.id ?? '', statements, ...extra }, document);
}

/** Reads one JSONL line into a document, or throws a message naming what is wrong with it. */
export function parseDocumentLine(line: string, fallbackId: string): ExtractInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`not JSON (${describeError(error)})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new Error('not a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') throw new Error('"text" is missing or not a string');
  const id = record.id === undefined || record.id === null ? fallbackId : String(record.id);
  const published = typeof record.published === 'string' ? record.published : null;
  const title = typeof record.title === 'string' ? record.title : null;
  return { id, text: record.text, published, title };
}

async function readJsonl(
  stream: NodeJS.ReadableStream,
  name: string,
  handle: (document: ExtractInput) => void,
  onError: (message: string) => void,
): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let document: ExtractInput;
    try {
      document = parseDocumentLine(line, `${basename(name)}:${lineNumber}`);
    } catch (error) {
      onError(`${name}:${lineNumber}: ${describeError(error)}`);
      continue;
    }
    handle(document);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function looksLikeJsonl(text: string): boolean {
  const first = text.trimStart();
  return first.startsWith('{') && /"text"\s*:/.test(first.slice(0, 100_000));
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const published = readDateOption('published', values.published as string | undefined);
    const output = values.pretty ? prettyOutput(io) : jsonOutput(io);
    const stances = values.stances === true;
    let failed = false;
    const report = (message: string): void => {
      failed = true;
      io.stderr.write(`onrecord extract: ${message}\n`);
    };
    const handle = (document: ExtractInput): void => {
      try {
        run(document, { published, stances }, output);
      } catch (error) {
        report(`${document.id}: extraction failed: ${describeError(error)}`);
      }
    };
    if (positionals.length === 0) {
      const text = await readAll(io.stdin);
      if (looksLikeJsonl(text)) {
        const { Readable } = await import('node:stream');
        await readJsonl(Readable.from([text]), 'stdin', handle, report);
      } else {
        handle({ id: 'stdin', text, published: published ?? null });
      }
      return failed ? 1 : 0;
    }
    for (const path of positionals) {
      const extension = extname(path).toLowerCase();
      try {
        if (extension === '.jsonl' || extension === '.ndjson') {
          const stream = createReadStream(path, { encoding: 'utf8' });
          const opened = new Promise<void>((resolve, reject) => {
            stream.once('open', () => resolve());
            stream.once('error', reject);
          });
          await opened;
          await readJsonl(stream, path, handle, report);
        } else if (extension === '.html' || extension === '.htm') {
          const html = await readFile(path, 'utf8');
          const article = readHtml(html, { source: path, published: published ?? null });
          const document: ExtractInput = {
            id: path,
            text: article.text,
            published: published ?? article.published ?? null,
            title: article.title ?? null,
          };
          try {
            run(document, { published: undefined, stances }, output, { text: article.text });
          } catch (error) {
            report(`${path}: extraction failed: ${describeError(error)}`);
          }
        } else {
          const text = await readFile(path, 'utf8');
          handle({ id: path, text, published: published ?? null });
        }
      } catch (error) {
        const reason =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file'
            : error instanceof OnrecordError
              ? error.message
              : describeError(error);
        report(`cannot read "${path}": ${reason}`);
      }
    }
    return failed ? 1 : 0;
  },
};
