import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import { detectShifts } from '../ledger/shifts.js';
import { toStatementRecords } from '../ledger/statement-records.js';
import { renderTimeline } from './timeline-svg.js';

// A sentence written for this test: an invented minister and countries.
describe('renderTimeline', () => {
  it('draws a turn the report names beside one statement as an arc that ends on it, not a loop', () => {
    const text =
      'In a U-turn, Defence Minister Ana Petrenko said on Tuesday that Ruritania would send tanks to Ukraine.';
    const statements = extract({ id: 'a1', text, published: '2024-03-08' });
    const records = toStatementRecords(statements, text, {
      id: 'a1',
      published: '2024-03-08',
      outlet: 'Example Wire',
    });
    const shifts = detectShifts(records);
    expect(shifts).toHaveLength(1);
    expect(shifts[0].earlier.statementId).toBe(shifts[0].later.statementId);
    const svg = String(renderTimeline(records, shifts, { title: 'Ana Petrenko' }));
    const arc = /<path\s+class="shift-arc"\s+d="M([\d.]+) ([\d.]+) Q[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(
      svg,
    );
    expect(arc).not.toBeNull();
    const [, fromX, fromY, toX, toY] = arc!.map(Number);
    expect(fromX).toBeLessThan(toX);
    expect(fromY).toBe(toY);
  });
});
