import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// "… . This was stated by X." (official communications, agencies): sentences written for these tests;
// the people, offices and outlets are invented.
const extractText = (text: string) => extract({ text, published: '2023-05-12' });

describe('a passive sentence pointing back at the one before', () => {
  it.each([
    {
      name: 'an office before a known first name',
      text: 'The grain corridor will reopen next week. This was stated by Minister of Agrarian Policy of the Northern Republic Olena Varta at a briefing.',
      quote: 'The grain corridor will reopen next week',
      speaker: 'Olena Varta',
      cue: 'stated',
    },
    {
      name: 'an organisation, in the next paragraph',
      text: 'The front line has not moved in a month.\n\nThis was reported by the Institute for the Study of Conflict in its weekly update.',
      quote: 'The front line has not moved in a month',
      speaker: 'the Institute for the Study of Conflict',
      cue: 'reported',
    },
    {
      name: '"has been" and "also"',
      text: 'Talks will resume in Vienna. This has been also confirmed by Foreign Minister Piotr Lanz.',
      quote: 'Talks will resume in Vienna',
      speaker: 'Piotr Lanz',
      cue: 'confirmed',
    },
    {
      name: '"pointed out"',
      text: 'Schools in the region will stay closed until spring. That was pointed out by Governor Marta Kolb.',
      quote: 'Schools in the region will stay closed until spring',
      speaker: 'Marta Kolb',
      cue: 'pointed',
    },
  ])('$name', ({ text, quote, speaker, cue }) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement.quote.text).toBe(quote);
    expect(statement.speaker.name).toBe(speaker);
    expect(statement.cue?.text).toBe(cue);
    expect(statement.kind).toBe('indirect');
  });

  it('keeps the office as the title and the outlet of an interview as the venue', () => {
    const [statement] = extractText(
      'Peace is impossible while the occupation lasts. This was stated by Adviser to the Head of the Cabinet Office Pavlo Dren in an interview for Morning Courier Daily.',
    );
    expect(statement.speaker.name).toBe('Pavlo Dren');
    expect(statement.speaker.title).toBe('Adviser to the Head of the Cabinet Office');
    expect(statement.venue?.text).toBe('Morning Courier Daily');
  });

  it('lets a following "he said" find the speaker it introduced, not the outlet', () => {
    const statements = extractText(
      'Peace is impossible while the occupation lasts. This was stated by Adviser Pavlo Dren in an interview for Morning Courier Daily. "We will not trade land for promises," he said.',
    );
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['Pavlo Dren', 'Pavlo Dren']);
  });

  it.each([
    // the sentence before has a speaker of its own: Z confirming X is not read
    'The minister said the border would open. This was confirmed by the customs service.',
    // a headline-like line without a verb
    'Record harvest\nThis was reported by the Farm Bureau.',
    // nothing before it
    'This was announced by the Port Authority.',
    // no speaker after "by", only a date
    'Prices will fall. This was stated by Monday.',
    // not a reporting verb
    'The bridge was rebuilt. This was funded by the Harbour Trust.',
  ])('reads nothing from %j', (text) => {
    const statements = extractText(text);
    expect(statements.filter((statement) => statement.cue?.text !== 'said')).toEqual([]);
  });

  it.each([
    'Minister for Reintegration of the Northern Territories Olena Varta said the corridor would reopen.',
    'The corridor will reopen. This was announced by Deputy Prime Minister - Minister for Reintegration of the Northern Territories Olena Varta.',
    'The corridor would reopen, Minister of Veterans Olena Varta said.',
  ])('reads the holder after a ministry portfolio, not its last word, in %j', (text) => {
    const [statement] = extractText(text);
    expect(statement.speaker.name).toBe('Olena Varta');
  });
});

// Bodies named for what they do: "Centre" is an organisation word, a body's name goes on after "for"
// ("the Institute for the Study of …"), and its end ("… of Civic Rights") is no one's surname.
describe('organisations whose names end like a person', () => {
  it.each([
    [
      'The Northern Court of Civic Rights confirmed that the vote had been fair.',
      'the Northern Court of Civic Rights',
    ],
    [
      'The vote had been fair.\n\nThis was reported by the Centre for Conflict Studies in its weekly update.',
      'the Centre for Conflict Studies',
    ],
    ['The vote had been fair, according to the Harbour Centre.', 'the Harbour Centre'],
    [
      'The front line has not moved, the Institute for Conflict Studies said.',
      'the Institute for Conflict Studies',
    ],
    [
      'The Institute for Conflict Studies said the front line had not moved.',
      'the Institute for Conflict Studies',
    ],
    [
      'The front line has not moved, according to the Institute for the Study of Conflict.',
      'the Institute for the Study of Conflict',
    ],
  ])('%j', (text, name) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker).toMatchObject({ name, kind: 'organization' });
  });
});

// Business news names a company once with its legal form and then without it.
describe('a company named again without its legal form', () => {
  it('is the company introduced', () => {
    const statements = extractText(
      'Harlow Mills Inc said it would close two plants. Harlow Mills said the closures would cost 40 mln dlrs.',
    );
    expect(statements.map((statement) => [statement.speaker.name, statement.speaker.kind])).toEqual([
      ['Harlow Mills Inc', 'organization'],
      ['Harlow Mills Inc', 'organization'],
    ]);
  });

  it('is what "the company" and "the firm" say after it, but "the bank" only when it is a bank', () => {
    const statements = extractText(
      'Harlow Mills Inc said it would close two plants.\n\nThe company said the closures would cost 40 mln dlrs. ' +
        'The firm said it expected a loss. The bank said it would extend the loan.',
    );
    expect(statements.map((statement) => statement.speaker.name)).toEqual([
      'Harlow Mills Inc',
      'Harlow Mills Inc',
      'Harlow Mills Inc',
      'the bank',
    ]);
  });

  it.each([
    ['Pacific Gas and Electric Co said rates would rise.', 'Pacific Gas and Electric Co'],
    ["Standard and Poor's Corp said it cut the rating.", "Standard and Poor's Corp"],
    ['Harlow, Reed and Co said it would list its shares.', 'Harlow, Reed and Co'],
  ])('reads a company name joined by "and": %j', (text, name) => {
    expect(extractText(text)[0].speaker).toMatchObject({ name, kind: 'organization' });
  });

  it('does not join two companies named with "and"', () => {
    const [statement] = extractText('Harlow Corp and Beta Inc said they would merge.');
    expect(statement.speaker.name).not.toContain('Harlow Corp and');
  });

  it('leaves a person with the same words alone when no company was introduced', () => {
    const [statement] = extractText('Harlow Mills said the closures would cost 40 mln dlrs.');
    expect(statement.speaker.kind).toBe('person');
  });
});

describe('a body described before its name', () => {
  it.each([
    ['Prices will rise, US phone company Northline said.', 'Northline', 'US phone company'],
    ['Oil giant Varden said prices will rise.', 'Varden', 'Oil giant'],
    [
      "The band's record company Halcyon said the album would be delayed.",
      'Halcyon',
      "band's record company",
    ],
  ])('%j', (text, name, title) => {
    const [statement] = extractText(text);
    expect(statement.speaker).toMatchObject({ name, kind: 'organization', title });
  });

  it('leaves a person after a company noun, and a body whose noun is part of its name', () => {
    expect(extractText('Prices will rise, company spokesman Tom Reed said.')[0].speaker).toMatchObject({
      name: 'Tom Reed',
      kind: 'person',
    });
    expect(extractText('Prices will rise, the Harbour Bank said.')[0].speaker).toMatchObject({
      name: 'the Harbour Bank',
      kind: 'organization',
    });
  });
});

describe('offices before the holder, and the sentence before', () => {
  it.each([
    [
      'The delegation outlined its proposals. This was announced by Head of the delegation, Head of the Harbour faction Anna Lanz.',
      'Anna Lanz',
    ],
    [
      'Grain stocks will last until spring. This was stated by Oleg Dren, an adviser to President Anna Lanz, in a comment to the Morning Courier.',
      'Oleg Dren',
    ],
    [
      'Poland proposes to create a grain fund. This was stated by President Anna Lanz at the summit.',
      'Anna Lanz',
    ],
    [
      'The treaty should make any attack impossible. This was stated by Minister Anna Lanz commenting on the talks in Vienna.',
      'Anna Lanz',
    ],
  ])('%j', (text, speaker) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].quote.end).toBe(text.indexOf('. This'));
  });
});

describe('"This is stated in" a document of its author', () => {
  it.each([
    {
      text: 'Exports of grain reached four million tonnes in May. This is stated in a message of the Ministry of Economy.',
      speaker: 'the Ministry of Economy',
      venue: 'a message',
    },
    {
      text: 'Sanctions have cut the revenue by a third. This is stated in a joint article by Economic Adviser Oleg Dren and Minister Anna Lanz.',
      speaker: 'Oleg Dren',
      venue: 'a joint article',
    },
  ])('$speaker', ({ text, speaker, venue }) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].venue?.text).toBe(venue);
    expect(statements[0].cue?.text).toBe('stated');
  });

  it('reads no document without an author', () => {
    expect(extractText('Borders are inviolable. This is stated in the charter of the league.')).toEqual([]);
  });
});
