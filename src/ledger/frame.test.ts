import { describe, expect, it } from 'vitest';
import { frameStatement, frameText } from './frame.js';

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
