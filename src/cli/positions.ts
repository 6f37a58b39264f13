import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { frameStatement } from '../ledger/frame.js';
import { formatSaidOn, saidDay } from '../ledger/shifts.js';
import { findTopics, topicLabel } from '../ledger/topics.js';
import type { StatementRecord, TopicStance } from '../model/ledger.js';
import { allStatements } from '../store/export-rows.js';
import { openStore } from '../store/open-store.js';
import type { Command } from './main.js';
import { type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'positions',
  usage: 'onrecord positions --speaker NAME [--topic T] [--json] [--db FILE|URL]',
  summary: "A person's statements per topic, in the order said, each with its stance.",
  help: `options:
  --speaker NAME   the person (a name, an alias or a person id from "onrecord people")
  --topic T        only this topic ("territory", "NATO membership", "ceasefire", "sanctions")
  --json           one JSON object per person and topic
  --db FILE|URL    the record (default onrecord.db, or ONRECORD_DB)

example:
  onrecord positions --speaker Zelensky --topic territory`,
  options: {
    speaker: { type: 'string' },
    topic: { type: 'string' },
    json: { type: 'boolean' },
    db: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

export interface PositionEntry {
  statementId: string;
  articleId: string;
  saidOn: string;
  outlet: string | null;
  kind: StatementRecord['kind'];
  /** "for", "against" or "mentions" (no stance could be read). */
  stance: 'for' | 'against' | 'mentions';
  modality: TopicStance['modality'];
  conditions: string[];
  phrase: string;
  text: string;
}

export interface TopicPositions {
  personId: string;
  personName: string;
  topic: string;
  label: string;
  statements: PositionEntry[];
}

/** One person's statements grouped by topic, each topic in the order said (pure). */
export function positionsOf(
  person: { id: string; name: string },
  records: StatementRecord[],
  topics: string[] | null = null,
): TopicPositions[] {
  const byTopic = new Map<string, { day: number; entry: PositionEntry }[]>();
  for (const record of records) {
    const frame = record.frame?.stances ? record.frame : frameStatement(record);
    const day = saidDay(record) ?? Number.MAX_SAFE_INTEGER;
    for (const topic of frame.topics) {
      if (topics && !topics.includes(topic)) continue;
      const stance = frame.stances?.find((item) => item.topic === topic);
      const entry: PositionEntry = {
        statementId: record.id,
        articleId: record.articleId,
        saidOn: formatSaidOn(record.saidOn, record.published),
        outlet: record.venue?.text ?? record.outlet,
        kind: record.kind,
        stance: !stance || stance.stance === 0 ? 'mentions' : stance.stance > 0 ? 'for' : 'against',
        modality: stance?.modality ?? 'none',
        conditions: stance?.conditions ?? [],
        phrase: stance?.phrase ?? '',
        text: record.quote.text,
      };
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), { day, entry }]);
    }
  }
  return [...byTopic.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([topic, list]) => ({
      personId: person.id,
      personName: person.name,
      topic,
      label: topicLabel(topic),
      statements: list.sort((a, b) => a.day - b.day).map((item) => item.entry),
    }));
}

function formatEntry(entry: PositionEntry): string {
  const stance = `${entry.stance}${entry.modality === 'possible' ? ', hedged' : ''}`;
  const text = entry.text.length > 140 ? `${entry.text.slice(0, 137)}...` : entry.text;
  const condition = entry.conditions.length > 0 ? `  [${entry.conditions.join('; ')}]` : '';
  return `  ${entry.saidOn.padEnd(18)} ${stance.padEnd(16)} ${text}${entry.outlet ? `  (${entry.outlet})` : ''}${condition}\n`;
}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (!values.speaker || positionals.length > 0) {
      throw new OnrecordError(
        'USAGE',
        `onrecord positions: give --speaker NAME (and nothing else)\nusage: ${spec.usage}`,
      );
    }
    let topics: string[] | null = null;
    if (values.topic !== undefined) {
      topics = findTopics(values.topic);
      if (topics.length === 0)
        throw new OnrecordError('USAGE', `onrecord positions: no topic matches "${values.topic}"`);
    }
    const store = await openStore(values.db ?? readConfig().database);
    try {
      const people = await store.findPeople(values.speaker);
      if (people.length === 0) {
        throw new OnrecordError(
          'NOT_FOUND',
          `No person named "${values.speaker}" in the record (try "onrecord people")`,
        );
      }
      for (const person of people) {
        const records: StatementRecord[] = [];
        for await (const record of allStatements(store, { speakerId: person.id, order: 'date' }))
          records.push(record);
        const positions = positionsOf(person, records, topics);
        if (values.json) {
          for (const item of positions) io.stdout.write(`${JSON.stringify(item)}\n`);
          continue;
        }
        io.stdout.write(`${person.name}${person.title ? `, ${person.title}` : ''} [${person.id}]\n`);
        if (positions.length === 0) io.stdout.write('  no statements on a known topic\n');
        for (const item of positions) {
          io.stdout.write(
            `${item.label} (${item.statements.length})\n${item.statements.map(formatEntry).join('')}`,
          );
        }
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
