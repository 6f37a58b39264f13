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

  it('always answers with a reason and a confidence between 0 and 1', () => {
    for (const [a, b] of [
      ['', ''],
      ['Taxes should be raised.', 'Taxes should be cut.'],
      ['¿Qué?', '!!!'],
    ]) {
      const result = compareStatements(a, b);
      expect(['consistent', 'inconsistent', 'unrelated']).toContain(result.relation);
      expect(result.reason.length).toBeGreaterThan(0);
      expect(result.confidence).toBeGreaterThanOrEqual(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    }
  });
});
