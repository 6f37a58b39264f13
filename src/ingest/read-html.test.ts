import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { readHtml } from './read-html.js';

const fixtures = join(readConfig().projectDir, 'test', 'fixtures', 'ingest');

describe('readHtml on a page written for the tests', () => {
  const html = readFileSync(join(fixtures, 'harbour-article.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(fixtures, 'harbour-article.expected.json'), 'utf8'));
  const article = readHtml(html, {
    url: 'https://coastal-ledger.example/x?utm=1',
    source: 'harbour-article.html',
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: expected.title,
      byline: expected.byline,
      published: expected.published,
      outlet: expected.outlet,
      url: expected.url,
      language: expected.language,
      source: 'harbour-article.html',
    });
    expect(article.id).toBe(expected.url);
  });

  it('keeps the body as clean paragraphs, without boilerplate or captions', () => {
    expect(article.text.startsWith(expected.bodyStartsWith)).toBe(true);
    expect(article.text.endsWith(expected.bodyEndsWith)).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(expected.paragraphs);
    for (const boilerplate of expected.absent) expect(article.text).not.toContain(boilerplate);
    expect(article.text).not.toMatch(/ {2}|\n{3}/);
  });

  it('keeps captions and credits apart', () => {
    expect(article.captions?.map(({ text, credit }) => ({ text, credit }))).toEqual(expected.captions);
  });
});

describe('readHtml body details', () => {
  const paragraphs = Array.from(
    { length: 5 },
    (_, index) =>
      `<p>Paragraph ${index}: the harbour council debated the ferry plan for a long time before the vote.</p>`,
  ).join('');

  it('keeps an embedded post in the body even inside a "social" wrapper', () => {
    const tweet =
      '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The ferry is finally late enough for night shifts <a href="https://t.co/x">https://t.co/x</a></p>— Ada Moe (@adamoe) <a href="https://twitter.com/adamoe/status/1">March 14, 2024</a></blockquote></div>';
    const article = readHtml(
      `<html><body><article>${paragraphs}${tweet}${paragraphs}</article></body></html>`,
    );
    expect(article.text).toContain('The ferry is finally late enough for night shifts');
    expect(article.text).toContain('— Ada Moe (@adamoe) March 14, 2024');
  });

  it('reads a credit marked by its class, wherever it stands in the caption', () => {
    const figure =
      '<figure><img src="p.jpg"><figcaption><p class="image-credit">Ines Varga | Coastal Ledger</p><p class="caption-text">The north pier at dawn.</p></figcaption></figure>';
    const article = readHtml(
      `<html><body><article>${paragraphs}${figure}${paragraphs}</article></body></html>`,
    );
    expect(article.captions).toEqual([
      { text: 'The north pier at dawn.', credit: 'Ines Varga | Coastal Ledger' },
    ]);
    expect(article.text).not.toContain('north pier');
  });
});

describe('readHtml metadata sources', () => {
  const body =
    '<p>' + 'The committee met again to discuss the harbour budget and the ferry plan. '.repeat(8) + '</p>';
  it.each([
    [
      'JSON-LD date',
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-06"}</script>`,
      '',
      '2023-05-06',
    ],
    ['<time datetime>', '', '<time datetime="2022-01-02T03:04:05Z">Jan 2</time>', '2022-01-02T03:04:05Z'],
    ['date in the URL', '', '', '2021-07-08'],
  ])('%s', (_name, head, extra, published) => {
    const article = readHtml(
      `<html><head>${head}</head><body><article>${extra}${body}${body}</article></body></html>`,
      {
        url: 'https://news.example/2021/07/08/harbour',
      },
    );
    expect(article.published).toBe(published);
    expect(article.outlet).toBe('news.example');
  });

  it('takes the title from <title> without the site name when nothing better exists', () => {
    const article = readHtml(
      `<html><head><title>Ferry vote passes after long debate | The Coastal Ledger</title></head><body>${body}</body></html>`,
    );
    expect(article.title).toBe('Ferry vote passes after long debate');
  });

  it('falls back to --published when the page has no date', () => {
    const article = readHtml(`<html><body>${body}</body></html>`, { published: '2020-02-02' });
    expect(article.published).toBe('2020-02-02');
    expect(article.id).toMatch(/^sha256:[0-9a-f]{16}$/);
  });
});

describe('readHtml on hostile markup', () => {
  it.each([
    ['empty', ''],
    ['truncated mid-tag', '<html><head><title>Cut</title></head><body><p>The council said it would <b'],
    ['unclosed everything', '<div><div><p><span><a href="x">text ' + '<div>'.repeat(2000)],
    ['deep nesting', '<div>'.repeat(20_000) + 'deep text' + '</div>'.repeat(20_000)],
    ['garbage', '<<<>>><!--><![CDATA[<script>]]></p></p></p>&#xFFFFFFFF;&bogus;'],
    [
      'binary-ish noise',
      String.fromCharCode(...Array.from({ length: 3000 }, (_, index) => (index * 7919) % 65536)),
    ],
    ['script only', '<script>while(true){}</script>'],
  ])('%s: returns an article without throwing', (_name, html) => {
    const article = readHtml(html, { source: 'hostile.html' });
    expect(typeof article.text).toBe('string');
    expect(article.id.length).toBeGreaterThan(0);
    expect(article.text).not.toContain('while(true)');
  });
});

describe('readHtml on the shared benchmark pages (../shared/corpora/html)', () => {
  const dir = join(readConfig().sharedDir, 'corpora', 'html', 'html');
  const present = existsSync(dir);
  it.skipIf(!present)('reads the first pages with a body and metadata', () => {
    const files = readdirSync(dir).sort().slice(0, 10);
    for (const file of files) {
      const article = readHtml(gunzipSync(readFileSync(join(dir, file))).toString('utf8'), { source: file });
      expect(article.text.length).toBeGreaterThan(200);
      expect(article.title).toBeTruthy();
    }
  });
});
