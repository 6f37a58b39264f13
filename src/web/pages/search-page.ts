import type { Store } from '../../store/store.js';
import { STATEMENT_PARAMS, readQuery, asString } from '../../api/query-params.js';
import { toStatementQuery } from '../../api/statement-query.js';
import { html } from '../escape.js';
import { plural } from '../format.js';
import { renderPage } from '../layout.js';
import { renderStatementItem, termPattern } from '../statement-item.js';

const PAGE_SIZE = 25;

/** The search page. Works without script (a GET form); assets/search.js makes it answer as you type. */
export async function renderSearchPage(store: Store, url: string): Promise<string> {
  const values = readQuery(url, STATEMENT_PARAMS, { ignoreUnknown: true });
  const query = toStatementQuery(values, { limit: PAGE_SIZE });
  const [page, topics, counts] = await Promise.all([
    store.searchStatements(query),
    store.listTopics({ limit: 100 }),
    store.counts(),
  ]);
  const value = (name: string) => asString(values[name]) ?? '';
  const terms = termPattern(query.q);
  const selected = (name: string, option: string) => (value(name) === option ? html` selected` : '');

  const next = page.nextCursor ? nextPageHref(url, page.nextCursor) : null;
  const summary =
    page.total !== undefined
      ? plural(page.total, 'statement')
      : plural(page.items.length, 'statement') + (next ? '+' : '');

  const body = html` <section class="search-head" aria-labelledby="search-title">
      <h1 id="search-title">Who said what</h1>
      <p class="lede">
        ${plural(counts.statements, 'statement')} from ${plural(counts.articles, 'article')}, by
        ${plural(counts.people, 'speaker')}.
        ${counts.shifts > 0 ? html`<a href="/shifts">${plural(counts.shifts, 'position shift')}</a> flagged.` : ''}
      </p>
      <form id="search-form" class="search-form" action="/" method="get" role="search">
        <label class="q-label" for="q">Search statements</label>
        <div class="q-row">
          <input
            id="q"
            name="q"
            type="search"
            value="${value('q')}"
            placeholder="territory, NATO, ceasefire…"
            autocomplete="off"
            spellcheck="false"
            maxlength="500"
          />
          <button type="submit">Search</button>
        </div>
        <fieldset class="filters">
          <legend>Filters</legend>
          <div class="field">
            <label for="speaker">Speaker</label
            ><input
              id="speaker"
              name="speaker"
              value="${value('speaker')}"
              placeholder="Zelensky"
              autocomplete="off"
              maxlength="200"
              list="speaker-names"
            />
            <datalist id="speaker-names"></datalist>
          </div>
          <div class="field">
            <label for="topic">Topic</label
            ><select id="topic" name="topic">
              <option value="">Any topic</option>
              ${topics.map(
                (topic) =>
                  html`<option value="${topic.key}" ${selected('topic', topic.key)}>
                    ${topic.label} (${topic.statementCount})
                  </option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="outlet">Outlet</label
            ><input
              id="outlet"
              name="outlet"
              value="${value('outlet')}"
              placeholder="Sky News"
              autocomplete="off"
              maxlength="200"
            />
          </div>
          <div class="field">
            <label for="kind">Kind</label
            ><select id="kind" name="kind">
              <option value="">Any kind</option>
              ${['direct', 'indirect', 'mixed'].map(
                (kind) => html`<option value="${kind}" ${selected('kind', kind)}>${kind}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="from">Said from</label
            ><input id="from" name="from" type="date" value="${value('from')}" />
          </div>
          <div class="field">
            <label for="to">Said to</label><input id="to" name="to" type="date" value="${value('to')}" />
          </div>
        </fieldset>
      </form>
    </section>
    <section class="results-section" aria-labelledby="results-title">
      <h2 id="results-title" class="visually-hidden">Results</h2>
      <p id="results-status" class="results-status" role="status" aria-live="polite">${summary}</p>
      <ol id="results" class="results">
        ${page.items.map((item) => renderStatementItem(item, { terms }))}
      </ol>
      ${page.items.length === 0 ? html`<p class="empty" id="empty">No statement matches. Try fewer words or fewer filters.</p>` : ''}
      <p class="more" ${next ? '' : html` hidden`}><a id="more" href="${next ?? '#'}">More results</a></p>
    </section>`;
  return renderPage({
    title: value('q') ? `“${value('q')}”` : 'Search',
    section: 'search',
    body,
    scripts: ['search.js'],
  });
}

function nextPageHref(url: string, cursor: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('cursor', cursor);
  return `/${parsed.search}`;
}
