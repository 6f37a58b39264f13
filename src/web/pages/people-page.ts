import type { Store } from '../../store/store.js';
import { PEOPLE_PARAMS, asNumber, asString, readQuery } from '../../api/query-params.js';
import { html } from '../escape.js';
import { plural } from '../format.js';
import { renderPage } from '../layout.js';
import { personHref } from '../statement-item.js';

export async function renderPeoplePage(store: Store, url: string): Promise<string> {
  const values = readQuery(url, PEOPLE_PARAMS, { ignoreUnknown: true });
  const q = asString(values.q) ?? '';
  const page = await store.listPeople({
    q: q || undefined,
    limit: asNumber(values.limit) ?? 100,
    cursor: asString(values.cursor) ?? null,
  });
  const next = page.nextCursor
    ? `/people?${new URLSearchParams({ ...(q ? { q } : {}), cursor: page.nextCursor })}`
    : null;
  const body = html` <header class="page-head">
      <h1>People</h1>
      <p class="lede">
        Everyone quoted in the record, most quoted first. The same person is one entry across spellings and
        titles.
      </p>
      <form class="inline-form" action="/people" method="get" role="search">
        <label for="people-q">Find a person</label
        ><input
          id="people-q"
          name="q"
          type="search"
          value="${q}"
          placeholder="Rutte"
          maxlength="200"
        /><button type="submit">Find</button>
      </form>
    </header>
    <div class="table-wrap">
      <table class="people">
        <caption class="visually-hidden">
          People by number of statements
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col" class="num">Statements</th>
            <th scope="col" class="num">Articles</th>
          </tr>
        </thead>
        <tbody>
          ${page.items.map(
            (person) =>
              html`<tr>
                <th scope="row">
                  <a href="${personHref(person.id)}">${person.name}</a
                  >${person.kind !== 'person' ? html` <span class="tag">${person.kind}</span>` : ''}
                </th>
                <td>${person.title ?? ''}</td>
                <td class="num">${person.statements}</td>
                <td class="num">${person.articles}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${page.items.length === 0 ? html`<p class="empty">${q ? `Nobody called “${q}”.` : 'Nobody yet.'}</p>` : ''}
    ${next ? html`<p class="more"><a href="${next}">More people</a></p>` : ''}
    <p class="muted">${plural(page.items.length, 'person', 'people')} listed.</p>`;
  return renderPage({ title: 'People', section: 'people', body });
}
