import { describe, expect, it } from 'vitest';
import { extractReading } from '../extract/index.js';
import { cleanContent, frameStatement, frameText } from './frame.js';
import { readingTokens, tokenize, type MappedText } from './tokenize.js';

// Sentences written for these tests.
describe('frameText', () => {
  const cases: {
    text: string;
    topic: string;
    stance: 1 | -1 | 0;
    modality: 'categorical' | 'possible' | 'none';
    condition?: string;
  }[] = [
    { text: 'We will never give up our land.', topic: 'cede-territory', stance: -1, modality: 'categorical' },
    {
      text: 'He would not cede any territory to the invaders.',
      topic: 'cede-territory',
      stance: -1,
      modality: 'categorical',
    },
    {
      text: 'She might be willing to cede occupied districts in exchange for a security guarantee.',
      topic: 'cede-territory',
      stance: 1,
      modality: 'possible',
      condition: 'in exchange for a security guarantee',
    },
    {
      text: 'The government refused to hand over the region.',
      topic: 'cede-territory',
      stance: -1,
      modality: 'none',
    },
    { text: 'Kyiv ruled out ceding territory.', topic: 'cede-territory', stance: -1, modality: 'none' },
    { text: 'The minister ruled out peace talks.', topic: 'peace-talks', stance: -1, modality: 'none' },
    {
      text: 'The minister would not rule out a ceasefire.',
      topic: 'ceasefire',
      stance: 1,
      modality: 'possible',
    },
    {
      text: 'The country cannot be stopped from joining NATO.',
      topic: 'nato-membership',
      stance: 1,
      modality: 'categorical',
    },
    {
      text: 'Our country will never join NATO.',
      topic: 'nato-membership',
      stance: -1,
      modality: 'categorical',
    },
    { text: 'A cease-fire would be required first.', topic: 'ceasefire', stance: 1, modality: 'categorical' },
    { text: 'A truce is impossible now.', topic: 'ceasefire', stance: -1, modality: 'none' },
    { text: 'The allies must not lift sanctions.', topic: 'sanctions', stance: 1, modality: 'categorical' },
    {
      text: 'Sanctions could be eased if the troops leave.',
      topic: 'sanctions',
      stance: -1,
      modality: 'possible',
    },
    {
      text: 'Moscow has no plans to invade its neighbour.',
      topic: 'invade-ukraine',
      stance: -1,
      modality: 'none',
    },
    { text: 'We are ready to negotiate.', topic: 'peace-talks', stance: 1, modality: 'none' },
    { text: 'No one has offered us a ceasefire.', topic: 'ceasefire', stance: -1, modality: 'none' },
    { text: 'A ceasefire is out of the question.', topic: 'ceasefire', stance: -1, modality: 'none' },
    {
      text: 'Sending troops to the front is off the table.',
      topic: 'troops-to-ukraine',
      stance: -1,
      modality: 'none',
    },
    {
      text: 'Sending troops to the front is not off the table.',
      topic: 'troops-to-ukraine',
      stance: 1,
      modality: 'none',
    },
    {
      text: 'There will be no negotiations with the rebels.',
      topic: 'peace-talks',
      stance: -1,
      modality: 'categorical',
    },
    {
      text: 'There will be negotiations with the rebels next month.',
      topic: 'peace-talks',
      stance: 1,
      modality: 'categorical',
    },
    { text: 'There is no sign of a ceasefire.', topic: 'ceasefire', stance: 0, modality: 'none' },
  ];
  it.each(cases)('$text', ({ text, topic, stance, modality, condition }) => {
    const frame = frameText(text);
    expect(frame.topics).toContain(topic);
    const found = frame.stances?.find((item) => item.topic === topic);
    expect(found?.stance).toBe(stance);
    expect(found?.modality).toBe(modality);
    if (condition) expect(found?.conditions).toContain(condition);
  });

  it('does not take a topic named only in a condition as the claim', () => {
    const frame = frameText('The war could end if the country became a NATO member.');
    expect(frame.topics).toContain('nato-membership');
    expect(frame.stances?.some((item) => item.topic === 'nato-membership')).toBe(false);
  });

  it('reads a topic in the subject of an active verb as no stance', () => {
    const frame = frameText('Offering NATO membership could end the fighting.');
    expect(frame.stances?.find((item) => item.topic === 'nato-membership')?.stance).toBe(0);
  });

  it('splits clauses joined by "and" with a new subject', () => {
    const frame = frameText(
      'He would not cede any land and the country could not be stopped from joining NATO.',
    );
    const byTopic = Object.fromEntries((frame.stances ?? []).map((item) => [item.topic, item.stance]));
    expect(byTopic).toEqual({ 'cede-territory': -1, 'nato-membership': 1 });
    expect(frame.predicate).toBe('cede');
    expect(frame.positive).toBe(false);
  });

  it('keeps a readable phrase for reason lines', () => {
    const stance = frameText('he would not cede any territory to the invaders').stances?.[0];
    expect(stance?.phrase).toBe('would not cede any territory');
    expect(stance?.subject).toBe('he');
  });

  it.each([
    ['negotiations with the rebels were impossible', 'negotiations with the rebels were impossible'],
    ['she was open to peace talks with the rebels', 'was open to peace talks'],
    ['a ceasefire was out of the question', 'ceasefire was out of the question'],
  ])('keeps the verdict of a copula in the phrase: %s', (text, phrase) => {
    expect(frameText(text).stances?.[0]?.phrase).toBe(phrase);
  });
});

describe('frameStatement', () => {
  it('reads a split quote from its parts in the article text', () => {
    const text = '"We will never give up our land," he said, "not one village."';
    const frame = frameStatement(
      {
        quote: { start: 0, end: text.length, text },
        parts: [
          { start: 0, end: 34 },
          { start: 43, end: text.length },
        ],
      },
      text,
    );
    expect(frame.topics).toEqual(['cede-territory']);
    expect(frame.positive).toBe(false);
  });

  it('frames the content text given', () => {
    const frame = frameStatement(
      { quote: { start: 0, end: 3, text: 'xyz' } },
      'Sanctions will be tightened.',
    );
    expect(frame.stances?.[0]).toMatchObject({ topic: 'sanctions', stance: 1 });
  });

  it('reads a statement run over hard-wrapped lines as one line', () => {
    const wrapped = frameText('Freedonia would never send\ntroops to Sylvania.');
    const flat = frameText('Freedonia would never send troops to Sylvania.');
    expect(wrapped.stances).toEqual(flat.stances);
    expect(wrapped.topics).toEqual(['troops-to-ukraine']);
  });
});

/** `text[from, to)` with each character's offset in `text`. */
function spanOf(text: string, from: number, to: number): MappedText {
  return {
    text: text.slice(from, to),
    origins: Array.from({ length: to - from }, (_, index) => from + index),
  };
}

describe('cleanContent', () => {
  it.each([
    ['"We will win,"', 'We will win,'],
    ['would "not rule out" talks', 'would not rule out talks'],
    ['“We will not give up.”', 'We will not give up.'],
    ['to [let] us go', 'to let us go'],
    ['never\n  again', 'never again'],
    // (an apostrophe inside a word stays)
    ["it's the soldiers' choice", "it's the soldiers' choice"],
  ])('%j reads %j, each character from its place', (input, cleaned) => {
    const mapped = cleanContent(spanOf(input, 0, input.length));
    expect(mapped.text).toBe(cleaned);
    expect(mapped.origins).toHaveLength(cleaned.length);
    [...mapped.text].forEach((character, index) => {
      const origin = mapped.origins[index];
      expect(origin < 0 ? ' ' : input[origin]).toBe(character);
    });
  });
});

// Sentences written for these tests.
describe('readingTokens', () => {
  const cases: { article: string; content: string; reused: boolean }[] = [
    {
      article: 'The minister said the government would never cede any territory.',
      content: 'the government would never cede any territory',
      reused: true,
    },
    {
      article: '"We will never give up our land," the minister said.',
      content: '"We will never give up our land,"',
      reused: true,
    },
    {
      article: 'He said: "We will fight. We will win." Then he left.',
      content: '"We will fight. We will win."',
      reused: true,
    },
    // Marks inside the content: wink tagged the words next to them with them there.
    {
      article: 'The minister said the army would "not rule out" a ceasefire.',
      content: 'the army would "not rule out" a ceasefire',
      reused: false,
    },
    {
      article: '"We will [not] give up," the minister said.',
      content: '"We will [not] give up,"',
      reused: false,
    },
    {
      article: 'He said the army would not\nrule out a ceasefire.',
      content: 'the army would not\nrule out a ceasefire',
      reused: false,
    },
    // Two tokens brought together by a bracket taken out, and a content starting inside a word.
    {
      article: '"[S]he will never give up," the minister said.',
      content: '"[S]he will never give up,"',
      reused: false,
    },
    {
      article: 'The ministers said talks would go on.',
      content: 'isters said talks would go on',
      reused: false,
    },
  ];
  it.each(cases)('$content in $article', ({ article, content, reused }) => {
    const { reading } = extractReading({ text: article });
    const from = article.indexOf(content);
    const mapped = cleanContent(spanOf(article, from, from + content.length));
    const tokens = readingTokens(reading!, mapped);
    if (!reused) {
      expect(tokens).toBeNull();
      return;
    }
    // The words, spaces, lemmas and sentences the content read alone has.
    const alone = tokenize(mapped.text);
    const shape = (list: typeof alone) =>
      list.map(({ text, lower, lemma, sentence, space }) => ({ text, lower, lemma, sentence, space }));
    expect(shape(tokens!)).toEqual(shape(alone));
  });

  it('frames a statement from the reading as from its own reading', () => {
    const article =
      'The minister said the government would never cede any territory. "Sanctions must stay," she added.';
    const { statements, reading } = extractReading({ text: article });
    expect(statements).toHaveLength(2);
    for (const statement of statements) {
      expect(frameStatement(statement, article, { reading })).toEqual(frameStatement(statement, article));
    }
  });
});
