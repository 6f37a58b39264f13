import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines.js';

async function collect(chunks: string[], maxLineChars = 100) {
  async function* source() {
    yield* chunks;
  }
  const lines = [];
  for await (const line of splitLines(source(), { maxLineChars })) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it.each([
    { name: 'LF', chunks: ['a\nb\n'], expected: ['a', 'b'] },
    { name: 'CRLF split across chunks', chunks: ['a\r', '\nb'], expected: ['a', 'b'] },
    { name: 'CR only', chunks: ['a\rb'], expected: ['a', 'b'] },
    { name: 'empty lines count', chunks: ['a\n\nb'], expected: ['a', '', 'b'] },
    { name: 'line across chunks', chunks: ['ab', 'cd\ne'], expected: ['abcd', 'e'] },
    {
      name: 'mixed ends in one chunk',
      chunks: ['a\r\nb\rc\nd\r\n\re'],
      expected: ['a', 'b', 'c', 'd', '', 'e'],
    },
    {
      name: 'CR at the end of one chunk, LF later in the next',
      chunks: ['a\r', 'b\nc'],
      expected: ['a', 'b', 'c'],
    },
  ])('$name', async ({ chunks, expected }) => {
    const lines = await collect(chunks);
    expect(lines.map((line) => line.text)).toEqual(expected);
    expect(lines.map((line) => line.line)).toEqual(expected.map((_, index) => index + 1));
  });

  it('reports an overlong line once, without keeping it, and goes on', async () => {
    const lines = await collect(['short\n', 'x'.repeat(80), 'x'.repeat(80), 'x'.repeat(80), '\nnext\n'], 100);
    expect(lines).toEqual([
      { line: 1, text: 'short' },
      { line: 2, text: null, tooLong: true },
      { line: 3, text: 'next' },
    ]);
  });
});
