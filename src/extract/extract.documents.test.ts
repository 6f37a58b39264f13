import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Documents that speak ("the statement reads") and "as stated by X": sentences written for these tests;
// the people, bodies and documents are invented.
const extractText = (text: string) => extract({ text, published: '2023-05-12' });

describe('a written thing that reads', () => {
  it.each([
    ['"We are ready to continue," the document reads.', '"We are ready to continue,"', 'the document'],
    [
      '"The talks will resume next week," the statement read.',
      '"The talks will resume next week,"',
      'the statement',
    ],
    ['"All shelters must stay open," reads the decree.', '"All shelters must stay open,"', 'the decree'],
    [
      '"Grain must move freely," reads the joint communique.',
      '"Grain must move freely,"',
      'the joint communique',
    ],
    [
      'The minister sent greetings to the festival.\n\nThe message reads, in part:"It is a pleasure to welcome you."',
      '"It is a pleasure to welcome you."',
      'the message',
    ],
    [
      '"The border stays closed," the Harbour Ministry\'s statement reads.',
      '"The border stays closed,"',
      'the Harbour Ministry',
    ],
  ])('%j', (text, quote, speaker) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].quote.text).toBe(quote);
    expect(statements[0].kind).toBe('direct');
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].cue?.lemma).toBe('read');
  });

  it.each([
    ['"Congress must vote on it," the letter states.', 'the letter', 'state'],
    ['"The dam was mined in advance," the report notes.', 'the report', 'note'],
  ])('speaks with any verb of saying: %j', (text, speaker, lemma) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].cue?.lemma).toBe(lemma);
  });

  it('is the body that issued it, when named', () => {
    const statements = extractText(
      '"The border stays closed," the Statement of the Ministry of Foreign Affairs of Ruritania reads.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker).toMatchObject({
      name: 'the Ministry of Foreign Affairs of Ruritania',
      kind: 'organization',
    });
  });

  it('is not a person named nearby', () => {
    const statements = extractText(
      'Governor Marta Kolb signed the decree on Monday. "Mobilisation is extended by ninety days," the decree reads.',
    );
    expect(statements.map((statement) => statement.speaker.name)).toEqual(['the decree']);
  });

  it.each([
    ['"We stand with the families," the message from Governor Marta Kolb reads, in part.', 'Marta Kolb'],
    ['"The port stays open," the letter from the Harbour Ministry reads.', 'the Harbour Ministry'],
  ])('is the sender a "from" names: %j', (text, speaker) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].cue?.lemma).toBe('read');
  });

  it.each([
    'The plan reads like a wish list.',
    'The letter from the council reads like a wish list.',
    'He reads the newspaper every morning.',
    '"It was late," she said, and reads the letter again.',
  ])('reads nothing from %j', (text) => {
    expect(extractText(text).filter((statement) => statement.cue?.lemma === 'read')).toEqual([]);
  });
});

describe('"as stated by X" and "As noted by X, …"', () => {
  it.each([
    [
      'The counteroffensive continues, as stated by Deputy Defence Minister Hanna Maliar.',
      'The counteroffensive continues',
      'Hanna Maliar',
      'stated',
    ],
    [
      'As noted by Infrastructure Minister Tom Reed, the port will reopen in June.',
      'the port will reopen in June',
      'Tom Reed',
      'noted',
    ],
    [
      'The town was rebuilt within a year, as pointed out by the Harbour Council.',
      'The town was rebuilt within a year',
      'the Harbour Council',
      'pointed',
    ],
  ])('%j', (text, quote, speaker, cue) => {
    const statements = extractText(text);
    expect(statements).toHaveLength(1);
    expect(statements[0].quote.text).toBe(quote);
    expect(statements[0].speaker.name).toBe(speaker);
    expect(statements[0].cue?.text).toBe(cue);
  });

  it.each(['The results were as expected by analysts.', 'The bridge was as designed by Tom Reed.'])(
    'reads nothing from %j',
    (text) => {
      expect(extractText(text)).toEqual([]);
    },
  );
});
