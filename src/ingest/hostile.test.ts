import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { OnrecordError } from '../errors.js';
import { readHtml } from './read-html.js';
import { type ReadItem, readSources } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const extensions = ['txt', 'html', 'rss', 'jsonl', 'csv', 'json', 'unknown', 'txt.gz'];

/** Bytes that look a little like each kind, so the parsers get past their first checks. */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  fc
    .array(
      fc.constantFrom(
        '<',
        '>',
        '"',
        "'",
        ',',
        '\n',
        '\r',
        '{',
        '}',
        '[',
        ']',
        ':',
        '&',
        ';',
        '<item>',
        '</item>',
        '<rss>',
        '<p>',
        '<![CDATA[',
        ']]>',
        '<!DOCTYPE x [',
        '<!ENTITY a "&a;&a;">',
        '\uFEFF',
        '\u0000',
        '\uD800',
        'é',
        'Ж',
        'text',
        '"text":',
        'said',
      ),
      { maxLength: 400 },
    )
    .map((parts) => Buffer.from(parts.join(''))),
);

describe('readers under random hostile input', () => {
  it('never throw: every input yields well-formed items, errors carry a code and the input name', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(hostileBytes, fc.constantFrom(...extensions), async (bytes, extension) => {
        run += 1;
        const path = join(dir, `input-${run}.${extension}`);
        writeFileSync(path, extension.endsWith('.gz') ? gzipSync(bytes) : bytes);
        const items: ReadItem[] = [];
        for await (const item of readSources([path])) items.push(item);
        for (const item of items) {
          if (item.ok) {
            expect(typeof item.article.text).toBe('string');
            expect(item.article.id.length).toBeGreaterThan(0);
            expect(item.article.source?.startsWith(path)).toBe(true);
            if (item.article.dateline) {
              const { start, end, text } = item.article.dateline;
              expect(item.article.text.slice(start, end)).toBe(text);
            }
          } else {
            expect(item.error).toBeInstanceOf(OnrecordError);
            expect(item.source.startsWith(path)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('readHtml never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (html) => {
        expect(typeof readHtml(html).text).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
