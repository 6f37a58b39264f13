import { describe, expect, it } from 'vitest';
import type { StatementRecord } from '../model/ledger.js';
import type { SaidOn, StatementKind } from '../model/statement.js';
import { frameText } from './frame.js';
import { detectShifts } from './shifts.js';

// Statements written for these tests: one invented speaker, invented outlets.
let counter = 0;
function record(
  text: string,
  saidOn: SaidOn | null,
  options: { article?: string; kind?: StatementKind; venue?: string; frame?: boolean } = {},
): StatementRecord {
  counter++;
  return {
    id: `s${counter}`,
    articleId: options.article ?? `a${counter}`,
    personId: 'p1',
    published: saidOn?.to ?? null,
    outlet: 'Example Wire',
    articleTitle: null,
    frame: options.frame === false ? null : frameText(text),
    sightings: 0,
    kind: options.kind ?? 'indirect',
    quote: { start: 0, end: text.length, text },
    speaker: { name: 'Ana Petrenko', kind: 'person', mention: null },
    cue: null,
    venue: options.venue ? { text: options.venue } : null,
    saidOn,
    confidence: 0.9,
  };
}
const on = (date: string): SaidOn => ({ from: date, to: date, text: date, basis: 'explicit' });
const before = (date: string): SaidOn => ({ from: '', to: date, text: 'previously', basis: 'before' });

describe('detectShifts', () => {
  it('finds the turn from "would not cede" to "might cede" with a condition, earlier back-reference first', () => {
    const later = record(
      'she might be willing to cede occupied districts in exchange for a security guarantee',
      on('2024-03-08'),
      { article: 'x', venue: 'Radio Example' },
    );
    const earlier = record('she would not cede any territory', before('2024-03-09'), { article: 'x' });
    const shifts = detectShifts([later, earlier]);
    expect(shifts).toHaveLength(1);
    const [shift] = shifts;
    expect(shift.topic).toBe('cede-territory');
    expect(shift.earlier.statementId).toBe(earlier.id);
    expect(shift.later.statementId).toBe(later.id);
    expect(shift.relation).toBe('condition');
    expect(shift.reason).toBe(
      'said she would not cede any territory (before 2024-03-09, Example Wire); now might be willing to cede occupied districts in exchange for a security guarantee (2024-03-08, Radio Example)',
    );
    expect(shift.confidence).toBeGreaterThan(0.7);
  });

  it('reports nothing when the stance holds', () => {
    const shifts = detectShifts([
      record('We will never give up our land.', on('2023-01-10')),
      record('Ukraine refused to hand over the region.', on('2023-05-10')),
      record('He said talks were possible.', on('2023-05-11')),
    ]);
    expect(shifts).toEqual([]);
  });

  it('ignores a contradiction inside one article unless one side is a back-reference', () => {
    const shifts = detectShifts([
      record('We will never give up our land.', on('2023-01-10'), { article: 'same' }),
      record('We might cede some land.', on('2023-01-10'), { article: 'same' }),
    ]);
    expect(shifts).toEqual([]);
  });

  it('frames statements stored without a frame, and orders by the day said', () => {
    const shifts = detectShifts([
      record('Sanctions could be lifted soon.', on('2023-06-01'), { frame: false }),
      record('The allies must not lift sanctions.', on('2022-04-01'), { frame: false, kind: 'direct' }),
    ]);
    expect(shifts).toHaveLength(1);
    expect(shifts[0].earlier.text).toBe('The allies must not lift sanctions.');
    expect(shifts[0].relation).toBe('modality');
  });

  it('skips statements it cannot date and repeated copies of one quote', () => {
    const shifts = detectShifts([
      record('We will never give up our land.', null),
      record('We will never give up our land.', on('2023-01-01')),
      record('We will never give up our land!', on('2023-02-01')),
    ]);
    expect(shifts).toEqual([]);
  });
});

describe('detectShifts precision rules', () => {
  it('does not pair different acts on one topic', () => {
    const shifts = detectShifts([
      record('We will lift sanctions on our own citizens who defend the state.', on('2022-02-24'), {
        kind: 'direct',
      }),
      record('I want tougher sanctions against the aggressor.', on('2022-04-21'), { kind: 'direct' }),
    ]);
    expect(shifts).toEqual([]);
  });

  it('does not count a reported fact as a position', () => {
    const shifts = detectShifts([
      record('the government lifted sanctions on the pipeline last year', on('2022-02-17')),
      record('the government must not lift sanctions', on('2022-05-02')),
    ]);
    expect(shifts).toEqual([]);
  });

  it('does not take a conditional refusal as the old position', () => {
    const shifts = detectShifts([
      record('We will not negotiate until the troops leave.', on('2022-03-01')),
      record('We are ready to negotiate.', on('2022-09-01')),
    ]);
    expect(shifts).toEqual([]);
  });
});
