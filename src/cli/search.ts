import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import type { StatementKind } from '../model/statement.js';
import {
  csvLine,
  formatSaidOn,
  personNames,
  STATEMENT_COLUMNS,
  statementColumns,
  ignoreClosedPipe,
} from '../store/export-rows.js';
import { openStore } from '../store/open-store.js';
import type { StatementQuery } from '../store/store.js';
import type { Command } from './main.js';
import { readDateOption, type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'search',
  usage:
    'onrecord search QUERY [--speaker NAME] [--from DATE] [--to DATE] [--outlet X] [--kind direct|indirect|mixed] [--limit N] [--json|--csv] [--db FILE|URL]',
  summary:
    'Ranked full-text search over statements. Each result has its speaker, when it was said, the outlet,\n' +
    'the article and the offsets of the quote in it. A quote carried by several outlets is listed once.',
  help: `options:
  --speaker NAME   only this person's statements (any alias: "Zelensky" finds "Volodymyr Zelenskyy")
  --from DATE      said on or after this date (YYYY-MM-DD)
  --to DATE        said on or before this date
  --outlet X       only articles of this outlet
  --kind K         direct, indirect or mixed
  --limit N        at most N results (default 20)
  --json           one JSON object per line (the stored statement)
  --csv            CSV with a header row
  --db FILE|URL    the record (default onrecord.db, or ONRECORD_DB)

words are all required; "quoted phrases" stay phrases. Use "" as QUERY to list by date.

example:
  onrecord search "cede territory" --speaker Zelensky --from 2024-01-01`,
  options: {
    speaker: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    outlet: { type: 'string' },
    kind: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    db: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

export function readKind(value: string | undefined): StatementKind | undefined {
  if (value === undefined) return undefined;
  if (value !== 'direct' && value !== 'indirect' && value !== 'mixed') {
    throw new OnrecordError('USAGE', `--kind must be direct, indirect or mixed, got "${value}"`);
  }
  return value;
}

export function readLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new OnrecordError('USAGE', `--limit must be a whole number from 1 to 10000, got "${value}"`);
  }
  return limit;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    ignoreClosedPipe(io.stdout);
    if (positionals.length !== 1) {
      throw new OnrecordError(
        'USAGE',
        `onrecord search: give one QUERY (quote it if it has spaces)\nusage: ${spec.usage}`,
      );
    }
    if (values.json && values.csv)
      throw new OnrecordError('USAGE', 'onrecord search: choose --json or --csv, not both');
    const query: StatementQuery = {
      q: positionals[0],
      speaker: values.speaker,
      from: readDateOption('from', values.from),
      to: readDateOption('to', values.to),
      outlet: values.outlet,
      kind: readKind(values.kind),
      limit: readLimit(values.limit, 20),
    };
    const store = await openStore(values.db ?? readConfig().database);
    try {
      const page = await store.searchStatements(query);
      const nameOf = personNames(store);
      if (values.json) {
        for (const item of page.items) io.stdout.write(`${JSON.stringify(item)}\n`);
      } else if (values.csv) {
        io.stdout.write(csvLine(STATEMENT_COLUMNS));
        for (const item of page.items)
          io.stdout.write(csvLine(statementColumns(item, await nameOf(item.personId))));
      } else {
        for (const item of page.items) {
          const who = (await nameOf(item.personId)) ?? item.speaker.name;
          const source = [item.outlet, item.articleTitle].filter(Boolean).join(', ');
          io.stdout.write(
            `${formatSaidOn(item)}  ${who} (${item.kind}${item.sightings ? `, +${item.sightings} sightings` : ''})\n` +
              `  ${item.quote.text}\n  ${source ? `${source} ` : ''}[${item.articleId} @${item.quote.start}-${item.quote.end}]\n`,
          );
        }
        io.stderr.write(`${page.items.length} of ${page.total ?? page.items.length} statements\n`);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
