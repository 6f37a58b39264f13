import { describe, expect, it } from 'vitest';
import type { Statement } from '../model/statement.js';
import { extract } from './index.js';

function expectValidOffsets(text: string, statements: Statement[]): void {
  for (const statement of statements) {
    expect(statement.quote.start).toBeGreaterThanOrEqual(0);
    expect(statement.quote.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
  }
}

// Timing is measured by the benchmark (bench/), not asserted here: these only prove nothing throws.
describe('extract on hostile input', () => {
  const inputs: Array<[string, string]> = [
    ['empty', ''],
    ['white space', ' \n\n\t '],
    ['binary bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1')],
    ['lone surrogates and controls', '\uD800 said \uDFFF "x\u0000y," he said.\u0007'],
    ['10,000 unbalanced quotation marks', `Reed said ${'"'.repeat(10_000)} and ${'“ '.repeat(5_000)}`],
    ['thousands of reporting verbs in one sentence', 'Tom said '.repeat(20_000)],
    ['thousands of split quotes', '"a," Tom said, "b" '.repeat(5_000)],
    [
      'non-English text',
      'Зеленський заявив, що Україна не поступиться територією. «Ми не здамося», — сказав він.',
    ],
    ['right-to-left text', 'قال الرئيس إن "المفاوضات مستمرة" يوم الجمعة.'],
  ];

  it.each(inputs)('%s', (_name, text) => {
    const statements = extract({ text });
    expectValidOffsets(text, statements);
  });

  it('a 10 MB text', () => {
    const paragraph =
      'The river rose through the night and the old stone bridge, built in 1890, held against the water ' +
      'while crews stacked sandbags along the east bank. "The roads are open," Tom Reed said.\n';
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const statements = extract({ text });
    expect(statements.length).toBeGreaterThan(1000);
    expectValidOffsets(text, statements.slice(0, 100));
  }, 180_000);

  it('non-string text is treated as empty', () => {
    expect(extract({ text: undefined as unknown as string })).toEqual([]);
  });
});
