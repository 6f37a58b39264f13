import { OnrecordError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { renderArticleBody } from '../article-body.js';
import { html } from '../escape.js';
import { formatDate, formatSaidOn, plural } from '../format.js';
import { renderPage } from '../layout.js';
import { personHref, sameOutlet } from '../statement-item.js';

/** An article with its statements highlighted in place; caption and dateline set apart. */
export async function renderArticlePage(store: Store, id: string): Promise<string> {
  const article = await store.getArticle(id);
  if (!article) throw new OnrecordError('NOT_FOUND', `no article with id "${id}"`);
  const statements = [...article.statements].sort((a, b) => a.quote.start - b.quote.start);
  const captions = article.captions ?? [];
  const dateline = article.dateline ?? null;
  const safeUrl = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;

  const body = html`<div class="article-layout">
    <article class="article" aria-labelledby="article-title">
      <header class="article-head">
        <p class="kicker">
          ${article.outlet ?? 'Article'}${article.published ? html` · <time datetime="${article.published}">${formatDate(article.published)}</time>` : ''}
        </p>
        <h1 id="article-title">${article.title || 'Untitled article'}</h1>
        ${article.byline ? html`<p class="byline">${article.byline}</p>` : ''}
        ${
          dateline
            ? html`<p class="dateline">
                <span class="label">Dateline</span>
                ${[dateline.place, dateline.agency, dateline.date ? formatDate(dateline.date) : null].filter(Boolean).join(' · ') || dateline.text}
              </p>`
            : ''
        }
        ${safeUrl ? html`<p class="source-link"><a href="${safeUrl}" rel="noopener noreferrer nofollow">Original article</a></p>` : ''}
        ${article.skippedReason ? html`<p class="notice">Not extracted: ${article.skippedReason}</p>` : ''}
      </header>
      ${captions.map(
        (caption) =>
          html`<figure class="caption">
            <figcaption>
              <span class="label">Caption</span>
              ${caption.text}${caption.credit && !caption.text.includes(caption.credit) ? html` <span class="credit">${caption.credit}</span>` : ''}
            </figcaption>
          </figure>`,
      )}
      <div class="legend" aria-hidden="true">
        <span class="hl hl-quote">statement</span><span class="hl hl-speaker">speaker</span
        ><span class="hl hl-cue">cue</span
        ><span class="legend-hint">Hover or tab to a statement for who, how, where and when.</span>
      </div>
      <div class="article-text">${renderArticleBody(article.text, statements, { dateline, captions })}</div>
    </article>
    <section class="article-statements" aria-labelledby="statements-title">
      <h2 id="statements-title">${plural(statements.length, 'statement')} in this article</h2>
      <ol class="statement-table">
        ${statements.map(
          (statement) =>
            html`<li>
              <a class="jump" href="#s-${statement.id}">${statement.quote.text}</a>
              <span class="meta"
                >${statement.personId ? html`<a class="speaker" href="${personHref(statement.personId)}">${statement.speaker.name}</a>` : html`<span class="speaker">${statement.speaker.name}</span>`}${statement.cue ? html`<span class="cue">${statement.cue.text}</span>` : ''}${statement.venue && !sameOutlet(statement.venue.text, statement.outlet) ? html`<span class="venue">${statement.venue.text}</span>` : ''}<span
                  class="said"
                  >${formatSaidOn(statement.saidOn, statement.published)}</span
                ><span class="kind">${statement.kind}</span></span
              >
            </li>`,
        )}
      </ol>
    </section>
  </div>`;
  return renderPage({ title: article.title || 'Article', section: 'none', body, scripts: ['article.js'] });
}
