import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { createSpanIndex, findLayout, type Layout } from './layout.js';

/** Every span's `text` equals the slice it names, and spans lie inside the text. */
function expectConsistent(text: string, layout: Layout) {
  const spans = [
    layout.headline,
    layout.byline,
    layout.dateline,
    ...layout.captions,
    ...layout.captions.map((caption) => caption.creditSpan),
    ...layout.credits,
  ];
  for (const span of spans) {
    if (!span) continue;
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

interface DatelineCase {
  text: string;
  published?: string;
  expected: { text: string; place: string | null; agency: string | null; date: string | null } | null;
}

const datelines: DatelineCase[] = [
  {
    text: 'Nov. 30 (UPI) -- The minister said the talks would resume.',
    published: '2024-11-30',
    expected: { text: 'Nov. 30 (UPI) --', place: null, agency: 'UPI', date: '2024-11-30' },
  },
  {
    text: 'KYIV, Ukraine (AP) \u2014 Sirens sounded across the capital overnight.',
    expected: { text: 'KYIV, Ukraine (AP) \u2014', place: 'KYIV, Ukraine', agency: 'AP', date: null },
  },
  {
    text: 'LONDON, March 3 (Reuters) - Sterling rose against the dollar.',
    published: '2025-03-03',
    expected: { text: 'LONDON, March 3 (Reuters) -', place: 'LONDON', agency: 'Reuters', date: '2025-03-03' },
  },
  {
    text: 'LONDON, 3 March (Reuters) - Sterling rose against the dollar.',
    published: '2025-03-04',
    expected: { text: 'LONDON, 3 March (Reuters) -', place: 'LONDON', agency: 'Reuters', date: '2025-03-03' },
  },
  {
    text: 'GENEVA, 29 February 2023 (AFP) - Nothing happened.',
    expected: { text: 'GENEVA, 29 February 2023 (AFP) -', place: 'GENEVA', agency: 'AFP', date: null },
  },
  {
    text: 'MOSCOW - The Kremlin said on Tuesday it had no plans for talks.',
    expected: { text: 'MOSCOW -', place: 'MOSCOW', agency: null, date: null },
  },
  {
    text: 'NEW YORK, Dec. 31, 2023 (AFP) -- Markets closed higher.',
    expected: {
      text: 'NEW YORK, Dec. 31, 2023 (AFP) --',
      place: 'NEW YORK',
      agency: 'AFP',
      date: '2023-12-31',
    },
  },
  {
    // Published just after New Year: the dateline's December is the previous year.
    text: 'Dec. 31 (UPI) -- Fireworks lit the sky.',
    published: '2025-01-01',
    expected: { text: 'Dec. 31 (UPI) --', place: null, agency: 'UPI', date: '2024-12-31' },
  },
  {
    text: 'Moscow CNN \u2014 The Kremlin said nothing.',
    expected: { text: 'Moscow CNN \u2014', place: 'Moscow', agency: 'CNN', date: null },
  },
  {
    text: 'Melbourne, Australia CNN \u2014 Ministers met.',
    expected: {
      text: 'Melbourne, Australia CNN \u2014',
      place: 'Melbourne, Australia',
      agency: 'CNN',
      date: null,
    },
  },
  {
    text: 'CNN \u2014 Ministers met.',
    expected: { text: 'CNN \u2014', place: null, agency: 'CNN', date: null },
  },
  { text: 'The minister said the talks would resume - eventually.', expected: null },
  { text: 'I - like many others - was surprised, she said.', expected: null },
  { text: 'US President Joe Biden said on Monday that aid would continue.', expected: null },
];

describe('findLayout: datelines', () => {
  it.each(datelines)('$text', ({ text, published, expected }) => {
    const layout = findLayout(text, { published });
    expectConsistent(text, layout);
    if (expected === null) expect(layout.dateline).toBeNull();
    else expect(layout.dateline).toMatchObject({ ...expected, start: 0 });
  });
});

interface TopCase {
  name: string;
  text: string;
  headline?: string | null;
  byline?: { text: string; names: string[]; agency: string | null } | null;
  dateline?: string | null;
}

const tops: TopCase[] = [
  {
    name: 'headline, byline, dateline',
    text: 'Harbour town votes to rebuild its sea wall\nBy Jane Doe\nPORTSMOUTH, England (Reuters) - Residents voted on Friday.',
    headline: 'Harbour town votes to rebuild its sea wall',
    byline: { text: 'By Jane Doe', names: ['Jane Doe'], agency: null },
    dateline: 'PORTSMOUTH, England (Reuters) -',
  },
  {
    name: 'two authors and an agency',
    text: 'Ministers meet in Brussels\n\nBy Jane Doe and John Roe, Reuters\n\nThe ministers met on Monday.',
    headline: 'Ministers meet in Brussels',
    byline: { text: 'By Jane Doe and John Roe, Reuters', names: ['Jane Doe', 'John Roe'], agency: 'Reuters' },
    dateline: null,
  },
  {
    name: 'name, agency byline',
    text: 'Jane Doe, Reuters\nThe ministers met on Monday, officials said.',
    headline: null,
    byline: { text: 'Jane Doe, Reuters', names: ['Jane Doe'], agency: 'Reuters' },
  },
  {
    name: 'capitalised byline',
    text: 'BY JANE DOE\nThe ministers met on Monday.',
    byline: { text: 'BY JANE DOE', names: ['JANE DOE'], agency: null },
  },
  {
    name: 'a first sentence is not a headline',
    text: 'The ministers met on Monday.\nThey agreed on nothing.',
    headline: null,
    byline: null,
  },
  {
    name: 'hard-wrapped prose has no headline (next line in lower case)',
    text: 'Heavy rain fell across the valley through\nthe week, farmers said on Friday, and the\nharvest was delayed.',
    headline: null,
  },
  {
    name: 'hard-wrapped prose has no headline (next line runs on)',
    text: 'Grain Board figures for the week show\nWheat exports rose to 120,000 tonnes from\n95,000 tonnes a week earlier.',
    headline: null,
  },
  {
    name: 'headline followed directly by a paragraph',
    text: 'Mayor promises new bridge by spring\nThe mayor said on Monday the bridge would open in April.',
    headline: 'Mayor promises new bridge by spring',
  },
  {
    name: 'headline then CNN-style dateline',
    text: 'Talks stall in Geneva\n\nGeneva CNN \u2014 The talks stalled on Monday.',
    headline: 'Talks stall in Geneva',
    dateline: 'Geneva CNN \u2014',
  },
  {
    name: 'headline, time stamp, then dateline',
    text: 'Talks stall in Geneva\nUpdated 3:15 PM EST, Sat November 30, 2024\nGeneva CNN \u2014 The talks stalled.',
    headline: 'Talks stall in Geneva',
    dateline: 'Geneva CNN \u2014',
  },
  {
    name: 'a one-paragraph text has no headline',
    text: 'Ministers meet in Brussels',
    headline: null,
  },
  {
    name: 'prose starting with "By" is not a byline',
    text: 'By the way, the minister said nothing.\nBy Friday, the talks had ended.',
    byline: null,
  },
];

describe('findLayout: headline and byline', () => {
  it.each(tops)('$name', ({ text, headline, byline, dateline }) => {
    const layout = findLayout(text);
    expectConsistent(text, layout);
    if (headline !== undefined) expect(layout.headline?.text ?? null).toBe(headline);
    if (byline !== undefined) {
      if (byline === null) expect(layout.byline).toBeNull();
      else expect(layout.byline).toMatchObject(byline);
    }
    if (dateline !== undefined) expect(layout.dateline?.text ?? null).toBe(dateline);
    if (layout.timestamp)
      expect(layout.furniture).toContainEqual({ start: layout.timestamp.start, end: layout.timestamp.end });
  });
});

// Wikinews' date line dates a text that comes with no date; a date closing a sentence of the body does not.
const dateLines: [string, string | null][] = [
  ['Tuesday, September 1, 2015\n\nThe mayor said on Monday the bridge would open.', '2015-09-01'],
  [
    'Ants treat themselves, biologist says Tuesday, September 1, 2015\n\nThe biologist said so.',
    '2015-09-01',
  ],
  ['The mayor said on Monday the bridge would open. She left Tuesday, September 1, 2015', null],
  ['Tuesday, September 1\n\nThe mayor said on Monday the bridge would open.', null],
];

describe('findLayout: date line', () => {
  it.each(dateLines)('%s', (text, date) => {
    const layout = findLayout(text);
    expectConsistent(text, layout);
    expect(layout.date).toBe(date);
  });
});

interface CaptionCase {
  name: string;
  text: string;
  captions: { text: string; credit: string }[];
  credits: string[];
}

const captionCases: CaptionCase[] = [
  {
    name: 'leading caption ending with a credit, then a dateline',
    text: 'Firefighters work at a damaged school in Sumy on Nov. 2. Photo by Jane Doe/EPA-EFE\nNov. 3 (UPI) -- The governor said the school would reopen.',
    captions: [
      {
        text: 'Firefighters work at a damaged school in Sumy on Nov. 2. Photo by Jane Doe/EPA-EFE',
        credit: 'Photo by Jane Doe/EPA-EFE',
      },
    ],
    credits: ['Photo by Jane Doe/EPA-EFE'],
  },
  {
    name: 'parenthesised credit',
    text: 'The mayor speaks in the city hall on Monday. (Photo: Getty Images)\nThe mayor said taxes would fall.',
    captions: [
      {
        text: 'The mayor speaks in the city hall on Monday. (Photo: Getty Images)',
        credit: '(Photo: Getty Images)',
      },
    ],
    credits: ['(Photo: Getty Images)'],
  },
  {
    name: 'agency slash credit',
    text: 'Soldiers fire a howitzer near the front line, March 3, 2023. REUTERS/John Roe\nThe army said the line held.',
    captions: [
      {
        text: 'Soldiers fire a howitzer near the front line, March 3, 2023. REUTERS/John Roe',
        credit: 'REUTERS/John Roe',
      },
    ],
    credits: ['REUTERS/John Roe'],
  },
  {
    name: 'AP photo credit in parentheses',
    text: 'A man walks past a mural in the capital. (AP Photo/Jane Doe)\nOfficials said the mural would stay.',
    captions: [
      { text: 'A man walks past a mural in the capital. (AP Photo/Jane Doe)', credit: '(AP Photo/Jane Doe)' },
    ],
    credits: ['(AP Photo/Jane Doe)'],
  },
  {
    name: 'standalone file photo line',
    text: 'The prime minister said the budget was balanced.\nFile photo\nShe said so twice.',
    captions: [{ text: 'File photo', credit: 'File photo' }],
    credits: ['File photo'],
  },
  {
    name: 'inline credit inside a long body paragraph',
    text: `The council met on Monday (Photo: Jane Doe) and said the budget was balanced. ${'It talked. '.repeat(120)}And it ended.`,
    captions: [],
    credits: ['(Photo: Jane Doe)'],
  },
  {
    name: '"photo" in prose is no credit',
    text: 'The minister posted a photo by the river.\nPhotos: the exhibition opens on Monday and runs for weeks.',
    captions: [],
    credits: [],
  },
];

describe('findLayout: captions and credits', () => {
  it.each(captionCases)('$name', ({ text, captions, credits }) => {
    const layout = findLayout(text);
    expectConsistent(text, layout);
    expect(layout.captions.map(({ text, credit }) => ({ text, credit }))).toEqual(captions);
    expect(layout.credits.map((credit) => credit.text)).toEqual(credits);
    for (const credit of layout.credits) {
      expect(layout.furniture).toContainEqual({ start: credit.start, end: credit.end });
    }
  });

  it('is linear: a 5 MB single paragraph and 60,000 short lines finish', () => {
    const long = 'Photo by '.repeat(600_000);
    expectConsistent(long, findLayout(long));
    const lines = 'File photo\nBy Jane Doe\n(Photo: x)\n'.repeat(20_000);
    const layout = findLayout(lines);
    expect(layout.credits.length).toBeGreaterThan(20_000);
  });

  it('handles empty and odd text', () => {
    for (const text of [
      '',
      '\n\n\n',
      '\u202e\u05e9\u05dc\u05d5\u05dd',
      '\ud800 (Photo: \udc00)',
      '-- (UPI) --',
    ]) {
      expectConsistent(text, findLayout(text));
    }
  });
});

describe('findLayout on any input (property-based)', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '\n',
      '\n\n',
      'By Jane Doe',
      'Jane Doe, Reuters',
      'KYIV, Ukraine (AP) \u2014 ',
      'Nov. 30 (UPI) -- ',
      'CNN \u2014 ',
      'Photo by Jane Doe/EPA-EFE',
      '(Photo: Getty Images)',
      'REUTERS/John Roe',
      'File photo',
      '. ',
      'Headline here',
      'Updated 3:15 PM EST, Sat November 30, 2024',
      '\ud800',
      '\u202e',
      '"',
    ),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  it('every span lies in the text and names its own slice', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
        (text) => {
          const layout = findLayout(text, { published: '2024-11-30' });
          expectConsistent(text, layout);
          for (const span of layout.furniture) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
          }
          if (layout.dateline?.date) expect(layout.dateline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const seedDir = join(readConfig().sharedDir, 'seed');
const seedGold = join(seedDir, 'upi-2024-11-30-zelensky-nato.gold.jsonl');

describe.skipIf(!existsSync(seedGold))(
  'findLayout on the seed story (../shared/seed; skipped when absent)',
  () => {
    it('marks the leading caption and its credit, and parses the dateline', () => {
      const gold = JSON.parse(readFileSync(seedGold, 'utf8').split('\n')[0]);
      const text: string = gold.text;
      const layout = findLayout(text, { published: gold.published });
      expectConsistent(text, layout);
      const firstLineEnd = text.indexOf('\n');
      expect(layout.captions).toHaveLength(1);
      expect(layout.captions[0]).toMatchObject({ start: 0, end: firstLineEnd });
      expect(layout.captions[0].credit).toMatch(/^Photo by .*EPA-EFE$/);
      expect(layout.dateline).toMatchObject({
        start: firstLineEnd + 1,
        agency: 'UPI',
        date: '2024-11-30',
        place: null,
      });
      expect(layout.headline).toBeNull();
      // The statement inside the caption stays outside the furniture; the credit is inside it.
      const captionStatement = gold.attributions[0].content[0][0];
      expect(
        layout.furniture.some((span) => span.start <= captionStatement && captionStatement < span.end),
      ).toBe(false);
    });
  },
);

describe('createSpanIndex', () => {
  const index = createSpanIndex([
    { start: 30, end: 40 },
    { start: 0, end: 5 },
    { start: 35, end: 50 },
    { start: 60, end: 60 },
  ]);
  it.each([
    [{ start: 0, end: 1 }, true],
    [{ start: 5, end: 10 }, false],
    [{ start: 4, end: 6 }, true],
    [{ start: 45, end: 55 }, true],
    [{ start: 50, end: 59 }, false],
    [{ start: 100, end: 200 }, false],
  ])('%o overlaps: %s', (span, expected) => {
    expect(index.overlaps(span)).toBe(expected);
  });
  it('treats null as no overlap', () => expect(index.overlaps(null)).toBe(false));
});

describe('findLayout: the last answer kept', () => {
  const text = 'Nov. 30 (UPI) -- The minister said the talks would resume.';
  it.each([
    // (the same text and date, as an ingest's readText and then its extraction ask: the same answer)
    ['same text and date', '2024-11-30', '2024-11-30', true, '2024-11-30'],
    // (another date gives the dateline another year: read again)
    ['another date', '2024-11-30', '2023-12-01', false, '2023-11-30'],
    ['no date, then a date', null, '2024-11-30', false, '2024-11-30'],
  ])('%s', (_name, first, second, same, date) => {
    const before = findLayout(text, { published: first });
    const after = findLayout(text, { published: second });
    expect(after === before).toBe(same);
    expect(after.dateline?.date).toBe(date);
    // (kept or read again, the answer is what a fresh read gives)
    findLayout('Another text.');
    expect(findLayout(text, { published: second })).toEqual(after);
  });
  it('a text equal to the last one but another string gives the same answer', () => {
    const copy = [...text].join('');
    expect(findLayout(copy, { published: '2024-11-30' })).toEqual(
      findLayout(text, { published: '2024-11-30' }),
    );
  });
});
