import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Sentences written for these tests; the names are invented.

/** Each statement as "speaker: content" (the content as written, quotation marks included). */
function said(text: string): string[] {
  return extract({ text, published: '2024-03-01' }).map((s) => `${s.speaker.name}: ${s.quote.text}`);
}

describe('"according to" an outlet after a whole reported clause relays it', () => {
  it.each([
    {
      name: 'after a quotation the content ends before the relay',
      text: 'The minister said on Friday that "the talks will go on", according to Reuters.',
      expected: ['the minister: "the talks will go on"'],
    },
    {
      name: 'after an indirect clause',
      text: 'The Kremlin said the talks would continue, according to the Tavrin news agency.',
      expected: ['the Kremlin: the talks would continue'],
    },
    {
      name: 'after an opening phrase and "told"',
      text: 'On Monday, Lena Voss told the council the bridge would reopen, according to the Harbour Gazette.',
      expected: ['Lena Voss: the bridge would reopen'],
    },
    {
      name: 'in mid-sentence, before a second verb that shares the subject',
      text: 'Ivo Marsk said the talks were useful, according to the Velga Times, and added that a new round was possible.',
      expected: ['Ivo Marsk: the talks were useful', 'Ivo Marsk: a new round was possible'],
    },
    {
      name: 'in mid-sentence, before "but" and a second verb',
      text: 'Lena Voss told the council the bridge would reopen, according to Harbour News, but warned that tolls would rise.',
      expected: ['Lena Voss: the bridge would reopen', 'Lena Voss: tolls would rise'],
    },
  ])('$name', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    {
      name: 'no comma: the source of a figure inside the content',
      text: 'Lena Voss said rival ferries, of which there are now nine according to recent figures, cut fares.',
      expected: [
        'Lena Voss: rival ferries, of which there are now nine according to recent figures, cut fares',
      ],
    },
    {
      name: 'a negated verb: the source says what was not said',
      text: 'The port authority has not said when it would decide, according to a spokesman.',
      expected: ['a spokesman: The port authority has not said when it would decide'],
    },
    {
      name: 'a verb inside a clause the relay speaks for',
      text: 'It was the first time Tavria had publicly announced drills, according to the Harbour Gazette.',
      contains: 'the Harbour Gazette: It was the first time Tavria had publicly announced drills',
    },
    {
      name: 'in mid-sentence before a second clause with its own subject',
      text: 'The board will meet monthly, according to the charter, and staff will be hired.',
      expected: [
        'the charter: The board will meet monthly, according to the charter, and staff will be hired',
      ],
    },
    {
      name: 'an estimate, whose source may be the one named',
      text: 'Analyst Ivo Rask estimated the port to be worth 130 million dollars, according to Ledger Weekly.',
      notExpected: 'Ivo Rask: the port to be worth 130 million dollars',
    },
  ])('$name stays', ({ text, expected, contains, notExpected }) => {
    if (expected) expect(said(text)).toEqual(expected);
    if (contains) expect(said(text)).toContain(contains);
    if (notExpected) expect(said(text)).not.toContain(notExpected);
  });
});

describe('"according to" an outlet opening a sentence whose clause is another speaker\'s report relays it', () => {
  it.each([
    {
      name: 'a plain report',
      text: 'According to Harbour News, the ferry operators said the strike was a mistake.',
      expected: ['the ferry operators: the strike was a mistake'],
    },
    {
      name: 'a subject with a relative clause set off by commas',
      text: 'According to Harbour News, the civil society groups, which met in Velga on Monday, said the strike was a mistake.',
      expected: ['the civil society groups: the strike was a mistake'],
    },
    {
      name: 'a description, then the name set off by commas',
      text: 'According to the Velga Times, the head of the union, Ivo Rask, told members the strike would end.',
      expected: ['Ivo Rask: the strike would end'],
    },
    {
      name: 'a title before the name',
      text: 'According to the Velga Times, chief executive Lena Voss said that the port "is not for sale".',
      expected: ['Lena Voss: the port "is not for sale"'],
    },
    {
      name: 'a document of the speaker',
      text: 'According to its latest accounts, Marlow Ferries said it lost two million euros in 2023.',
      expected: ['Marlow Ferries: it lost two million euros in 2023'],
    },
  ])('$name', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    {
      name: 'an appositive of the source, then the content',
      text: 'According to Ivo Rask, adviser to the head of the union, the strike will end soon.',
      expected: ['Ivo Rask: the strike will end soon'],
    },
    {
      name: 'a relative clause inside the content, no verb of saying',
      text: 'According to Harbour News, the talks, which began in May, have failed.',
      expected: ['Harbour News: the talks, which began in May, have failed'],
    },
    {
      name: 'a thing done, no words',
      text: 'This week, according to his lawyer, Mia Rask wrote her father a letter from the shelter.',
      expected: ['his lawyer: Mia Rask wrote her father a letter from the shelter'],
    },
    {
      name: 'a negated report',
      text: 'According to Harbour News, the ferry operators have not said when the strike will end.',
      expected: ['Harbour News: the ferry operators have not said when the strike will end'],
    },
  ])('$name stays', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('"according to" a document or a count and its author speaks for the author', () => {
  it.each([
    {
      name: 'data from a body, opening the sentence, with its short name',
      text: 'According to data from the Velga School of Economics (VSE), ferry traffic fell by a third.',
      expected: ['Velga School of Economics: ferry traffic fell by a third'],
    },
    {
      name: 'a report a participle ties to its author',
      text: 'According to a report published by the Harbour Board earlier this month, fares will rise.',
      expected: ['the Harbour Board: fares will rise'],
    },
    {
      name: 'a survey by a firm, closing the sentence',
      text: 'Most ferry users want night sailings, according to a survey by Marlow Polling.',
      expected: ['Marlow Polling: Most ferry users want night sailings'],
    },
    {
      name: 'inside a report a verb\'s "that" opens, the relay is that speaker\'s',
      text: 'The IMF said that, according to data provided by the ministry, exports rose by 2%.',
      expected: ['the IMF: according to data provided by the ministry, exports rose by 2%'],
    },
  ])('$name', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });

  it.each([
    {
      name: 'figures with no author',
      text: 'Exports fell 3% in May, according to official figures.',
      expected: [],
    },
    {
      name: 'data from a place',
      text: 'Few had cover: according to estimates from India, a quarter did.',
      expected: [],
    },
    {
      name: 'a relative "that" before the relay',
      text: 'It is a ferry that, according to Harbour News, has "no equal".',
      expected: ['Harbour News: It is a ferry that, according to Harbour News, has "no equal"'],
    },
  ])('$name stays', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('an event or an act cannot speak', () => {
  it.each([
    {
      name: '"the development added that"',
      text: 'The development added that the firm would struggle to recover. Lena Voss said the cuts were deep.',
      expected: ['Lena Voss: the cuts were deep'],
    },
    {
      name: '"the move said"',
      text: 'The move said little about costs. Lena Voss said the cuts were deep.',
      expected: ['Lena Voss: the cuts were deep'],
    },
    {
      name: 'a document still speaks ("the report said")',
      text: 'The report said the cuts were deep.',
      expected: ['the report: the cuts were deep'],
    },
    {
      name: 'a role ending in an event word still speaks ("head of development")',
      text: "Tom Reed, the agency's head of development, said the cuts were deep.",
      expected: ['Tom Reed: the cuts were deep'],
    },
    {
      name: 'a body named with an event word still speaks',
      text: 'Growth will slow next year, the Council for Economic Development said.',
      expected: ['the Council for Economic Development: Growth will slow next year'],
    },
  ])('$name', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('a title written without quotation marks names a work, not a person', () => {
  it.each([
    {
      name: '"a report titled Dark Money said"',
      text: 'A report titled Dark Money said the donations were hidden.',
      speaker: /^a report$/i,
    },
    {
      name: '"a book called Red Sky says"',
      text: 'A book called Red Sky says the war began in 1941.',
      speaker: /^a book$/i,
    },
    {
      name: 'a person called by name stays the person',
      text: 'A man called Tom Reed said the bridge was unsafe.',
      speaker: /^Tom Reed$/,
      person: true,
    },
    {
      name: 'a company called by name stays the company',
      text: 'A company called Acme Systems said it would appeal.',
      speaker: /^Acme Systems$/,
    },
  ])('$name', ({ text, speaker, person }) => {
    const statements = extract({ text, published: '2024-03-01' });
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toMatch(speaker);
    expect(statements[0].speaker.kind === 'person').toBe(person === true);
  });
});

describe('a reply is the one asked', () => {
  it.each([
    {
      name: 'the one named after "asked"',
      text: 'Anna Kovac asked Tom Reed whether the deal was dead. He replied that it was not.',
      quote: 'it was not',
      speaker: 'Tom Reed',
    },
    {
      name: 'a quoted question and a quoted reply',
      text: '"Is the deal dead?" Lena Voss asked Tom Reed. "No," he replied.',
      quote: '"No,"',
      speaker: 'Tom Reed',
    },
    {
      name: 'the other party when the asked one goes unnamed',
      text: 'Prime Minister Ivo Rask met Tom Reed on Tuesday. Rask asked whether the fund would pay. He replied that it would.',
      quote: 'it would',
      speaker: 'Tom Reed',
    },
    {
      name: 'the subject of "was asked"',
      text: 'Tom Reed was asked whether the deal was dead. He replied that it was not.',
      quote: 'it was not',
      speaker: 'Tom Reed',
    },
    {
      name: 'a request is no question: the pronoun resolves as before',
      text: 'Tom Reed asked for calm. He replied to critics that the plan was sound.',
      quote: 'the plan was sound',
      speaker: 'Tom Reed',
    },
    {
      name: 'no question at all: the pronoun resolves as before',
      text: 'Tom Reed met Ivo Rask on Monday. He replied that the plan was sound.',
      quote: 'the plan was sound',
      speaker: 'Tom Reed',
    },
  ])('$name', ({ text, quote, speaker }) => {
    const statement = extract({ text, published: '2024-03-01' }).find((s) => s.quote.text === quote);
    expect(statement?.speaker.name).toBe(speaker);
  });
});

describe('two people named as one subject speak jointly', () => {
  it.each([
    {
      name: 'two people named in full',
      text: 'Anna Kovac and Tom Reed said the rules will stay.',
      speaker: 'Anna Kovac and Tom Reed',
      kind: 'group',
    },
    {
      name: 'a title shared by "and" is no second person',
      text: 'Economy and Labour Minister Tom Reed said the index remained high.',
      speaker: 'Tom Reed',
      kind: 'person',
    },
    {
      name: 'a name after a verb and "and" is no pair',
      text: 'The two sides met on Monday and Tom Reed said the deal was dead.',
      speaker: 'Tom Reed',
      kind: 'person',
    },
    {
      name: 'two full names, taken up as "they"',
      text: 'Ivo Rask and Tom Reed told reporters that the talks had been useful. They said more talks would follow.',
      speaker: 'Ivo Rask and Tom Reed',
      kind: 'group',
    },
    {
      name: 'a firm named with "and" stays the firm',
      text: 'Procter and Gamble said it would cut prices.',
      speaker: 'Procter and Gamble',
      kind: 'organization',
    },
    {
      name: 'one person after a list of things stays the person',
      text: 'After the talks on grain and oil, Tom Reed said the deal was dead.',
      speaker: 'Tom Reed',
      kind: 'person',
    },
  ])('$name', ({ text, speaker, kind }) => {
    const statements = extract({ text, published: '2024-03-01' });
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement.speaker.name).toBe(speaker);
      expect(statement.speaker.kind).toBe(kind);
    }
  });
});
