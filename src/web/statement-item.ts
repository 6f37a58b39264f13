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

/** "the Harbour Times" told to the Harbour Times is no news: the venue is shown only when it adds something. */
export function sameOutlet(venue: string, outlet: string | null): boolean {
  if (!outlet) return false;
  const normal = (value: string) =>
    value
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim();
  return normal(venue) === normal(outlet);
}

/** The words of a search query as one case-insensitive pattern (null when there are none). */
export function termPattern(query: string | undefined): RegExp | null {
  const words = (query ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && !/^(and|or|not|near)$/i.test(word))
    .slice(0, 12)
    // Full-text search stems ("territory" finds "territories"): mark whole words that share the stem.
    .map((word) => `${word.length > 4 ? word.replace(/(ies|es|s|ed|ing|y|e)$/i, '') : word}[\\p{L}\\p{N}]*`);
  return words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${words.join('|')})`, 'giu') : null;
}

/** Text with the query's words wrapped in <mark class="hit">; every piece still goes through escaping. */
export function markTerms(text: string, pattern: RegExp): SafeHtml {
  return html`${text.split(pattern).map((piece, index) => (index % 2 === 1 ? html`<mark class="hit">${piece}</mark>` : piece))}`;
}

const KIND_LABEL = { direct: 'direct', indirect: 'indirect', mixed: 'mixed' } as const;

/**
 * One statement in a list: the quote, then who, when, where. assets/search.js builds the same
 * structure with textContent when results arrive as you type; keep the two in step.
 */
export function renderStatementItem(
  statement: StatementRecord,
  options: { showSpeaker?: boolean; terms?: RegExp | null } = {},
): SafeHtml {
  const showSpeaker = options.showSpeaker ?? true;
  const speaker = statement.personId
    ? html`<a class="speaker" href="${personHref(statement.personId)}">${statement.speaker.name}</a>`
    : html`<span class="speaker">${statement.speaker.name}</span>`;
  const title = statement.speaker.title ? html`<span class="title">${statement.speaker.title}</span>` : '';
  const venue =
    statement.venue && !sameOutlet(statement.venue.text, statement.outlet)
      ? html`<span class="venue">${statement.venue.text}</span>`
      : '';
  return html`<li class="result kind-${KIND_LABEL[statement.kind] ?? 'direct'}">
    <blockquote class="quote">
      ${options.terms ? markTerms(statement.quote.text, options.terms) : statement.quote.text}
    </blockquote>
    <p class="meta">
      ${showSpeaker ? html`${speaker}${title}` : ''}<span class="said" title="${statement.saidOn?.text ?? ''}"
        >${formatSaidOn(statement.saidOn, statement.published)}</span
      >${venue}${statement.outlet ? html`<span class="outlet">${statement.outlet}</span>` : ''}<span
        class="kind"
        >${statement.kind}</span
      ><a class="source" href="${articleHref(statement.articleId, statement.id)}"
        >${statement.articleTitle || `article of ${formatDate(statement.published)}`}</a
      >
    </p>
  </li>`;
}
