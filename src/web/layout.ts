import { html, type HtmlValue, type SafeHtml } from './escape.js';

export type Section = 'search' | 'people' | 'topics' | 'shifts' | 'none';

export interface PageOptions {
  title: string;
  section: Section;
  body: HtmlValue;
  /** Extra script files under /assets (never inline: the CSP forbids it). */
  scripts?: string[];
}

const NAV: { section: Section; href: string; label: string }[] = [
  { section: 'search', href: '/', label: 'Search' },
  { section: 'people', href: '/people', label: 'People' },
  { section: 'topics', href: '/topics', label: 'Topics' },
  { section: 'shifts', href: '/shifts', label: 'Shifts' },
];

/** The page shell: skip link, banner with navigation, main landmark, footer. */
export function renderPage(options: PageOptions): string {
  const nav = NAV.map(
    (item) =>
      html`<li>
        <a href="${item.href}" ${item.section === options.section ? html` aria-current="page"` : ''}
          >${item.label}</a
        >
      </li>`,
  );
  const scripts = (options.scripts ?? []).map((name) => html`<script src="/assets/${name}" defer></script>`);
  const page: SafeHtml = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>${options.title} · onrecord</title>
        <link rel="stylesheet" href="/assets/app.css" />
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml" />
        ${scripts}
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="banner" role="banner">
          <div class="wrap banner-inner">
            <a class="brand" href="/" aria-label="onrecord home"
              ><span class="brand-mark" aria-hidden="true">“</span>onrecord</a
            >
            <nav aria-label="Main">
              <ul>
                ${nav}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">${options.body}</main>
        <footer class="wrap footer" role="contentinfo">
          <p>
            onrecord keeps the record of who said what, when, and when they changed their mind. Every
            statement links to its article. <a href="/openapi.json">JSON API</a>
          </p>
        </footer>
      </body>
    </html> `;
  return page.value;
}
