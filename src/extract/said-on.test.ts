import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { SaidOn } from '../model/statement.js';
import { extract } from './index.js';
import { findSaidOn } from './said-on.js';

/** Locate `needle` in `text` (the n-th occurrence when given) as a span; fails loudly when absent. */
function spanOf(text: string, needle: string, occurrence = 0) {
  let start = -1;
  for (let index = 0; index <= occurrence; index++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`"${needle}" not in "${text}"`);
  return { start, end: start + needle.length };
}

/** The cue's first occurrence outside the quote (inside it only for a split quote). */
function cueOf(text: string, cue: string, quote: string) {
  const content = spanOf(text, quote);
  for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
    if (at + cue.length <= content.start || at >= content.end) return { start: at, end: at + cue.length };
  }
  return spanOf(text, cue);
}

interface Case {
  sentence: string;
  quote: string;
  cue: string | null;
  published?: string | null;
  expected: Partial<SaidOn> | null;
}

// Saturday 2024-11-30 unless a case says otherwise.
const SATURDAY = '2024-11-30';
const cases: Case[] = [
  {
    sentence: 'The war could end soon, the president told reporters on Friday.',
    quote: 'The war could end soon',
    cue: 'told',
    expected: { from: '2024-11-29', to: '2024-11-29', basis: 'relative', text: 'Friday' },
  },
  {
    sentence: 'The minister said Friday that talks had stalled.',
    quote: 'talks had stalled',
    cue: 'said',
    expected: { from: '2024-11-29', to: '2024-11-29', basis: 'relative' },
  },
  {
    sentence: 'On Monday, the mayor said the bridge would reopen in March.',
    quote: 'the bridge would reopen in March',
    cue: 'said',
    expected: { from: '2024-11-25', to: '2024-11-25', basis: 'relative', text: 'Monday' },
  },
  {
    sentence: 'The governor on Saturday said the roads were closed.',
    quote: 'the roads were closed',
    cue: 'said',
    expected: { from: '2024-11-30', to: '2024-11-30', basis: 'relative' },
  },
  {
    sentence: 'The senator last Saturday said she would run again.',
    quote: 'she would run again',
    cue: 'said',
    expected: { from: '2024-11-23', to: '2024-11-23', basis: 'relative' },
  },
  {
    sentence: 'The coach said yesterday that the team was ready.',
    quote: 'the team was ready',
    cue: 'said',
    expected: { from: '2024-11-29', to: '2024-11-29', basis: 'relative', text: 'yesterday' },
  },
  {
    sentence: 'The alliance chief earlier this week said the country was in a weak position.',
    quote: 'the country was in a weak position',
    cue: 'said',
    expected: { from: '2024-11-24', to: '2024-11-29', basis: 'relative', text: 'earlier this week' },
  },
  {
    sentence: 'Prices will keep rising, the bank said this week.',
    quote: 'Prices will keep rising',
    cue: 'said',
    expected: { from: '2024-11-24', to: '2024-11-30', basis: 'relative' },
  },
  {
    sentence: 'The union said last week it would strike.',
    quote: 'it would strike',
    cue: 'said',
    expected: { from: '2024-11-17', to: '2024-11-23', basis: 'relative', text: 'last week' },
  },
  {
    sentence: 'The company warned last month that profits would fall.',
    quote: 'profits would fall',
    cue: 'warned',
    expected: { from: '2024-10-01', to: '2024-10-31', basis: 'relative' },
  },
  {
    sentence: 'The company warned last month that profits would fall.',
    quote: 'profits would fall',
    cue: 'warned',
    published: '2025-01-15',
    expected: { from: '2024-12-01', to: '2024-12-31', basis: 'relative' },
  },
  {
    sentence: 'In September, the envoy said the border would stay shut.',
    quote: 'the border would stay shut',
    cue: 'said',
    expected: { from: '2024-09-01', to: '2024-09-30', basis: 'relative', text: 'September' },
  },
  {
    sentence: 'In September, the envoy said the border would stay shut.',
    quote: 'the border would stay shut',
    cue: 'said',
    published: '2025-03-02',
    expected: { from: '2024-09-01', to: '2024-09-30', basis: 'relative' },
  },
  {
    sentence: 'The envoy said on Nov. 13 that the border would stay shut.',
    quote: 'the border would stay shut',
    cue: 'said',
    expected: { from: '2024-11-13', to: '2024-11-13', basis: 'explicit', text: 'Nov. 13' },
  },
  {
    sentence: 'The envoy said on 13 November 2024 that the border would stay shut.',
    quote: 'the border would stay shut',
    cue: 'said',
    published: null,
    expected: { from: '2024-11-13', to: '2024-11-13', basis: 'explicit', text: '13 November 2024' },
  },
  {
    sentence: 'The envoy said on Dec. 24 that the border would stay shut.',
    quote: 'the border would stay shut',
    cue: 'said',
    expected: { from: '2023-12-24', to: '2023-12-24', basis: 'explicit' },
  },
  {
    sentence: 'In 2019, the candidate said he would never raise taxes.',
    quote: 'he would never raise taxes',
    cue: 'said',
    published: null,
    expected: { from: '2019-01-01', to: '2019-12-31', basis: 'explicit', text: '2019' },
  },
  {
    sentence: 'The candidate said two weeks ago that he would never raise taxes.',
    quote: 'he would never raise taxes',
    cue: 'said',
    expected: { from: '2024-11-16', to: '2024-11-16', basis: 'relative' },
  },
  {
    sentence: 'The premier previously said he would not sign the deal.',
    quote: 'he would not sign the deal',
    cue: 'said',
    expected: { from: '', to: '2024-11-30', basis: 'before', text: 'previously' },
  },
  {
    sentence: 'The premier has long said that the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'said',
    expected: { from: '', to: '2024-11-30', basis: 'before', text: 'has long said' },
  },
  {
    sentence: 'The premier has repeatedly said that the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'said',
    expected: { basis: 'before', to: '2024-11-30' },
  },
  {
    sentence: 'The premier had earlier said that the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'had earlier said',
    expected: { from: '', to: '2024-11-30', basis: 'before' },
  },
  {
    sentence: 'The premier has always said that the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'has always said',
    expected: { from: '', to: '2024-11-30', basis: 'before', text: 'has always said' },
  },
  {
    sentence: 'The premier had said the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'said',
    expected: { basis: 'before', to: '2024-11-30', text: 'had said' },
  },
  {
    sentence: 'In the past, the premier argued that the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'argued',
    expected: { basis: 'before', text: 'In the past' },
  },
  {
    sentence: 'The premier earlier said the deal was unfair.',
    quote: 'the deal was unfair',
    cue: 'said',
    expected: { basis: 'before', text: 'earlier' },
  },
  {
    sentence: 'Organisers of the March for Life said the route would change.',
    quote: 'the route would change',
    cue: 'said',
    expected: { basis: 'published' },
  },
  {
    sentence: 'The minister said in mid-October that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-10-01', to: '2024-10-31', basis: 'relative' },
  },
  {
    sentence: 'The minister said in December that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2023-12-01', to: '2023-12-31', basis: 'relative' },
  },
  {
    sentence: 'The minister said in November that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-01', to: '2024-11-30', basis: 'relative' },
  },
  {
    sentence: 'The minister said Monday night that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-25', to: '2024-11-25', text: 'Monday' },
  },
  {
    sentence: 'The minister said over the weekend that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    published: '2024-12-02',
    expected: { from: '2024-11-30', to: '2024-12-01', basis: 'relative' },
  },
  {
    sentence: 'The minister said last year that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2023-01-01', to: '2023-12-31', basis: 'relative' },
  },
  {
    sentence: 'The minister said earlier this month that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-01', to: '2024-11-29', basis: 'relative' },
  },
  {
    sentence: 'The minister said this morning that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-30', to: '2024-11-30', basis: 'relative' },
  },
  {
    sentence: 'The minister said in a Nov. 13 interview that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-13', to: '2024-11-13', basis: 'explicit', text: 'Nov. 13' },
  },
  {
    sentence: 'On Nov. 30, 2023, the minister said that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2023-11-30', to: '2023-11-30', basis: 'explicit', text: 'Nov. 30, 2023' },
  },
  {
    sentence: 'The minister said on 2024-11-13 that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-13', to: '2024-11-13', basis: 'explicit' },
  },
  {
    sentence: 'The minister had earlier told reporters that prices would fall.',
    quote: 'prices would fall',
    cue: 'told',
    expected: { basis: 'before', to: '2024-11-30' },
  },
  {
    sentence: 'The minister told the Sunday Times that prices would fall.',
    quote: 'prices would fall',
    cue: 'told',
    expected: { basis: 'published' },
  },
  {
    sentence: 'The minister told the Mail on Sunday that prices would fall.',
    quote: 'prices would fall',
    cue: 'told',
    expected: { basis: 'published' },
  },
  {
    sentence: 'The retailer said sales on Black Friday would fall.',
    quote: 'sales on Black Friday would fall',
    cue: 'said',
    expected: { basis: 'published' },
  },
  {
    sentence: 'The minister said earlier Friday that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-11-29', to: '2024-11-29', basis: 'relative' },
  },
  {
    sentence: 'Last November, the minister said that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    published: '2024-05-13',
    expected: { from: '2023-11-01', to: '2023-11-30', basis: 'relative' },
  },
  // Clauses inside the content do not cut the attribution's own clause.
  {
    sentence: 'The minister said the war could end when talks resume, in an interview on Friday.',
    quote: 'the war could end when talks resume',
    cue: 'said',
    expected: { from: '2024-11-29', basis: 'relative' },
  },
  {
    sentence: 'On Friday, "we will win, and we will rebuild," the minister said.',
    quote: '"we will win, and we will rebuild,"',
    cue: 'said',
    expected: { from: '2024-11-29', basis: 'relative' },
  },
  // Dates inside the content date the content, not the saying.
  {
    sentence: 'The general said Russia invaded Ukraine in February 2022.',
    quote: 'Russia invaded Ukraine in February 2022',
    cue: 'said',
    expected: { from: '2024-11-30', to: '2024-11-30', basis: 'published', text: '' },
  },
  {
    sentence: 'The diplomat told the BBC the two leaders met in September in New York.',
    quote: 'the two leaders met in September in New York',
    cue: 'told',
    expected: { basis: 'published' },
  },
  {
    sentence: '"We met on Tuesday and we will meet again," the diplomat said on Thursday.',
    quote: '"We met on Tuesday and we will meet again,"',
    cue: 'said',
    expected: { from: '2024-11-28', to: '2024-11-28', basis: 'relative' },
  },
  {
    sentence: 'The envoy told reporters the leaders met in September, and said the talks went well.',
    quote: 'the talks went well',
    cue: 'said',
    expected: { basis: 'published' },
  },
  {
    sentence: 'Nov. 30 (UPI) -- The envoy said the talks went well.',
    quote: 'the talks went well',
    cue: 'said',
    expected: { basis: 'published' },
  },
  {
    sentence: 'LONDON, March 3 (Reuters) - The envoy said on Tuesday the talks went well.',
    quote: 'the talks went well',
    cue: 'said',
    published: '2025-03-03',
    expected: { from: '2025-02-25', basis: 'relative' },
  },
  // A split quote: the cue sits inside the quote span; only the interjection is searched.
  {
    sentence: '"We met on Tuesday," the diplomat said Wednesday, "and we will meet again on Monday."',
    quote: '"We met on Tuesday," the diplomat said Wednesday, "and we will meet again on Monday."',
    cue: 'said',
    expected: { from: '2024-11-27', to: '2024-11-27', basis: 'relative', text: 'Wednesday' },
  },
  // The nearest expression to the cue wins; an earlier event's date does not.
  {
    sentence:
      'Rescuers work at a building hit on Nov. 13 in a war which the president on Friday suggested could end.',
    quote: 'could end',
    cue: 'suggested',
    expected: { from: '2024-11-29', to: '2024-11-29', basis: 'relative' },
  },
  {
    sentence: "After Tuesday's strike, the mayor said the city would rebuild.",
    quote: 'the city would rebuild',
    cue: 'said',
    expected: { basis: 'published' },
  },
  {
    sentence: 'The mayor said the city would rebuild.',
    quote: 'the city would rebuild',
    cue: 'said',
    published: '2024-11-30T23:10:00-05:00',
    expected: { from: '2024-11-30', to: '2024-11-30', basis: 'published' },
  },
  // No cue: the quote itself anchors the search.
  {
    sentence: 'According to the ministry, speaking on Wednesday, exports fell.',
    quote: 'exports fell',
    cue: null,
    expected: { from: '2024-11-27', to: '2024-11-27', basis: 'relative' },
  },
  // Without a publication date only absolute dates resolve.
  {
    sentence: 'The mayor said on Friday the city would rebuild.',
    quote: 'the city would rebuild',
    cue: 'said',
    published: null,
    expected: null,
  },
  {
    sentence: 'The mayor said the city would rebuild.',
    quote: 'the city would rebuild',
    cue: 'said',
    published: null,
    expected: null,
  },
  {
    sentence: 'The mayor has said the city would rebuild.',
    quote: 'the city would rebuild',
    cue: 'said',
    published: 'not a date',
    expected: null,
  },
  // Numbers that are no dates: a sum, a decimal, a score (chrono reads "28.5m" as a day and month).
  {
    sentence: 'The firm admitted paying bribes of €28.5m after an inquiry, it said.',
    quote: 'paying bribes of €28.5m after an inquiry',
    cue: 'admitted',
    expected: { from: SATURDAY, to: SATURDAY, basis: 'published' },
  },
  {
    sentence: 'The economy grew 3.5 percent and may march on, the minister said on 3/15.',
    quote: 'The economy grew 3.5 percent and may march on',
    cue: 'said',
    expected: { from: '2024-03-15', to: '2024-03-15', basis: 'explicit', text: '3/15' },
  },
  {
    sentence: 'The team won 2-1, the coach said in May.',
    quote: 'The team won 2-1',
    cue: 'said',
    expected: { from: '2024-05-01', to: '2024-05-31', text: 'May' },
  },
  {
    sentence: 'The report, he said on 2023-10-12, was wrong.',
    quote: 'The report',
    cue: 'said',
    expected: { from: '2023-10-12', to: '2023-10-12', basis: 'explicit' },
  },
];

describe('findSaidOn', () => {
  it.each(cases)('$sentence ($published)', ({ sentence, quote, cue, published, expected }) => {
    const result = findSaidOn(sentence, {
      sentence: { start: 0, end: sentence.length },
      quote: spanOf(sentence, quote),
      cue: cue === null ? null : cueOf(sentence, cue, quote),
      published: published === undefined ? SATURDAY : published,
    });
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
    if (result) expect(sentence).toContain(result.text);
  });

  it('stays bounded on a huge sentence: only a window around the cue is searched', () => {
    const filler = 'on Friday in September last week '.repeat(30_000);
    const text = `${filler}The mayor said on Thursday the city would rebuild. ${filler}`;
    const cue = spanOf(text, 'said');
    const result = findSaidOn(text, {
      sentence: { start: 0, end: text.length },
      quote: spanOf(text, 'the city would rebuild'),
      cue,
      published: SATURDAY,
    });
    expect(result).toMatchObject({ from: '2024-11-28', basis: 'relative' });
  });

  it('accepts nonsense spans without throwing', () => {
    const text = 'He said it on Friday.';
    for (const span of [
      { start: -5, end: 1e9 },
      { start: 10, end: 2 },
      { start: Number.NaN, end: Number.NaN },
    ]) {
      expect(() =>
        findSaidOn(text, { sentence: span, quote: span, cue: span, published: SATURDAY }),
      ).not.toThrow();
    }
  });
});

describe('findSaidOn on any input (property-based)', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      ' said',
      ' on Friday',
      ' earlier this week',
      ' last month',
      ' in September',
      ' on Nov. 13',
      ' previously',
      ' has long said',
      ' yesterday',
      ' 3 weeks ago',
      ' in 2019',
      ', and',
      '"',
      '\u201c',
      '\n',
      ' Nov. 30 (UPI) --',
    ),
    fc.string({ unit: 'binary', maxLength: 6 }),
  );
  const span = fc.tuple(fc.integer({ min: -5, max: 400 }), fc.integer({ min: -5, max: 400 }));
  it('returns null or a well-formed SaidOn whose text occurs in the input', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')),
        span,
        span,
        fc.option(span),
        fc.constantFrom('2024-11-30', '2024-02-29T23:00:00Z', '2025-01-01', null, 'garbage'),
        (text, [s1, e1], [s2, e2], cue, published) => {
          const result = findSaidOn(text, {
            sentence: { start: s1, end: e1 },
            quote: { start: s2, end: e2 },
            cue: cue ? { start: cue[0], end: cue[1] } : null,
            published,
          });
          if (!result) return;
          expect(text).toContain(result.text);
          expect(result.to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (result.basis === 'before') expect(result.from).toBe('');
          else expect(result.from <= result.to).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const seedDir = join(readConfig().sharedDir, 'seed');
const seedName = 'upi-2024-11-30-zelensky-nato';
const hasSeed = existsSync(join(seedDir, `${seedName}.gold.jsonl`));

describe.skipIf(!hasSeed)('findSaidOn on the seed story (../shared/seed; skipped when absent)', () => {
  it('dates every gold attribution as the gold does, and no content date leaks', () => {
    const gold = JSON.parse(readFileSync(join(seedDir, `${seedName}.gold.jsonl`), 'utf8').split('\n')[0]);
    const text: string = gold.text;
    let checked = 0;
    for (const attribution of gold.attributions) {
      const [[start, end]] = attribution.content;
      const cue = attribution.cue[0] ? { start: attribution.cue[0][0], end: attribution.cue[0][1] } : null;
      // Seed paragraphs are lines; the line is a fair stand-in for the attribution sentence.
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
      const result = findSaidOn(text, {
        sentence: { start: lineStart, end: lineEnd },
        quote: { start, end },
        cue,
        published: gold.published,
      });
      const expected: string | undefined = attribution.said_on;
      if (expected === undefined) {
        expect(['published', 'before'], text.slice(start, end)).toContain(result?.basis);
        continue;
      }
      checked++;
      if (expected.startsWith('before ')) {
        expect(result).toMatchObject({ basis: 'before', to: expected.slice(7), from: '' });
      } else {
        const [from, to = from] = expected.split('..');
        expect(result).toMatchObject({ from, to });
      }
    }
    expect(checked).toBe(4);
  });
});

describe("a date inside another statement's content does not date this one (extract)", () => {
  const CASES: Array<{ text: string; published: string; quote: string; saidOn: Partial<SaidOn> }> = [
    {
      text: 'Ann Lee said the city had been wrong to sell the port in 2015, adding that the sale should serve as a warning.',
      published: '2023-02-17',
      quote: 'the sale should serve as a warning',
      saidOn: { from: '2023-02-17', basis: 'published' },
    },
    {
      text: 'Ann Lee said the treaty signed on 20 February was void, adding that talks should resume.',
      published: '2023-03-17',
      quote: 'talks should resume',
      saidOn: { from: '2023-03-17', basis: 'published' },
    },
    {
      // a weekday after the first content dates the clause that holds both statements
      text: 'Mayor Ivo Rask condemned the "reckless" plan on Thursday and called the vote a "farce".',
      published: SATURDAY,
      quote: 'the vote a "farce"',
      saidOn: { from: '2024-11-28', basis: 'relative' },
    },
  ];
  it.each(CASES)('$text', ({ text, published, quote, saidOn }) => {
    const statement = extract({ id: 'dates', text, published }).find((found) => found.quote.text === quote);
    expect(statement?.saidOn).toMatchObject(saidOn);
  });
});
