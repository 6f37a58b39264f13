import { parseArgs, type ParseArgsConfig } from 'node:util';
import { OnrecordError } from '../errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<O extends OptionSpec> {
  name: string;
  usage: string;
  summary: string;
  /** Extra lines for --help: option descriptions and examples. */
  help: string;
  options: O;
}

/**
 * Parses a command's arguments with node:util. `--help` is always accepted: the caller prints the help
 * and exits 0. Unknown options and bad values become a USAGE error (exit 2).
 */
export function parseCommandArgs<O extends OptionSpec>(spec: CommandSpec<O>, args: string[]) {
  try {
    const parsed = parseArgs({
      args,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return parsed as typeof parsed & { values: { help?: boolean } };
  } catch (error) {
    throw new OnrecordError(
      'USAGE',
      `onrecord ${spec.name}: ${(error as Error).message}\nusage: ${spec.usage}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Parses a command's arguments; on `--help` prints the command's help and returns null, so every
 * command answers `--help` the same way (exit 0).
 */
export function parseOrHelp<O extends OptionSpec>(
  spec: CommandSpec<O>,
  args: string[],
  io: { stdout: NodeJS.WritableStream },
): ReturnType<typeof parseCommandArgs<O>> | null {
  const parsed = parseCommandArgs(spec, args);
  if (parsed.values.help) {
    io.stdout.write(formatHelp(spec));
    return null;
  }
  return parsed;
}

export function formatHelp(spec: CommandSpec<OptionSpec>): string {
  return `usage: ${spec.usage}\n\n${spec.summary}\n${spec.help ? `\n${spec.help.trimEnd()}\n` : ''}`;
}

/** Reads an ISO date option (YYYY-MM-DD), or throws a USAGE error naming it. */
export function readDateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new OnrecordError('USAGE', `--${name} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
