import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { readFeed, stripDoctype } from './read-feed.js';
import { readSources } from './index.js';

const paragraph =
  'The harbour council voted to add two evening crossings to the island ferry after a year of complaints. ';
const fullContent = `<p>${paragraph.repeat(3)}</p><figure><img src="x.jpg"><figcaption>The north pier. Photo: Ines Varga</figcaption></figure><p>"This fixes it," the chair said.</p>`;

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Coastal Ledger</title><link>https://coastal-ledger.example/</link><language>en</language>
<item><title>Ferry timetable approved</title><link>https://coastal-ledger.example/ferry</link>
  <guid>ferry-1</guid><pubDate>Thu, 14 Mar 2024 08:30:00 GMT</pubDate><dc:creator>Maren Holt</dc:creator>
  <description>Two evening crossings added.</description>
  <content:encoded><![CDATA[${fullContent}]]></content:encoded></item>
<item><title>Fish market moves indoors</title><link>https://coastal-ledger.example/fish</link>
  <description>&lt;p&gt;The fish market will move into the old customs hall in April.&lt;/p&gt;</description></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Notes</title>
<entry><title>Lighthouse reopens</title><link href="https://island.example/lighthouse"/><id>urn:x:1</id>
<updated>2024-04-01T10:00:00Z</updated><author><name>Ada Moe</name></author>
<content type="html">${fullContent.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
</feed>`;

describe('readFeed', () => {
  it('turns RSS items with content:encoded into articles and keeps summary-only items as summaries', () => {
    const entries = [...readFeed(rss, { source: 'ledger.rss' })];
    expect(entries.every((entry) => entry.ok)).toBe(true);
    const [full, summary] = entries.map((entry) => (entry.ok ? entry.article : null));
    expect(full).toMatchObject({
      id: 'https://coastal-ledger.example/ferry',
      title: 'Ferry timetable approved',
      url: 'https://coastal-ledger.example/ferry',
      outlet: 'The Coastal Ledger',
      byline: 'Maren Holt',
      published: '2024-03-14T08:30:00.000Z',
      language: 'en',
      summaryOnly: false,
      source: 'ledger.rss#1',
    });
    expect(full?.text).toContain('"This fixes it," the chair said.');
    expect(full?.text).not.toContain('Photo: Ines Varga');
    expect(full?.captions).toEqual([{ text: 'The north pier.', credit: 'Ines Varga' }]);
    expect(summary).toMatchObject({
      text: 'The fish market will move into the old customs hall in April.',
      url: 'https://coastal-ledger.example/fish',
      summaryOnly: true,
    });
  });

  it('reads Atom entries with HTML content', () => {
    const [entry] = [...readFeed(atom, { source: 'island.atom' })];
    expect(entry.ok && entry.article).toMatchObject({
      title: 'Lighthouse reopens',
      byline: 'Ada Moe',
      summaryOnly: false,
      published: '2024-04-01T10:00:00.000Z',
    });
  });

  it('refuses what is not a feed with a clear error', () => {
    expect(() => [...readFeed('<html><body>no</body></html>', { source: 'page.xml' })]).toThrow(
      /Cannot read feed "page.xml": not RSS or Atom/,
    );
  });

  it('does not expand an XML entity bomb (billion laughs)', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let level = 1; level <= 9; level += 1)
      entities.push(`<!ENTITY lol${level} "${`&lol${level === 1 ? '' : level - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${entities.join('')}]><rss version="2.0"><channel><title>Bomb</title>
      <item><title>&lol9;</title><link>https://bomb.example/1</link><description>&lol9; and more</description></item></channel></rss>`;
    const started = Date.now();
    const entries = [...readFeed(bomb, { source: 'bomb.rss' })];
    expect(Date.now() - started).toBeLessThan(5000);
    const article = entries[0].ok ? entries[0].article : null;
    expect(article?.text.length ?? 0).toBeLessThan(1000);
  });

  it('never reads external entities (XXE)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>X</title>
      <item><title>Leak &xxe;</title><link>https://x.example/1</link><description>Before &xxe; after</description></item></channel></rss>`;
    const [entry] = [...readFeed(xxe, { source: 'xxe.rss' })];
    const article = entry.ok ? entry.article : null;
    expect(article?.text).not.toMatch(/root:/);
    expect(article?.title).not.toMatch(/root:/);
  });

  it('numbers items across batches of a large feed', () => {
    const items = Array.from(
      { length: 250 },
      (_, index) =>
        `<item><title>n${index}</title><link>https://n.example/${index}</link><description>Item <![CDATA[</item>]]> ${index}</description></item>`,
    ).join('');
    const entries = [
      ...readFeed(`<rss version="2.0"><channel><title>N</title>${items}</channel></rss>`, {
        source: 'n.rss',
      }),
    ];
    expect(entries).toHaveLength(250);
    const last = entries[249];
    expect(last.ok && [last.article.title, last.article.source]).toEqual(['n249', 'n.rss#250']);
  });

  it('strips only the DOCTYPE', () => {
    expect(stripDoctype('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>')).toBe(
      '<?xml version="1.0"?><rss/>',
    );
    expect(stripDoctype('<!DOCTYPE rss SYSTEM "x.dtd"><rss/>')).toBe('<rss/>');
    expect(stripDoctype('<rss/>')).toBe('<rss/>');
  });
});

describe('readFeed on the shared real-world feeds (../shared/corpora/feeds)', () => {
  const dir = join(readConfig().sharedDir, 'corpora', 'feeds', 'feeds');
  it.skipIf(!existsSync(dir))(
    'reads every feed: full content as articles, summaries kept, broken feeds as errors',
    async () => {
      const perFile = new Map<string, { ok: number; failed: number }>();
      for await (const item of readSources([dir])) {
        const file =
          (item.ok ? item.article.source : item.source)?.replace(/#.*$/, '').split('/').pop() ?? '';
        const counts = perFile.get(file) ?? { ok: 0, failed: 0 };
        if (item.ok) counts.ok += 1;
        else counts.failed += 1;
        perFile.set(file, counts);
      }
      expect(perFile.size).toBe(readdirSync(dir).length);
      expect(perFile.get('guardian.rss')).toEqual({ ok: 55, failed: 0 });
      expect(perFile.get('unrecognized.rss')).toEqual({ ok: 0, failed: 1 });
      let fullItems = 0;
      for await (const item of readSources([
        join(dir, 'content-encoded.rss'),
        join(dir, 'encoding.rss'),
        join(dir, 'heise.atom'),
      ])) {
        if (!item.ok) continue;
        if (!item.article.summaryOnly) fullItems += 1;
        expect(item.article.text).not.toMatch(/\uFFFD|Ã©|Ã£/); // Latin-1 feeds decoded, no mojibake
      }
      expect(fullItems).toBeGreaterThan(0);
    },
  );
});
