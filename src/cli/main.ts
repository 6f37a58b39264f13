import { OnrecordError, describeError } from '../errors.js';

/** What every command file (src/cli/<name>.ts) exports as `command`. */
export interface Command {
  name: string;
  summary: string;
  /** Runs the command; resolves to the exit code (0 ok, 1 errors, 2 usage). */
  run(args: string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * Commands load lazily (src/cli/<name>.ts exports `command`), so `onrecord extract` does not pay for the
 * web server or the database drivers.
 */
const COMMAND_NAMES = [
  'extract',
  'eval',
  'ingest',
  'people',
  'search',
  'quotes',
  'export',
  'positions',
  'shifts',
  'compare',
  'serve',
  'worker',
  'sample',
];

async function loadCommand(name: string): Promise<Command> {
  const module = (await import(`./${name}.js`)) as { command: Command };
  return module.command;
}

const HELP = `onrecord: who said what in the news

usage: onrecord <command> [options]

commands:
  extract    print the attributed statements of articles as JSON lines
  eval       score the extractor against a gold attribution set
  ingest     read articles, files, folders, feeds, dumps or URLs into the record
  people     list the people in the record; merge and split them
  search     full-text search over statements
  quotes     one person's statements by date
  export     export statements with their people and articles
  positions  a person's statements per topic over time
  shifts     position shifts with their evidence
  compare    is statement B consistent with statement A?
  serve      serve the web UI and the JSON API
  worker     take ingest jobs from a PostgreSQL queue
  sample     ingest the bundled sample corpus and serve it (the quick start)

Run "onrecord <command> --help" for a command's options.
`;

export async function main(argv: string[], io: CommandIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('onrecord 0.1.0\n');
    return 0;
  }
  if (!COMMAND_NAMES.includes(name)) {
    io.stderr.write(`onrecord: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    const command = await loadCommand(name);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof OnrecordError && error.code === 'USAGE') {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    io.stderr.write(`onrecord ${name}: ${describeError(error)}\n`);
    return 1;
  }
}
