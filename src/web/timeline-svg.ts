import type { Shift, StatementRecord } from '../model/ledger.js';
import { statementDate } from '../api/person-view.js';
import { html, type SafeHtml } from './escape.js';
import { formatDate, formatSaidOn } from './format.js';
import { articleHref } from './statement-item.js';

const WIDTH = 960;
const LEFT = 178;
const RIGHT = 28;
const TOP = 16;
const LANE = 46;
const AXIS = 34;
const MAX_LANES = 8;
const OTHER = '__other__';
const OFFSETS = [0, -12, 12];
const DOT_GAP = 12;
const DAY = 86_400_000;

interface Lane {
  key: string;
  label: string;
  y: number;
}

function toDay(iso: string): number | null {
  const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? null : Math.round(time / DAY);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function chooseLanes(statements: StatementRecord[], shifts: Shift[], labels: Map<string, string>): Lane[] {
  const counts = new Map<string, number>();
  let untagged = 0;
  for (const statement of statements) {
    const topics = statement.frame?.topics ?? [];
    if (topics.length === 0) untagged++;
    for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  // Topics with a shift always get a lane: the shift is what the reader came for.
  const shiftTopics = new Set(shifts.map((shift) => shift.topic));
  const ranked = [...counts.keys()].sort(
    (a, b) =>
      Number(shiftTopics.has(b)) - Number(shiftTopics.has(a)) ||
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      a.localeCompare(b),
  );
  const keys = ranked.slice(0, MAX_LANES);
  for (const topic of shiftTopics) if (!keys.includes(topic)) keys.push(topic);
  const hasOther = untagged > 0 || ranked.length > keys.length;
  const all = hasOther ? [...keys, OTHER] : keys;
  return all.map((key, index) => ({
    key,
    label: key === OTHER ? 'other statements' : (labels.get(key) ?? key),
    y: TOP + index * LANE + LANE / 2,
  }));
}

function ticks(min: number, max: number): { day: number; label: string }[] {
  const start = new Date(min * DAY);
  const months = Math.max(1, (max - min) / 30.4);
  const step = [1, 2, 3, 6, 12, 24, 60].find((candidate) => months / candidate <= 8) ?? 120;
  const out: { day: number; label: string }[] = [];
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + 1;
  for (let guard = 0; guard < 400; guard++) {
    if (month > 11) {
      year += Math.floor(month / 12);
      month %= 12;
    }
    const day = Math.round(Date.UTC(year, month, 1) / DAY);
    if (day > max) break;
    const index = year * 12 + month;
    if (index % step === 0) {
      const iso = new Date(day * DAY).toISOString().slice(0, 10);
      out.push({ day, label: step >= 12 ? String(year) : formatDate(iso).replace(/^1 /, '') });
    }
    month += 1;
  }
  return out;
}

/**
 * A person's statements over time, rendered on the server as inline SVG: dates across, topics as
 * lanes, one dot per statement (linking to its place in its article), shifts drawn as arcs between
 * their two statements. Colour tells affirm from deny; a dashed tail marks "said before this date".
 */
export function renderTimeline(
  statements: StatementRecord[],
  shifts: Shift[],
  options: { labels?: Map<string, string>; title: string },
): SafeHtml {
  const labels = options.labels ?? new Map<string, string>();
  const dated = statements
    .map((statement) => ({ statement, day: toDayOrNull(statementDate(statement)) }))
    .filter((entry): entry is { statement: StatementRecord; day: number } => entry.day !== null);
  if (dated.length === 0) {
    return html`<p class="empty">No dated statements to chart.</p>`;
  }
  const lanes = chooseLanes(
    dated.map((entry) => entry.statement),
    shifts,
    labels,
  );
  const laneOf = new Map(lanes.map((lane) => [lane.key, lane]));
  let min = Math.min(...dated.map((entry) => entry.day));
  let max = Math.max(...dated.map((entry) => entry.day));
  if (max - min < 30) {
    const middle = (min + max) / 2;
    min = Math.floor(middle - 15);
    max = Math.ceil(middle + 15);
  }
  const pad = (max - min) * 0.04;
  min -= pad;
  max += pad;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (day: number) => LEFT + ((day - min) / (max - min)) * plotWidth;
  const height = TOP + lanes.length * LANE + AXIS;
  const axisY = TOP + lanes.length * LANE;

  // Dense charts get smaller dots so clusters stay readable.
  const radius = dated.length > 150 ? 5 : 6.5;
  const positions = new Map<string, { x: number; y: number }>();
  // Per lane, the last x used at each vertical offset: dots close in time step up or down instead of
  // hiding each other (statements arrive in date order, so a left-to-right sweep is enough).
  const lastX = new Map<string, number[]>();
  const dots: SafeHtml[] = [];
  for (const { statement, day } of dated) {
    const topics = (statement.frame?.topics ?? []).filter((topic) => laneOf.has(topic));
    const keys = topics.length > 0 ? topics : laneOf.has(OTHER) ? [OTHER] : [];
    for (const key of keys) {
      const lane = laneOf.get(key) as Lane;
      const cx = x(day);
      const used = lastX.get(key) ?? OFFSETS.map(() => -Infinity);
      let slot = used.findIndex((previous) => cx - previous >= DOT_GAP);
      if (slot < 0) slot = used.indexOf(Math.min(...used));
      used[slot] = cx;
      lastX.set(key, used);
      const cy = lane.y + OFFSETS[slot];
      positions.set(`${key}|${statement.id}`, { x: cx, y: cy });
      const stance = !statement.frame ? 'none' : statement.frame.positive ? 'affirm' : 'deny';
      const label = `${formatSaidOn(statement.saidOn, statement.published)}: ${truncate(statement.quote.text, 120)}`;
      const before =
        statement.saidOn?.basis === 'before'
          ? html`<line
              class="before-tail"
              x1="${cx.toFixed(1)}"
              y1="${cy.toFixed(1)}"
              x2="${(cx - 26).toFixed(1)}"
              y2="${cy.toFixed(1)}"
            ></line>`
          : '';
      dots.push(
        html`<a class="dot-link" href="${articleHref(statement.articleId, statement.id)}"
          >${before}<circle
            class="dot dot-${stance} kind-${statement.kind}"
            cx="${cx.toFixed(1)}"
            cy="${cy.toFixed(1)}"
            r="${radius}"
            ><title>${label}</title></circle
          ></a
        >`,
      );
    }
  }

  const arcs: SafeHtml[] = [];
  for (const shift of shifts) {
    const lane = laneOf.get(shift.topic);
    if (!lane) continue;
    const to =
      positions.get(`${shift.topic}|${shift.later.statementId}`) ?? evidencePoint(shift.later, lane, x);
    // A turn the report names beside one statement ("In a U-turn, X said") has no dot of its own: its
    // arc starts a little before the statement instead of at the statement itself.
    const from =
      shift.earlier.statementId === shift.later.statementId
        ? to && { x: Math.max(LEFT, to.x - 2 * DOT_GAP - 12), y: to.y }
        : (positions.get(`${shift.topic}|${shift.earlier.statementId}`) ??
          evidencePoint(shift.earlier, lane, x));
    if (!from || !to) continue;
    const lift = Math.max(18, Math.min(34, Math.abs(to.x - from.x) / 4));
    const midX = (from.x + to.x) / 2;
    const peak = Math.min(from.y, to.y) - lift;
    arcs.push(
      html`<a
        class="shift-link"
        href="/shifts#shift-${shift.id}"
        aria-label="Shift on ${lane.label}: ${shift.reason}"
        ><path
          class="shift-arc"
          d="M${from.x.toFixed(1)} ${from.y.toFixed(1)} Q${midX.toFixed(1)} ${peak.toFixed(1)} ${to.x.toFixed(1)} ${to.y.toFixed(1)}"
          ><title>Shift: ${shift.reason}</title></path
        ><circle class="shift-end" cx="${to.x.toFixed(1)}" cy="${to.y.toFixed(1)}" r="10"></circle
        ><text
          class="shift-label"
          x="${midX.toFixed(1)}"
          y="${(peak + (lift > 20 ? 10 : 4)).toFixed(1)}"
          text-anchor="middle"
          >shift</text
        ></a
      >`,
    );
  }

  const laneMarks = lanes.map(
    (lane, index) =>
      html`<g class="lane${index % 2 ? ' lane-alt' : ''}"
        ><rect x="0" y="${lane.y - LANE / 2}" width="${WIDTH}" height="${LANE}"></rect
        ><text class="lane-label" x="12" y="${lane.y + 4}">${truncate(lane.label, 24)}</text></g
      >`,
  );
  const tickMarks = ticks(Math.ceil(min), Math.floor(max)).map(
    (tick) =>
      html`<g class="tick"
        ><line
          x1="${x(tick.day).toFixed(1)}"
          y1="${TOP}"
          x2="${x(tick.day).toFixed(1)}"
          y2="${axisY + 5}"
        ></line
        ><text x="${x(tick.day).toFixed(1)}" y="${axisY + 20}" text-anchor="middle">${tick.label}</text></g
      >`,
  );

  return html`<figure
    class="timeline"
    tabindex="0"
    aria-label="${options.title} (scrolls sideways on narrow screens)"
  >
    <svg
      class="timeline-svg"
      viewBox="0 0 ${WIDTH} ${height}"
      role="group"
      aria-labelledby="timeline-title timeline-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="timeline-title">${options.title}</title>
      <desc id="timeline-desc">
        ${dated.length} dated statements across ${lanes.length} topic
        lanes${shifts.length ? `, ${shifts.length} position shift${shifts.length === 1 ? '' : 's'} marked` : ''}.
        Each dot links to the statement in its article.
      </desc>
      ${laneMarks}${tickMarks}
      <line class="axis" x1="${LEFT}" y1="${axisY}" x2="${WIDTH - RIGHT}" y2="${axisY}"></line>
      ${arcs}${dots}
    </svg>
    <figcaption class="timeline-key">
      <span class="key key-affirm">affirms</span><span class="key key-deny">denies</span
      ><span class="key key-none">unclassified</span><span class="key key-before">said before the date</span
      ><span class="key key-shift">position shift</span>
    </figcaption>
  </figure>`;
}

function toDayOrNull(iso: string | null): number | null {
  return iso ? toDay(iso) : null;
}

function evidencePoint(
  evidence: Shift['earlier'],
  lane: Lane,
  x: (day: number) => number,
): { x: number; y: number } | null {
  const iso = evidence.saidOn ? evidence.saidOn.from || evidence.saidOn.to : null;
  const day = iso ? toDay(iso) : null;
  return day === null ? null : { x: x(day), y: lane.y };
}
