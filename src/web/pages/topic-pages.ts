import { collectStatements, compareByDate } from '../../api/person-view.js';
import type { StatementRecord } from '../../model/ledger.js';
import { OnrecordError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { html } from '../escape.js';
import { plural } from '../format.js';
import { renderPage } from '../layout.js';
import { renderShiftCard } from '../shift-card.js';
import { personHref, renderStatementItem, topicHref } from '../statement-item.js';

export async function renderTopicsPage(store: Store): Promise<string> {
  const topics = await store.listTopics({ limit: 500 });
  const max = Math.max(1, ...topics.map((topic) => topic.statementCount));
  const body = html` <header class="page-head">
      <h1>Topics</h1>
      <p class="lede">
        What people talk about, most discussed first. Open a topic to see who said what about it, by date.
      </p>
    </header>
    ${topics.length === 0 ? html`<p class="empty">No topic yet.</p>` : ''}
    <ul class="topic-list">
      ${topics.map(
        (topic) =>
          html`<li>
            <a href="${topicHref(topic.key)}">${topic.label}</a
            ><span class="bar" aria-hidden="true"
              ><span
                class="bar-fill bar-${Math.max(1, Math.round((topic.statementCount / max) * 10))}"
              ></span></span
            ><span class="count">${plural(topic.statementCount, 'statement')}</span>
          </li>`,
      )}
    </ul>`;
  return renderPage({ title: 'Topics', section: 'topics', body });
}

/** Who said what about one topic, by date, grouped under each speaker too. */
export async function renderTopicPage(store: Store, key: string): Promise<string> {
  const [topics, { items, truncated }, shifts] = await Promise.all([
    store.listTopics({ limit: 1000 }),
    collectStatements(store, { topic: key, order: 'date' }, { cap: 1000 }),
    store.listShifts({ topic: key, limit: 50 }),
  ]);
  const topic = topics.find((entry) => entry.key === key);
  if (!topic && items.length === 0) throw new OnrecordError('NOT_FOUND', `no topic "${key}"`);
  const label = topic?.label ?? key;
  const statements = [...items].sort(compareByDate).reverse();
  const speakers = new Map<string, { name: string; id: string | null; count: number }>();
  for (const statement of statements) {
    const id = statement.personId ?? `name:${statement.speaker.name}`;
    const entry = speakers.get(id) ?? { name: statement.speaker.name, id: statement.personId, count: 0 };
    entry.count += 1;
    speakers.set(id, entry);
  }
  const ranked = [...speakers.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const labels = new Map(topics.map((entry) => [entry.key, entry.label]));
  const body = html` <header class="page-head">
      <p class="kicker"><a href="/topics">Topics</a></p>
      <h1>${label}</h1>
      <p class="lede">
        ${plural(statements.length, 'statement')} by
        ${plural(ranked.length, 'speaker')}.${truncated ? ' Showing the first 1,000.' : ''}
      </p>
    </header>
    ${
      ranked.length > 0
        ? html`<section aria-labelledby="speakers-title">
            <h2 id="speakers-title">Who spoke</h2>
            <ul class="chips">
              ${ranked.map((speaker) => html`<li>${speaker.id ? html`<a href="${personHref(speaker.id)}">${speaker.name}</a>` : speaker.name} <span class="count">${speaker.count}</span></li>`)}
            </ul>
          </section>`
        : ''
    }
    ${
      shifts.length > 0
        ? html`<section aria-labelledby="topic-shifts">
            <h2 id="topic-shifts">Shifts on this topic</h2>
            <div class="shift-list">${shifts.map((shift) => renderShiftCard(shift, { labels }))}</div>
          </section>`
        : ''
    }
    <section aria-labelledby="by-date">
      <h2 id="by-date">By date, newest first</h2>
      ${statements.length === 0 ? html`<p class="empty">No statement on this topic.</p>` : ''}
      <ol class="results">
        ${statements.map((statement: StatementRecord) => renderStatementItem(statement))}
      </ol>
    </section>`;
  return renderPage({ title: label, section: 'topics', body });
}
