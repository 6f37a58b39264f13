import type { Store } from '../../store/store.js';
import { SHIFT_PARAMS, asNumber, asString, readQuery } from '../../api/query-params.js';
import { html } from '../escape.js';
import { plural } from '../format.js';
import { renderPage } from '../layout.js';
import { renderShiftCard } from '../shift-card.js';

export async function renderShiftsPage(store: Store, url: string): Promise<string> {
  const values = readQuery(url, SHIFT_PARAMS, { ignoreUnknown: true });
  const [shifts, topics] = await Promise.all([
    store.listShifts({
      personId: asString(values.personId),
      speaker: asString(values.speaker),
      topic: asString(values.topic),
      since: asString(values.since),
      limit: asNumber(values.limit) ?? 50,
    }),
    store.listTopics({ limit: 500 }),
  ]);
  const labels = new Map(topics.map((topic) => [topic.key, topic.label]));
  const body = html` <header class="page-head">
      <h1>Position shifts</h1>
      <p class="lede">
        When someone’s statements on a topic disagree across time, the two statements are set side by side.
        ${plural(shifts.length, 'shift')} shown, latest first.
      </p>
    </header>
    ${shifts.length === 0 ? html`<p class="empty">No shift recorded yet.</p>` : html`<div class="shift-list">${shifts.map((shift) => renderShiftCard(shift, { labels }))}</div>`}`;
  return renderPage({ title: 'Shifts', section: 'shifts', body });
}
