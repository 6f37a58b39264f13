import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Sentences written for these tests; the people, places and words are invented. Each row: the text, and
// every statement extracted from it as "speaker: quote" (an empty list: no statement at all).
function statementsOf(text: string): string[] {
  return extract({ text, published: '2024-11-30' }).map(
    (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
  );
}

describe('extract: a subject a past participle modifies ("A note left at the scene said")', () => {
  it.each([
    { text: 'A note left at the scene said: "We will be back."', quotes: ['a note: "We will be back."'] },
    {
      text: 'A statement posted on the website said: "We regret the delay."',
      quotes: ['A statement: "We regret the delay."'],
    },
    {
      text: 'A message posted on Telegram said the ferry would not sail.',
      quotes: ['a message: the ferry would not sail'],
    },
    { text: 'The sign written in Veldish said "Welcome home".', quotes: ['the sign: "Welcome home"'] },
    { text: 'A leaflet handed out at the rally read: "Vote no."', quotes: ['a leaflet: "Vote no."'] },
    {
      text: 'Witnesses quoted by the Coastal Herald said the quay was "a death trap".',
      quotes: ['witnesses: the quay was "a death trap"'],
    },
    {
      text: 'A diplomat stationed in Veldgrad told us that the talks had stalled.',
      quotes: ['a diplomat: the talks had stalled'],
    },
    {
      text: 'A leaked letter seen by the Coastal Herald says the quay is "unsafe".',
      quotes: ['letter: the quay is "unsafe"'],
    },
    // A work's maker after "by" speaks for it, as in "a report by the ministry said".
    {
      text: 'A report published by the harbour ministry said the plan was "reckless".',
      quotes: ['the harbour ministry: the plan was "reckless"'],
    },
    {
      text: 'A letter signed by 40 scientists said the plan was "reckless".',
      quotes: ['40 scientists: the plan was "reckless"'],
    },
    {
      text: 'A message sent to the board by the port workers said: "We will strike."',
      quotes: ['the port workers: "We will strike."'],
    },
    {
      text: 'Projections prepared by the harbour ministry said the quay would close.',
      quotes: ['the harbour ministry: the quay would close'],
    },
    {
      text: 'Estimates compiled by the port board said the quay would close.',
      quotes: ['the port board: the quay would close'],
    },
    // whoever saw a work does not speak for it
    {
      text: 'Projections seen by the Coastal Herald said the quay would close.',
      quotes: ['projections: the quay would close'],
    },
  ])('$text', ({ text, quotes }) => {
    expect(statementsOf(text)).toEqual(quotes);
  });
});

describe('extract: a participle or a clause before a verb that is no subject of its own', () => {
  it.each([
    // no verb of saying at all
    { text: 'A note left at the scene was found by police.', quotes: [] },
    { text: 'The letter signed by the mayor arrived on Monday.', quotes: [] },
    // the participle's noun is the object of a preposition, not the subject
    {
      text: 'In a statement issued on Monday Mayor Ivo Rask said the quay would reopen.',
      quotes: ['Ivo Rask: the quay would reopen'],
    },
    // a subordinator opens a clause with a subject of its own
    {
      text: 'The fall came as the harbour board said the quay would close.',
      quotes: ['the harbour board: the quay would close'],
    },
    // a past tense, or a verb of saying with no verb after its phrases: the writer is the subject
    {
      text: 'Lena Voss wrote to the board on Monday that the quay was unsafe.',
      quotes: ['Lena Voss: the quay was unsafe'],
    },
    {
      text: 'Lena Voss posted on Telegram on Monday that the quay was unsafe.',
      quotes: ['Lena Voss: the quay was unsafe'],
    },
  ])('$text', ({ text, quotes }) => {
    expect(statementsOf(text)).toEqual(quotes);
  });
});

describe('extract: a prepositional phrase between the verb and a quotation after a comma', () => {
  it.each([
    {
      text: 'One user wrote on the forum, "This is a disgrace to the city."',
      quotes: ['one user: "This is a disgrace to the city."'],
    },
    {
      text: 'Mayor Ivo Rask told reporters in Veldgrad, "We will not give in."',
      quotes: ['Ivo Rask: "We will not give in."'],
    },
    {
      text: 'Mayor Ivo Rask said at the meeting of the board, "The quay stays open."',
      quotes: ['Ivo Rask: "The quay stays open."'],
    },
    // the quotation does not close the sentence: no introduction
    { text: 'One user wrote on the forum, "This is a disgrace," and left the chat.', quotes: [] },
  ])('$text', ({ text, quotes }) => {
    expect(statementsOf(text)).toEqual(quotes);
  });
});

describe('extract: a participle or an adjunct set off by commas after the subject', () => {
  it.each([
    {
      text: 'The letter, signed by 40 scientists, said the plan was "reckless".',
      quotes: ['40 scientists: the plan was "reckless"'],
    },
    { text: 'The sign, written in Veldish, said "Welcome home".', quotes: ['the sign: "Welcome home"'] },
    {
      text: 'The minister, pressed on the issue, said the plan was "reckless".',
      quotes: ['the minister: the plan was "reckless"'],
    },
    {
      text: 'The letter, in its second paragraph, said the plan was "reckless".',
      quotes: ['the letter: the plan was "reckless"'],
    },
    {
      text: 'Ivo Rask, asked whether he would resign, said he would stay.',
      quotes: ['Ivo Rask: he would stay'],
    },
    // a place is no speaker, whatever is set off after it
    { text: 'The city, founded in 1990, said it was "reckless".', quotes: [] },
  ])('$text', ({ text, quotes }) => {
    expect(statementsOf(text)).toEqual(quotes);
  });

  it('dates the saying, not the participle\'s phrase ("The company, founded in 1990, said")', () => {
    const [statement] = extract({
      text: 'The company, founded in 1990, said the plan was "reckless".',
      published: '2024-11-30',
    });
    expect(statement.saidOn?.basis).toBe('published');
  });
});

describe('extract: the author a document names after "by" or "from"', () => {
  it.each([
    {
      text: 'A recent report by analysts Harbour Digest said sales grew.',
      speaker: { name: 'Harbour Digest', kind: 'organization' },
    },
    {
      text: 'Sales grew, according to a recent report from analysts Harbour Digest.',
      speaker: { name: 'Harbour Digest', kind: 'organization' },
    },
    { text: 'A letter from Ivo Rask said the bid was final.', speaker: { name: 'Ivo Rask', kind: 'person' } },
  ])('$text', ({ text, speaker }) => {
    const [statement] = extract({ text, published: '2024-11-30' });
    expect({ name: statement.speaker.name, kind: statement.speaker.kind }).toEqual(speaker);
    expect(statement.speaker.title).toBeUndefined();
  });
});
