import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { refreshShifts } from '../pipeline/refresh-shifts.js';
import { ignoreClosedPipe } from '../store/export-rows.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { Command, CommandIO } from './main.js';
import { type CommandSpec, parseOrHelp } from './args.js';
import { readLimit } from './search.js';

const spec = {
  name: 'people',
  usage:
    'onrecord people [--json] [--limit N] [--find NAME] [--db FILE|URL]\n       onrecord people merge A B [--db …]\n       onrecord people split PERSON ALIAS [--db …]',
  summary:
    'List the people and organisations in the record, most quoted first; fix what the machine got wrong.\n' +
    '"merge A B" makes B part of A; "split PERSON ALIAS" moves one name and its statements to a new person.\n' +
    'Both are kept as decisions that later ingests honour. A and B are person ids or names.',
  help: `options:
  --json           one JSON object per person (with aliases and titles)
  --limit N        at most N people (default 50)
  --find NAME      people whose names contain NAME
  --db FILE|URL    the record (default onrecord.db, or ONRECORD_DB)

examples:
  onrecord people --limit 20
  onrecord people merge volodymyr-zelensky "Zelenskyy"
  onrecord people split john-smith "Jane Smith"`,
  options: {
    json: { type: 'boolean' },
    limit: { type: 'string' },
    find: { type: 'string' },
    db: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

/** A person id, or a name meaning exactly one person. */
export async function resolvePersonArgument(store: Store, value: string): Promise<string> {
  const byId = await store.getPerson(value);
  if (byId) return byId.id;
  const found = await store.findPeople(value);
  if (found.length === 1) return found[0].id;
  if (found.length === 0)
    throw new OnrecordError('NOT_FOUND', `No person "${value}" in the record (see "onrecord people")`);
  throw new OnrecordError(
    'CONFLICT',
    `"${value}" could be ${found.length} people; use an id: ${found.map((person) => `${person.id} (${person.name})`).join(', ')}`,
  );
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    ignoreClosedPipe(io.stdout);
    const [action, ...rest] = positionals;
    if (action !== undefined && action !== 'merge' && action !== 'split') {
      throw new OnrecordError('USAGE', `onrecord people: unknown action "${action}"\nusage: ${spec.usage}`);
    }
    if (action && rest.length !== 2) {
      throw new OnrecordError(
        'USAGE',
        `onrecord people ${action}: give exactly two arguments\nusage: ${spec.usage}`,
      );
    }
    const limit = readLimit(values.limit, 50);
    const store = await openStore(values.db ?? readConfig().database);
    try {
      if (action === 'merge') return await merge(store, rest[0], rest[1], io, values.json ?? false);
      if (action === 'split') return await split(store, rest[0], rest[1], io, values.json ?? false);
      const page = await store.listPeople({ limit, q: values.find });
      if (values.json) {
        for (const person of page.items) {
          const full = await store.getPerson(person.id);
          io.stdout.write(
            `${JSON.stringify({ ...person, aliases: full?.aliases ?? [], titles: full?.titles ?? [] })}\n`,
          );
        }
      } else {
        io.stdout.write(`${'statements'.padStart(10)} ${'articles'.padStart(8)}  name (title) [id]\n`);
        for (const person of page.items) {
          io.stdout.write(
            `${String(person.statements).padStart(10)} ${String(person.articles).padStart(8)}  ${person.name}` +
              `${person.title ? ` (${person.title})` : ''}${person.kind === 'person' ? '' : ` <${person.kind}>`} [${person.id}]\n`,
          );
        }
        io.stderr.write(`${page.items.length} of ${page.total ?? page.items.length} people\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

async function merge(store: Store, a: string, b: string, io: CommandIO, json: boolean): Promise<number> {
  const keep = await resolvePersonArgument(store, a);
  const other = await resolvePersonArgument(store, b);
  if (keep === other)
    throw new OnrecordError('CONFLICT', `"${a}" and "${b}" are already the same person (${keep})`);
  const person = await store.mergePeople(keep, other);
  await refreshShifts(store, [person.id]);
  if (json) io.stdout.write(`${JSON.stringify(person)}\n`);
  else
    io.stdout.write(
      `merged ${other} into ${person.id} (${person.name}); aliases: ${person.aliases.join(', ')}\n`,
    );
  return 0;
}

async function split(
  store: Store,
  who: string,
  alias: string,
  io: CommandIO,
  json: boolean,
): Promise<number> {
  const from = await resolvePersonArgument(store, who);
  const person = await store.splitPerson(from, alias);
  await refreshShifts(store, [from, person.id]);
  if (json) io.stdout.write(`${JSON.stringify(person)}\n`);
  else io.stdout.write(`split "${alias}" off ${from} into ${person.id} (${person.name})\n`);
  return 0;
}
