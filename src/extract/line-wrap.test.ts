import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import { softLineBreaks } from './line-wrap.js';

// Texts written for these tests, wrapped by hand the way old wire copy is; the companies are invented.
const WIRE = [
  'Harlow Mills Containment Services',
  'Inc said its board declared an initial annual dividend of 10',
  'cts per share, its first payout, payable March 19 to holders of',
  'record March 12.',
  '    The company also said it expected "strong results in the',
  'second half, whatever the market does," and that it would buy',
  'back up to one mln of its shares over the next two years.',
  ' Reuter',
].join('\n');

const ONE_PARAGRAPH_A_LINE = [
  'Harlow Mills said on Monday it would close two plants in the north of the country.',
  'The closures would cost 400 jobs, the company said in a statement issued after the markets closed.',
  'Unions said they would fight the decision.',
  '- Plant one: Northtown',
  '- Plant two: Southport',
].join('\n');

function softOffsets(text: string): number[] {
  const soft = softLineBreaks(text);
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (soft(i)) offsets.push(i);
  return offsets;
}

describe('hard-wrapped text', () => {
  it('reads a line break inside a paragraph as a space, and indentation or a blank line as a paragraph', () => {
    const lines = WIRE.split('\n');
    const breaks = softOffsets(WIRE).map((offset) => WIRE.slice(0, offset).split('\n').length);
    // soft after lines 1, 2, 3 and 5, 6; not before the indented paragraph (after 4) or " Reuter" (after 7)
    expect(breaks).toEqual([1, 2, 3, 5, 6]);
    expect(lines).toHaveLength(8);
  });

  it('finds the speaker, the whole content and a quotation that run over line ends', () => {
    const statements = extract({ text: WIRE });
    expect(statements[0].speaker.name).toBe('Harlow Mills Containment Services Inc');
    expect(statements[0].quote.text.replace(/\s+/g, ' ')).toBe(
      'its board declared an initial annual dividend of 10 cts per share, its first payout, payable March 19 to holders of record March 12',
    );
    // the quotation runs over a line end and stays one quotation inside the mixed statement
    const mixed = statements[1];
    expect(mixed.kind).toBe('mixed');
    expect(mixed.speaker.name).toBe('Harlow Mills Containment Services Inc');
    expect(mixed.quote.text.replace(/\s+/g, ' ')).toBe(
      'it expected "strong results in the second half, whatever the market does," and that it would buy back up to one mln of its shares over the next two years',
    );
  });

  it('reads Windows line ends the same way', () => {
    const crlf = WIRE.replace(/\n/g, '\r\n');
    const statements = extract({ text: crlf });
    expect(statements.map((statement) => statement.quote.text.replace(/\s+/g, ' '))).toEqual(
      extract({ text: WIRE }).map((statement) => statement.quote.text.replace(/\s+/g, ' ')),
    );
  });

  it('leaves text with one paragraph a line, and lists, alone', () => {
    expect(softOffsets(ONE_PARAGRAPH_A_LINE)).toEqual([]);
    expect(softOffsets('A headline\nFirst line of the story that runs on\nand on.')).toEqual([]);
  });
});
