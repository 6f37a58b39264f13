import { loadPersonView } from '../../api/person-view.js';
import type { Store } from '../../store/store.js';
import { html } from '../escape.js';
import { formatDate, plural } from '../format.js';
import { renderPage } from '../layout.js';
import { renderShiftCard } from '../shift-card.js';
import { renderStatementItem, topicHref } from '../statement-item.js';
import { renderTimeline } from '../timeline-svg.js';

/** Statements listed on the page; the rest are one click away in search (the timeline shows all). */
const LISTED = 100;

/** A person: names, titles over time, outlets, the timeline with shifts, and every statement. */
export async function renderPersonPage(store: Store, id: string): Promise<string> {
  const view = await loadPersonView(store, id);
  const { person } = view;
  const labels = new Map(view.positions.map((position) => [position.topic, position.label]));
  const aliases = person.aliases.filter((alias) => alias !== person.name);
  const titles = [...person.titles].sort((a, b) => (a.firstSeen ?? '').localeCompare(b.firstSeen ?? ''));
  const newestFirst = [...view.statements].reverse().slice(0, LISTED);

  const body = html` <header class="person-head">
      <p class="kicker">
        ${person.kind === 'person' ? 'Person' : person.kind === 'organization' ? 'Organisation' : person.kind === 'group' ? 'Group' : 'Speaker'}
      </p>
      <h1>${person.name}</h1>
      ${titles.length > 0 ? html`<p class="current-title">${titles[titles.length - 1].title}</p>` : ''}
      <ul class="stats" aria-label="Counts">
        <li><strong>${view.counts.statements.toLocaleString('en-US')}</strong> statements</li>
        <li><strong>${view.counts.articles.toLocaleString('en-US')}</strong> articles</li>
        <li><strong>${view.counts.outlets.toLocaleString('en-US')}</strong> outlets</li>
        <li><strong>${view.counts.shifts.toLocaleString('en-US')}</strong> shifts</li>
      </ul>
    </header>
    <div class="person-grid">
      <section class="card" aria-labelledby="names-title">
        <h2 id="names-title">Also known as</h2>
        ${
          aliases.length > 0
            ? html`<ul class="chips">
                ${aliases.map((alias) => html`<li>${alias}</li>`)}
              </ul>`
            : html`<p class="muted">No other names seen.</p>`
        }
      </section>
      <section class="card" aria-labelledby="titles-title">
        <h2 id="titles-title">Titles over time</h2>
        ${
          titles.length > 0
            ? html`<ol class="titles">
                ${titles.map(
                  (title) =>
                    html`<li>
                      <span class="title-name">${title.title}</span>
                      <span class="muted"
                        >${title.firstSeen ? formatDate(title.firstSeen) : '?'}${title.lastSeen && title.lastSeen !== title.firstSeen ? html` – ${formatDate(title.lastSeen)}` : ''}</span
                      >
                    </li>`,
                )}
              </ol>`
            : html`<p class="muted">No title seen.</p>`
        }
      </section>
      <section class="card" aria-labelledby="outlets-title">
        <h2 id="outlets-title">Quoted by</h2>
        ${
          view.outlets.length > 0
            ? html`<ul class="chips">
                ${view.outlets.map((outlet) => html`<li>${outlet.name} <span class="count">${outlet.statements}</span></li>`)}
              </ul>`
            : html`<p class="muted">No outlet recorded.</p>`
        }
      </section>
    </div>
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      ${view.statements.length > 20 ? html`<a class="skip-inline" href="#after-timeline">Skip the timeline’s ${view.statements.length} links</a>` : ''}
      ${renderTimeline(view.statements, view.shifts, { labels, title: `${person.name}: statements by topic over time` })}
    </section>
    <span id="after-timeline" tabindex="-1"></span>
    ${
      view.shifts.length > 0
        ? html`<section aria-labelledby="shifts-heading">
            <h2 id="shifts-heading">Position shifts</h2>
            <div class="shift-list">
              ${view.shifts.map((shift) => renderShiftCard(shift, { labels, showPerson: false }))}
            </div>
          </section>`
        : ''
    }
    ${
      view.positions.length > 0
        ? html`<section aria-labelledby="positions-heading">
            <h2 id="positions-heading">Positions by topic</h2>
            <ul class="chips topics">
              ${view.positions.map(
                (position) =>
                  html`<li>
                    <a href="${topicHref(position.topic)}">${position.label}</a>
                    <span class="count">${position.statements.length}</span>
                  </li>`,
              )}
            </ul>
          </section>`
        : ''
    }
    <section aria-labelledby="statements-heading">
      <h2 id="statements-heading">${plural(view.counts.statements, 'statement')}, newest first</h2>
      ${view.truncated ? html`<p class="notice">The timeline shows the first ${view.statements.length} statements.</p>` : ''}
      ${view.statements.length > LISTED ? html`<p class="muted">The latest ${LISTED} are listed here. <a href="/?${new URLSearchParams({ speaker: person.name }).toString()}">Search all of ${person.name}’s statements</a></p>` : ''}
      <ol class="results">
        ${newestFirst.map((statement) => renderStatementItem(statement, { showSpeaker: false }))}
      </ol>
    </section>`;
  return renderPage({ title: person.name, section: 'people', body });
}
