import { describe, expect, it } from 'vitest';
import type { ReportedChange } from '../model/ledger.js';
import type { Statement } from '../model/statement.js';
import { readReportedChange } from './reported-change.js';

// Sentences written for these tests; invented people and countries. Each statement is built by hand
// (mention, cue and content found by their words) so the reader is tested apart from the extractor.
function statementIn(text: string, mention: string, cue: string, content: string): Statement {
  const find = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`"${words}" not in "${text}"`);
    return { start, end: start + words.length, text: words };
  };
  const cueSpan = find(cue);
  return {
    kind: content.startsWith('"') ? 'direct' : 'indirect',
    quote: find(content),
    speaker: { name: 'Ana Petrenko', kind: 'person', mention: find(mention) },
    cue: { ...cueSpan, lemma: 'say' },
    venue: null,
    saidOn: null,
    confidence: 0.9,
  };
}

const cases: [string, string, string, string, string, Partial<ReportedChange> | null][] = [
  [
    'an opening adverbial',
    'Talks stalled. In a dramatic U-turn, Petrenko said Ruritania would send tanks.',
    'Petrenko',
    'said',
    'Ruritania would send tanks',
    { kind: 'reversal', text: 'In a dramatic U-turn' },
  ],
  [
    'an opening adverbial after a wire dateline',
    'RURITANIA, March 8 (Example Wire) - In a reversal, Petrenko said Ruritania would send tanks.',
    'Petrenko',
    'said',
    'Ruritania would send tanks',
    { kind: 'reversal', text: 'In a reversal' },
  ],
  [
    'an opening participle that softens',
    'Softening her stance on talks, Petrenko said she was open to negotiations.',
    'Petrenko',
    'said',
    'she was open to negotiations',
    { kind: 'softening', text: 'Softening her stance on talks' },
  ],
  [
    'a verb phrase between speaker and cue',
    'Petrenko backtracked on Monday, saying Ruritania would join the sanctions.',
    'Petrenko',
    'saying',
    'Ruritania would join the sanctions',
    { kind: 'reversal', text: 'backtracked' },
  ],
  [
    'a hardening verb phrase',
    'Mr. Petrenko hardened his position and said there would be no talks.',
    'Petrenko',
    'said',
    'there would be no talks',
    { kind: 'hardening', text: 'hardened his position' },
  ],
  [
    'a relative clause with the former position, the reporting verb taken off',
    'Petrenko, who had long insisted that talks were pointless, now says talks are needed.',
    'Petrenko',
    'says',
    'talks are needed',
    {
      kind: 'former',
      text: 'who had long insisted that talks were pointless',
      former: 'talks were pointless',
    },
  ],
  [
    'a dropped opposition, its object up to the joined verb',
    'Petrenko dropped her opposition to a ceasefire and said one was needed.',
    'Petrenko',
    'said',
    'one was needed',
    { kind: 'former', text: 'dropped her opposition to a ceasefire', former: 'opposed a ceasefire' },
  ],
  [
    'a trailing adverbial after a direct quote',
    '"We will send tanks," Petrenko said on Friday, in a reversal.',
    'Petrenko',
    'said',
    '"We will send tanks,"',
    { kind: 'reversal', text: 'in a reversal' },
  ],
  [
    "a turn in the sentence before is that sentence's",
    'Berlin made a U-turn. Petrenko said Ruritania would send tanks.',
    'Petrenko',
    'said',
    'Ruritania would send tanks',
    null,
  ],
  [
    "somebody else's turn in a subordinate clause",
    'When Berlin reversed course, Petrenko said Ruritania would send tanks.',
    'Petrenko',
    'said',
    'Ruritania would send tanks',
    null,
  ],
  [
    'a relative clause in the present perfect without an adverb is a position still held',
    'Petrenko, who has called for talks, said talks were needed.',
    'Petrenko',
    'said',
    'talks were needed',
    null,
  ],
  [
    'a denied turn',
    'Petrenko has not changed her position and said Ruritania would never send tanks.',
    'Petrenko',
    'said',
    'Ruritania would never send tanks',
    null,
  ],
  [
    'a relative clause that states no position',
    'Petrenko, who had moved to the capital in May, said talks were needed.',
    'Petrenko',
    'said',
    'talks were needed',
    null,
  ],
  [
    'no change word at all',
    'Petrenko said on Monday that Ruritania would send tanks.',
    'Petrenko',
    'said',
    'Ruritania would send tanks',
    null,
  ],
  [
    "an opening adverbial naming another agent is that agent's turn",
    'In a U-turn by Ruritania, Petrenko said tanks would be sent to Sylvania.',
    'Petrenko',
    'said',
    'tanks would be sent to Sylvania',
    null,
  ],
  [
    'an opening adverbial "from" another agent',
    'In a sharp reversal from the Ruritanian government, Petrenko said sanctions would stay.',
    'Petrenko',
    'said',
    'sanctions would stay',
    null,
  ],
  [
    'an opening adverbial naming the speaker as the agent is theirs',
    'In a U-turn by Petrenko, the minister said tanks would be sent.',
    'the minister',
    'said',
    'tanks would be sent',
    { kind: 'reversal', text: 'In a U-turn by Petrenko' },
  ],
];

describe('readReportedChange', () => {
  it.each(cases)('%s', (_, text, mention, cue, content, expected) => {
    const change = readReportedChange(statementIn(text, mention, cue, content), text);
    if (expected === null) {
      expect(change).toBeNull();
      return;
    }
    expect(change).toMatchObject(expected);
    // The reporter's words, where they are: a reader can check them in one click.
    expect(text.slice(change!.start, change!.end)).toBe(change!.text);
  });
});
