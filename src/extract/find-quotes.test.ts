import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

const CASES: Array<{ name: string; text: string; quotes: string[] }> = [
  { name: 'straight double', text: 'He said "yes" and left.', quotes: ['"yes"'] },
  { name: 'curly double', text: 'He said “yes, now” and left.', quotes: ['“yes, now”'] },
  { name: 'guillemets', text: 'Il a dit «oui» hier.', quotes: ['«oui»'] },
  {
    name: 'nested singles stay inside',
    text: '"She said \'no\' twice," he said.',
    quotes: ['"She said \'no\' twice,"'],
  },
  { name: 'apostrophes are not quotes', text: "Ukraine's army and the '90s don't count.", quotes: [] },
  { name: 'single-quoted headline quote', text: "Reed says 'we will win' in May", quotes: ["'we will win'"] },
  {
    name: 'multi-paragraph quote',
    text: '"First paragraph.\n"Second paragraph," he said.',
    quotes: ['"First paragraph.\n"Second paragraph,"'],
  },
  {
    name: 'unclosed quote ends with its paragraph',
    text: 'He said "yes and left.\nNext "one" here.',
    quotes: ['"one"'],
  },
  {
    name: 'two apostrophes as a double mark',
    text: "''We will not wait,'' she said of the ''quiet'' plan. Bob's '' rest",
    quotes: ["''We will not wait,''", "''quiet''"],
  },
  {
    name: 'two apostrophes across paragraphs',
    text: "''First paragraph.\n''Second one,'' he said.",
    quotes: ["''First paragraph.\n''Second one,''"],
  },
  {
    name: 'a nested single quote closing with the two-apostrophe mark',
    text: "''I would say 'old-school,''' said Reed.",
    quotes: ["''I would say 'old-school,'''"],
  },
  {
    name: 'two curly single marks as a closing double mark',
    text: '“It was a trick,’’ Ada Brill told the Courier. “And a poor one.”',
    quotes: ['“It was a trick,’’', '“And a poor one.”'],
  },
  {
    name: 'two curly single marks on both sides',
    text: '‘‘Never again,’’ she said of the ‘‘quiet’’ plan. The members’ ’90s club stays.',
    quotes: ['‘‘Never again,’’', '‘‘quiet’’'],
  },
  {
    name: 'a content closed by two curly single marks, a single quote nested',
    text: 'The board warned that “voters are owed ‘candour.’’’ It said no more.',
    quotes: ['“voters are owed ‘candour.’’’'],
  },
  {
    name: 'a paragraph break inside one quotation, closed at the end of the next paragraph',
    text: 'The coach said, "We played well.\n\nIt was a long season for all of us."\n\nFans cheered.',
    quotes: ['"We played well.\n\nIt was a long season for all of us."'],
  },
  {
    name: 'no blank line: an unclosed quote still ends with its line',
    text: '"We played well.\nTom Reed, coach."',
    quotes: [],
  },
  {
    name: 'a next paragraph with a quotation of its own is no continuation',
    text: 'He said "we played well.\n\nShe called it "poor" today.',
    quotes: ['"poor"'],
  },
  {
    name: 'a next paragraph going on after its closing mark is no continuation',
    text: 'He said "we played well.\n\nIt was long." Fans left.',
    quotes: [],
  },
  { name: 'inch marks are not quotes', text: 'A 5" screen and a 7" one.', quotes: [] },
  {
    name: 'paragraphs flattened into one: each quoted paragraph ends at its sentence',
    text: 'Reed said: "We lost the first game. "Next week we play at home. "We will win there."',
    quotes: ['"We lost the first game.', '"Next week we play at home.', '"We will win there."'],
  },
  {
    name: 'flattened paragraphs after an attributed quotation, the last one closed by a spaced mark',
    text: '"It was close," said Reed. "The lads were tired. "We go again on Sunday. " Fans left.',
    quotes: ['"It was close,"', '"The lads were tired.', '"We go again on Sunday. "'],
  },
  {
    name: "flattened paragraphs: the speaker's own report inside one is no reporting clause",
    text:
      'Reed said: "We made mistakes. I always said we needed a coach. "They told me it was over. ' +
      '"I am a champion."',
    quotes: [
      '"We made mistakes. I always said we needed a coach.',
      '"They told me it was over.',
      '"I am a champion."',
    ],
  },
  {
    name: "flattened paragraphs: a narrator's reporting clause ends the quotation before it",
    text: '"Growth will slow, the agency said in its report. Prices rose. "The deficit is a challenge," it noted.',
    quotes: ['"The deficit is a challenge,"'],
  },
  {
    name: 'a short quotation nested in the open one is no new paragraph, and the open one goes on',
    text: '"We thanked them. And you know what they said? "No problem". They were heroes," she said.',
    quotes: ['"We thanked them. And you know what they said? "No problem". They were heroes,"'],
  },
  {
    name: 'straight marks nested in straight marks (curly quotes straightened)',
    text: '"The other side likes to organize a "leak" of the talks, hoping for conflicts," said Ivo Rask. "Fine."',
    quotes: ['"The other side likes to organize a "leak" of the talks, hoping for conflicts,"', '"Fine."'],
  },
  {
    name: 'a stray mark before a quotation is no nesting: the next mark after its close opens',
    text: 'A stray " mark. He said "we won" and "we lost" today.',
    quotes: ['"we won"', '"we lost"'],
  },
  {
    name: 'a quotation nested in straight marks inside a straight-marked one',
    text: '"For us, the plan on "other paths" is not acceptable. We think it is a trap," he said.',
    quotes: ['"For us, the plan on "other paths" is not acceptable. We think it is a trap,"'],
  },
  {
    name: 'a quotation nested in curly double marks inside a curly-marked one',
    text: 'Reed spoke. “We call it the “quiet” phase of the work,” she said. Then “no” came.',
    quotes: ['“We call it the “quiet” phase of the work,”', '“no”'],
  },
  {
    name: 'a stray opening mark before a closed quotation and another opening: no outer quotation',
    text: 'He said "yes to "Plan A" and then "Plan B" today.',
    quotes: ['"Plan A"', '"Plan B"'],
  },
  {
    name: 'a stray opening mark and no closing mark after the inner quotation',
    text: 'The "Victory Day "parade" went ahead in the rain.',
    quotes: ['"parade"'],
  },
  {
    name: 'a mark after a comma may be a spaced closing mark, not a quotation to split',
    text: '"We saw signs of it. I think they have changed, "Reed said. He went on. "That is all."',
    quotes: ['"That is all."'],
  },
  {
    name: 'a closing mark forgotten before the reporting clause: no quotation made of it',
    text: '"The word is confusion, Tom Reed said in an interview. "When laws change, confusion results."',
    quotes: ['"When laws change, confusion results."'],
  },
  {
    name: "a reporting verb in an earlier sentence of a flattened quoted paragraph is the speaker's own",
    text:
      'Reed said: "I was nervous at the start. "Some people have said I am obsessed. It helps me. ' +
      '"It is a great day."',
    quotes: [
      '"I was nervous at the start.',
      '"Some people have said I am obsessed. It helps me.',
      '"It is a great day."',
    ],
  },
  {
    name: 'a closing mark forgotten before the reporting clause of a later sentence',
    text: '"We left early. The word is confusion, Tom Reed said in an interview. "When laws change, we wait."',
    quotes: ['"When laws change, we wait."'],
  },
  {
    name: 'double primes typed for quotation marks, alone or closing a straight mark',
    text: '″We have the ore,″ Barr added. "We are ready to mine it,″ she said.',
    quotes: ['″We have the ore,″', '"We are ready to mine it,″'],
  },
  {
    name: 'a double prime after a digit is inches, inside or outside a quotation',
    text: '"The 12″ pipes are too thin," Barr said of the 55″ screen and the "old" set.',
    quotes: ['"The 12″ pipes are too thin,"', '"old"'],
  },
];

describe('findQuotes', () => {
  it.each(CASES)('$name', ({ text, quotes }) => {
    expect(findQuotes(text).map((quote) => text.slice(quote.start, quote.end))).toEqual(quotes);
  });

  it('10,000 unbalanced marks: linear, no runaway span', () => {
    const text = `${'"a '.repeat(10_000)}\n${'“b '.repeat(10_000)}`;
    const quotes = findQuotes(text);
    for (const quote of quotes) expect(quote.end - quote.start).toBeLessThan(text.length / 2);
  });
});
