import { html } from '../escape.js';
import { renderPage } from '../layout.js';

export function renderErrorPage(status: number, code: string, message: string): string {
  const title =
    status === 404 ? 'Not found' : status >= 500 ? 'Something went wrong' : 'Cannot show this page';
  const body = html`<section class="page-head error-page">
    <h1>${title}</h1>
    <p class="lede">${message}</p>
    <p class="muted">Error ${status} · ${code}</p>
    <p><a href="/">Back to search</a></p>
  </section>`;
  return renderPage({ title, section: 'none', body });
}
