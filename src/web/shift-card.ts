import type { Shift, ShiftEvidence } from '../model/ledger.js';
import { html, type SafeHtml } from './escape.js';
import { formatSaidOn } from './format.js';
import { articleHref, personHref, topicHref } from './statement-item.js';

function renderEvidence(evidence: ShiftEvidence, label: string): SafeHtml {
  return html`<div class="evidence">
    <p class="evidence-label">
      ${label}
      <span class="said">${formatSaidOn(evidence.saidOn)}</span
      >${evidence.outlet ? html` <span class="outlet">${evidence.outlet}</span>` : ''}
    </p>
    <blockquote class="quote">${evidence.text}</blockquote>
    <p>
      <a class="source" href="${articleHref(evidence.articleId, evidence.statementId)}"
        >Read it in the article</a
      >
    </p>
  </div>`;
}

/** A shift with its two statements side by side, each one click from its article. */
export function renderShiftCard(
  shift: Shift,
  options: { labels?: Map<string, string>; showPerson?: boolean } = {},
): SafeHtml {
  const topic = options.labels?.get(shift.topic) ?? shift.topic;
  return html`<article
    class="shift"
    id="shift-${shift.id}"
    aria-label="Shift by ${shift.personName} on ${topic}"
  >
    <header class="shift-head">
      ${options.showPerson === false ? '' : html`<a class="speaker" href="${personHref(shift.personId)}">${shift.personName}</a>`}
      <a class="topic" href="${topicHref(shift.topic)}">${topic}</a>
      <span class="relation relation-${shift.relation}">${shift.relation}</span>
      <span class="confidence" title="confidence">${Math.round(shift.confidence * 100)}%</span>
    </header>
    <p class="reason">${shift.reason}</p>
    <div class="pair">
      ${renderEvidence(shift.earlier, 'Earlier')}<span class="arrow" aria-hidden="true">→</span
      >${renderEvidence(shift.later, 'Later')}
    </div>
  </article>`;
}
