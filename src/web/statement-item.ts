import type { StatementRecord } from '../model/ledger.js';
import { html, pathSegment, type SafeHtml } from './escape.js';
import { formatDate, formatSaidOn } from './format.js';

export function articleHref(articleId: string, statementId?: string): string {
  return `/articles/${pathSegment(articleId)}${statementId ? `#s-${pathSegment(statementId)}` : ''}`;
}

export function personHref(personId: string): string {
  return `/people/${pathSegment(personId)}`;
}

export function topicHref(key: string): string {
  return `/topics/${pathSegment(key)}`;
}

const KIND_LABEL = { direct: 'direct', indirect: 'indirect', mixed: 'mixed' } as const;

/**
 * One statement in a list: the quote, then who, when, where. assets/search.js builds the same
 * structure with textContent when results arrive as you type; keep the two in step.
 */
export function renderStatementItem(statement: StatementRecord, options: { showSpeaker?: boolean } = {}): SafeHtml {
  const showSpeaker = options.showSpeaker ?? true;
  const speaker = statement.personId
    ? html`<a class="speaker" href="${personHref(statement.personId)}">${statement.speaker.name}</a>`
    : html`<span class="speaker">${statement.speaker.name}</span>`;
  const title = statement.speaker.title ? html`<span class="title">${statement.speaker.title}</span>` : '';
  const venue = statement.venue ? html`<span class="venue">${statement.venue.text}</span>` : '';
  return html`<li class="result kind-${KIND_LABEL[statement.kind] ?? 'direct'}">
<blockquote class="quote">${statement.quote.text}</blockquote>
<p class="meta">${showSpeaker ? html`${speaker}${title}` : ''}<span class="said" title="${statement.saidOn?.text ?? ''}">${formatSaidOn(statement.saidOn, statement.published)}</span>${venue}${statement.outlet ? html`<span class="outlet">${statement.outlet}</span>` : ''}<span class="kind">${statement.kind}</span><a class="source" href="${articleHref(statement.articleId, statement.id)}">${statement.articleTitle || `article of ${formatDate(statement.published)}`}</a></p>
</li>`;
}
