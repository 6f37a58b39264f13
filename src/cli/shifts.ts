import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { detectShifts, formatSaidOn } from '../ledger/shifts.js';
import { findTopics, topicLabel } from '../ledger/topics.js';
import type { Shift, StatementRecord } from '../model/ledger.js';
import { allStatements } from '../store/export-rows.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { Command } from './main.js';
import { readDateOption, type CommandSpec, parseOrHelp } from './args.js';
import { readLimit } from './search.js';

const spec = {
  name: 'shifts',
  usage:
    'onrecord shifts [--speaker NAME] [--since DATE] [--topic T] [--limit N] [--recompute] [--json] [--db FILE|URL]',
  summary:
    'Position shifts: one person saying different things on one topic over time, with both statements.',
  help: `options:
  --speaker NAME   only this person (a name, an alias or a person id)
  --since DATE     only shifts whose later statement was said on or after DATE (YYYY-MM-DD)
  --topic T        only this topic ("territory", "NATO membership", "ceasefire")
  --limit N        at most N shifts (default 100)
  --recompute      detect the shifts again from the stored statements (of --speaker, else everyone)
                   and store them before listing
  --json           one shift per line as JSON
  --db FILE|URL    the record (default onrecord.db, or ONRECORD_DB)

example:
  onrecord shifts --speaker Zelensky --since 2024-01-01`,
  options: {
    speaker: { type: 'string' },
    since: { type: 'string' },
    topic: { type: 'string' },
    limit: { type: 'string' },
    recompute: { type: 'boolean' },
    json: { type: 'boolean' },
    db: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

/** A shift as a few terminal lines: who, what, the reason, and both statements with where to find them. */
export function formatShift(shift: Shift): string {
  const quote = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);
  const line = (label: string, evidence: Shift['earlier']) =>
    `  ${label} ${formatSaidOn(evidence.saidOn, null)}${evidence.outlet ? `, ${evidence.outlet}` : ''}: ${quote(evidence.text)}  [${evidence.articleId}]\n`;
  return (
    `${shift.personName} on ${topicLabel(shift.topic)} (${shift.relation}, confidence ${shift.confidence.toFixed(2)})\n` +
    `  ${shift.reason}\n` +
    line('earlier', shift.earlier) +
    line('later  ', shift.later)
  );
}

async function peopleToRecompute(store: Store, speaker: string | undefined): Promise<string[]> {
  if (speaker) return (await store.findPeople(speaker)).map((person) => person.id);
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listPeople({ limit: 500, cursor });
    ids.push(...page.items.map((person) => person.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/** Detects one person's shifts again from their stored statements and stores them. */
export async function recomputeShifts(store: Store, personId: string): Promise<Shift[]> {
  const records: StatementRecord[] = [];
  for await (const record of allStatements(store, { speakerId: personId, order: 'date' }))
    records.push(record);
  const person = await store.getPerson(personId);
  const shifts = detectShifts(records).map((shift) => ({
    ...shift,
    personId,
    personName: person?.name ?? shift.personName,
  }));
  await store.replaceShifts(personId, shifts);
  return shifts;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length > 0) {
      throw new OnrecordError(
        'USAGE',
        `onrecord shifts: unexpected argument "${positionals[0]}"\nusage: ${spec.usage}`,
      );
    }
    const since = readDateOption('since', values.since);
    const limit = readLimit(values.limit, 100);
    let topic: string | undefined;
    if (values.topic !== undefined) {
      const keys = findTopics(values.topic);
      if (keys.length === 0)
        throw new OnrecordError('USAGE', `onrecord shifts: no topic matches "${values.topic}"`);
      topic = keys[0];
    }
    const store = await openStore(values.db ?? readConfig().database);
    try {
      if (values.speaker && (await store.findPeople(values.speaker)).length === 0) {
        throw new OnrecordError(
          'NOT_FOUND',
          `No person named "${values.speaker}" in the record (try "onrecord people")`,
        );
      }
      if (values.recompute) {
        for (const personId of await peopleToRecompute(store, values.speaker))
          await recomputeShifts(store, personId);
      }
      const shifts = await store.listShifts({ speaker: values.speaker, since, topic, limit });
      if (values.json) {
        for (const shift of shifts) io.stdout.write(`${JSON.stringify(shift)}\n`);
      } else if (shifts.length === 0) {
        io.stdout.write('No shifts found.\n');
      } else {
        io.stdout.write(shifts.map(formatShift).join('\n'));
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
