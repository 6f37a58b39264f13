import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import {
  allStatements,
  csvLine,
  formatSaidOn,
  STATEMENT_COLUMNS,
  statementColumns,
  ignoreClosedPipe,
} from '../store/export-rows.js';
import { openStore } from '../store/open-store.js';
import type { Command } from './main.js';
import { readDateOption, type CommandSpec, parseOrHelp } from './args.js';
import { readLimit } from './search.js';

const spec = {
  name: 'quotes',
  usage:
    'onrecord quotes --speaker NAME [--from DATE] [--to DATE] [--limit N] [--json|--csv] [--db FILE|URL]',
  summary: "One person's statements, oldest first, with when each was said and where it was reported.",
  help: `options:
  --speaker NAME   the person (a name, an alias or a person id from "onrecord people")
  --from DATE      said on or after this date (YYYY-MM-DD)
  --to DATE        said on or before this date
  --limit N        at most N statements (default: all)
  --json           one JSON object per line
  --csv            CSV with a header row
  --db FILE|URL    the record (default onrecord.db, or ONRECORD_DB)

example:
  onrecord quotes --speaker "Volodymyr Zelensky" --from 2022-02-24`,
  options: {
    speaker: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
    csv: { type: 'boolean' },
    db: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    ignoreClosedPipe(io.stdout);
    if (!values.speaker || positionals.length > 0) {
      throw new OnrecordError(
        'USAGE',
        `onrecord quotes: give --speaker NAME (and nothing else)\nusage: ${spec.usage}`,
      );
    }
    if (values.json && values.csv)
      throw new OnrecordError('USAGE', 'onrecord quotes: choose --json or --csv, not both');
    const from = readDateOption('from', values.from);
    const to = readDateOption('to', values.to);
    const limit = values.limit === undefined ? Infinity : readLimit(values.limit, 0);
    const store = await openStore(values.db ?? readConfig().database);
    try {
      const people = await store.findPeople(values.speaker);
      const exact = people.length ? people : [];
      if (exact.length === 0) {
        throw new OnrecordError(
          'NOT_FOUND',
          `No person named "${values.speaker}" in the record (try "onrecord people")`,
        );
      }
      if (values.csv) io.stdout.write(csvLine(STATEMENT_COLUMNS));
      let shown = 0;
      for (const person of exact) {
        if (!values.json && !values.csv) {
          io.stdout.write(
            `${person.name}${person.title ? `, ${person.title}` : ''} [${person.id}]: ${person.statements} statements in ${person.articles} articles\n`,
          );
        }
        for await (const item of allStatements(store, { speakerId: person.id, from, to, order: 'date' })) {
          if (shown >= limit) break;
          shown += 1;
          if (values.json) io.stdout.write(`${JSON.stringify(item)}\n`);
          else if (values.csv) io.stdout.write(csvLine(statementColumns(item, person.name)));
          else {
            const where = [item.outlet, item.articleTitle].filter(Boolean).join(', ');
            io.stdout.write(
              `  ${formatSaidOn(item).padEnd(22)} ${item.kind.padEnd(8)} ${item.quote.text}\n${where ? `  ${' '.repeat(32)}${where}\n` : ''}`,
            );
          }
        }
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
