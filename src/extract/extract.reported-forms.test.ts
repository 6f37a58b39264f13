import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Sentences written for these tests; the people, places and words are invented. Each row holds a way of
// reporting words the cue finder once missed, or a sentence that looks like it and reports nothing.
// `statements` lists "speaker: content" for every statement found, in order.
interface Row {
  text: string;
  statements: string[];
}

function statementsOf(text: string): string[] {
  return extract({ text, published: '2024-11-30' }).map(
    (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
  );
}

describe('extract: hearsay of a report ("is said to have told")', () => {
  it.each<Row>([
    {
      text: 'Harbour master Lena Voss is reported to have said that the quay would reopen in May.',
      statements: ['Lena Voss: the quay would reopen in May'],
    },
    {
      text: 'Ivo Rask is said to have told the board that he would resign.',
      statements: ['Ivo Rask: he would resign'],
    },
    {
      text: 'Mayor Ivo Rask was alleged to have told the council: "The port is finished."',
      statements: ['Ivo Rask: "The port is finished."'],
    },
    // a deed, not words
    { text: 'Ivo Rask and Lena Voss are said to have declared war on each other.', statements: [] },
    { text: 'Ivo Rask is believed to have fled the city in May.', statements: [] },
    { text: 'The ferry is reported to have sunk near the quay.', statements: [] },
    // an object pronoun, not a clause
    { text: 'Ivo Rask spoke. He is believed to have said them after the storm.', statements: [] },
  ])('$text', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });
});

describe('extract: a closing "as X put it"', () => {
  it.each<Row>([
    {
      text: 'The ferry plan was dead on arrival, as Lena Voss put it.',
      statements: ['Lena Voss: The ferry plan was dead on arrival'],
    },
    {
      text: 'The harbour had grown by two percent, as the port board noted.',
      statements: ['the port board: The harbour had grown by two percent'],
    },
    {
      text: 'Lena Voss spoke to reporters. The harbour was struggling, as she put it.',
      statements: ['Lena Voss: The harbour was struggling'],
    },
    {
      text: 'The first rule of the port is a "fee paid before docking," as a harbour board memo put it.',
      statements: ['a harbour board memo: The first rule of the port is a "fee paid before docking,"'],
    },
    // a saying, anyone's; the speaker in the first person; a guess that bears on one phrase
    { text: 'The ferry is as cheap as chips, as the man says.', statements: [] },
    { text: 'The port will reopen, as I have said.', statements: [] },
    { text: 'Fares rose, as some traders had suggested.', statements: [] },
  ])('$text', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });
});

describe('extract: "cried" reports words only where they stand', () => {
  it.each<Row>([
    { text: '"The ferry is back!" cried Lena Voss.', statements: ['Lena Voss: "The ferry is back!"'] },
    { text: '"The ferry is back," Lena Voss cried.', statements: ['Lena Voss: "The ferry is back,"'] },
    { text: 'Lena Voss cried: "The ferry is back!"', statements: ['Lena Voss: "The ferry is back!"'] },
    { text: 'Lena Voss cried when she saw the ferry sink.', statements: [] },
  ])('$text', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });
});

describe('extract: an adjective of how one speaks before a colon ("The mayor was adamant: \\"…\\"")', () => {
  it.each<Row>([
    {
      text: 'The ferry captain was adamant: "The quay stays shut."',
      statements: ['the ferry captain: "The quay stays shut."'],
    },
    { text: 'Lena Voss was blunt: "The ferry is broke."', statements: ['Lena Voss: "The ferry is broke."'] },
    {
      text: 'The port ministry was very clear: "There will be no new pier."',
      statements: ['the port ministry: "There will be no new pier."'],
    },
    // a thing's state, a place, a noun that is no speaker
    { text: 'The message was clear: "Go home."', statements: [] },
    { text: 'The weather was grim: "Storm warning" signs lined the quay.', statements: [] },
  ])('$text', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });
});

describe('extract: a pull quote signed with a dash and a name', () => {
  it.each<Row>([
    {
      text: '"We will rebuild the quay." — Lena Voss',
      statements: ['Lena Voss: "We will rebuild the quay."'],
    },
    {
      text: '"We will rebuild the quay." — Lena Voss, mayor of Brenmoor\n\nThe storm took half the pier.',
      statements: ['Lena Voss: "We will rebuild the quay."'],
    },
    { text: '"We will rebuild the quay." - Ivo Rask', statements: ['Ivo Rask: "We will rebuild the quay."'] },
    // the name opens a clause of its own; a hyphen inside a word or unspaced
    { text: '"We will rebuild." — Lena Voss, who runs the port, left early.', statements: [] },
    { text: 'He called it "a disaster" - Ivo Rask left the room.', statements: [] },
    { text: 'The "bridge-to-nowhere"-style plan - Ivo Rask’s idea - failed.', statements: [] },
  ])('$text', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });
});

describe('extract: a transcript labelled in capitals', () => {
  function speakersOf(text: string): string[] {
    return extract({ text, published: '2024-11-30' }).map(
      (statement) => `${statement.speaker.name}/${statement.speaker.kind}`,
    );
  }
  it.each([
    {
      text:
        'The hearing opened at noon.\n\nVOSS: We will not comment on that today.\n\n' +
        'RASK: Why not? You promised us answers.\n\nVOSS: I said we would answer in writing.',
      speakers: ['Voss/person', 'Rask/person', 'Voss/person'],
    },
    {
      text: 'MR. RASK: I think the ferry plan is wrong and you know it.',
      speakers: ['Rask/person'],
    },
    // notes and sections in capitals, a body's acronym on its own
    {
      text: 'NOTE: We will update this story.\n\nUPDATE: The council has voted.\n\nNATO: The alliance will meet again.',
      speakers: ['NATO/organization'],
    },
  ])('$text', ({ text, speakers }) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
