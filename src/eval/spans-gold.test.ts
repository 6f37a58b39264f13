import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NEWS_DEV2_SPANS, NEWS_DEV3_SPANS, NEWS_DEV_SPANS, readGold, sharedGoldSets } from '../cli/eval.js';
import { isSpansGoldLine } from './spans-gold.js';

// Offsets-only gold (eval/gold/*.spans.jsonl): the text is joined from the shared folder by id, checked by
// length and SHA-256, so a changed corpus is an error. The corpus here is one written for the test.
const shared = mkdtempSync(join(tmpdir(), 'onrecord-spans-gold-'));
afterAll(() => rmSync(shared, { recursive: true, force: true }));

const TEXT =
  'The mayor said the bridge would reopen in May. "We are nearly done," she added. More follows here.';
const EXCERPT = TEXT.slice(0, TEXT.indexOf(' More'));
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const at = (needle: string): [number, number] => [
  EXCERPT.indexOf(needle),
  EXCERPT.indexOf(needle) + needle.length,
];

function writeCorpus(text: string): void {
  mkdirSync(join(shared, 'corpora/news'), { recursive: true });
  const rows = [
    { id: 'other/1', title: 'Another story', text: 'Nothing is said here.' },
    { id: 'politics/7', title: 'Bridge to reopen', text },
  ];
  writeFileSync(join(shared, 'corpora/news/test.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n'));
}

function writeSpans(line: Record<string, unknown>): string {
  const path = join(shared, 'test.spans.jsonl');
  writeFileSync(path, `${JSON.stringify(line)}\n`);
  return path;
}

const line = {
  id: 'politics/7',
  corpus: 'corpora/news/test.jsonl',
  published: '2005-03-01',
  length: EXCERPT.length,
  sha256: sha256(EXCERPT),
  attributions: [
    {
      content: [at('the bridge would reopen in May')],
      source: [at('The mayor')],
      cue: [at('said')],
      speaker: 'Ann Example',
      direct: false,
    },
  ],
};

describe('offsets-only gold', () => {
  it('joins the text (the excerpt of the stored length) and title from the shared folder by id', async () => {
    writeCorpus(TEXT);
    const errors: string[] = [];
    const [document] = await readGold(writeSpans(line), (message) => errors.push(message), shared);
    expect(errors).toEqual([]);
    expect(document!.text).toBe(EXCERPT);
    expect(document!.title).toBe('Bridge to reopen');
    expect(document!.published).toBe('2005-03-01');
    const [start, end] = document!.attributions[0]!.content[0]!;
    expect(document!.text.slice(start, end)).toBe('the bridge would reopen in May');
  });

  it('refuses a text that changed (same length, other words), rather than misaligning the offsets', async () => {
    writeCorpus(TEXT.replace('mayor', 'Mayor'));
    await expect(readGold(writeSpans(line), () => undefined, shared)).rejects.toThrow(
      /not the text annotated/,
    );
  });

  it('refuses a text shorter than the length stored', async () => {
    writeCorpus(EXCERPT.slice(0, 20));
    await expect(readGold(writeSpans(line), () => undefined, shared)).rejects.toThrow(
      /not the text annotated/,
    );
  });

  it('names a document the corpus lacks, and a corpus that is absent', async () => {
    writeCorpus(TEXT);
    await expect(
      readGold(writeSpans({ ...line, id: 'politics/8' }), () => undefined, shared),
    ).rejects.toThrow(/"politics\/8" is not in/);
    await expect(
      readGold(writeSpans({ ...line, corpus: 'corpora/news/gone.jsonl' }), () => undefined, shared),
    ).rejects.toThrow(/no corpus/);
  });

  it('tells a line with text from an offsets-only line', () => {
    expect(isSpansGoldLine(line)).toBe(true);
    expect(isSpansGoldLine({ ...line, text: EXCERPT })).toBe(false);
    expect(isSpansGoldLine({ ...line, sha256: undefined })).toBe(false);
  });

  it('skips the news dev rows, with a message each, where the shared folder lacks their corpora', () => {
    const skipped: string[] = [];
    const sets = sharedGoldSets('/nonexistent-shared-dir', (message) => skipped.push(message));
    expect(sets.map((set) => set.path)).not.toContain(NEWS_DEV_SPANS);
    expect(sets.map((set) => set.path)).not.toContain(NEWS_DEV2_SPANS);
    expect(sets.map((set) => set.path)).not.toContain(NEWS_DEV3_SPANS);
    expect(skipped).toEqual([
      expect.stringMatching(/news-dev\.spans\.jsonl: skipped, its texts are not here/),
      expect.stringMatching(/news-dev2\.spans\.jsonl: skipped, its texts are not here/),
      expect.stringMatching(/news-dev3\.spans\.jsonl: skipped, its texts are not here/),
    ]);
  });

  it('scores the three news dev rows, named as the README table names them, where the shared folder has their corpora', () => {
    mkdirSync(join(shared, 'corpora/news'), { recursive: true });
    for (const corpus of ['ukraine-war-2022-2024', 'bbc-2004-2005', 'reuters-21578'])
      writeFileSync(join(shared, `corpora/news/${corpus}.jsonl`), '');
    const names = sharedGoldSets(shared).map((set) => set.name);
    expect(names).toContain('news dev (../shared, 12 docs)');
    expect(names).toContain('news dev 2 (../shared, 12 docs)');
    expect(names).toContain('news dev 3 (../shared, 12 docs)');
  });
});

describe.each([
  { path: NEWS_DEV_SPANS, corpora: ['bbc-2004-2005', 'ukraine-war-2022-2024'] },
  { path: NEWS_DEV2_SPANS, corpora: ['bbc-2004-2005', 'reuters-21578', 'ukraine-war-2022-2024'] },
  { path: NEWS_DEV3_SPANS, corpora: ['bbc-2004-2005', 'reuters-21578', 'ukraine-war-2022-2024'] },
])('$path (copyrighted news)', ({ path, corpora }) => {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((text) => text.trim())
    .map((text) => JSON.parse(text) as Record<string, unknown>);

  it('draws its documents from the news corpora it names', () => {
    expect([...new Set(lines.map((document) => document.corpus))].sort()).toEqual(
      corpora.map((corpus) => `corpora/news/${corpus}.jsonl`),
    );
  });

  it('holds offsets, names and dates only: no text, no title, no quoted words', () => {
    expect(lines.length).toBe(12);
    for (const document of lines) {
      expect(isSpansGoldLine(document), String(document.id)).toBe(true);
      expect(Object.keys(document).sort()).toEqual([
        'attributions',
        'corpus',
        'id',
        'length',
        'published',
        'sha256',
      ]);
      for (const attribution of document.attributions as Record<string, unknown>[]) {
        expect(
          Object.keys(attribution).every((key) =>
            /^(content|source|cue|speaker|direct|venue|said_on)$/.test(key),
          ),
        ).toBe(true);
        for (const field of ['speaker', 'venue', 'said_on'])
          if (typeof attribution[field] === 'string')
            expect((attribution[field] as string).length).toBeLessThan(60);
      }
    }
  });
});

describe('the news dev sets', () => {
  const ids = (path: string): string[] =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((text) => text.trim())
      .map((text) => String((JSON.parse(text) as { id: unknown }).id));

  it('share no document: the second is fresh text against which tuning on the first is checked', () => {
    const first = new Set(ids(NEWS_DEV_SPANS));
    expect(ids(NEWS_DEV2_SPANS).filter((id) => first.has(id))).toEqual([]);
  });

  it('share no document with the third, fresh text once the first two have been tuned on', () => {
    const earlier = new Set([...ids(NEWS_DEV_SPANS), ...ids(NEWS_DEV2_SPANS)]);
    expect(ids(NEWS_DEV3_SPANS).filter((id) => earlier.has(id))).toEqual([]);
  });
});
