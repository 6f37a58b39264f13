import { describe, expect, it } from 'vitest';
import type { Statement } from '../model/statement.js';
import { extract } from './index.js';

interface Expected {
  /** The statement's quote text, exactly. */
  quote: string;
  speaker: string;
  kind?: Statement['kind'];
  speakerKind?: Statement['speaker']['kind'];
  mention?: string | null;
  title?: string;
  cue?: string | null;
  lemma?: string;
  venue?: string | null;
  parts?: number;
}

interface Case {
  /** Extract with `stances` on (stance verbs with no quoted words reported too). */
  stances?: boolean;
  name: string;
  text: string;
  expected: Expected[];
}

// Sentences written for these tests; names are real public figures, the words are invented.
const CASES: Case[] = [
  {
    name: 'direct, straight marks, quote first',
    text: '"We will rebuild every bridge," Smith said.',
    expected: [
      {
        quote: '"We will rebuild every bridge,"',
        speaker: 'Smith',
        kind: 'direct',
        cue: 'said',
        lemma: 'say',
      },
    ],
  },
  {
    name: 'direct, curly marks, inverted "said X"',
    text: '“The budget is balanced,” said Finance Minister Anna Berg.',
    expected: [
      {
        quote: '“The budget is balanced,”',
        speaker: 'Anna Berg',
        title: 'Finance Minister',
        kind: 'direct',
        cue: 'said',
      },
    ],
  },
  {
    name: 'direct after colon cue',
    text: 'The mayor said: "The roads will reopen on Monday."',
    expected: [
      { quote: '"The roads will reopen on Monday."', speaker: 'the mayor', kind: 'direct', cue: 'said:' },
    ],
  },
  {
    name: 'nested single quotes stay inside the double quote',
    text: '"He told me \'never again\' and left," Lopez said.',
    expected: [{ quote: '"He told me \'never again\' and left,"', speaker: 'Lopez', kind: 'direct' }],
  },
  {
    name: 'split quote is one statement with parts',
    text: '"We are ready," she said, "but we need more time." Maria Lopez arrived later.',
    expected: [],
  },
  {
    name: 'split quote with a named speaker',
    text: 'Maria Lopez spoke first. "We are ready," Lopez said, "but we need more time."',
    expected: [
      {
        quote: '"We are ready," Lopez said, "but we need more time."',
        speaker: 'Maria Lopez',
        kind: 'direct',
        parts: 2,
      },
    ],
  },
  {
    name: 'multi-paragraph quote: opening mark repeated, closing mark omitted; one statement a paragraph',
    text: 'Governor Ellen Park said: "The storm damaged 400 homes.\n"We will help every family that lost a roof."',
    expected: [
      { quote: '"The storm damaged 400 homes.', speaker: 'Ellen Park', kind: 'direct' },
      { quote: '"We will help every family that lost a roof."', speaker: 'Ellen Park', kind: 'direct' },
    ],
  },
  {
    name: 'multi-paragraph quote: a no-break space opening a paragraph is trimmed off its statement, as layout trims it',
    text: 'Governor Ellen Park said: "The storm damaged 400 homes.\n\n\u00a0"We will help every family."',
    expected: [
      { quote: '"The storm damaged 400 homes.', speaker: 'Ellen Park', kind: 'direct' },
      { quote: '"We will help every family."', speaker: 'Ellen Park', kind: 'direct' },
    ],
  },
  {
    name: 'indirect: X said that …',
    text: 'Senator Tom Reed said that the vote would be delayed.',
    expected: [
      {
        quote: 'the vote would be delayed',
        speaker: 'Tom Reed',
        title: 'Senator',
        kind: 'indirect',
        cue: 'said',
      },
    ],
  },
  {
    name: 'indirect: X says …',
    text: 'Tom Reed says the vote will be delayed.',
    expected: [{ quote: 'the vote will be delayed', speaker: 'Tom Reed', cue: 'says', lemma: 'say' }],
  },
  {
    name: 'indirect: X has said …',
    text: 'Tom Reed has said the vote will be delayed.',
    expected: [{ quote: 'the vote will be delayed', speaker: 'Tom Reed', cue: 'has said', lemma: 'say' }],
  },
  {
    name: 'indirect: X told Y (that) … with Y an outlet as venue',
    text: 'Tom Reed told Channel 4 News that the vote would be delayed.',
    expected: [
      {
        quote: 'the vote would be delayed',
        speaker: 'Tom Reed',
        cue: 'told',
        lemma: 'tell',
        venue: 'Channel 4 News',
      },
    ],
  },
  {
    name: 'indirect: content first, ", X said."',
    text: 'The vote would be delayed until spring, Tom Reed said.',
    expected: [
      { quote: 'The vote would be delayed until spring', speaker: 'Tom Reed', kind: 'indirect', cue: 'said' },
    ],
  },
  {
    name: 'indirect: content first, ", said X."',
    text: 'The vote would be delayed until spring, said Tom Reed.',
    expected: [{ quote: 'The vote would be delayed until spring', speaker: 'Tom Reed', cue: 'said' }],
  },
  {
    name: 'according to X, …',
    text: 'According to the Defense Ministry, the convoy reached the border at noon.',
    expected: [
      {
        quote: 'the convoy reached the border at noon',
        speaker: 'the Defense Ministry',
        speakerKind: 'organization',
        cue: 'According to',
        lemma: 'according to',
      },
    ],
  },
  {
    name: '…, according to X.',
    text: 'The convoy reached the border at noon, according to officials.',
    expected: [
      {
        quote: 'The convoy reached the border at noon',
        speaker: 'officials',
        speakerKind: 'group',
        cue: 'according to',
      },
    ],
  },
  {
    name: 'colon attribution without a verb',
    text: 'Reed: "The vote will wait until spring."',
    expected: [{ quote: '"The vote will wait until spring."', speaker: 'Reed', cue: ':' }],
  },
  {
    name: 'dash attribution',
    text: '"The vote will wait until spring." — Tom Reed',
    expected: [{ quote: '"The vote will wait until spring."', speaker: 'Tom Reed', cue: '—' }],
  },
  {
    name: 'said in a statement',
    text: 'The Kremlin said in a statement that the talks had stalled.',
    expected: [
      {
        quote: 'the talks had stalled',
        speaker: 'the Kremlin',
        speakerKind: 'organization',
        venue: 'a statement',
      },
    ],
  },
  {
    name: 'wrote on Telegram',
    text: 'Ivan Petrov wrote on Telegram that the bridge was closed.',
    expected: [
      {
        quote: 'the bridge was closed',
        speaker: 'Ivan Petrov',
        cue: 'wrote',
        lemma: 'write',
        venue: 'Telegram',
      },
    ],
  },
  {
    name: 'in an interview with Y',
    text: 'Ivan Petrov said in an interview with the BBC that the bridge was closed.',
    expected: [{ quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'the BBC' }],
  },
  {
    name: 'told outlets described by a qualifier ("told US media", "told Karvian state television")',
    text:
      'Ivan Petrov told Karvian state television that the bridge was closed. Anna Berg told US media ' +
      'this month the port was open.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'Karvian state television' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'US media' },
    ],
  },
  {
    name: 'told a described website ("told the Karvia News website", "told his website"), not "told a website"',
    text:
      '"The bridge is closed," Ivan Petrov told the Karvia News website. "The port is open," Tom Reed told his ' +
      'website. Anna Berg told a website that the road was shut.',
    expected: [
      { quote: '"The bridge is closed,"', speaker: 'Ivan Petrov', venue: 'the Karvia News website' },
      { quote: '"The port is open,"', speaker: 'Tom Reed', venue: 'his website' },
      { quote: 'the road was shut', speaker: 'Anna Berg', venue: null },
    ],
  },
  {
    name: 'a broadcast programme is the venue ("told Karvia Radio 2\'s Morning programme", "the KTV programme Go North")',
    text:
      "Ivan Petrov told Karvia Radio 2's Morning programme that the bridge was closed. Anna Berg told the KTV " +
      'programme Go North she hoped the port would open. Tom Reed told the KTV World Service programme Face the ' +
      'Harbour: "The road is shut." Eva Lind said on KTV One\'s Focus on Karvia programme that the ferry was late. ' +
      'Karl Weber told US TV show 40 Hours that the tunnel was safe.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: "Karvia Radio 2's Morning programme" },
      { quote: 'she hoped the port would open', speaker: 'Anna Berg', venue: 'the KTV programme Go North' },
      {
        quote: '"The road is shut."',
        speaker: 'Tom Reed',
        venue: 'the KTV World Service programme Face the Harbour',
      },
      { quote: 'the ferry was late', speaker: 'Eva Lind', venue: "KTV One's Focus on Karvia programme" },
      { quote: 'the tunnel was safe', speaker: 'Karl Weber', venue: 'US TV show 40 Hours' },
    ],
  },
  {
    name: 'a programme pointed back at or a name that says something is no venue ("told the programme Karvia would …")',
    text: 'Ivan Petrov told the programme that the bridge was closed. Anna Berg told the programme Karvia would pay.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: null },
      { quote: 'Karvia would pay', speaker: 'Anna Berg', venue: null },
    ],
  },
  {
    name: 'an audience or a newspaper pointed back at is no venue ("told reporters", "told the newspaper")',
    text: 'Ivan Petrov told reporters that the bridge was closed. Anna Berg told the newspaper that the port was open.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: null },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: null },
    ],
  },
  {
    name: 'a person, a place or MPs told are no venue ("told Mr Reed", "told Petrov", "told Karvia", "told MPs")',
    text:
      'Anna Berg met Ivan Petrov. Berg told Petrov that the bridge was closed. Tom Reed told Mr Lee that the ' +
      'port was open. Ann Lee told China it should pay. Ivo Rask told MPs the road was shut. Ada Varn told ' +
      'Reuters the ferry was late.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Anna Berg', venue: null },
      { quote: 'the port was open', speaker: 'Tom Reed', venue: null },
      { quote: 'it should pay', speaker: 'Ann Lee', venue: null },
      { quote: 'the road was shut', speaker: 'Ivo Rask', venue: null },
      { quote: 'the ferry was late', speaker: 'Ada Varn', venue: 'Reuters' },
    ],
  },
  {
    name: 'an interview with a person keeps the interview as the venue; "told CNN Wednesday" leaves the day out',
    text:
      'Ivan Petrov said in an interview with Tom Reed that the bridge was closed. Anna Berg told CNN ' +
      'Wednesday that the port was open.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'an interview' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'CNN' },
    ],
  },
  {
    name: 'the subject of what was told ends the outlet\'s run of capitals ("told the BBC Mr Reed was …")',
    text:
      'Anna Berg told the BBC Mr Reed was wrong. Ivan Petrov told Karvia News Labour MPs would vote. ' +
      'Ann Lee told Reuters Karvia would pay. Tom Reed told BBC Radio Karvia he was sorry.',
    expected: [
      { quote: 'Mr Reed was wrong', speaker: 'Anna Berg', venue: 'the BBC' },
      { quote: 'Labour MPs would vote', speaker: 'Ivan Petrov', venue: 'Karvia News' },
      { quote: 'Karvia would pay', speaker: 'Ann Lee', venue: 'Reuters' },
      { quote: 'he was sorry', speaker: 'Tom Reed', venue: 'BBC Radio Karvia' },
    ],
  },
  {
    name: '"told her colleagues that …": "her" owns the noun after it; "told her the …" is the pronoun',
    text:
      'Anna Berg told her colleagues that the bridge was closed. Ann Lee told her website that the port ' +
      'was open. Ada Varn told her the road was shut. Ivo Rask told her plans were changing.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Anna Berg', venue: null },
      { quote: 'the port was open', speaker: 'Ann Lee', venue: 'her website' },
      { quote: 'the road was shut', speaker: 'Ada Varn', venue: null },
      { quote: 'plans were changing', speaker: 'Ivo Rask', venue: null },
    ],
  },
  {
    name: 'told an outlet named after its medium ("told Karvian newspaper Der Morgen", "a Karvian daily")',
    text:
      'Ivan Petrov told Karvian newspaper Der Morgen that the bridge was closed. Anna Berg told a Karvian ' +
      'financial daily that the port was open. Tom Reed told the newspaper Karvia would pay.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'Karvian newspaper Der Morgen' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'a Karvian financial daily' },
      { quote: 'Karvia would pay', speaker: 'Tom Reed', venue: null },
    ],
  },
  {
    name: 'a venue set off by a comma closing the content is the venue, not the words',
    text:
      'Ivan Petrov said the talks had failed, in an interview published on Monday. Anna Berg said the port ' +
      'would close, speaking to the BBC. Tom Reed said he had raised it in a letter to the mayor. Ann Lee ' +
      'said the talks had failed, in a blow to the board.',
    expected: [
      { quote: 'the talks had failed', speaker: 'Ivan Petrov', venue: 'an interview' },
      { quote: 'the port would close', speaker: 'Anna Berg', venue: 'the BBC' },
      { quote: 'he had raised it in a letter to the mayor', speaker: 'Tom Reed', venue: null },
      { quote: 'the talks had failed, in a blow to the board', speaker: 'Ann Lee', venue: null },
    ],
  },
  {
    name: 'in remarks to an outlet named before its medium ("to al-Orsk television")',
    text: 'Ivan Petrov, in remarks to al-Orsk television, said "The bridge is closed."',
    expected: [{ quote: '"The bridge is closed."', speaker: 'Ivan Petrov', venue: 'al-Orsk television' }],
  },
  {
    name: 'a venue at a named event or place is the event or place',
    text:
      'The war must end. This was stated by Ivan Petrov during a speech at the session of the Karvia Economic ' +
      'Summit. Ports must reopen, Anna Berg said during an online conversation at the Karvian House in Davos. ' +
      'Talks are possible, Tom Reed said at a news conference at the ministry.',
    expected: [
      {
        quote: 'The war must end',
        speaker: 'Ivan Petrov',
        venue: 'the session of the Karvia Economic Summit',
      },
      { quote: 'Ports must reopen', speaker: 'Anna Berg', venue: 'the Karvian House in Davos' },
      { quote: 'Talks are possible', speaker: 'Tom Reed', venue: 'a news conference' },
    ],
  },
  {
    name: "a venue's title in quotation marks is part of it, words said after a statement are not",
    text:
      'The war must end, said Ivan Petrov during a press marathon "Ten questions to the President". ' +
      'Anna Berg said in a statement: "We will not give up."',
    expected: [
      {
        quote: 'The war must end',
        speaker: 'Ivan Petrov',
        venue: 'a press marathon "Ten questions to the President"',
      },
      { quote: '"We will not give up."', speaker: 'Anna Berg', venue: 'a statement' },
    ],
  },
  {
    name: 'a written piece is a venue ("in an article", "in an op-ed for", "in a commentary"); a clause about a thing is not',
    text:
      'Ivan Petrov said in an op-ed that the bridge was closed. ' +
      'Anna Berg wrote in an op-ed for the Karvia Herald that the port was open. ' +
      'Tom Reed argued in an article on Monday that fares would rise. ' +
      'Ada Varn said in a commentary that the talks had stalled. ' +
      'Ivo Rask said in an e-mail that the depot would shut. ' +
      'The mayor read an article that described the flood.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'an op-ed' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'the Karvia Herald' },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: 'an article' },
      { quote: 'the talks had stalled', speaker: 'Ada Varn', venue: 'a commentary' },
      { quote: 'the depot would shut', speaker: 'Ivo Rask', venue: 'an e-mail' },
    ],
  },
  {
    name: 'after a verb of writing, "in" and a name is the publication; a language, a month or a place after "said" is not',
    text:
      'Ivan Petrov wrote in Foreign Affairs that the bridge was closed. ' +
      'Anna Berg wrote in the Karvia Herald last week that the port was open. ' +
      'Tom Reed wrote in Russian that fares would rise. ' +
      'Ada Varn wrote in March that the talks had stalled. ' +
      'Ivo Rask said in Karvia that the depot would shut.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'Foreign Affairs' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'the Karvia Herald' },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: null },
      { quote: 'the talks had stalled', speaker: 'Ada Varn', venue: null },
      { quote: 'the depot would shut', speaker: 'Ivo Rask', venue: null },
    ],
  },
  {
    name: 'at a news conference',
    text: 'The bridge was closed, Ivan Petrov said at a news conference.',
    expected: [{ quote: 'The bridge was closed', speaker: 'Ivan Petrov', venue: 'a news conference' }],
  },
  {
    name: 'adjuncts opening the sentence hold the venue ("In an interview with the BBC, X said …")',
    text:
      'In an interview with the BBC, Ivan Petrov said the bridge was closed. ' +
      'Speaking to Sky News on 12 May, Anna Berg said the port was open. ' +
      'In a post on Facebook, Tom Reed said fares would rise. ' +
      'Writing on Telegram, Ada Varn said the talks had stalled. ' +
      'In Karvia, at a news conference, Ivo Rask said the depot would shut. ' +
      'In a letter, Ana Reyes said the school would close.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'the BBC' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'Sky News' },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: 'Facebook' },
      { quote: 'the talks had stalled', speaker: 'Ada Varn', venue: 'Telegram' },
      { quote: 'the depot would shut', speaker: 'Ivo Rask', venue: 'a news conference' },
      { quote: 'the school would close', speaker: 'Ana Reyes', venue: 'a letter' },
    ],
  },
  {
    name: 'an opening phrase that is no adjunct of venue gives none ("Speaking of the BBC, …", "On Monday, …")',
    text:
      'Speaking of the BBC, Ivan Petrov said the bridge was closed. ' +
      'On Monday, Anna Berg said the port was open. ' +
      'In a statement that surprised many, Tom Reed said fares would rise. ' +
      'Addressing the problem, Ada Varn said the talks had stalled. ' +
      'Ivo Rask said the interview was a mistake. ' +
      'Addressing the Ambassador of Karvia, Ana Reyes said the school would close.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: null },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: null },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: null },
      { quote: 'the talks had stalled', speaker: 'Ada Varn', venue: null },
      { quote: 'the interview was a mistake', speaker: 'Ivo Rask', venue: null },
      { quote: 'the school would close', speaker: 'Ana Reyes', venue: null },
    ],
  },
  {
    name: "a quoted programme after an outlet's possessive is part of the venue ('told CNN’s \"State of the Union\"')",
    text:
      'Ivan Petrov told CNN’s "State of the Union" that the bridge was closed. ' +
      'Anna Berg said on Karvia TV’s "Morning Hour" that the port was open. ' +
      'Tom Reed told CNN’s reporters that fares would rise.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'CNN’s "State of the Union"' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'Karvia TV’s "Morning Hour"' },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: null },
    ],
  },
  {
    name: 'a participle dating the venue is part of it ("in an interview published on Monday that …")',
    text:
      'Ivan Petrov said in an interview with the newspaper published on Monday that the bridge was closed. ' +
      'Anna Berg said in an interview published on Monday that the port was open. ' +
      '"Fares will rise," Tom Reed said in an interview with the BBC, published on Friday. ' +
      'Ada Varn said in an interview published on Monday was a mistake.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'an interview' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'an interview' },
      { quote: '"Fares will rise,"', speaker: 'Tom Reed', venue: 'the BBC' },
    ],
  },
  {
    name: 'a person addressed in a piece is no outlet ("in a letter to Agriculture Secretary X")',
    text:
      'In a letter to Agriculture Secretary Ana Reyes, Ivan Petrov said the bridge was closed. ' +
      'In an interview with the Karvia Herald, Anna Berg said the port was open. ' +
      'In a letter to Prof. Ada Varn, Tom Reed said fares would rise. ' +
      // a title word inside an outlet's name ("Press") leaves it an outlet
      'In a letter to the Karvia Press, Ivo Rask said taxes would rise.',
    expected: [
      { quote: 'the bridge was closed', speaker: 'Ivan Petrov', venue: 'a letter' },
      { quote: 'the port was open', speaker: 'Anna Berg', venue: 'the Karvia Herald' },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: 'a letter' },
      { quote: 'taxes would rise', speaker: 'Ivo Rask', venue: 'the Karvia Press' },
    ],
  },
  {
    name: 'a participle of the occasion after the verb ("said addressing the Karvian Congress", "said, in a statement, that")',
    text:
      'The bridge was closed, Ivan Petrov said addressing the 7th Congress of Karvia on 5 May. ' +
      'Anna Berg said, addressing the council, that taxes would rise. ' +
      'Tom Reed said, in a statement on Monday, that fares would rise. ' +
      'Ada Varn said addressing the problem would take years. ' +
      'Ivo Rask said speaking English was hard.',
    expected: [
      { quote: 'The bridge was closed', speaker: 'Ivan Petrov', venue: 'the 7th Congress of Karvia' },
      { quote: 'taxes would rise', speaker: 'Anna Berg', venue: null },
      { quote: 'fares would rise', speaker: 'Tom Reed', venue: 'a statement' },
      { quote: 'addressing the problem would take years', speaker: 'Ada Varn', venue: null },
      { quote: 'speaking English was hard', speaker: 'Ivo Rask', venue: null },
    ],
  },
  {
    name: 'two verbs sharing one subject: told Y … and said …',
    text: 'Anna Berg told Sky News the plan was ready, and said the money would arrive in May.',
    expected: [
      { quote: 'the plan was ready', speaker: 'Anna Berg', venue: 'Sky News', cue: 'told' },
      { quote: 'the money would arrive in May', speaker: 'Anna Berg', mention: null, cue: 'said' },
    ],
  },
  {
    name: 'participle sharing the subject: "…, adding that …"',
    text: 'Anna Berg said the plan was ready, adding that the money would arrive in May.',
    expected: [
      { quote: 'the plan was ready', speaker: 'Anna Berg', cue: 'said' },
      { quote: 'the money would arrive in May', speaker: 'Anna Berg', cue: 'adding', lemma: 'add' },
    ],
  },
  {
    name: 'mixed quote: scare quotes inside a reported sentence are part of it',
    text: 'Anna Berg said the plan could end the "worst phase" of the crisis.',
    expected: [
      { quote: 'the plan could end the "worst phase" of the crisis', speaker: 'Anna Berg', kind: 'mixed' },
    ],
  },
  {
    name: 'scare quotes alone are no statement',
    text: 'The so-called "peace plan" was published on Monday.',
    expected: [],
  },
  {
    name: 'title split: NATO Secretary-General Mark Rutte',
    text: 'NATO Secretary-General Mark Rutte said the alliance would stay united.',
    expected: [
      {
        quote: 'the alliance would stay united',
        speaker: 'Mark Rutte',
        title: 'NATO Secretary-General',
        mention: 'NATO Secretary-General Mark Rutte',
      },
    ],
  },
  {
    name: "appositive: Mark Rutte, NATO's secretary-general, said",
    text: "Mark Rutte, NATO's secretary-general, said the alliance would stay united.",
    expected: [
      { quote: 'the alliance would stay united', speaker: 'Mark Rutte', title: "NATO's secretary-general" },
    ],
  },
  {
    name: 'surname resolves to the full name introduced earlier',
    text: 'Ukrainian President Volodymyr Zelensky visited the front. Zelensky said the troops were ready.',
    expected: [{ quote: 'the troops were ready', speaker: 'Volodymyr Zelensky', mention: 'Zelensky' }],
  },
  {
    name: 'pronoun resolves to the nearest person speaker',
    text: 'Anna Berg said the plan was ready. "We start tomorrow," she said.',
    expected: [
      { quote: 'the plan was ready', speaker: 'Anna Berg' },
      { quote: '"We start tomorrow,"', speaker: 'Anna Berg', mention: 'she' },
    ],
  },
  {
    // In its attribution's paragraph a continuation shares the mention and cue (PolNeAR convention).
    name: 'floating quote continues the previous speaker',
    text: '"The roads are open," Tom Reed said. "Drivers should still take care."',
    expected: [
      { quote: '"The roads are open,"', speaker: 'Tom Reed' },
      { quote: '"Drivers should still take care."', speaker: 'Tom Reed', mention: 'Tom Reed', cue: 'said' },
    ],
  },
  {
    name: 'floating quoted paragraph continues the previous speaker',
    text: '"The roads are open," Tom Reed said.\n"Drivers should still take care on the bridge."',
    expected: [
      { quote: '"The roads are open,"', speaker: 'Tom Reed' },
      {
        quote: '"Drivers should still take care on the bridge."',
        speaker: 'Tom Reed',
        mention: null,
        cue: null,
      },
    ],
  },
  {
    name: 'group speaker',
    text: 'Officials said the border crossing would reopen.',
    expected: [{ quote: 'the border crossing would reopen', speaker: 'officials', speakerKind: 'group' }],
  },
  {
    name: 'organisation speaker',
    text: 'The Kremlin said the talks had stalled.',
    expected: [{ quote: 'the talks had stalled', speaker: 'the Kremlin', speakerKind: 'organization' }],
  },
  {
    name: 'a place in a locative phrase is never the speaker',
    text: 'In Kyiv, Anna Berg said the plan was ready.',
    expected: [{ quote: 'the plan was ready', speaker: 'Anna Berg' }],
  },
  {
    name: 'reporting verbs from the lexicon: warned, insisted, denied, acknowledged',
    text:
      'Anna Berg warned that prices would rise. Tom Reed insisted the deal was fair. ' +
      'Ivan Petrov denied that he had met the envoy. Maria Lopez acknowledged the plan had failed.',
    expected: [
      { quote: 'prices would rise', speaker: 'Anna Berg', cue: 'warned', lemma: 'warn' },
      { quote: 'the deal was fair', speaker: 'Tom Reed', cue: 'insisted', lemma: 'insist' },
      { quote: 'he had met the envoy', speaker: 'Ivan Petrov', cue: 'denied', lemma: 'deny' },
      { quote: 'the plan had failed', speaker: 'Maria Lopez', cue: 'acknowledged', lemma: 'acknowledge' },
    ],
  },
  {
    name: 'a cue closing its paragraph with a colon takes the quotation of the next paragraph',
    text: 'Reporter Jane Doe says:\n"The convoy has arrived in the city and the people are cheering."',
    expected: [
      {
        quote: '"The convoy has arrived in the city and the people are cheering."',
        speaker: 'Jane Doe',
        title: 'Reporter',
        cue: 'says:',
        kind: 'direct',
      },
    ],
  },
  {
    name: '"As X said in <place>, "…"": the place is skipped, never a speaker',
    text: 'As Anna Berg said last week in Tel Aviv, "The future is digital."',
    expected: [{ quote: '"The future is digital."', speaker: 'Anna Berg', cue: 'said', venue: null }],
  },
  {
    name: 'reversed appositive: title, Name, says',
    text: 'One Republican hopeful, Carly Fiorina, says she plans to root for Iowa.',
    expected: [{ quote: 'she plans to root for Iowa', speaker: 'Carly Fiorina' }],
  },
  {
    name: 'stance verbs are kept with low confidence',
    // A stance (no words quoted) is reported only with `stances`, as PolNeAR counts it.
    stances: true,
    text: 'Tom Reed criticized the plan as a waste of money.',
    expected: [
      { quote: 'the plan as a waste of money', speaker: 'Tom Reed', cue: 'criticized', lemma: 'criticize' },
    ],
  },
  {
    name: 'name particles: von der Leyen resolves to the full name',
    text: 'European Commission President Ursula von der Leyen visited Kyiv. "They belong to us," von der Leyen said.',
    expected: [{ quote: '"They belong to us,"', speaker: 'Ursula von der Leyen', mention: 'von der Leyen' }],
  },
  {
    name: 'hyphenated surname and an acronym in the title',
    text: 'US Ambassador to the UN Linda Thomas-Greenfield arrived. Thomas-Greenfield said talks would continue.',
    expected: [{ quote: 'talks would continue', speaker: 'Linda Thomas-Greenfield' }],
  },
  {
    name: 'a bare place as subject is no speaker',
    text: 'Washington is denying that the talks failed.',
    expected: [],
  },
  {
    name: 'according to X, appositive, …',
    text: 'According to Ivan Petrov, an adviser to the mayor, the bridge will reopen in May.',
    expected: [{ quote: 'the bridge will reopen in May', speaker: 'Ivan Petrov', cue: 'According to' }],
  },
  {
    name: 'Mr + multi-word surname resolves to the full name',
    text: 'Planning Minister Julio De Vido spoke. Mr De Vido said the state would not pay.',
    expected: [{ quote: 'the state would not pay', speaker: 'Julio De Vido', mention: 'Mr De Vido' }],
  },
  {
    name: 'title, Name, told Y',
    text: 'Economy Minister, Roberto Lavagna, told Clarin the government was considering a rise.',
    expected: [
      {
        quote: 'the government was considering a rise',
        speaker: 'Roberto Lavagna',
        title: 'Economy Minister',
        venue: 'Clarin',
      },
    ],
  },
  {
    name: 'an introductory participle phrase is not content',
    text: 'Speaking in Buenos Aires, Roberto Lavagna said the plan was dead.',
    expected: [{ quote: 'the plan was dead', speaker: 'Roberto Lavagna' }],
  },
  {
    name: 'inverted with a long appositive and a venue after it',
    text: '"The situation is difficult," said Oleksandr Syrskyi, the commander of the armed forces, in an interview with the BBC.',
    expected: [
      {
        quote: '"The situation is difficult,"',
        speaker: 'Oleksandr Syrskyi',
        venue: 'the BBC',
        kind: 'direct',
      },
    ],
  },
  {
    name: 'a participial insertion between subject and verb holds the venue',
    text: 'Secretary of State Antony Blinken, speaking at a news conference in Brussels, said allies would keep supporting Kyiv.',
    expected: [
      { quote: 'allies would keep supporting Kyiv', speaker: 'Antony Blinken', venue: 'a news conference' },
    ],
  },
  {
    name: 'organisation and "it" for the organisation',
    text: 'The Russian Defense Ministry said its forces had taken the village. It added that 40 soldiers were killed.',
    expected: [
      {
        quote: 'its forces had taken the village',
        speaker: 'the Russian Defense Ministry',
        speakerKind: 'organization',
      },
      { quote: '40 soldiers were killed', speaker: 'the Russian Defense Ministry', mention: 'It' },
    ],
  },
  {
    name: 'a pronoun skips a nearer speaker of the other gender',
    text: 'Kamala Harris said the election was close. Donald Trump said he would win. "We will fight," she said.',
    expected: [
      { quote: 'the election was close', speaker: 'Kamala Harris' },
      { quote: 'he would win', speaker: 'Donald Trump' },
      { quote: '"We will fight,"', speaker: 'Kamala Harris', mention: 'she' },
    ],
  },
  {
    name: 'party tag in parentheses before the comma',
    text: 'Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.',
    expected: [{ quote: 'he had not read the plan', speaker: 'Jack Reed', title: 'Sen.' }],
  },
  {
    name: 'a relative clause with places inside it between subject and verb',
    text: 'Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that the call was disrespectful.',
    expected: [{ quote: 'the call was disrespectful', speaker: 'Sandy Phillips' }],
  },
  {
    name: 'poll shares as sources',
    text: 'Two in three said they are less likely to vote in November.',
    expected: [{ quote: 'they are less likely to vote in November', speaker: 'two in three' }],
  },
  {
    name: 'dateline and photo credit hold no statement',
    text: 'Nov. 30 (UPI) -- Anna Berg said the plan was ready.\nA worker repairs a roof. Photo by Jane Doe/UPI',
    expected: [{ quote: 'the plan was ready', speaker: 'Anna Berg' }],
  },
  {
    name: 'a sentence without a reporting verb is no statement',
    text: 'There is no formal offer from the alliance. They also spoke by phone in November.',
    expected: [],
  },
];

function check(statement: Statement, expected: Expected): void {
  expect(statement.quote.text).toBe(expected.quote);
  expect(statement.speaker.name).toBe(expected.speaker);
  if (expected.kind) expect(statement.kind).toBe(expected.kind);
  if (expected.speakerKind) expect(statement.speaker.kind).toBe(expected.speakerKind);
  if (expected.mention !== undefined) expect(statement.speaker.mention?.text ?? null).toBe(expected.mention);
  if (expected.title !== undefined) expect(statement.speaker.title).toBe(expected.title);
  if (expected.cue !== undefined) expect(statement.cue?.text ?? null).toBe(expected.cue);
  if (expected.lemma !== undefined) expect(statement.cue?.lemma).toBe(expected.lemma);
  if (expected.venue !== undefined) expect(statement.venue?.text ?? null).toBe(expected.venue);
  if (expected.parts !== undefined) expect(statement.parts?.length ?? 1).toBe(expected.parts);
}

describe('extract: constructions', () => {
  it.each(CASES)('$name', ({ text, expected, stances }) => {
    const statements = extract({ text, published: '2024-11-30' }, { stances: stances ?? false });
    const summary = statements.map((statement) => `${statement.speaker.name}: ${statement.quote.text}`);
    expect(statements.length, summary.join('\n')).toBe(expected.length);
    expected.forEach((want, index) => check(statements[index], want));
    for (const statement of statements) {
      expect(text.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
      const mention = statement.speaker.mention;
      if (mention) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      if (statement.cue) expect(text.slice(statement.cue.start, statement.cue.end)).toBe(statement.cue.text);
      expect(statement.confidence).toBeGreaterThan(0);
      expect(statement.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    const text = CASES.map((test) => test.text).join('\n');
    expect(extract({ text })).toEqual(extract({ text }));
  });

  it('the published option overrides the article date', () => {
    const text = 'Anna Berg said on Friday that the plan was ready.';
    const [statement] = extract({ text, published: '2020-01-01' }, { published: '2024-11-30' });
    expect(statement.saidOn?.to).toBe('2024-11-29');
  });
});
