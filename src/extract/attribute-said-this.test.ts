import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// "… . X said this in an interview." (official communications, agencies): sentences written for these
// tests; the people, offices and outlets are invented.
const extractText = (text: string) => extract({ text, published: '2023-05-12' });

describe('a reporting verb whose object "this" points back at the sentence before', () => {
  it.each([
    {
      name: 'an interview with an outlet',
      text: 'Europe must speed up the sanctions. Foreign Minister Piotr Lanz said this in an interview with Morning Courier.',
      quote: 'Europe must speed up the sanctions',
      speaker: 'Piotr Lanz',
      cue: 'said',
      venue: 'Morning Courier',
    },
    {
      name: 'a role, during a meeting with a person (no outlet)',
      text: 'Governor Marta Kolb opened the session. The region needs more generators. The Governor emphasized this during a meeting with the Minister of Energy.',
      quote: 'The region needs more generators',
      speaker: 'Marta Kolb',
      cue: 'emphasized',
      venue: 'a meeting',
    },
    {
      name: 'a pronoun, while doing something',
      text: 'Olena Varta visited the port. Grain exports will double by autumn. She stated this while talking to farmers.',
      quote: 'Grain exports will double by autumn',
      speaker: 'Olena Varta',
      cue: 'stated',
      venue: null,
    },
    {
      name: 'to the media, after an opening phrase',
      text: 'The bridge will reopen in June. Later, Mayor Tom Reed noted this to journalists in Lviv.',
      quote: 'The bridge will reopen in June',
      speaker: 'Tom Reed',
      cue: 'noted',
      venue: null,
    },
  ])('$name', ({ text, quote, speaker, cue, venue }) => {
    const statements = extractText(text).filter((statement) => statement.quote.text === quote);
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    expect(statement.speaker.name).toBe(speaker);
    expect(statement.cue?.text).toBe(cue);
    expect(statement.venue?.text ?? null).toBe(venue);
    expect(statement.kind).toBe('indirect');
  });

  it.each([
    [
      'The port calls on its partners to send more tugs. This was stated by Transport Minister Anna Lanz.',
      'The port calls on its partners to send more tugs',
      'Anna Lanz',
    ],
    [
      'Governor Marta Kolb expects that the bridge will reopen in June. She said this during a briefing.',
      'Governor Marta Kolb expects that the bridge will reopen in June',
      'Marta Kolb',
    ],
  ])('points back past a stance or a belief in the sentence before: %j', (text, quote, speaker) => {
    const statements = extractText(text).filter((statement) => statement.quote.text === quote);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe(speaker);
  });

  it.each([
    [
      'The navy is short of ships. The Harbour Institute said this in its weekly assessment, Coastline News reports.',
      'The navy is short of ships',
      'the Harbour Institute',
    ],
    [
      'Exports will double by autumn. Minister Olena Varta said this at a briefing in Lviv, according to a Coastline News correspondent.',
      'Exports will double by autumn',
      'Olena Varta',
    ],
    [
      'Exports will double by autumn. Minister Olena Varta said this at a briefing in Lviv, Coastline News reports.',
      'Exports will double by autumn',
      'Olena Varta',
    ],
  ])('points back through an outlet that relays the pointer: %j', (text, quote, speaker) => {
    const statements = extractText(text);
    expect(statements.map((statement) => [statement.quote.text, statement.speaker.name])).toEqual([
      [quote, speaker],
    ]);
  });

  // A verb of emphasis with a noun phrase is a report of its own: the pointer repeats it, and the sentence,
  // which holds its own speaker and verb, is no statement ("points back past a stance" above still holds).
  it.each([
    [
      'Governor Marta Kolb noted the leadership of the region in the recovery. The Governor stated this to the media after the talks.',
      'Governor Marta Kolb noted the leadership of the region in the recovery',
    ],
    [
      'Transport Minister Anna Lanz emphasized the need for a new aid package for the port. She said this at a briefing in Lviv.',
      'Transport Minister Anna Lanz emphasized the need for a new aid package for the port',
    ],
    [
      'Piotr Lanz stressed the importance of the sanctions. This was stated by him during a visit to Vienna.',
      'Piotr Lanz stressed the importance of the sanctions',
    ],
  ])('does not point back at a noun-phrase report: %j', (text, quote) => {
    const statements = extractText(text);
    expect(statements.filter((statement) => statement.quote.text === quote)).toEqual([]);
  });

  it('dates the words by the day the sentence names', () => {
    const [statement] = extractText(
      'Talks will resume in Vienna. Piotr Lanz said this during a briefing on Tuesday.',
    );
    expect(statement.saidOn?.from).toBe('2023-05-09');
    expect(statement.venue?.text).toBe('a briefing');
  });

  it.each([
    // a time, not a pointer
    'Prices will fall. Piotr Lanz said this week that taxes would rise.',
    // a clause after "this": the words are there
    'Prices will fall. Piotr Lanz said this is the last rise.',
    // the writer, not a reported speaker
    'Prices will fall. I have said this during every meeting.',
    // a manner, not an occasion: a remark on someone's words (transcripts)
    'Prices will fall. Mr Lanz said this quite clearly.',
    // more words follow
    'Prices will fall. Piotr Lanz said this in Vienna: "We are ready."',
    // negated
    'Prices will fall. Piotr Lanz did not say this during the briefing.',
    // the sentence before has its own speaker
    'Piotr Lanz said prices would fall. He said this during a briefing.',
  ])('reads no back-reference in %j', (text) => {
    const statements = extractText(text);
    expect(statements.filter((statement) => statement.quote.text.startsWith('Prices will fall'))).toEqual([]);
  });
});
