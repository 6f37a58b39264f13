import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Agentless reports ("it was noted that …", "X was informed that …"): sentences written for these tests;
// the people, bodies and places are invented.
const statementsOf = (text: string) =>
  extract({ text, published: '2024-11-30' }).map((statement) => [
    statement.speaker.name,
    statement.cue?.text ?? '',
    statement.quote.text,
  ]);

describe('agentless reports', () => {
  it.each([
    {
      name: '"it was noted that" after an adverbial, no one named: unknown, not the speaker before',
      text: 'Karl Weber spoke with Ann Lee. During the conversation, it was noted that the port could reopen.',
      statements: [['unknown', 'noted', 'the port could reopen']],
    },
    {
      name: '"it was also emphasised that", "it has been stressed that", "it was pointed out that"',
      text:
        'It was also emphasised that Ruritania and Suria hold close positions. It has been stressed that ' +
        'the dam is safe. It was pointed out that the fares would not rise.',
      statements: [
        ['unknown', 'emphasised', 'Ruritania and Suria hold close positions'],
        ['unknown', 'stressed', 'the dam is safe'],
        ['unknown', 'pointed out', 'the fares would not rise'],
      ],
    },
    {
      name: 'a clause after "and": "… were discussed, and it was noted that"',
      text: 'The roads were discussed, and it was noted that two bridges need repair.',
      statements: [['unknown', 'noted', 'two bridges need repair']],
    },
    {
      name: '"X was informed that": the subject hears, no one named says',
      text: 'Karl Weber was informed that 2,000 children had crossed the border.',
      statements: [['unknown', 'informed', '2,000 children had crossed the border']],
    },
    {
      name: 'a belief inside the reported clause is part of it ("it was also noted that X hopes to …")',
      text: 'Karl Weber met Ann Lee. It was also noted that Ruritania hopes to keep the ferry link open.',
      statements: [['unknown', 'noted', 'Ruritania hopes to keep the ferry link open']],
    },
    {
      name: 'a quotation in the clause',
      text: 'It was reported that the minister would "not give an inch".',
      statements: [['unknown', 'reported', 'the minister would "not give an inch"']],
    },
  ])('$name', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });

  it.each([
    { name: 'a decision', text: 'It was agreed that the talks would go on.' },
    { name: 'a belief', text: 'It was believed that the ship had sunk.' },
    { name: 'an estimate', text: 'It was estimated that 300 people had left.' },
    { name: 'a wish', text: 'It was hoped that the port would reopen.' },
    { name: '"it" not opening its clause', text: 'The port said it was noted that the fares rose.' },
    { name: 'no "that"', text: 'It was noted in the minutes.' },
    {
      name: 'a clause naming its own source',
      text: 'Ann Lee was told that according to the lawyers the fence was legal.',
    },
    { name: 'a thing done to the subject', text: 'The ship was inspected that morning.' },
    {
      name: 'a belief before the passive ("Ann Lee believes it was noted that")',
      text: 'Ann Lee believes it was noted that the fares rose.',
    },
  ])('not $name', ({ text }) => {
    expect(statementsOf(text).filter(([speaker]) => speaker === 'unknown')).toEqual([]);
  });

  it('an agent after "by" is read by the back-pointing reader, not as agentless', () => {
    const text = 'The port will reopen in May. This was stated by Mayor Ann Lee.';
    expect(statementsOf(text)).toEqual([['Ann Lee', 'stated', 'The port will reopen in May']]);
  });
});
