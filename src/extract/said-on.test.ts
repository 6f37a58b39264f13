import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { formatSaidOn } from '../eval/score.js';
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
  // a saying still to come ("will say", "is due to tell"): a bare weekday after the cue, or opening the
  // sentence, is the next one on or after publication, and "tomorrow" the day after it
  {
    sentence: 'The minister will say in a speech on Monday that prices will fall.',
    quote: 'prices will fall',
    cue: 'will say',
    expected: { from: '2024-12-02', to: '2024-12-02', basis: 'relative' },
  },
  {
    sentence: 'On Saturday, the minister will tell MPs that prices will fall.',
    quote: 'prices will fall',
    cue: 'will tell',
    expected: { from: '2024-11-30', to: '2024-11-30', basis: 'relative' },
  },
  {
    sentence: 'Tomorrow, the minister will announce that prices will fall.',
    quote: 'prices will fall',
    cue: 'will announce',
    expected: { from: '2024-12-01', to: '2024-12-01', basis: 'relative' },
  },
  {
    sentence: 'The minister is due to tell MPs on Tuesday that prices will fall.',
    quote: 'prices will fall',
    cue: 'tell',
    expected: { from: '2024-12-03', to: '2024-12-03', basis: 'relative' },
  },
  // (a past saying, a weekday of the past verb before a future one, "tomorrow" not beside the cue)
  {
    sentence: 'The minister told MPs on Tuesday that prices will fall.',
    quote: 'prices will fall',
    cue: 'told',
    expected: { from: '2024-11-26', basis: 'relative' },
  },
  {
    sentence: 'The minister said on Monday she will tell MPs that prices will fall.',
    quote: 'prices will fall',
    cue: 'will tell',
    expected: { from: '2024-11-25', basis: 'relative' },
  },
  {
    sentence: 'The minister, who flies to Kyiv tomorrow, said that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { basis: 'published' },
  },
  // a month, or a day and month, with "last year" / "this year" after it: that month of that year
  {
    sentence: 'In February last year, the minister said that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2023-02-01', to: '2023-02-28', basis: 'relative', text: 'February last year' },
  },
  {
    sentence: 'The minister said on 5 March this year that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2024-03-05', to: '2024-03-05', basis: 'relative' },
  },
  {
    sentence: 'The minister said in March of last year that prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { from: '2023-03-01', to: '2023-03-31' },
  },
  // (not a month still to come this year, and not "the March" of a name)
  {
    sentence: 'In December this year, the minister said, prices would fall.',
    quote: 'prices would fall',
    cue: 'said',
    expected: { basis: 'published' },
  },
  {
    sentence: 'The minister said the March for Life this year would be peaceful.',
    quote: 'the March for Life this year would be peaceful',
    cue: 'said',
    expected: { basis: 'published' },
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
  // "Ada May, 34, said": a month's name as a surname, then an age, dates nothing.
  {
    sentence: 'Ada May, 34, said the roof had fallen in.',
    quote: 'the roof had fallen in',
    cue: 'said',
    expected: { from: SATURDAY, to: SATURDAY, basis: 'published' },
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

describe('what a date in the sentence belongs to (findSaidOn)', () => {
  const CASES: Case[] = [
    // capitalised at the start of the sentence
    {
      sentence: 'Earlier this week, Ann Reed said that talks were possible.',
      quote: 'talks were possible',
      cue: 'said',
      expected: { from: '2024-11-24', to: '2024-11-29', basis: 'relative', text: 'Earlier this week' },
    },
    // "recently" is before publication, like "previously"; a nearer date still wins
    {
      sentence: 'The chamber recently forecast that growth would slow.',
      quote: 'growth would slow',
      cue: 'forecast',
      expected: { from: '', to: SATURDAY, basis: 'before', text: 'recently' },
    },
    {
      sentence: 'The recently appointed minister said on Monday that growth would slow.',
      quote: 'growth would slow',
      cue: 'said',
      expected: { from: '2024-11-25', basis: 'relative' },
    },
    {
      sentence: 'Ann Lee, who recently joined the club, said the fans were loud.',
      quote: 'the fans were loud',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: 'The minister said recently that growth would slow.',
      quote: 'growth would slow',
      cue: 'said',
      expected: { basis: 'before', text: 'recently' },
    },
    {
      sentence: 'The recently-appointed minister said that growth would slow.',
      quote: 'growth would slow',
      cue: 'said',
      expected: { basis: 'published' },
    },
    // a relative clause between the subject and the cue dates what it tells
    {
      sentence: 'Ann Lee, who won the prize in 2019, said the jury was fair.',
      quote: 'the jury was fair',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence:
        'Looking to the polls, which are expected to be held on 5 May, Mr Lee said the party was ready.',
      quote: 'the party was ready',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: 'Ann Lee, who won the £30,000 prize in 2019, said the jury was fair.',
      quote: 'the jury was fair',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: "The organiser said this year's festival would be the best yet.",
      quote: 'would be the best yet',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: "In this year's address, the mayor said the budget was safe.",
      quote: 'the budget was safe',
      cue: 'said',
      expected: { from: '2024-01-01', to: SATURDAY, basis: 'relative' },
    },
    {
      sentence: 'Ann Lee, who won the prize, said in 2019 that the jury was fair.',
      quote: 'the jury was fair',
      cue: 'said',
      expected: { from: '2019-01-01', to: '2019-12-31', basis: 'explicit' },
    },
    // a programme called Today
    {
      sentence: "The law is wrong, he told BBC Radio 4's Today programme.",
      quote: 'The law is wrong',
      cue: 'told',
      expected: { basis: 'published' },
    },
    {
      sentence: 'The law is wrong, he told the radio today.',
      quote: 'The law is wrong',
      cue: 'told',
      expected: { from: SATURDAY, basis: 'relative', text: 'today' },
    },
    // "on a Friday", "every Friday": no particular day
    {
      sentence: 'On a Friday night the preacher would say that sin was everywhere.',
      quote: 'sin was everywhere',
      cue: 'say',
      expected: { basis: 'published' },
    },
    {
      sentence: 'Every Friday, the mayor says the streets are safer.',
      quote: 'the streets are safer',
      cue: 'says',
      expected: { basis: 'published' },
    },
    {
      sentence: 'In a Tuesday tweet, the ministry said the talks were over.',
      quote: 'the talks were over',
      cue: 'said',
      expected: { from: '2024-11-26', basis: 'relative' },
    },
    // "Saturday's match" is another event's day; "Monday's speech", "Saturday's newspaper" the saying's
    {
      sentence: "Umaga, in England for Saturday's charity match, said the tour was a big deal.",
      quote: 'the tour was a big deal',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: "In Monday's speech, the mayor said the budget was safe.",
      quote: 'the budget was safe',
      cue: 'said',
      expected: { from: '2024-11-25', basis: 'relative' },
    },
    {
      sentence: "Saturday's newspaper said the deal was off.",
      quote: 'the deal was off',
      cue: 'said',
      expected: { from: SATURDAY, basis: 'relative' },
    },
    // a month or a year in an "after …" or "despite …" clause dates that clause; a day there is kept
    {
      sentence: 'After losing in the first round last year, Safin said he had given up on grass.',
      quote: 'he had given up on grass',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: 'Despite a settlement four years ago, he says he has been denied a pension.',
      quote: 'he has been denied a pension',
      cue: 'says',
      expected: { basis: 'published' },
    },
    {
      sentence: 'After talks on Monday, the minister said a deal was close.',
      quote: 'a deal was close',
      cue: 'said',
      expected: { from: '2024-11-25', basis: 'relative' },
    },
    // after "that", the date opens the content
    {
      sentence: 'The aide said that yesterday, the talks had failed.',
      quote: 'the talks had failed',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: 'The aide said yesterday that the talks had failed.',
      quote: 'the talks had failed',
      cue: 'said',
      expected: { from: '2024-11-29', basis: 'relative' },
    },
    // "to March", "for February 8", "as of February 20": the date of something else
    {
      sentence: 'Looking ahead to its results to March 2005, the airline warned that yields would fall.',
      quote: 'yields would fall',
      cue: 'warned',
      published: '2005-02-10',
      expected: { basis: 'published' },
    },
    {
      sentence: 'Looking ahead to the launch set for February 8, the minister said the plan would work.',
      quote: 'the plan would work',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: 'The paper, as of February 20, said dealers had sold only 455 cars.',
      quote: 'dealers had sold only 455 cars',
      cue: 'said',
      expected: { basis: 'published' },
    },
    {
      sentence: 'The airline warned in March 2005 that yields would fall.',
      quote: 'yields would fall',
      cue: 'warned',
      expected: { from: '2005-03-01', to: '2005-03-31', basis: 'explicit' },
    },
  ];
  it.each(CASES)('$sentence', ({ sentence, quote, cue, published, expected }) => {
    const result = findSaidOn(sentence, {
      sentence: { start: 0, end: sentence.length },
      quote: spanOf(sentence, quote),
      cue: cue === null ? null : cueOf(sentence, cue, quote),
      published: published === undefined ? SATURDAY : published,
    });
    expect(result).toMatchObject(expected ?? {});
  });

  it.each([
    { name: 'Mike Friday', expected: { basis: 'published' } },
    { name: 'the coach', expected: { from: '2024-11-29', basis: 'relative' } },
  ])('"said Friday" of a speaker named $name', ({ name, expected }) => {
    const sentence = '"We were lucky," said Friday.';
    const result = findSaidOn(sentence, {
      sentence: { start: 0, end: sentence.length },
      quote: spanOf(sentence, '"We were lucky,"'),
      cue: spanOf(sentence, 'said'),
      published: SATURDAY,
      speaker: { mention: name === 'the coach' ? null : spanOf(sentence, 'Friday'), name },
    });
    expect(result).toMatchObject(expected);
  });
});

describe('a date carried from the text before (extract)', () => {
  const CASES: Array<{ text: string; quote: string; saidOn: Partial<SaidOn> }> = [
    // the same speaker again, just after a statement dated beside its cue
    {
      text: 'A club spokesman said on Monday that the striker was injured.\n\n"He has back pain," the spokesman said.',
      quote: '"He has back pain,"',
      saidOn: { from: '2024-11-25', basis: 'relative', text: 'Monday' },
    },
    {
      text: 'A club spokesman said on Monday that the striker was injured. "He has back pain," the spokesman said. "He could not train," the spokesman added.',
      quote: '"He could not train,"',
      saidOn: { from: '2024-11-25', basis: 'relative' },
    },
    {
      text: 'In January the Institute for Fiscal Studies said taxes would have to rise. It also said the rule would be missed.',
      quote: 'the rule would be missed',
      saidOn: { from: '2024-01-01', to: '2024-01-31' },
    },
    {
      text: 'Earlier this week, the United States ambassador to the United Nations Ann Reed said that talks were possible. "We have not ruled that out," Reed said.',
      quote: '"We have not ruled that out,"',
      saidOn: { from: '2024-11-24', to: '2024-11-29', basis: 'relative' },
    },
    {
      text: 'Ann Reed told the radio late last month that the war had to end. "We want peace," she added.',
      quote: '"We want peace,"',
      saidOn: { from: '2024-10-01', to: '2024-10-31', basis: 'relative' },
    },
    {
      text: 'In late 2022, Ann Reed conceded that the war would take a while and warned of a long winter.',
      quote: 'of a long winter',
      saidOn: { from: '2022-01-01', to: '2022-12-31' },
    },
    // a year, or years ago, dates what the report looks back on: the next words are most often today's
    {
      text: 'Ann Reed said in 2019 that the war had to end. "We want peace," Reed said.',
      quote: '"We want peace,"',
      saidOn: { basis: 'published' },
    },
    {
      text: 'Three years ago, Ann Reed said that the war had to end. "We want peace," Reed said.',
      quote: '"We want peace,"',
      saidOn: { basis: 'published' },
    },
    // a transcript's turns, whoever speaks, are one occasion: the day the first turn is given
    {
      text: "Yesterday evening, Ann Reed held a meeting with the head of the bank, Ivo Rask.\n\nAnn Reed: Mr Rask, shall we start with this year's results?\n\nIvo Rask: Yes. We expect record profits this year.\n\nAnn Reed: That is good news.",
      quote: 'That is good news',
      saidOn: { from: '2024-11-29', to: '2024-11-29', basis: 'relative' },
    },
    // (a day inside a turn dates what it tells, not the next turn)
    {
      text: 'Ann Reed held a meeting with the head of the bank, Ivo Rask.\n\nAnn Reed: Mr Rask, the board met on Monday. Shall we start?\n\nIvo Rask: Yes. We expect record profits this year.\n\nAnn Reed: That is good news.\n\nIvo Rask: Thank you.',
      quote: 'Thank you',
      saidOn: { basis: 'published' },
    },
    // not another speaker, not a present-tense claim, not a date inside the first content
    {
      text: 'A club spokesman said on Monday that the striker was injured.\n\n"He will be back soon," coach Ivo Rask said.',
      quote: '"He will be back soon,"',
      saidOn: { basis: 'published' },
    },
    {
      text: 'Microsoft announced on Friday that the old browser must go. "It is time to say goodbye," Microsoft says on its website.',
      quote: '"It is time to say goodbye,"',
      saidOn: { basis: 'published' },
    },
    {
      text: 'Mayor Ivo Rask said the bridge that opened on Monday was safe. "It will stand for a century," Rask said.',
      quote: '"It will stand for a century,"',
      saidOn: { basis: 'published' },
    },
    // the meeting, call or speech a sentence refers back to
    {
      text: 'On Tuesday, Ann Reed met the Polish prime minister in Warsaw. They discussed energy. During the meeting, Reed said the grid needed investment.',
      quote: 'the grid needed investment',
      saidOn: { from: '2024-11-26', basis: 'relative', text: 'Tuesday' },
    },
    {
      text: 'Ann Reed held a phone call with the Polish prime minister on Thursday. In the conversation, Reed stressed that the grid needed investment.',
      quote: 'the grid needed investment',
      saidOn: { from: '2024-11-28', basis: 'relative' },
    },
    {
      text: 'Ann Reed unveiled plans last week. During the meeting, Reed said the grid needed investment.',
      quote: 'the grid needed investment',
      saidOn: { basis: 'published' },
    },
    {
      text: 'The launch is scheduled for February 8. During the meeting, Reed said the grid needed investment.',
      quote: 'the grid needed investment',
      saidOn: { basis: 'published' },
    },
    // the sentence before, whose subject is the speaker
    {
      text: 'US Secretary of State Ann Reed on Monday drew sharp lines between the two powers. In a speech in Pretoria, Reed argued that trade mattered most.',
      quote: 'trade mattered most',
      saidOn: { from: '2024-11-25', basis: 'relative', text: 'Monday' },
    },
    {
      text: 'Mr Howard appointed Ann Reed as his campaign chief on Monday. Reed said the campaign would be positive.',
      quote: 'the campaign would be positive',
      saidOn: { basis: 'published' },
    },
    {
      text: 'Last July, Ann Reed won the right to stand. Reed said she was playing a different role.',
      quote: 'she was playing a different role',
      saidOn: { basis: 'published' },
    },
    // ... or a few sentences before it in the same paragraph, with no other date or statement between
    {
      text: 'On June 1, Ann Reed visited a new school in Bucha. It was built with help from donors. "We met the teachers," Reed said.',
      quote: '"We met the teachers,"',
      saidOn: { from: '2024-06-01', basis: 'explicit' },
    },
    {
      text: 'On June 1, Ann Reed visited a new school in Bucha. On Friday, donors pledged more money. "We met the teachers," Reed said.',
      quote: '"We met the teachers,"',
      saidOn: { basis: 'published' },
    },
    {
      text: 'On June 1, Ann Reed visited a new school in Bucha. The mayor said it was full. "We met the teachers," Reed said.',
      quote: '"We met the teachers,"',
      saidOn: { basis: 'published' },
    },
    {
      text: 'On June 1, Ann Reed visited a new school in Bucha.\n\nIt was built with help from donors. "We met the teachers," Reed said.',
      quote: '"We met the teachers,"',
      saidOn: { basis: 'published' },
    },
    // an ordinal day after the month is part of the date, not of the content
    {
      text: 'The minister said on February 24th that the plan would go ahead.',
      quote: 'the plan would go ahead',
      saidOn: { from: '2024-02-24', basis: 'explicit' },
    },
    {
      text: 'The minister said on 24th February that the plan would go ahead.',
      quote: 'the plan would go ahead',
      saidOn: { from: '2024-02-24', basis: 'explicit' },
    },
    {
      text: 'The minister said 21st century problems need new answers.',
      quote: '21st century problems need new answers',
      saidOn: { basis: 'published' },
    },
    // a day told from a date the text set before ("the same day", "the next day", "on the 24th")
    {
      text: 'On Tuesday, Ann Reed said the grid was failing. The same day, Ivo Rask said that the plant would close.',
      quote: 'the plant would close',
      saidOn: { from: '2024-11-26', basis: 'relative', text: 'The same day' },
    },
    {
      text: 'On Tuesday, Ann Reed met the Polish prime minister. The next day, Ivo Rask said that the plant would close.',
      quote: 'the plant would close',
      saidOn: { from: '2024-11-27', basis: 'relative' },
    },
    {
      text: 'On November 3, Ann Reed visited the plant. Ivo Rask said the following day that it would close.',
      quote: 'it would close',
      saidOn: { from: '2024-11-04', to: '2024-11-04', basis: 'relative' },
    },
    {
      text: 'On November 3, Ann Reed visited the plant. On the 5th, Ivo Rask said that it would close.',
      quote: 'it would close',
      saidOn: { from: '2024-11-05', basis: 'relative', text: 'On the 5th' },
    },
    // no date set before; the phrase inside what was said; a date that is a range
    {
      text: 'The next day, Ivo Rask said that the plant would close.',
      quote: 'the plant would close',
      saidOn: { basis: 'published' },
    },
    {
      text: 'On Tuesday, Ann Reed visited the plant. Ivo Rask said that it would close the next day.',
      quote: 'it would close the next day',
      saidOn: { basis: 'published' },
    },
    {
      text: 'Last month, Ann Reed visited the plant. The next day, Ivo Rask said that it would close.',
      quote: 'it would close',
      saidOn: { basis: 'published' },
    },
  ];
  it.each(CASES)('$text', ({ text, quote, saidOn }) => {
    const statement = extract({ id: 'dates', text, published: SATURDAY }).find(
      (found) => found.quote.text === quote,
    );
    expect(statement?.saidOn).toMatchObject(saidOn);
  });
});

/*
 * Time expressions as they attach to a reporting verb: before it, after it, after the content, in a
 * fronted clause. Publication dates put the arithmetic across month and year ends. A bare weekday that is
 * the publication's own weekday is that day (wire copy written on a Monday says "said on Monday" of the
 * same day; a week back it would say "last Monday" or give the date).
 * 2024-11-30 is a Saturday, 2024-12-02 a Monday, 2025-01-01 a Wednesday.
 */
describe('time expressions attached to the reporting verb (extract)', () => {
  const CASES: Array<[published: string, text: string, quote: string, said: string]> = [
    ['2024-12-02', 'On Tuesday, Ann Reed said the plan was sound.', 'the plan was sound', '2024-11-26'],
    ['2024-12-02', 'Ann Reed said on Tuesday that the plan was sound.', 'the plan was sound', '2024-11-26'],
    ['2024-12-02', '"The plan is sound," Ann Reed said Tuesday.', '"The plan is sound,"', '2024-11-26'],
    ['2024-12-02', 'The plan is sound, Ann Reed said Tuesday.', 'The plan is sound', '2024-11-26'],
    ['2024-12-02', 'Ann Reed said on Monday that the plan was sound.', 'the plan was sound', '2024-12-02'],
    [
      '2024-12-02',
      'Ann Reed told reporters late on Monday that the plan was sound.',
      'the plan was sound',
      '2024-12-02',
    ],
    [
      '2024-12-03',
      'Ann Reed told reporters late on Monday that the plan was sound.',
      'the plan was sound',
      '2024-12-02',
    ],
    [
      '2025-01-02',
      'Speaking on Wednesday, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2025-01-01',
    ],
    [
      '2025-01-02',
      'Speaking to reporters on Wednesday, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2025-01-01',
    ],
    [
      '2025-01-03',
      'In a statement issued on 12 May, the ministry said the plan was sound.',
      'the plan was sound',
      '2024-05-12',
    ],
    [
      '2024-05-20',
      'In a statement issued on 12 May, the ministry said the plan was sound.',
      'the plan was sound',
      '2024-05-12',
    ],
    [
      '2024-12-10',
      'Ann Reed said earlier this month that the plan was sound.',
      'the plan was sound',
      '2024-12-01..2024-12-09',
    ],
    [
      '2025-01-01',
      'Ann Reed said last week that the plan was sound.',
      'the plan was sound',
      '2024-12-22..2024-12-28',
    ],
    [
      '2025-01-15',
      'Ann Reed said last month that the plan was sound.',
      'the plan was sound',
      '2024-12-01..2024-12-31',
    ],
    ['2024-12-02', 'Ann Reed said this morning that the plan was sound.', 'the plan was sound', '2024-12-02'],
    [
      '2024-12-01',
      'Overnight, the ministry said the plan was sound.',
      'the plan was sound',
      '2024-11-30..2024-12-01',
    ],
    [
      '2024-12-01',
      'The ministry said overnight that the plan was sound.',
      'the plan was sound',
      '2024-11-30..2024-12-01',
    ],
    ['2024-12-01', 'Ann Reed said yesterday that the plan was sound.', 'the plan was sound', '2024-11-30'],
    ['2025-01-01', '"The plan is sound," Ann Reed said yesterday.', '"The plan is sound,"', '2024-12-31'],
    [
      '2024-11-30',
      'On Tuesday, Ann Reed visited the plant. The day before, Ivo Rask said it would close.',
      'it would close',
      '2024-11-25',
    ],
    [
      '2024-11-30',
      'On Tuesday, Ann Reed visited the plant. Ivo Rask said the day before that it would close.',
      'it would close',
      '2024-11-25',
    ],
    [
      '2024-11-30',
      'On Tuesday, Ann Reed visited the plant. A day earlier, Ivo Rask said it would close.',
      'it would close',
      '2024-11-25',
    ],
    [
      '2024-11-30',
      'On Tuesday, Ann Reed visited the plant. Ivo Rask had said a day earlier that it would close.',
      'it would close',
      '2024-11-25',
    ],
    ['2024-12-10', 'Ann Reed said on the 12th that the plan was sound.', 'the plan was sound', '2024-11-12'],
    ['2024-12-20', 'Ann Reed said on the 12th that the plan was sound.', 'the plan was sound', '2024-12-12'],
    ['2024-05-20', 'Ann Reed said on May 5 that the plan was sound.', 'the plan was sound', '2024-05-05'],
    ['2024-03-01', 'Ann Reed said on May 5 that the plan was sound.', 'the plan was sound', '2023-05-05'],
    [
      '2024-03-01',
      'Ann Reed said on 5 May 2015 that the plan was sound.',
      'the plan was sound',
      '2015-05-05',
    ],
    [
      '2024-03-01',
      'In 2007, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2007-01-01..2007-12-31',
    ],
    [
      '2024-03-01',
      'Ann Reed said in 2007 that the plan was sound.',
      'the plan was sound',
      '2007-01-01..2007-12-31',
    ],
    [
      '2024-03-01',
      'Ann Reed said last year that the plan was sound.',
      'the plan was sound',
      '2023-01-01..2023-12-31',
    ],
    [
      '2024-03-01',
      'In a 2019 interview, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2019-01-01..2019-12-31',
    ],
    [
      '2024-03-01',
      'Ann Reed told the BBC in a 2019 radio interview that the plan was sound.',
      'the plan was sound',
      '2019-01-01..2019-12-31',
    ],
    [
      '2024-03-01',
      'Ann Reed said two weeks ago that the plan was sound.',
      'the plan was sound',
      '2024-02-16',
    ],
    [
      '2024-12-02',
      'Ann Reed said at the weekend that the plan was sound.',
      'the plan was sound',
      '2024-11-30..2024-12-01',
    ],
    [
      '2024-12-02',
      '"The plan is sound," Ann Reed said at the weekend.',
      '"The plan is sound,"',
      '2024-11-30..2024-12-01',
    ],
    [
      '2024-12-02',
      'Ann Reed said on Sunday night that the plan was sound.',
      'the plan was sound',
      '2024-12-01',
    ],
    ['2024-12-02', 'On Sunday night, Ann Reed said the plan was sound.', 'the plan was sound', '2024-12-01'],
    [
      '2024-11-30',
      'Ann Reed said earlier on Friday that the plan was sound.',
      'the plan was sound',
      '2024-11-29',
    ],
    [
      '2024-11-30',
      'Earlier on Friday, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2024-11-29',
    ],
    // a fronted phrase dates a second verb of the same subject ("…, and said")
    [
      '2024-11-30',
      'In a speech in Leeds on Wednesday, Ann Reed renewed her call for a bridge, and said the plan was sound.',
      'the plan was sound',
      '2024-11-27',
    ],
    [
      '2024-11-30',
      'In May the council backed the bridge, but said the plan was too costly.',
      'the plan was too costly',
      '2024-05-01..2024-05-31',
    ],
    // a date between the subject and its first verb dates a second verb of that subject, a pronoun's too
    [
      '2024-11-30',
      'The mayor on Thursday blamed the council for the delay, and he insisted the plan was sound.',
      'the plan was sound',
      '2024-11-28',
    ],
    [
      '2024-11-30',
      'Ann Reed yesterday criticised the council, and said the plan was sound.',
      'the plan was sound',
      '2024-11-29',
    ],
    [
      '2024-11-30',
      'On Wednesday, Ann Reed visited the site, and she said the plan was sound.',
      'the plan was sound',
      '2024-11-27',
    ],
    // ... not a date after the first verb, nor one of another subject, nor one followed by "later"
    [
      '2024-11-30',
      'The mayor blamed the council on Thursday, and he insisted the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'The council on Thursday fined Ann Reed, and she insisted the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'In 2001, the company set up a fund, but it later admitted the plan was unsound.',
      'the plan was unsound',
      '2024-11-30',
    ],
    // the year after a date's comma is the date's, not the content's first word; a count there is content
    [
      '2024-11-30',
      'Ann Reed said on November 18, 2023 that the plan was sound.',
      'the plan was sound',
      '2023-11-18',
    ],
    [
      '2024-11-30',
      'Ann Reed agreed in April, 2022 that the plan was sound.',
      'the plan was sound',
      '2022-04-01..2022-04-30',
    ],
    ['2024-11-30', 'Ann Reed said on November 18, 12 people had died.', '12 people had died', '2024-11-18'],
    // "on the eve of Friday's vote" is the day before it, which may be publication day; "ahead of" dates nothing
    [
      '2024-11-30',
      "On the eve of Friday's vote, Ann Reed said the plan was sound.",
      'the plan was sound',
      '2024-11-28',
    ],
    [
      '2024-11-30',
      "Ann Reed said on the eve of Sunday's vote that the plan was sound.",
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      "Ahead of Friday's vote, Ann Reed said the plan was sound.",
      'the plan was sound',
      '2024-11-30',
    ],
    // a cue in the present tense is a standing claim: a date elsewhere in the sentence is another verb's
    [
      '2024-11-30',
      'The talks began on Monday and Ann Reed says the plan is sound.',
      'the plan is sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'The firm collapsed in 2019 and prosecutors claim that the losses were hidden.',
      'the losses were hidden',
      '2024-11-30',
    ],
    // ... but one beside the cue dates it, and a past tense keeps the date
    ['2024-11-30', 'On Monday, Ann Reed says, the plan was sound.', 'the plan was sound', '2024-11-25'],
    [
      '2024-11-30',
      'The talks began on Monday and Ann Reed said the plan was sound.',
      'the plan was sound',
      '2024-11-25',
    ],
    // a relative clause between the subject and the cue does not cut the opening phrase off
    [
      '2024-05-11',
      'In February, Ann Reed, who is the mayor, said the plan was sound.',
      'the plan was sound',
      '2024-02-01..2024-02-29',
    ],
    [
      '2024-05-11',
      'In late 2023, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2023-01-01..2023-12-31',
    ],
    [
      '2024-05-11',
      'In mid-2023 the council said the plan was sound.',
      'the plan was sound',
      '2023-01-01..2023-12-31',
    ],
    // (a date inside the relative clause is its own)
    [
      '2024-11-30',
      'Ann Reed, who visited the site on Monday, said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'Ann Reed, who says the site opened in late 2023, said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    // ... unless the clause tells the saying itself: the piece's release, the speaker's speaking
    [
      '2024-11-30',
      'The statement, released on Monday, said the plan was sound.',
      'the plan was sound',
      '2024-11-25',
    ],
    [
      '2024-11-30',
      'Ann Reed, who spoke at the rally on Monday, said the plan was sound.',
      'the plan was sound',
      '2024-11-25',
    ],
    [
      '2024-11-30',
      'The council, founded on Monday, said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    // an event named before ("At the same event, Y said")
    [
      '2024-11-30',
      'At an event in Leeds on Monday, Ann Reed said the plan was sound. At the same event, Ivo Rask said it was too costly.',
      'it was too costly',
      '2024-11-25',
    ],
    [
      '2024-11-30',
      'At a forum on Tuesday, Ann Reed backed the plan. During the forum, Ivo Rask said it was too costly.',
      'it was too costly',
      '2024-11-26',
    ],
    // the tag repeated after the quotation ('X told Y: "…," she said on Thursday') dates the one statement
    [
      '2024-11-30',
      'Ann Reed told the BBC: "The plan is sound. We will build it," she said on Thursday.',
      '"The plan is sound. We will build it,"',
      '2024-11-28',
    ],
    // look-alikes: the time is the content's, another event's, or a noun's
    [
      '2024-11-30',
      'Ann Reed said the vote would take place on Friday.',
      'the vote would take place on Friday',
      '2024-11-30',
    ],
    ['2024-11-30', 'Ann Reed said the 2019 deal failed.', 'the 2019 deal failed', '2024-11-30'],
    [
      '2024-11-30',
      'Ann Reed said the plan had been sound for the past week.',
      'the plan had been sound for the past week',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'For the past week, Ann Reed has said the plan was sound.',
      'the plan was sound',
      'before 2024-11-30',
    ],
    [
      '2024-11-30',
      'Ann Reed, who was elected in 2019, said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'Ann Reed, who took office last month, said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'After the 2019 election, Ann Reed said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'Ann Reed told the BBC: "The vote is on Friday," she said.',
      '"The vote is on Friday,"',
      '2024-11-30',
    ],
    ['2024-11-30', 'Ivo Rask said a day later was too late.', 'a day later was too late', '2024-11-30'],
    [
      '2024-11-30',
      'The overnight courier Ann Reed said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'An earlier survey was wrong, Ann Reed said, but added that the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'Ann Reed upgraded her forecast for the economy this year, and said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    [
      '2024-11-30',
      'Ann Reed told reporters she met Ivo Rask on Wednesday, and said the plan was sound.',
      'the plan was sound',
      '2024-11-30',
    ],
    ['2024-11-30', 'Ann Reed previously said the plan was sound.', 'the plan was sound', 'before 2024-11-30'],
    ['2024-11-30', 'Ann Reed has long said the plan was sound.', 'the plan was sound', 'before 2024-11-30'],
  ];
  it.each(CASES)('%s: %s', (published, text, quote, said) => {
    const statement = extract({ id: 'dates', text, published }).find((found) => found.quote.text === quote);
    expect(statement && formatSaidOn(statement)).toBe(said);
  });
});

describe('an article with no date of its own', () => {
  // (Wikinews opens with its date line: "on Monday" is told from it; with no date line nothing dates it)
  it.each([
    ['Tuesday, September 1, 2015\n\nThe mayor said on Monday that the plan was sound.', '2015-08-31'],
    ['The mayor said on Monday that the plan was sound.', null],
  ])('%s', (text, said) => {
    const statement = extract({ id: 'dateline', text, published: null }).find(
      (found) => found.quote.text === 'the plan was sound',
    );
    expect(statement && formatSaidOn(statement)).toBe(said);
  });
});
