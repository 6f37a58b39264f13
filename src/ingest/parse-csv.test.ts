import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, CsvParser } from './parse-csv.js';

function parse(text: string, chunkSize = text.length || 1, maxRecordChars?: number): CsvRecord[] {
  const parser = new CsvParser({ maxRecordChars });
  const records: CsvRecord[] = [];
  for (let index = 0; index < text.length; index += chunkSize) {
    records.push(...parser.push(text.slice(index, index + chunkSize)));
  }
  records.push(...parser.end());
  return records;
}

const cases: Array<{ name: string; input: string; expected: CsvRecord[] }> = [
  {
    name: 'plain rows',
    input: 'a,b\n1,2\n',
    expected: [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ],
  },
  {
    name: 'no final newline',
    input: 'a,b\n1,2',
    expected: [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ],
  },
  {
    name: 'CRLF',
    input: 'a,b\r\n1,2\r\n',
    expected: [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ],
  },
  {
    name: 'quoted delimiter and doubled quote',
    input: '"x, y","say ""hi"""\n',
    expected: [{ line: 1, fields: ['x, y', 'say "hi"'] }],
  },
  {
    name: 'multi-line field keeps its line breaks',
    input: 'a,"one\r\ntwo"\nb,c\n',
    expected: [
      { line: 1, fields: ['a', 'one\ntwo'] },
      { line: 3, fields: ['b', 'c'] },
    ],
  },
  { name: 'empty fields', input: ',,\n', expected: [{ line: 1, fields: ['', '', ''] }] },
  {
    name: 'blank lines are skipped',
    input: 'a\n\n\nb\n',
    expected: [
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ],
  },
  {
    name: 'stray quote inside an unquoted field is literal',
    input: 'ab"c,d\n',
    expected: [{ line: 1, fields: ['ab"c', 'd'] }],
  },
  {
    name: 'text after a closing quote is an error for that record only',
    input: 'a,b\n"x"y,z\n1,2\n',
    expected: [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'unexpected "y" after a closing quote' },
      { line: 3, fields: ['1', '2'] },
    ],
  },
  {
    name: 'an unclosed quote costs one record, the rest is re-read',
    input: 'a,b\n"never closed,x\n1,2\n3,4\n',
    expected: [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'a quoted field is never closed' },
      { line: 3, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ],
  },
];

describe('CsvParser', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    expect(parse(input)).toEqual(expected);
    // the same records whatever the chunking
    expect(parse(input, 1)).toEqual(expected);
    expect(parse(input, 3)).toEqual(expected);
  });

  it('refuses a record past the size cap and goes on', () => {
    const records = parse(`a\n"${'x'.repeat(500)}\nb\nc\n`, 64, 100);
    expect(records[0]).toEqual({ line: 1, fields: ['a'] });
    expect(records[1]).toMatchObject({ line: 2 });
    expect('error' in records[1]).toBe(true);
    expect(records.slice(2)).toEqual([
      { line: 3, fields: ['b'] },
      { line: 4, fields: ['c'] },
    ]);
  });

  it('survives thousands of unclosed quotes without deep recursion', () => {
    const records = parse('"\n'.repeat(5000) + 'ok\n', 1000);
    expect(records[records.length - 1]).toEqual({ line: 5001, fields: ['ok'] });
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é') });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 7 }),
        (rows, chunk) => {
          const text = rows
            .map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(','))
            .join('\n');
          const parsed = parse(text, chunk).map((record) =>
            'fields' in record ? record.fields : record.error,
          );
          expect(parsed).toEqual(rows);
        },
      ),
    );
  });
});
