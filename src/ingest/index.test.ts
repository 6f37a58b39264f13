import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { type ReadItem, type ReadOptions, readSources } from './index.js';

const fixtures = join(readConfig().projectDir, 'test', 'fixtures', 'ingest');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-ingest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function collect(inputs: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

const articles = (items: ReadItem[]) => items.flatMap((item) => (item.ok ? [item.article] : []));
const failures = (items: ReadItem[]) => items.flatMap((item) => (!item.ok && !item.skipped ? [item] : []));
const skips = (items: ReadItem[]) => items.flatMap((item) => (!item.ok && item.skipped ? [item] : []));

const storyText =
  'The council said on Tuesday that the ferry would run later in the summer, and residents welcomed it.';

describe('readSources: plain text', () => {
  it('reads headline, byline and dateline with the layout finder; --published wins over the dateline', async () => {
    const path = join(fixtures, 'wire-story.txt');
    const [article] = articles(await collect([path]));
    expect(article.title).toBe('Island ferry operators agree to pay rise after strike threat');
    expect(article.byline).toBe('Jonas Lind');
    expect(article.dateline).toMatchObject({ place: expect.stringContaining('HARBOURTOWN'), agency: 'NWS' });
    expect(article.text).toBe(readFileSync(path, 'utf8'));
    expect(article.text.slice(article.dateline!.start, article.dateline!.end)).toBe(article.dateline!.text);
    expect(article.id).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(article.source).toBe(path);
    expect(article.language).toBe('en');
    const [dated] = articles(await collect([path], { published: '2024-05-02' }));
    expect(dated.published).toBe('2024-05-02');
    expect(dated.id).toBe(article.id);
  });
});

describe('readSources: directories', () => {
  it('walks recursively in code-point order, skipping hidden, unsupported and binary files with a message', async () => {
    const root = join(dir, 'tree');
    write('tree/b.txt', `B story\n\n${storyText}`);
    write('tree/a/z.txt', `Z story\n\n${storyText} Z.`);
    write('tree/a/Y.txt', `Y story\n\n${storyText} Y.`);
    write('tree/.hidden/x.txt', 'never read');
    write('tree/c.jsonl', `${JSON.stringify({ id: 'c1', text: storyText })}\n`);
    write('tree/photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    write('tree/blob.txt', Buffer.concat([Buffer.from('abc'), Buffer.alloc(64), Buffer.from('def')]));
    write('tree/empty.txt', '');
    const items = await collect([root]);
    expect(articles(items).map((article) => article.source)).toEqual([
      join(root, 'a', 'Y.txt'),
      join(root, 'a', 'z.txt'),
      join(root, 'b.txt'),
      `${join(root, 'c.jsonl')}:1`,
    ]);
    expect(failures(items)).toEqual([]);
    const skipped = skips(items).map((item) => [item.source.split('/').pop(), item.error.code]);
    expect(skipped).toEqual([
      ['blob.txt', 'INPUT_BINARY'],
      ['empty.txt', 'INPUT_INVALID'],
      ['photo.jpg', 'INPUT_INVALID'],
    ]);
    expect(skips(items)[0].error.message).toMatch(/binary/);
  });

  it('reports a missing input and goes on', async () => {
    const good = write('after-missing.txt', storyText);
    const items = await collect([join(dir, 'nope.txt'), good]);
    expect(items[0]).toMatchObject({ ok: false, source: join(dir, 'nope.txt') });
    expect(!items[0].ok && items[0].error.code).toBe('INPUT_NOT_FOUND');
    expect(articles(items)).toHaveLength(1);
  });
});

describe('readSources: JSONL', () => {
  it('yields bad lines as errors with file and line number; the rest continue', async () => {
    const path = write(
      'dump.jsonl',
      [
        JSON.stringify({
          id: 'a',
          title: 'First',
          text: storyText,
          published: '2024-01-02',
          url: 'https://x.example/a',
          outlet: 'X',
        }),
        '{"id": "b", "text": "unterminated',
        '',
        '[1, 2, 3]',
        JSON.stringify({ id: 'c', title: 'No text' }),
        JSON.stringify({ text: `${storyText} Again.`, date: '26-FEB-1987 15:01:01.79' }),
      ].join('\r\n'),
    );
    const items = await collect([path]);
    const [first, last] = articles(items);
    expect(first).toMatchObject({
      id: 'a',
      title: 'First',
      published: '2024-01-02',
      url: 'https://x.example/a',
      outlet: 'X',
      source: `${path}:1`,
    });
    expect(last).toMatchObject({ published: '1987-02-26', source: `${path}:6` });
    expect(last.id).toMatch(/^sha256:/);
    expect(failures(items).map((item) => [item.line, item.error.code])).toEqual([
      [2, 'INPUT_INVALID'],
      [4, 'INPUT_INVALID'],
    ]);
    expect(failures(items)[0].error.message).toMatch(/dump\.jsonl" line 2: invalid JSON/);
    expect(skips(items).map((item) => item.line)).toEqual([5]);
  });

  it('streams: the first article arrives before the rest of the input is read', async () => {
    let pulled = 0;
    async function* endless() {
      for (let index = 0; index < 100_000; index += 1) {
        pulled += 1;
        yield Buffer.from(`${JSON.stringify({ id: `n${index}`, text: storyText })}\n`);
      }
    }
    const iterator = readSources(['-'], { stdin: endless() })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value).toMatchObject({ ok: true, article: { id: 'n0', source: 'stdin:1' } });
    expect(pulled).toBeLessThan(100);
    await iterator.return?.(undefined);
  });

  it('refuses an overlong line without holding it', async () => {
    const path = write('long.jsonl', `${'x'.repeat(5000)}\n${JSON.stringify({ text: storyText })}\n`);
    const items = await collect([path], { limits: { maxRecordChars: 1000 } });
    expect(failures(items).map((item) => [item.line, item.error.message])).toEqual([
      [1, expect.stringMatching(/longer than 1000/)],
    ]);
    expect(articles(items)).toHaveLength(1);
  });
});

describe('readSources: CSV', () => {
  it('reads RFC 4180 rows with multi-line fields; a broken row is an error for that row only', async () => {
    const path = write(
      'dump.csv',
      [
        'id,title,text,published,url,outlet',
        `1,"Ferry, again","${storyText}\n\nSecond paragraph with ""quotes"".",2024-03-01,https://x.example/1,X`,
        `2,Broken,"text"junk,2024-03-02,,X`,
        `3,Short,too,few`,
        `4,Fine,"${storyText}",2024-03-04,,X`,
      ].join('\n'),
    );
    const items = await collect([path]);
    expect(articles(items).map((article) => [article.id, article.source])).toEqual([
      ['1', `${path}:2`],
      ['4', `${path}:7`],
    ]);
    expect(articles(items)[0].text).toBe(`${storyText}\n\nSecond paragraph with "quotes".`);
    expect(failures(items).map((item) => [item.line, item.error.message])).toEqual([
      [5, expect.stringMatching(/after a closing quote/)],
      [6, expect.stringMatching(/expected 6 fields, got 4/)],
    ]);
  });

  it('maps other column names with `map`, and says so when the text column is missing', async () => {
    const path = write('mapped.csv', `headline,body,when\nA title,"${storyText}",2024-06-07\n`);
    const [article] = articles(
      await collect([path], { map: { title: 'headline', text: 'body', published: 'when' } }),
    );
    expect(article).toMatchObject({ title: 'A title', text: storyText, published: '2024-06-07' });
    const items = await collect([write('nomap.csv', `headline,words\nA,B\n`)]);
    expect(failures(items)[0].error.message).toMatch(
      /no "text" column \(columns: headline, words; use --map text=COLUMN\)/,
    );
  });
});

describe('readSources: gzip', () => {
  it('reads .gz of any kind, detected by its magic bytes', async () => {
    const path = write('dump.jsonl.gz', gzipSync(`${JSON.stringify({ id: 'g', text: storyText })}\n`));
    expect(articles(await collect([path])).map((article) => article.id)).toEqual(['g']);
    const html = write('page.html.gz', gzipSync(readFileSync(join(fixtures, 'harbour-article.html'))));
    expect(articles(await collect([html]))[0].title).toBe('Harbour council approves new ferry timetable');
  });

  it('refuses a gzip bomb past the size cap with a clear error', async () => {
    const path = write('bomb.jsonl.gz', gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20)));
    const items = await collect([path, join(fixtures, 'wire-story.txt')], {
      limits: { maxInputBytes: 8 * 1024 * 1024 },
    });
    expect(failures(items)).toHaveLength(1);
    expect(failures(items)[0].error).toMatchObject({
      code: 'INPUT_TOO_LARGE',
      message: expect.stringMatching(/decompressed size \(a gzip bomb\?\)/),
    });
    expect(articles(items)).toHaveLength(1);
  });

  it('refuses a gzip bomb by its ratio under the default limits', async () => {
    const path = write('ratio-bomb.txt.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x61)));
    const [item] = await collect([path]);
    expect(!item.ok && item.error.message).toMatch(/gzip bomb/);
  });

  it('reports truncated gzip data', async () => {
    const whole = gzipSync(Buffer.from(storyText.repeat(200)));
    const [item] = await collect([write('cut.txt.gz', whole.subarray(0, whole.length - 40))]);
    expect(!item.ok && item.error.code).toBe('INPUT_INVALID');
  });
});

describe('readSources: encodings', () => {
  const russian = 'Министр заявил, что переговоры возобновятся на следующей неделе, сообщили в пятницу.';
  const french = 'Le ministre a déclaré vendredi que les négociations reprendront, a-t-il précisé à l’été.';

  it.each([
    [
      'UTF-8 with BOM',
      'bom.txt',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(russian)]),
      russian,
      'ru',
    ],
    [
      'UTF-16LE with BOM',
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russian, 'utf-16le')]),
      russian,
      'ru',
    ],
    [
      'Windows-1251 without a declaration',
      'cp1251.txt',
      iconv.encode(russian, 'windows-1251'),
      russian,
      'ru',
    ],
    ['Latin-1 without a declaration', 'latin1.txt', iconv.encode(french, 'windows-1252'), french, 'fr'],
  ])('%s', async (_name, file, bytes, expected, language) => {
    const [article] = articles(await collect([write(file, bytes)]));
    expect(article.text).toBe(expected);
    expect(article.language).toBe(language);
  });

  it('Windows-1251 HTML decoded from its meta charset', async () => {
    const html = `<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><p>${russian}</p><p>${russian}</p><p>${russian}</p></article></body></html>`;
    const [article] = articles(await collect([write('cp1251.html', iconv.encode(html, 'windows-1251'))]));
    expect(article.title).toBe('Новости');
    expect(article.text).toContain(russian);
    expect(article.language).toBe('ru');
  });

  it('Latin-1 HTML decoded from http-equiv Content-Type', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>${french}</p></body></html>`;
    const [article] = articles(await collect([write('latin1.html', iconv.encode(html, 'windows-1252'))]));
    expect(article.text).toBe(french);
  });

  it('a Windows-1251 CSV with the encoding forced', async () => {
    const csv = iconv.encode(`id,text\n1,"${russian}"\n`, 'windows-1251');
    const [article] = articles(await collect([write('cp1251.csv', csv)], { encoding: 'windows-1251' }));
    expect(article.text).toBe(russian);
  });
});

describe('readSources: stdin, feeds and limits', () => {
  it('reads "-" from stdin, sniffing the kind', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>S</title><item><title>T</title><link>https://s.example/1</link><description>${storyText}</description></item></channel></rss>`;
    const [article] = articles(await collect(['-'], { stdin: Readable.from([Buffer.from(feed)]) }));
    expect(article).toMatchObject({ url: 'https://s.example/1', summaryOnly: true, source: 'stdin#1' });
  });

  it('refuses a feed larger than the feed cap', async () => {
    const items = `<item><title>x</title><description>${storyText}</description></item>`.repeat(2000);
    const path = write('huge.rss', `<rss version="2.0"><channel><title>H</title>${items}</channel></rss>`);
    const [item] = await collect([path], { limits: { maxFeedBytes: 64 * 1024 } });
    expect(!item.ok && item.error.code).toBe('INPUT_TOO_LARGE');
  });

  it('reads a feed of thousands of items one article at a time', async () => {
    const items = Array.from(
      { length: 3000 },
      (_, index) =>
        `<item><title>x${index}</title><link>https://h.example/${index}</link><description>${storyText}</description></item>`,
    ).join('');
    const path = write('big.rss', `<rss version="2.0"><channel><title>H</title>${items}</channel></rss>`);
    expect(articles(await collect([path]))).toHaveLength(3000);
  });

  it('reads a JSON array file record by record', async () => {
    const path = write(
      'records.json',
      JSON.stringify([{ id: 'j1', text: storyText }, 'nope', { id: 'j3', text: storyText }]),
    );
    const items = await collect([path]);
    expect(articles(items).map((article) => article.id)).toEqual(['j1', 'j3']);
    expect(failures(items).map((item) => item.source)).toEqual([`${path}#2`]);
  });
});
