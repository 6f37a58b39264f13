import type { Caption, Dateline } from '../model/article.js';
import type { StatementRecord } from '../model/ledger.js';
import { html, type SafeHtml } from './escape.js';
import { formatSaidOn } from './format.js';

type Role = 'quote' | 'cue' | 'speaker' | 'dateline' | 'caption';

interface Mark {
  start: number;
  end: number;
  role: Role;
  statement: StatementRecord | null;
  /** The statement's first quote part carries the anchor that links point to. */
  anchor: boolean;
}

/** Quote spans win over cues, cues over speaker mentions; overlapping lesser spans are dropped. */
const PRIORITY: Role[] = ['quote', 'cue', 'speaker', 'dateline', 'caption'];

function validSpan(text: string, start: number | undefined, end: number | undefined): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) <= text.length &&
    (start as number) < (end as number)
  );
}

function collectMarks(
  text: string,
  statements: StatementRecord[],
  options: { dateline?: Dateline | null; captions?: Caption[] },
): Mark[] {
  const candidates: Mark[] = [];
  for (const statement of statements) {
    const parts = statement.parts && statement.parts.length > 0 ? statement.parts : [statement.quote];
    parts.forEach((part, index) =>
      candidates.push({ start: part.start, end: part.end, role: 'quote', statement, anchor: index === 0 }),
    );
    if (statement.cue) candidates.push({ ...spanOf(statement.cue), role: 'cue', statement, anchor: false });
    if (statement.speaker.mention) {
      candidates.push({ ...spanOf(statement.speaker.mention), role: 'speaker', statement, anchor: false });
    }
  }
  if (options.dateline)
    candidates.push({ ...spanOf(options.dateline), role: 'dateline', statement: null, anchor: false });
  for (const caption of options.captions ?? []) {
    if (caption.start !== undefined && caption.end !== undefined) {
      candidates.push({
        start: caption.start,
        end: caption.end,
        role: 'caption',
        statement: null,
        anchor: false,
      });
    }
  }
  const accepted: Mark[] = [];
  for (const role of PRIORITY) {
    const ofRole = candidates
      .filter((mark) => mark.role === role && validSpan(text, mark.start, mark.end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    for (const mark of ofRole) {
      if (!accepted.some((other) => mark.start < other.end && other.start < mark.end)) accepted.push(mark);
    }
  }
  return accepted.sort((a, b) => a.start - b.start);
}

function spanOf(span: { start?: number; end?: number }): { start: number; end: number } {
  return { start: span.start ?? -1, end: span.end ?? -1 };
}

/** The tooltip of a highlighted statement: who, by which cue, where, and when (with the words that dated it). */
export function describeStatement(statement: StatementRecord): SafeHtml {
  const cue = statement.cue ? `“${statement.cue.text.replace(/[:,]$/, '')}”` : 'no cue';
  const said = formatSaidOn(statement.saidOn, statement.published);
  const evidence =
    statement.saidOn && statement.saidOn.basis !== 'published' && statement.saidOn.text
      ? ` from “${statement.saidOn.text}”`
      : '';
  return html`<span class="tip-who">${statement.speaker.name}</span
    >${statement.speaker.title ? html`<span class="tip-title">${statement.speaker.title}</span>` : ''}<span
      class="tip-line"
      >${cue} · ${statement.venue ? `${statement.venue.text} · ` : ''}${statement.kind} quote</span
    ><span class="tip-line">said ${said}${evidence}</span>`;
}

/**
 * The article text with every statement highlighted in place through its offsets: quote content,
 * speaker mention and cue in distinct colours. Each quote is a focusable <mark> whose tooltip (shown on
 * hover and on keyboard focus) names speaker, cue, venue and date. Captions are left out of the flow
 * (the page shows them apart); the dateline is set off in place.
 */
export function renderArticleBody(
  text: string,
  statements: StatementRecord[],
  options: { dateline?: Dateline | null; captions?: Caption[] } = {},
): SafeHtml {
  const marks = collectMarks(text, statements, options);
  const out: SafeHtml[] = [];
  let position = 0;
  let tip = 0;
  for (const mark of marks) {
    if (mark.start > position) out.push(html`${text.slice(position, mark.start)}`);
    const slice = text.slice(mark.start, mark.end);
    position = mark.end;
    if (mark.role === 'caption') {
      // Skip the caption and the blank lines after it; it is shown in its own figure.
      while (position < text.length && /\s/.test(text[position])) position++;
      continue;
    }
    if (mark.role === 'dateline') {
      out.push(html`<span class="dateline-inline">${slice}</span>`);
      continue;
    }
    const statement = mark.statement as StatementRecord;
    if (mark.role === 'quote') {
      tip += 1;
      const id = `tip-${tip}`;
      out.push(
        html`<span class="stmt"
          ><mark
            class="hl hl-quote kind-${statement.kind}"
            ${mark.anchor ? html` id="s-${statement.id}"` : ''}
            tabindex="0"
            aria-describedby="${id}"
            data-statement="${statement.id}"
            >${slice}</mark
          ><span class="tip" role="tooltip" id="${id}">${describeStatement(statement)}</span></span
        >`,
      );
    } else if (mark.role === 'cue') {
      out.push(html`<mark class="hl hl-cue" title="cue: ${statement.cue?.lemma ?? ''}">${slice}</mark>`);
    } else {
      out.push(html`<mark class="hl hl-speaker" title="speaker: ${statement.speaker.name}">${slice}</mark>`);
    }
  }
  if (position < text.length) out.push(html`${text.slice(position)}`);
  return html`${out}`;
}
