import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

// Transcripts ("Name: words", turn after turn, as official sites publish meetings and interviews):
// sentences written for these tests; the people, bodies and places are invented.
const statementsOf = (text: string) =>
  extract({ text, published: '2024-03-15' }).map((statement) => [
    statement.speaker.name,
    statement.quote.text,
  ]);

describe('the turns of a transcript', () => {
  it.each([
    {
      name: 'each turn runs on to the next label, short turns too',
      text:
        'Karl Weber met the head of the water board. President of Ruritania Karl Weber: Good afternoon. ' +
        'How are the reservoirs? Head of the Water Board Ann Lee: Good afternoon, Mr President. We have filled ' +
        'four of them. The fifth will be ready in May. Karl Weber: I see. Ann Lee: We also need new pumps. ' +
        'Karl Weber: All right. Thank you.',
      statements: [
        ['Karl Weber', 'Good afternoon. How are the reservoirs?'],
        [
          'Ann Lee',
          'Good afternoon, Mr President. We have filled four of them. The fifth will be ready in May',
        ],
        ['Karl Weber', 'I see'],
        ['Ann Lee', 'We also need new pumps'],
        ['Karl Weber', 'All right. Thank you'],
      ],
    },
    {
      name: 'a report inside a turn is the speaker’s words, not a statement of its own',
      text:
        'Ann Lee: As I told the council, the pumps are old. The mayor said that they would be replaced. ' +
        'Karl Weber: Do you have a date? Ann Lee: We expect one in June. Karl Weber: Good.',
      statements: [
        ['Ann Lee', 'As I told the council, the pumps are old. The mayor said that they would be replaced'],
        ['Karl Weber', 'Do you have a date'],
        ['Ann Lee', 'We expect one in June'],
        ['Karl Weber', 'Good'],
      ],
    },
    {
      name: 'after a section mark, and a title run into the name (a scraped tooltip)',
      text:
        'The meeting was held in Veldgrad. * * * President of Ruritania Karl Weber: Colleagues, we have one ' +
        'issue today. Minister of Water Ann Lee Lee AnnMinister of Water of Ruritania: Thank you. We are ready ' +
        'to report. Karl Weber: Please go ahead. Ann Lee: The dams are safe.',
      statements: [
        ['Karl Weber', 'Colleagues, we have one issue today'],
        ['Ann Lee', 'Thank you. We are ready to report'],
        ['Karl Weber', 'Please go ahead'],
        ['Ann Lee', 'The dams are safe'],
      ],
    },
    {
      name: 'a turn ends at its paragraph and before an editor’s note in brackets',
      text:
        'Karl Weber: We will build the road. It will take two years.\n\nThe road was planned in 2019.\n\n' +
        'Ann Lee: Do you have the money? Karl Weber: We do. (After that, the meeting went on behind closed ' +
        'doors.) Ann Lee: Thank you.',
      statements: [
        ['Karl Weber', 'We will build the road. It will take two years'],
        ['Ann Lee', 'Do you have the money'],
        ['Karl Weber', 'We do'],
        ['Ann Lee', 'Thank you'],
      ],
    },
    {
      name: 'two turns, an exchange of greetings: titled labels opening paragraphs, a long one with a tooltip',
      text:
        'Karl Weber and President of Suria Ann Lee met in Veldgrad.\n\nPresident of Ruritania Karl Weber: ' +
        'Good afternoon, Madam President. Thank you for coming. We have much to discuss.\n\nPresident of ' +
        'Suria Ann Lee Lee AnnPresident of Suria: Thank you very much. I am glad to be here.',
      statements: [
        ['Karl Weber', 'Good afternoon, Madam President. Thank you for coming. We have much to discuss'],
        ['Ann Lee', 'Thank you very much. I am glad to be here'],
      ],
    },
    {
      name: 'a journalist’s "Question:" ends the turn before it and is no one’s in particular',
      text:
        'Karl Weber and Ann Lee answered questions. Karl Weber: Good afternoon, I am glad to see you. Ann Lee: ' +
        'Thank you, we are glad to be here. Question: Mr President, what will you do next? Karl Weber: We ' +
        'will build the road. Question(retranslated): Ms Lee, a question for you. Is this true? Ann Lee: ' +
        'Yes, I think so.',
      statements: [
        ['Karl Weber', 'Good afternoon, I am glad to see you'],
        ['Ann Lee', 'Thank you, we are glad to be here'],
        ['question', 'Mr President, what will you do next?'],
        ['Karl Weber', 'We will build the road'],
        ['question', 'Ms Lee, a question for you. Is this true?'],
        ['Ann Lee', 'Yes, I think so'],
      ],
    },
    {
      name: 'a translator’s note closing a titled label marks a turn run on in its paragraph',
      text:
        'Karl Weber and President of Suria Ann Lee met in Veldgrad. * * * President of Ruritania Karl Weber: ' +
        'Good afternoon, Madam President. Thank you for coming. We have much to discuss. President of Suria ' +
        'Ann Lee (retranslated): Thank you very much. I am glad to be here.',
      statements: [
        ['Karl Weber', 'Good afternoon, Madam President. Thank you for coming. We have much to discuss'],
        ['Ann Lee', 'Thank you very much. I am glad to be here'],
      ],
    },
  ])('$name', ({ text, statements }) => {
    expect(statementsOf(text)).toEqual(statements);
  });

  it.each([
    {
      name: 'a question in running text, no label',
      text:
        'Karl Weber met Ann Lee. Question: what will the port cost? Nobody knows. The port has six berths, ' +
        'and the council will vote on it.',
    },
    {
      name: 'two untitled labels in running text',
      text:
        'Karl Weber met Ann Lee. Karl Weber: We are glad. We will see you. Ann Lee: Thank you, I am sure. ' +
        'The port has six berths.',
    },
    {
      name: 'two titled labels, one in the middle of a paragraph',
      text:
        'Karl Weber met Ann Lee.\n\nPresident of Ruritania Karl Weber: We are glad. We will see you. The ' +
        'port was busy. Mayor of Veldgrad Ann Lee: Thank you, I am sure. It is late.',
    },
  ])('not $name', ({ text }) => {
    const quotes = extract({ text, published: '2024-03-15' }).map((statement) => statement.quote.text);
    expect(quotes.filter((quote) => /[.?!] \p{Lu}/u.test(quote))).toEqual([]);
  });
});

// (what a single "Name: …" line states stays as it was: one sentence, not carried on over the next)
describe('lines with colons that are no transcript', () => {
  it.each([
    {
      name: 'a football line-up',
      text:
        'Harbour City: Reed, Lane, Moss, Dunn. Subs Not Used: Hale, Kirk. Booked: Lane, Moss. Goals: Dunn 12. ' +
        'Northvale: Park, Shaw, Tate. Subs Not Used: Vance. Booked: Shaw.',
    },
    {
      name: 'team notes, which tell and do not speak',
      text:
        'Harbour City: Forward Tom Dunn missed his third game with a sprained ankle. He is expected back next ' +
        'week. Northvale: Guard Ben Shaw left in the second half with a cut above his eye. Harbour City: The ' +
        'team flies to Veldgrad on Friday. Northvale: Coach Ira Tate rested two starters.',
    },
    {
      name: 'an advice column, whose letters are addressed to the columnist',
      text:
        'DEAR ANNIE: My brother never pays me back. I lent him money twice. What should I do? -- TIRED SISTER ' +
        'DEAR TIRED SISTER: You should stop lending. Tell him so. DEAR ANNIE: My neighbour plays loud music. ' +
        'Can I call the police? -- AWAKE DEAR AWAKE: Talk to him first.',
    },
  ])('$name', ({ text }) => {
    const quotes = extract({ text, published: '2024-03-15' }).map((statement) => statement.quote.text);
    expect(quotes.filter((quote) => /[.?!] \p{Lu}/u.test(quote))).toEqual([]);
  });
});

// A transcript of a single speaker: the text's one label opens a paragraph after a lede that names them.
describe('a transcript of one speaker', () => {
  const lone = (turn: string, lede = 'Karl Weber congratulated the border guards on their holiday.') =>
    statementsOf(`${lede}\n\n${turn}`);
  it.each([
    {
      name: 'the lone turn runs to the end of its paragraph, what it reports inside included',
      text: lone(
        'Karl Weber: Comrades, I congratulate you on Border Guards Day. Your service is hard. ' +
          'It requires courage. As I said last year, the border is safe in your hands.',
      ),
      statements: [
        [
          'Karl Weber',
          'Comrades, I congratulate you on Border Guards Day. Your service is hard. It requires courage. ' +
            'As I said last year, the border is safe in your hands',
        ],
      ],
    },
    {
      name: 'a label with a title',
      text: lone(
        'President of Ruritania Karl Weber: Colleagues, good afternoon. We have two issues today. ' +
          'Let us start with the roads.',
        'Karl Weber chaired a meeting on the roads.',
      ),
      statements: [
        ['Karl Weber', 'Colleagues, good afternoon. We have two issues today. Let us start with the roads'],
      ],
    },
    {
      name: 'after a section mark in the paragraph of the list of participants, a lede that names no one',
      text: statementsOf(
        'The President held a meeting on the roads.\n\nTaking part were Minister of Transport Ann Lee and ' +
          'Governor Ivo Rask. * * * President of Ruritania Karl Weber: Colleagues, good afternoon. We have ' +
          'two issues today. Let us start with the roads.',
      ),
      statements: [
        ['Karl Weber', 'Colleagues, good afternoon. We have two issues today. Let us start with the roads'],
      ],
    },
    {
      name: 'a heading run into the label after a section mark ("Opening remarks at the meeting President …:")',
      text: statementsOf(
        'The President held a meeting on the roads.\n\nTaking part were Minister of Transport Ann Lee. * * * ' +
          'Opening remarks at the meeting on roads President of Ruritania Karl Weber: Colleagues, good ' +
          'afternoon. We have two issues today. Let us start with the roads.',
      ),
      statements: [
        ['Karl Weber', 'Colleagues, good afternoon. We have two issues today. Let us start with the roads'],
      ],
    },
    {
      name: 'a heading naming the guest before the speaker’s own title and name',
      text: statementsOf(
        'Karl Weber met the President of Suria.\n\nThe visit began. * * * Beginning of the talks with ' +
          'President of Suria Ann Lee President of Ruritania Karl Weber: Madam President, welcome. We are glad ' +
          'to see you. Our talks will be long.',
      ),
      statements: [
        ['Karl Weber', 'Madam President, welcome. We are glad to see you. Our talks will be long'],
      ],
    },
  ])('$name', ({ text, statements }) => {
    expect(text).toEqual(statements);
  });

  it.each([
    {
      name: 'a headline opening the text',
      text: 'Ann Lee: I am not interested. The senator spoke on Monday. She will not run. Her aides agreed.',
    },
    {
      name: 'a label naming nobody the lede named',
      text:
        'The council met on Monday.\n\nEditor Note: We have corrected this story. It gave the wrong date. ' +
        'We regret the error.',
    },
    {
      name: 'a label in the middle of a paragraph',
      text:
        'Karl Weber spoke at the port. He said the port would grow. Karl Weber: I am sure of it. ' +
        'The port has six berths. Two are new.',
    },
    {
      name: 'a one-sentence line',
      text: 'Karl Weber visited the port.\n\nKarl Weber: I see it now.\n\nThe port has six berths. Two are new.',
    },
    {
      name: 'a section mark before a label without a title, the name not given before',
      text:
        'The council met.\n\nThe port was busy. * * * Karl Weber: We are here. I see the port. We like it. ' +
        'The port has six berths.',
    },
    {
      name: 'a heading before a label with no title',
      text:
        'The council met.\n\nThe port was busy. * * * Remarks at the port Karl Weber: We are here. I see the ' +
        'port. We like it. The port has six berths.',
    },
    {
      name: 'a sentence with a verb before a titled name and a colon',
      text:
        'The council met.\n\nThe port was busy. * * * We then heard from Mayor Karl Weber: we are here. I see ' +
        'the port. We like it. The port has six berths.',
    },
    {
      name: 'a section mark before a short line',
      text: 'The council met.\n\nThe port was busy. * * * President of Ruritania Karl Weber: I see. It is late.',
    },
  ])('not $name', ({ text }) => {
    const quotes = extract({ text, published: '2024-03-15' }).map((statement) => statement.quote.text);
    expect(quotes.filter((quote) => /[.?!] \p{Lu}/u.test(quote))).toEqual([]);
  });
});
