import { OnrecordError } from '../errors.js';
import type { Person, Shift, StatementRecord } from '../model/ledger.js';
import type { StatementQuery, Store } from '../store/store.js';

/** How many statements a person view reads; beyond it the view says it is truncated. */
export const PERSON_STATEMENT_CAP = 2000;

export interface TopicPosition {
  statementId: string;
  articleId: string;
  date: string | null;
  saidOn: StatementRecord['saidOn'];
  text: string;
  stance: string;
  outlet: string | null;
}

export interface PersonView {
  person: Person;
  counts: { statements: number; articles: number; outlets: number; shifts: number };
  outlets: { name: string; statements: number }[];
  positions: { topic: string; label: string; statements: TopicPosition[] }[];
  statements: StatementRecord[];
  shifts: Shift[];
  truncated: boolean;
}

/** The date a statement is placed at: when it was said, else when it was published. */
export function statementDate(statement: Pick<StatementRecord, 'saidOn' | 'published'>): string | null {
  const said = statement.saidOn;
  if (said) return said.from || said.to || null;
  return statement.published ? statement.published.slice(0, 10) : null;
}

export function describeStance(statement: StatementRecord): string {
  const frame = statement.frame;
  if (!frame) return 'unclassified';
  const polarity = frame.positive ? 'affirms' : 'denies';
  const modality =
    frame.modality === 'possible' ? ', possibly' : frame.modality === 'categorical' ? ', firmly' : '';
  const condition = frame.conditions.length > 0 ? `, if ${frame.conditions[0]}` : '';
  return `${polarity}${modality}${condition}`;
}

export function compareByDate(a: StatementRecord, b: StatementRecord): number {
  const left = statementDate(a) ?? '';
  const right = statementDate(b) ?? '';
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Pages through a query up to `cap` statements (the store pages with opaque cursors). */
export async function collectStatements(
  store: Store,
  query: StatementQuery,
  options: { cap?: number } = {},
): Promise<{ items: StatementRecord[]; truncated: boolean }> {
  const cap = options.cap ?? PERSON_STATEMENT_CAP;
  const items: StatementRecord[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await store.searchStatements({
      ...query,
      limit: Math.min(1000, cap - items.length),
      cursor,
    });
    items.push(...page.items);
    if (!page.nextCursor) return { items, truncated: false };
    if (items.length >= cap) return { items, truncated: true };
    cursor = page.nextCursor;
  }
}

export async function loadPersonView(store: Store, id: string): Promise<PersonView> {
  const person = await store.getPerson(id);
  if (!person) throw new OnrecordError('NOT_FOUND', `no person with id "${id}"`);
  const [{ items, truncated }, shifts, topics] = await Promise.all([
    collectStatements(store, { speakerId: person.id, order: 'date' }),
    store.listShifts({ personId: person.id }),
    store.listTopics({ speakerId: person.id, limit: 200 }),
  ]);
  const statements = [...items].sort(compareByDate);
  const labels = new Map(topics.map((topic) => [topic.key, topic.label]));

  const outletCounts = new Map<string, number>();
  const articles = new Set<string>();
  const byTopic = new Map<string, TopicPosition[]>();
  for (const statement of statements) {
    articles.add(statement.articleId);
    if (statement.outlet) outletCounts.set(statement.outlet, (outletCounts.get(statement.outlet) ?? 0) + 1);
    for (const topic of statement.frame?.topics ?? []) {
      const list = byTopic.get(topic) ?? [];
      list.push({
        statementId: statement.id,
        articleId: statement.articleId,
        date: statementDate(statement),
        saidOn: statement.saidOn,
        text: statement.quote.text,
        stance: describeStance(statement),
        outlet: statement.outlet,
      });
      byTopic.set(topic, list);
    }
  }
  const outlets = [...outletCounts]
    .map(([name, count]) => ({ name, statements: count }))
    .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
  const positions = [...byTopic]
    .map(([topic, list]) => ({ topic, label: labels.get(topic) ?? topic, statements: list }))
    .sort((a, b) => b.statements.length - a.statements.length || a.topic.localeCompare(b.topic));

  return {
    person,
    counts: {
      statements: statements.length,
      articles: articles.size,
      outlets: outlets.length,
      shifts: shifts.length,
    },
    outlets,
    positions,
    statements,
    shifts,
    truncated,
  };
}
