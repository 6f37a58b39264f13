import { describe, expect, it } from 'vitest';
import { compareStatements } from './compare.js';

// Statements written for these tests.
describe('compareStatements', () => {
  it('calls opposite stances on a known topic inconsistent, with the topic in the reason', () => {
    const result = compareStatements(
      'We will never give up our land.',
      'We might cede some districts for peace.',
    );
    expect(result.relation).toBe('inconsistent');
    expect(result.reason).toContain('ceding territory');
  });

  it('calls the same stance on a known topic consistent', () => {
    const result = compareStatements(
      'The allies must not lift sanctions.',
      'Sanctions should be tightened further.',
    );
    expect(result.relation).toBe('consistent');
  });

  it('reads a topic that should stay against one that should be lifted', () => {
    expect(compareStatements('Sanctions must stay.', 'Sanctions should be lifted.').relation).toBe(
      'inconsistent',
    );
    expect(compareStatements('The truce must hold.', 'A truce is necessary.').relation).toBe('consistent');
  });

  it('calls statements on different subjects unrelated', () => {
    const result = compareStatements(
      'The speed limit on motorways should be lowered.',
      'Hospitals need more nurses and doctors.',
    );
    expect(result.relation).toBe('unrelated');
    expect(result.reason).toMatch(/subject|common/);
  });

  it.each([
    [
      'We must raise the minimum wage.',
      'The minimum wage should be cut.',
      /"minimum wage": "raise" against "cut"/,
    ],
    ['Rent control is necessary to protect tenants.', 'We will abolish rent control.', /"rent control"/],
    ['Nuclear plants should stay open.', 'Nuclear plants must be phased out.', /"stay" against "phased"/],
    [
      'Gender studies should not be taught.',
      'Universities must keep gender studies.',
      /"keep" against "not"/,
    ],
  ])(
    'calls a shared subject pushed opposite ways inconsistent and names the change: %s / %s',
    (a, b, reason) => {
      const result = compareStatements(a, b);
      expect(result.relation).toBe('inconsistent');
      expect(result.reason).toMatch(/^opposite directions on /);
      expect(result.reason).toMatch(reason);
      // The order of the two statements does not change the answer.
      expect(compareStatements(b, a).relation).toBe('inconsistent');
    },
  );

  it('names the two political sides when statements lean opposite ways', () => {
    const result = compareStatements(
      'Nuclear power is the backbone of a secure energy supply.',
      'We reject nuclear power.',
    );
    expect(result.relation).toBe('inconsistent');
    expect(result.reason).toContain('opposite political sides');
    expect(result.reason).toContain('one for "nuclear", the other against it');
  });

  it('calls praise of what the other statement proposes consistent', () => {
    const result = compareStatements(
      'Cycle lanes should be built on every main road.',
      'Cycle lanes are important for safer roads.',
    );
    expect(result.relation).toBe('consistent');
    expect(result.reason).toContain('"important"');
  });

  it.each([
    ['The army should get more funding.', 'Public libraries must open on Sundays.'],
    ['Wind farms should be expanded across the north.', 'Pensions must rise with inflation.'],
  ])('calls two proposals on different subjects unrelated: %s / %s', (a, b) => {
    expect(compareStatements(a, b).relation).toBe('unrelated');
  });

  it('always answers with a reason and a confidence between a third and 1 (the chosen relation is the likeliest)', () => {
    for (const [a, b] of [
      ['', ''],
      ['Taxes should be raised.', 'Taxes should be cut.'],
      ['¿Qué?', '!!!'],
    ]) {
      const result = compareStatements(a, b);
      expect(['consistent', 'inconsistent', 'unrelated']).toContain(result.relation);
      expect(result.reason.length).toBeGreaterThan(0);
      expect(result.confidence).toBeGreaterThanOrEqual(0.33);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });
});
