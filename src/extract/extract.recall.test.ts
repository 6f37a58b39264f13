import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

interface Expected {
  quote: string;
  speaker?: string;
  mention?: string;
  cue?: string;
  title?: string;
  parts?: number;
}

// Sentences written for these tests; the people, places and words are invented.
// `stances`: extract with stance verbs that quote no words reported too, as PolNeAR counts them.
const CASES: Array<{ name: string; text: string; expected: Expected[]; stances?: boolean }> = [
  {
    name: '"and" after a lone noun phrase joins two subjects of what was said, not two clauses',
    text:
      'Mayor Ivo Rask said the council and the harbour board hoped to reopen the quay. ' +
      'Lena Voss said she and Rask had agreed on the fares.',
    expected: [
      { quote: 'the council and the harbour board hoped to reopen the quay', speaker: 'Ivo Rask' },
      { quote: 'she and Rask had agreed on the fares', speaker: 'Lena Voss' },
    ],
  },
  {
    name: '"and" after a clause still opens a second statement',
    text: 'Mayor Ivo Rask said the quay was safe and engineers said the pier was not.',
    expected: [
      { quote: 'the quay was safe', speaker: 'Ivo Rask' },
      { quote: 'the pier was not', speaker: 'engineers' },
    ],
  },
  {
    name: 'a dash after a closing quotation mark, then an inverted verb and its speaker',
    text:
      '"The ferry will not run again before the spring" – explains the harbour master, Ivo Rask. ' +
      '"Nobody wanted the bridge to close this early" - writes the Coastal Herald.',
    expected: [
      {
        quote: '"The ferry will not run again before the spring"',
        speaker: 'Ivo Rask',
        cue: 'explains',
      },
      {
        quote: '"Nobody wanted the bridge to close this early"',
        speaker: 'the Coastal Herald',
        cue: 'writes',
      },
    ],
  },
  {
    name: 'a compound adjective ending in a participle ("top-ranked") opens the subject phrase',
    text:
      '"We sailed one of our best races of the year," the top-ranked Ivo Rask said. ' +
      'The Kremlin-backed governor said the bridge would reopen.',
    expected: [
      { quote: '"We sailed one of our best races of the year,"', speaker: 'Ivo Rask', cue: 'said' },
      { quote: 'the bridge would reopen', mention: 'The Kremlin-backed governor' },
    ],
  },
  {
    name: 'a compound adjective ending in a participle in an inverted speaker ("said the top-ranked X")',
    text:
      'The course was hard, said the top-ranked Ivo Rask. ' +
      '"We lost the wind," said the 14th-seeded Tom Reed. ' +
      '"Prices will rise," said the Paris-based group.',
    expected: [
      { quote: 'The course was hard', speaker: 'Ivo Rask', cue: 'said' },
      { quote: '"We lost the wind,"', speaker: 'Tom Reed', cue: 'said' },
      { quote: '"Prices will rise,"', mention: 'the Paris-based group', cue: 'said' },
    ],
  },
  {
    name: 'an inverted speaker with a prepositional phrase',
    text: 'The meeting went badly from the start, said one council source in the room.',
    expected: [
      {
        quote: 'The meeting went badly from the start',
        mention: 'one council source in the room',
        cue: 'said',
      },
    ],
  },
  {
    name: 'an inverted speaker "of the" organisation',
    text: '"We will win the appeal," said Jane Doe of the Acme Institute.',
    expected: [
      { quote: '"We will win the appeal,"', speaker: 'Jane Doe', mention: 'Jane Doe of the Acme Institute' },
    ],
  },
  {
    name: 'a subject "of the" organisation before the verb',
    text: '"It was the least bad outcome," Mr. Tarrow of the River Trust said.',
    expected: [
      {
        quote: '"It was the least bad outcome,"',
        speaker: 'Tarrow',
        mention: 'Mr. Tarrow of the River Trust',
      },
    ],
  },
  {
    name: '"says of X," before a quotation',
    text: 'The retired builder says of his rival, "If she wins, she will sell the town hall."',
    expected: [{ quote: '"If she wins, she will sell the town hall."', cue: 'says' }],
  },
  {
    name: '"said of X," inside a split quotation',
    text: 'Tom Reed spoke first. "To the extent they care," he said of the rival campaign, "they are angry."',
    expected: [
      {
        quote: '"To the extent they care," he said of the rival campaign, "they are angry."',
        speaker: 'Tom Reed',
        parts: 2,
      },
    ],
  },
  {
    name: 'the medium between the verb and "that"',
    text: 'The senator said via email that the vote was fair. A spokeswoman said by phone that the count would resume.',
    expected: [
      { quote: 'the vote was fair', speaker: 'the senator' },
      { quote: 'the count would resume', speaker: 'a spokeswoman' },
    ],
  },
  {
    name: 'a manner adverb after the verb',
    text: '"We have had better years," delegate Bill Marsh said matter-of-factly.',
    expected: [{ quote: '"We have had better years,"', speaker: 'Bill Marsh', cue: 'said' }],
  },
  {
    name: 'a long title with "of the" chains before the name',
    text: 'Head of the Office of the President of Freedonia Andriy Koval said the talks would continue.',
    expected: [
      {
        quote: 'the talks would continue',
        speaker: 'Andriy Koval',
        title: 'Head of the Office of the President of Freedonia',
      },
    ],
  },
  {
    name: 'a title ending in "of the" and an institution',
    text: 'Secretary of the Treasury Janet Morrow said inflation was easing.',
    expected: [{ quote: 'inflation was easing', speaker: 'Janet Morrow' }],
  },
  {
    name: 'names with letters beyond Latin-1 stay whole',
    text: 'Jonas Žemaitėlis said the bridge would open in May. Mayor Wojciech Kołodziejczak said the budget was balanced. Minister Ayşe Doğan said the plan was ready. Marko Ćosić said the port would stay shut.',
    expected: [
      { quote: 'the bridge would open in May', speaker: 'Jonas Žemaitėlis', mention: 'Jonas Žemaitėlis' },
      { quote: 'the budget was balanced', speaker: 'Wojciech Kołodziejczak' },
      { quote: 'the plan was ready', speaker: 'Ayşe Doğan' },
      { quote: 'the port would stay shut', speaker: 'Marko Ćosić' },
    ],
  },
  {
    name: 'a surname beyond Latin-1 resolves to the full name',
    text: 'Jonas Žemaitėlis opened the fair. Later, Žemaitėlis said the fair would return next year.',
    expected: [{ quote: 'the fair would return next year', speaker: 'Jonas Žemaitėlis' }],
  },
  {
    name: 'a role named by its country speaks, before or after the verb',
    text: 'The President of Freedonia noted that the border was calm. "You are always welcome here," said the Prime Minister of Freedonia.',
    expected: [
      { quote: 'the border was calm', speaker: 'the President of Freedonia' },
      { quote: '"You are always welcome here,"', speaker: 'the Prime Minister of Freedonia' },
    ],
  },
  {
    name: '"states" after a document',
    text: 'The audit states that few if any schools met the standard.',
    expected: [{ quote: 'few if any schools met the standard', speaker: 'the audit', cue: 'states' }],
  },
  {
    name: 'bare "commented" before a quotation',
    text: 'Professor Lena Marsh commented, "The ruling changes nothing for the farmers."',
    expected: [
      { quote: '"The ruling changes nothing for the farmers."', speaker: 'Lena Marsh', cue: 'commented' },
    ],
  },
  {
    name: 'a "that" clause whose verb the tagger misreads',
    text: 'Whitmore stated to the Valley Weekly that the alleged theft involved five hard drives.',
    expected: [{ quote: 'the alleged theft involved five hard drives', speaker: 'Whitmore' }],
  },
  {
    name: '"according to him" after an opening adverb',
    text: 'Tom Reed spoke at length. Therefore, according to him, the strike should end within a week.',
    expected: [{ quote: 'the strike should end within a week', speaker: 'Tom Reed', cue: 'according to' }],
  },
  {
    name: 'a fragment, the attribution, then the clause',
    text: 'Tom Reed spoke at length. And perhaps, he said, the museum could help visitors see the past.',
    expected: [
      {
        quote: 'And perhaps, he said, the museum could help visitors see the past',
        speaker: 'Tom Reed',
        parts: 2,
      },
    ],
  },
  {
    name: 'a restrictive relative "who said"',
    text: 'The city hired an architect who said he was never paid.',
    expected: [{ quote: 'he was never paid', speaker: 'an architect', mention: 'an architect who' }],
  },
  {
    name: 'passives of finding and showing are no reports',
    text: 'The ledger was found wet on a street by a passer-by. The striker was shown a yellow card early in the game.',
    expected: [],
  },
  {
    name: 'the base form "continue" after a modal is aspect',
    text: 'While border checks will continue, officials will drop the interview step.',
    expected: [],
  },
  {
    name: 'a colon closing the attribution introduces the next paragraph',
    text: 'Mayor Ann Lee tweeted using her official account:\n"Great clock, Sam. Want to bring it to city hall?"',
    expected: [
      { quote: '"Great clock, Sam. Want to bring it to city hall?"', speaker: 'Ann Lee', cue: 'tweeted' },
    ],
  },
  {
    name: 'an introductory phrase, the speaker with a title, then the quotation',
    text: 'After the match, Tom Reed, the coach, said, "We have learned a lot today."',
    expected: [{ quote: '"We have learned a lot today."', speaker: 'Tom Reed' }],
  },
  {
    name: 'a category label with a colon names no speaker',
    text: 'Categories: August 15, 2008 Freedonia Politics and conflicts Environment Archived',
    expected: [],
  },
  {
    name: 'the cue keeps auxiliaries and negation, not adverbs',
    text: 'Anna Berg previously said the mill would close. Tom Reed has said the vote would wait. Berg did not say when the mill would reopen.',
    expected: [
      { quote: 'the mill would close', cue: 'said' },
      { quote: 'the vote would wait', cue: 'has said' },
      { quote: 'when the mill would reopen', cue: 'did not say' },
    ],
    // "did not say when …" leaves something unsaid: reported only with `stances`, as PolNeAR counts it.
    stances: true,
  },
  {
    name: 'a participle after "by" shares the clause subject',
    text: 'Dean, a doctor, then appeared on the show and began by saying he would never diagnose anyone.',
    expected: [{ quote: 'he would never diagnose anyone', speaker: 'Dean', cue: 'saying' }],
  },
  {
    name: 'a relative clause with a year before the verb',
    text: 'The bill was written by the majority leader, who in 2010 said the goal was to win.',
    expected: [{ quote: 'the goal was to win', speaker: 'the majority leader' }],
  },
  {
    name: 'a dateline dash, then the subject with a participle insertion',
    text: 'RIVERTON -- Mayor Ann Lee, opening the museum on Saturday, said it would tell the story of the valley.',
    expected: [{ quote: 'it would tell the story of the valley', speaker: 'Ann Lee' }],
  },
  {
    name: '"on the other hand" between the verb and the quotation',
    text: 'Reed said on the other hand, "the current system works fine if you are eligible."',
    expected: [{ quote: '"the current system works fine if you are eligible."', speaker: 'Reed' }],
  },
  {
    name: '"X added:" closing a paragraph, then a paragraph without quotation marks',
    text: 'The debate went on. The governor added:\n\nIt is typical of her. She knows nothing, but the talking never stops.\n\nThen the crowd left.',
    expected: [
      {
        quote: 'It is typical of her. She knows nothing, but the talking never stops',
        speaker: 'the governor',
      },
    ],
  },
  {
    name: 'a quotation after a colon closing a clause that names the speaker',
    text: 'Tom Reed had a simple message for his rivals: "Get out of the race now." There was one problem: "the bridge is closed."',
    expected: [{ quote: '"Get out of the race now."', speaker: 'Tom Reed', cue: ':' }],
  },
  {
    name: '"as X put it" and "the letter reads"',
    text: 'As Reed put it, "the race is over." The council letter reads "we may extend the trial in due course". Reed read the report twice.',
    expected: [
      { quote: '"the race is over."', speaker: 'Reed', cue: 'put it' },
      { quote: '"we may extend the trial in due course"', speaker: 'the council letter', cue: 'reads' },
    ],
  },
  {
    name: 'a quotation over two paragraphs is two statements of one speaker',
    text: 'Tom Reed, the coach, said: "We learned a lot today.\n\n"It was an emotional day. This is my fifth final."\n\nThe team flew home.',
    expected: [
      { quote: '"We learned a lot today.', speaker: 'Tom Reed', mention: 'Tom Reed, the coach' },
      { quote: '"It was an emotional day. This is my fifth final."', speaker: 'Tom Reed' },
    ],
  },
  {
    name: 'a name right before a participle is its speaker',
    text: 'The ad uses footage of Jane Moss asking, "Why am I not 50 points ahead?"',
    expected: [{ quote: '"Why am I not 50 points ahead?"', speaker: 'Jane Moss', cue: 'asking' }],
  },
  {
    name: 'title-case headline verbs after a name',
    text: 'Mayor Ann Lee Predicts Council Will Delay Budget\n\nThe council met on Monday.',
    expected: [{ quote: 'Council Will Delay Budget', speaker: 'Ann Lee', cue: 'Predicts' }],
  },
  {
    name: 'the sentence goes on after "…, he said,"',
    text: 'Tom Reed spoke. He has found a model, he said, for how the mine can keep running. The plan will fail, Reed said, as he left the hall.',
    expected: [
      {
        quote: 'He has found a model, he said, for how the mine can keep running',
        speaker: 'Tom Reed',
        parts: 2,
      },
      { quote: 'The plan will fail', speaker: 'Tom Reed' },
    ],
  },
  {
    name: 'a sentence-initial "That" is the content\'s subject',
    text: "Tom Reed spoke. That's why, he argued, the party should be prepared.",
    expected: [
      { quote: "That's why, he argued, the party should be prepared", speaker: 'Tom Reed', parts: 2 },
    ],
  },
  {
    name: 'a role "for"/"at" an institution speaks, not the institution',
    text: 'A spokeswoman for Senator Tom Reed said the senator was unwell. Officials at the agency said they were worried. A lawyer for the family said the police had lied.',
    expected: [
      {
        quote: 'the senator was unwell',
        speaker: 'a spokeswoman',
        mention: 'A spokeswoman for Senator Tom Reed',
      },
      { quote: 'they were worried', speaker: 'officials', mention: 'Officials at the agency' },
      { quote: 'the police had lied', speaker: 'a lawyer' },
    ],
  },
  {
    name: 'a full name "of" an organisation',
    text: 'Lydia Marsh of Food Standards Freedonia said they were looking at new guidelines.',
    expected: [{ quote: 'they were looking at new guidelines', speaker: 'Lydia Marsh' }],
  },
  {
    name: 'a quotation, a horizontal bar, then its speaker',
    text: '“The least qualified man ever to run for mayor.” ― Frank Herrera\n“Maybe we can build a wall around him.” ― Steve Quinn',
    expected: [
      { quote: '“The least qualified man ever to run for mayor.”', speaker: 'Frank Herrera', cue: '―' },
      { quote: '“Maybe we can build a wall around him.”', speaker: 'Steve Quinn', cue: '―' },
    ],
  },
  {
    name: 'a first name the tagger reads as a verb, between a title and a surname',
    text: '“The county is at risk,” City Hall Press Secretary Josh Earnest said.',
    expected: [{ quote: '“The county is at risk,”', speaker: 'Josh Earnest' }],
  },
  {
    name: '"according to" a bare noun the tagger reads as a verb',
    text: 'According to police, officers saw the driver leave the car with a bag.',
    expected: [
      { quote: 'officers saw the driver leave the car with a bag', speaker: 'police', cue: 'According to' },
    ],
  },
  {
    name: 'an infinitive opening with a quotation after the addressee',
    text: 'Tom Reed tells his supporters at a rally to “go to the polls and vote.”',
    expected: [{ quote: 'to “go to the polls and vote.”', speaker: 'Tom Reed', cue: 'tells' }],
  },
  {
    name: 'the verb opening the sentence: "Said Ellis:"',
    text: 'Tom Ellis spoke last. Said Ellis: "I do not get the sense she is interested."\nSaid to be unwell, Reed stayed home.',
    expected: [{ quote: '"I do not get the sense she is interested."', speaker: 'Tom Ellis', cue: 'Said' }],
  },
  {
    name: '"according to" a source with a hyphenated adjective, inside the sentence',
    text: 'The top earners would gain the most, according to the conservative-leaning Tax Institute, more than twice what others gain.',
    expected: [
      {
        quote:
          'The top earners would gain the most, according to the conservative-leaning Tax Institute, more than twice what others gain',
        mention: 'the conservative-leaning Tax Institute',
        parts: 2,
      },
    ],
  },
  {
    name: 'a verb after "and" with a modal the reporting verb lacks continues the reported clause',
    text: 'The rebel council stated it would shell the border posts and would respond within two days if attacked.',
    expected: [
      {
        quote: 'it would shell the border posts and would respond within two days if attacked',
        speaker: 'the rebel council',
        cue: 'stated',
      },
    ],
  },
  {
    name: 'a bare verb after "and" following a past reporting verb continues the reported clause',
    text: 'Mayor Ilse Varnoq stressed that the city will hold talks with the unions and insist on a fair deal.',
    expected: [
      {
        quote: 'the city will hold talks with the unions and insist on a fair deal',
        speaker: 'Ilse Varnoq',
        cue: 'stressed',
      },
    ],
  },
  {
    name: 'a second reporting verb in the reporting verb’s own form shares its subject',
    text: 'Mayor Ilse Varnoq said the bridge was safe and added that it would reopen in May. Tom Reed says the plan works and insists it is cheap.',
    expected: [
      { quote: 'the bridge was safe', speaker: 'Ilse Varnoq', cue: 'said' },
      { quote: 'it would reopen in May', speaker: 'Ilse Varnoq', cue: 'added' },
      { quote: 'the plan works', speaker: 'Tom Reed', cue: 'says' },
      { quote: 'it is cheap', speaker: 'Tom Reed', cue: 'insists' },
    ],
  },
  {
    name: 'a name "for"/"of" an organisation, then a lone comma before the verb',
    text:
      'Lydia Marsh for Food Standards Freedonia, says they are looking at new guidelines. She says the issue is complicated. ' +
      'Tom Reed of the Acme Institute, said the plan would fail.',
    expected: [
      { quote: 'they are looking at new guidelines', speaker: 'Lydia Marsh', cue: 'says' },
      { quote: 'the issue is complicated', speaker: 'Lydia Marsh', mention: 'She' },
      { quote: 'the plan would fail', speaker: 'Tom Reed', mention: 'Tom Reed of the Acme Institute' },
    ],
  },
  {
    name: '"in the words of" X after "and", with a post-nominal, before a quotation',
    text: 'The dog barked all night, and in the words of the harbour master, Ian Dale, QC, "Nobody slept a wink."',
    expected: [
      {
        quote: '"Nobody slept a wink."',
        speaker: 'Ian Dale',
        mention: 'the harbour master, Ian Dale',
        cue: 'in the words of',
      },
    ],
  },
  {
    name: '"in the words of" X opening the sentence or closing it',
    text: 'In the words of the mayor, the town is "back on its feet". Tom Reed does not like "surprises," in the words of one aide.',
    expected: [
      { quote: 'the town is "back on its feet"', speaker: 'the mayor', cue: 'In the words of' },
      { quote: 'Tom Reed does not like "surprises,"', speaker: 'one aide' },
    ],
  },
  {
    name: '"and according to" X: the content follows',
    text: 'The bridge shook in the storm, and according to the engineers, the cables will need replacing.',
    expected: [{ quote: 'the cables will need replacing', speaker: 'the engineers' }],
  },
  {
    name: 'a participle opening the sentence reports for the main clause’s subject',
    text:
      'Having noted that the harbour was silting up, Mayor Ilse Varnoq said dredging would start in May. ' +
      'Noting that the vote was close, the council clerk promised a recount.',
    expected: [
      { quote: 'the harbour was silting up', speaker: 'Ilse Varnoq', cue: 'noted' },
      { quote: 'dredging would start in May', speaker: 'Ilse Varnoq', cue: 'said' },
      { quote: 'the vote was close', speaker: 'the council clerk', cue: 'Noting' },
    ],
  },
  {
    name: 'a participle opening with only a prepositional phrase reports nothing',
    text: 'Writing for a panel that agreed the debate was dull, Tom Reed noted that the hall was cold.',
    expected: [{ quote: 'the hall was cold', speaker: 'Tom Reed', cue: 'noted' }],
  },
  {
    name: 'a sentence ending in a word that is also an abbreviation ("ill.", "in.", "no.")',
    text:
      'The family said the boy was very ill. "We are praying," his aunt said. ' +
      'Most voters had already logged in. Tom Reed said the count was slow. The board voted no. Jane Doe said the plan was dead.',
    expected: [
      { quote: 'the boy was very ill', speaker: 'the family' },
      { quote: '"We are praying,"', speaker: 'his aunt' },
      { quote: 'the count was slow', speaker: 'Tom Reed' },
      { quote: 'the plan was dead', speaker: 'Jane Doe' },
    ],
  },
  {
    name: 'a quotation running on after a paragraph break without a new opening mark is one statement',
    text:
      'After the final, coach Ilse Varnoq said, "We learned a lot today.\n\n' +
      'It was an emotional night for the whole squad."\n\nThe club flew home on Monday.',
    expected: [
      {
        quote: '"We learned a lot today.\n\nIt was an emotional night for the whole squad."',
        speaker: 'Ilse Varnoq',
        cue: 'said',
      },
    ],
  },
  {
    name: 'a first name that is also a verb before a surname and an appositive',
    text:
      'Grant Tolliver, a harbour pilot, said the channel was too shallow. ' +
      'Josh Marren, a county engineer, warned on Monday that the bridge would close.',
    expected: [
      { quote: 'the channel was too shallow', speaker: 'Grant Tolliver', cue: 'said' },
      { quote: 'the bridge would close', speaker: 'Josh Marren', cue: 'warned' },
    ],
  },
  {
    name: '"Will" as a first name before a surname and a comma, a full stop or a reporting verb',
    text:
      '“The figures were doctored,” Will Tarrow, head of the watchdog Clear Count, told the Gazette. ' +
      'Will Tarrow said the party had been warned. ' +
      '“Nobody checked,” said Will Penhale.',
    expected: [
      { quote: '“The figures were doctored,”', speaker: 'Will Tarrow', cue: 'told' },
      { quote: 'the party had been warned', speaker: 'Will Tarrow', cue: 'said' },
      { quote: '“Nobody checked,”', speaker: 'Will Penhale', cue: 'said' },
    ],
  },
  {
    name: '"Will" opening a question stays the modal',
    text: 'Will Tarrow win? Pollsters said the race was close.',
    expected: [{ quote: 'the race was close', speaker: 'pollsters', cue: 'said' }],
  },
  {
    name: 'a party and state between commas after the name ("Sen. X, R-Ky., told")',
    text: 'Sen. Ada Brennick, R-Ky., told reporters that the bill was dead.',
    expected: [
      {
        quote: 'the bill was dead',
        speaker: 'Ada Brennick',
        mention: 'Sen. Ada Brennick, R-Ky.',
        cue: 'told',
      },
    ],
  },
  {
    name: 'a description opened by a number before the name ("One of her advisers, X, told")',
    text: 'One of her advisers, Tad Quillon, told reporters that she would not run.',
    expected: [
      {
        quote: 'she would not run',
        speaker: 'Tad Quillon',
        mention: 'One of her advisers, Tad Quillon',
        cue: 'told',
      },
    ],
  },
  {
    name: 'a focusing adverb before a subject with an appositive ("Even X, a …, said")',
    text: 'Even Brennick, a loyal ally of the mayor, said the plan had failed.',
    expected: [{ quote: 'the plan had failed', speaker: 'Brennick', cue: 'said' }],
  },
  {
    name: 'a participle sharing a group subject with an "including" insertion',
    // A stance (no words quoted) is reported only with `stances`, as PolNeAR counts it.
    stances: true,
    text: 'Other councillors, including Ada Brennick, have backed the plan, saying it would cut costs.',
    expected: [
      { quote: 'the plan', mention: 'Other councillors, including Ada Brennick', cue: 'have backed' },
      { quote: 'it would cut costs', speaker: 'other councillors', cue: 'saying' },
    ],
  },
  {
    name: 'a participle after a quotation closed by its comma shares the clause subject, never an object',
    text: 'The mayor described the budget as "a fair deal," telling reporters that taxes would not rise.',
    expected: [
      {
        quote: 'the budget as "a fair deal,"',
        speaker: 'the mayor',
        cue: 'described',
      },
      { quote: 'taxes would not rise', speaker: 'the mayor', cue: 'telling' },
    ],
  },
  {
    name: "a quotation in two apostrophes after one closed by a full stop starts a sentence ('' style)",
    text:
      "''We are ready,'' Ada Brennick said on Radio Kent's ''Morning Hour.'' " +
      "''The council will vote on Tuesday. It will pass.''",
    expected: [
      { quote: "''We are ready,''", speaker: 'Ada Brennick', cue: 'said' },
      { quote: "''The council will vote on Tuesday. It will pass.''", speaker: 'Ada Brennick' },
    ],
  },
  {
    name: 'a surname that is also a verb after a common first name ("Richard Burr/VERB, a …")',
    text: 'Senator Richard Burr, a Republican from the coast, acknowledged that the party may have to move.',
    expected: [
      {
        quote: 'the party may have to move',
        speaker: 'Richard Burr',
        mention: 'Senator Richard Burr, a Republican from the coast',
        cue: 'acknowledged',
      },
    ],
  },
  {
    name: 'a reporting verb in a relative clause inside the appositive takes nothing before its antecedent',
    text: 'Zeke Amarin, an engineer who advised the mayor on the tunnel, said the plan so far has been a success.',
    expected: [
      {
        quote: 'the plan so far has been a success',
        speaker: 'Zeke Amarin',
        mention: 'Zeke Amarin, an engineer who advised the mayor on the tunnel',
        cue: 'said',
      },
    ],
  },
  {
    name: 'the content before "…," adding that … ends at the quotation that closes with its comma',
    text: 'Ada Brennick said there is "only one strong candidate in a position to win," adding that it is why her rival attacks her.',
    expected: [
      {
        quote: 'there is "only one strong candidate in a position to win,"',
        speaker: 'Ada Brennick',
        cue: 'said',
      },
      { quote: 'it is why her rival attacks her', speaker: 'Ada Brennick', cue: 'adding' },
    ],
  },
  {
    name: 'a reporting verb in an opening subordinate clause reports up to the main clause',
    text:
      'Although the mayor said the plan was dead, Quillon insisted that it would pass. ' +
      'While Tarrow has pledged to support the budget as written, Ada Brennick warned that it would not be simple.',
    expected: [
      { quote: 'the plan was dead', speaker: 'the mayor', cue: 'said' },
      { quote: 'it would pass', speaker: 'Quillon', cue: 'insisted' },
      { quote: 'to support the budget as written', speaker: 'Tarrow', cue: 'has pledged' },
      { quote: 'it would not be simple', speaker: 'Ada Brennick', cue: 'warned' },
    ],
  },
  {
    name: 'insertions between the subject and the verb: "of course", a participle with a quotation, "including"',
    text:
      "The bank's chief executive, Ada Brennick, of course, said that the timing was unrelated. " +
      'Mr. Tarrow, citing "the unique magic of the mayor," said the candidate could win the north. ' +
      'Six newspapers in the county, including the Harbour Press, said the mayor should resign.',
    expected: [
      { quote: 'the timing was unrelated', speaker: 'Ada Brennick', cue: 'said' },
      { quote: 'the candidate could win the north', speaker: 'Tarrow', mention: 'Mr. Tarrow', cue: 'said' },
      {
        quote: 'the mayor should resign',
        mention: 'Six newspapers in the county, including the Harbour Press',
        cue: 'said',
      },
    ],
  },
  {
    name: 'a quoted name inside a participle insertion before the verb',
    text: '"We have had better meetings than this one," delegate Ada Brennick, wearing a "Tarrow" badge, said as the hall emptied.',
    expected: [
      { quote: '"We have had better meetings than this one,"', speaker: 'Ada Brennick', cue: 'said' },
    ],
  },
  {
    name: 'a split quotation resumed after a long attribution',
    text:
      '"Many people are uncertain this year," Tarrow wrote in a statement to the Herald explaining ' +
      'why he is speaking, "but most people agree that the town is on the wrong track."',
    expected: [
      {
        quote:
          '"Many people are uncertain this year," Tarrow wrote in a statement to the Herald explaining ' +
          'why he is speaking, "but most people agree that the town is on the wrong track."',
        speaker: 'Tarrow',
        cue: 'wrote',
        parts: 2,
      },
    ],
  },
  {
    name: 'an "as" clause of attribution and a "when asked" insertion before the verb',
    text:
      'As Ada Brennick, an expert on the harbour, noted, "Everyone here is waiting for the next council." ' +
      'Tom Reed, when asked what was wrong with the plan, responded that the mayor was right about the problems.',
    expected: [
      {
        quote: '"Everyone here is waiting for the next council."',
        speaker: 'Ada Brennick',
        mention: 'Ada Brennick, an expert on the harbour',
        cue: 'noted',
      },
      { quote: 'the mayor was right about the problems', speaker: 'Tom Reed', cue: 'responded' },
    ],
  },
  {
    name: 'a group with a dash insertion before the verb, and a semicolon closing an attribution',
    text:
      'Many speakers at the service — including teachers and nurses — said the loss was painful. ' +
      'To win, a candidate needs about 40 percent of the vote, local analysts say; in 2012, the mayor got 27.',
    expected: [
      {
        quote: 'the loss was painful',
        mention: 'Many speakers at the service — including teachers and nurses',
        cue: 'said',
      },
      {
        quote: 'To win, a candidate needs about 40 percent of the vote',
        speaker: 'local analysts',
        cue: 'say',
      },
    ],
  },
  {
    name: 'a participle sharing a subject with a prepositional phrase ("A spokeswoman for X hit back, arguing")',
    text: 'A spokeswoman for the harbour board hit back on Friday, arguing that the dredging was legal.',
    expected: [
      {
        quote: 'the dredging was legal',
        mention: 'A spokeswoman for the harbour board',
        cue: 'arguing',
      },
    ],
  },
  {
    name: 'a content ends before a comma that leads to a later "who said" speaker',
    text: 'In the survey, one in four residents said the council was hostile, about the same number who said it truly cares.',
    expected: [
      { quote: 'the council was hostile', cue: 'said' },
      { quote: 'it truly cares', mention: 'the same number who', cue: 'said' },
    ],
  },
  {
    name: 'an inverted speaker with an appositive inside the content ("X, says Y, a title, is …")',
    text:
      'Ada Brennick spoke first. The trouble with the bridge, says Tom Reed, a structural engineer, is the soil ' +
      'itself. The real risk, said Jane Doe, who has fished here for years, is that the tide will turn. ' +
      'The dredging "will ruin the harbour," said Tom Reed, quoted by the Herald.',
    expected: [
      {
        quote: 'The trouble with the bridge, says Tom Reed, a structural engineer, is the soil itself',
        speaker: 'Tom Reed',
        parts: 2,
      },
      {
        quote: 'The real risk, said Jane Doe, who has fished here for years, is that the tide will turn',
        speaker: 'Jane Doe',
        parts: 2,
      },
      { quote: 'The dredging "will ruin the harbour,"', speaker: 'Tom Reed', parts: 1 },
    ],
  },
  {
    name: 'an inverted group speaker inside the content ("X, say experts like Y, is …", "said Y and others")',
    text:
      'Ada Brennick spoke first. Part of the problem, say engineers like Tom Reed, is the soil itself. ' +
      'The contrast with the old council, said Reed and others, would be obvious to every voter.',
    expected: [
      { quote: 'Part of the problem, say engineers like Tom Reed, is the soil itself', parts: 2 },
      {
        quote: 'The contrast with the old council, said Reed and others, would be obvious to every voter',
        parts: 2,
      },
    ],
  },
  {
    name: '"according to" a source with a modifier inside the content ("X, according to a person close to Y, is …")',
    text:
      'One of the options on the table, according to a person close to the talks, is to delay the vote. ' +
      'Missing from the agenda, according to delegates who attended the session, was any word on the budget.',
    expected: [
      {
        quote:
          'One of the options on the table, according to a person close to the talks, is to delay the vote',
        parts: 2,
      },
      {
        quote:
          'Missing from the agenda, according to delegates who attended the session, was any word on the budget',
        parts: 2,
      },
    ],
  },
  {
    name: 'two speakers joined by "and" after the content ("X and Y said", "she and another passenger said")',
    text:
      '"The ferry will not sail before spring," Tom Ray and Bill Marsh said. The fare, Ray and Marsh said, ' +
      'would double.',
    expected: [
      {
        quote: '"The ferry will not sail before spring,"',
        // (a joint statement: the pair, as eval/gold/README.md has it)
        speaker: 'Tom Ray and Bill Marsh',
        mention: 'Tom Ray and Bill Marsh',
        cue: 'said',
      },
      { quote: 'The fare, Ray and Marsh said, would double', speaker: 'Tom Ray and Bill Marsh', parts: 2 },
    ],
  },
  {
    name: 'a pronoun and a noun joined by "and" after the content',
    text: 'Ada Brennick waited on the pier. The ferry was late again, she and another passenger said.',
    expected: [
      {
        quote: 'The ferry was late again',
        speaker: 'Ada Brennick',
        mention: 'she and another passenger',
      },
    ],
  },
  {
    name: 'shares of a poll as speakers ("four in 10 say", "42% say", "a third say", "those surveyed said")',
    text:
      'In the survey, four in 10 say they want lower fares. About 42% say the ferry is too slow. ' +
      'Nearly a third say they do not know. Those surveyed said the council should resign. ' +
      'Some 56 percent of residents polled said they would move. Fares rose 4% in 2004, the council said. ' +
      'Fares rose faster than the 2% reported, according to the harbour board. The vast majority of those ' +
      'questioned said the pier was unsafe. Ada Brennick, who ran the survey, said it was done in May. ' +
      '"We asked everyone," she added.',
    expected: [
      { quote: 'they want lower fares', mention: 'four in 10', cue: 'say' },
      { quote: 'the ferry is too slow', mention: 'About 42%', cue: 'say' },
      { quote: 'they do not know', mention: 'Nearly a third', cue: 'say' },
      { quote: 'the council should resign', mention: 'Those surveyed', cue: 'said' },
      { quote: 'they would move', mention: 'Some 56 percent of residents polled', cue: 'said' },
      { quote: 'Fares rose 4% in 2004', speaker: 'the council', cue: 'said' },
      { quote: 'Fares rose faster than the 2% reported', speaker: 'the harbour board', cue: 'according to' },
      { quote: 'the pier was unsafe', mention: 'The vast majority of those questioned', cue: 'said' },
      { quote: 'it was done in May', speaker: 'Ada Brennick', cue: 'said' },
      { quote: '"We asked everyone,"', speaker: 'Ada Brennick', cue: 'added' },
    ],
  },
  {
    name: 'a quantity of the speakers opens the subject ("dozens of residents said", "a group of X said")',
    text:
      '"The ferry will not sail," a group of fishermen said. The pier was unsafe, dozens of residents said. ' +
      'Part of the problem, a wide range of engineers say, is the soil. A number of analysts said the fares would rise.',
    expected: [
      { quote: '"The ferry will not sail,"', speaker: 'fishermen', cue: 'said' },
      { quote: 'The pier was unsafe', speaker: 'residents', cue: 'said' },
      {
        quote: 'Part of the problem, a wide range of engineers say, is the soil',
        speaker: 'engineers',
        parts: 2,
      },
      { quote: 'the fares would rise', speaker: 'analysts', cue: 'said' },
    ],
  },
  {
    name: 'a reflexive stressing the subject ("Reed himself said", "the mayor herself told")',
    text:
      'Tom Reed himself said Tuesday that the fares would rise. "We will not wait," the mayor herself told ' +
      'the council. The harbour board itself said the pier was unsafe.',
    expected: [
      { quote: 'the fares would rise', speaker: 'Tom Reed', cue: 'said' },
      { quote: '"We will not wait,"', mention: 'the mayor', cue: 'told' },
      { quote: 'the pier was unsafe', mention: 'The harbour board', cue: 'said' },
    ],
  },
  {
    name: 'an attribution inside a relative clause ("a job that many economists say is the future")',
    text:
      'She has the kind of job that many economists say is the future. The group, which officials say ' +
      'is tied to Ruritania, denied it. The bridge, which engineers said was unsafe, was closed.',
    expected: [
      { quote: 'is the future', speaker: 'many economists', cue: 'say' },
      { quote: 'is tied to Ruritania', speaker: 'officials', cue: 'say' },
      { quote: 'was unsafe', speaker: 'engineers', cue: 'said' },
    ],
  },
  {
    name: 'a headline colon before a stance verb in the words given ("Reed: I support the harbour plan")',
    text: 'Reed: I support the harbour plan.\n\nTom Reed, the mayor, spoke on Tuesday.',
    expected: [{ quote: 'I support the harbour plan', speaker: 'Tom Reed', cue: ':' }],
  },
  {
    name: 'a second speaker set against the first ("…, while others say …", "…; 26 percent say …")',
    text:
      'One guide says the pier is safe, while others say it should close. Most residents said the fares ' +
      'were fair; 26 percent of residents said they were too high. Reed said the vote was fair, though ' +
      'Ann Lee said she doubted it.',
    expected: [
      { quote: 'the pier is safe', cue: 'says' },
      { quote: 'it should close', mention: 'others', cue: 'say' },
      { quote: 'the fares were fair', cue: 'said' },
      { quote: 'they were too high', cue: 'said' },
      { quote: 'the vote was fair', speaker: 'Reed', cue: 'said' },
      { quote: 'she doubted it', speaker: 'Ann Lee', cue: 'said' },
    ],
  },
  {
    name: 'a quantifier standing for people as the subject ("Another said", "Some say", "while another says")',
    text:
      'Two fishermen spoke. One said the pier was safe. Another said he hoped it would close. Some say the ' +
      'fares are too high, while another says they are fair. Yet another said the ferry was late.',
    expected: [
      { quote: 'the pier was safe', mention: 'One', cue: 'said' },
      { quote: 'he hoped it would close', mention: 'Another', cue: 'said' },
      { quote: 'the fares are too high', mention: 'Some', cue: 'say' },
      { quote: 'they are fair', mention: 'another', cue: 'says' },
      { quote: 'the ferry was late', mention: 'Yet another', cue: 'said' },
    ],
  },
  {
    name: 'adverbs between an auxiliary and a verb of saying ("has even claimed", "had quietly told")',
    text:
      'Ann Lee has even claimed the ferry will run on Sundays. The harbour board has traditionally argued ' +
      'that the pier is safe. Tom Reed had quietly told the council it would pay. Local anglers are now ' +
      'insisting the quay will collapse.',
    expected: [
      { quote: 'the ferry will run on Sundays', speaker: 'Ann Lee', cue: 'has even claimed' },
      { quote: 'the pier is safe', mention: 'The harbour board', cue: 'has traditionally argued' },
      { quote: 'it would pay', speaker: 'Tom Reed', cue: 'had quietly told' },
      { quote: 'the quay will collapse', mention: 'Local anglers', cue: 'are now insisting' },
    ],
  },
  {
    name: 'no words after an auxiliary, adverbs and a verb of saying: a thing, an intention, a modal',
    text:
      'Ann Lee has now written a book about the harbour. The two clubs had quietly agreed to share the ' +
      'ground. Tom Reed will surely claim the vote was rigged. The board has finally revealed the cost of ' +
      'the new pier.',
    expected: [],
  },
  {
    name: '"went on to" a verb of saying ("went on to say", "goes on to argue", "has gone on to warn:")',
    text:
      'Ann Lee praised the crew but went on to say, "The ferry was late again." The harbour report goes on ' +
      'to argue that the pier is unsafe. Tom Reed has gone on to warn: "The quay will flood."',
    expected: [
      { quote: '"The ferry was late again."', speaker: 'Ann Lee', cue: 'went on to say' },
      { quote: 'the pier is unsafe', mention: 'The harbour report', cue: 'goes on to argue' },
      { quote: '"The quay will flood."', speaker: 'Tom Reed', cue: 'has gone on to warn:' },
    ],
  },
  {
    name: '"went on to" a deed is no report ("went on to claim the cup", "went on to win")',
    text: 'The home side went on to claim the cup. Ann Lee went on to win the race.',
    expected: [],
  },
  {
    name: '", saying" after a clause whose subject is set off from its verb (a time, a relative clause, a parenthesis)',
    text:
      'Ann Lee on Thursday stepped up her attacks on the board, saying the pier plan was reckless. Tom ' +
      'Reed, who chairs the harbour trust, resigned last week, saying he had lost the support of the ' +
      'board. Rep. Jane Doe (D-Ore.) reacted to the vote, saying: "The ferry must run."',
    expected: [
      { quote: 'the pier plan was reckless', speaker: 'Ann Lee', cue: 'saying' },
      { quote: 'he had lost the support of the board', speaker: 'Tom Reed', cue: 'saying' },
      { quote: '"The ferry must run."', speaker: 'Jane Doe', cue: 'saying:' },
    ],
  },
  {
    name: '", adding" shares the subject that a second verb shares ("declined …, but said …, adding: …")',
    text:
      'The spokesman declined to comment further but said no meeting was planned, adding: "If one is ' +
      'proposed we will consider it."',
    expected: [
      { quote: 'no meeting was planned', speaker: 'the spokesman', cue: 'said' },
      { quote: '"If one is proposed we will consider it."', speaker: 'the spokesman', cue: 'adding:' },
    ],
  },
  {
    name: 'a headline speaker qualified before the colon ("Lee on the Harbour Plan: …", "Reed to Voters: …")',
    text:
      'Ann Lee on the Harbour Plan: "It will never pay."\n\nTom Reed to Voters: The Ferry Will Run.\n\n' +
      'Update on the storm: Roads are closed across the county.\n\nRussia at war: The front line moves east.',
    expected: [
      { quote: '"It will never pay."', speaker: 'Ann Lee', cue: ':' },
      { quote: 'The Ferry Will Run', speaker: 'Tom Reed', cue: ':' },
    ],
  },
  {
    name: 'a -s verb of claiming the tagger reads as a noun after "the" and a noun ("The trust claims his …")',
    text:
      'The harbour trust claims his ferry plan is too costly. The new report notes the quay was built in ' +
      '1910. The government claims process was slow.',
    expected: [
      { quote: 'his ferry plan is too costly', mention: 'The harbour trust', cue: 'claims' },
      { quote: 'the quay was built in 1910', mention: 'The new report', cue: 'notes' },
    ],
  },
  {
    name: 'a question put after its answer ("…, Reed said when asked whether …", "uneasy when asked about …")',
    // A question is reported only with `stances` (speech gold sets leave questions out; PolNeAR counts them).
    stances: true,
    text:
      '"You bet I would," Tom Reed said when asked whether he would run again. Ann Lee said she would ' +
      'stay, when asked by reporters if she planned to resign. Her deputy looked uneasy when asked about ' +
      'the ferry contract.',
    expected: [
      { quote: '"You bet I would,"', speaker: 'Tom Reed', cue: 'said' },
      { quote: 'whether he would run again', speaker: 'unknown', cue: 'asked' },
      { quote: 'she would stay', speaker: 'Ann Lee', cue: 'said' },
      { quote: 'if she planned to resign', speaker: 'unknown', cue: 'asked' },
      { quote: 'the ferry contract', speaker: 'unknown', cue: 'asked' },
    ],
  },
  {
    name: 'a question put to someone in the passive ("Reed was asked whether …", "Lee was asked, “…?”")',
    // A question is reported only with `stances` (speech gold sets leave questions out; PolNeAR counts them).
    stances: true,
    text:
      'Tom Reed was asked by the mayor whether he would run again. In an interview, Ann Lee was asked, ' +
      '"Will the ferry ever pay?" Her deputy was asked to resign. Jim Cole said the clerk was asked ' +
      'whether the fares would rise.',
    expected: [
      { quote: 'whether he would run again', speaker: 'unknown', cue: 'asked' },
      { quote: '"Will the ferry ever pay?"', speaker: 'unknown', cue: 'asked' },
      { quote: 'the clerk was asked whether the fares would rise', speaker: 'Jim Cole', cue: 'said' },
    ],
  },
  {
    name: 'quoted paragraphs flattened into one keep their speaker, and no cue is read inside them',
    text:
      'Coach Tom Reed said: "We lost the first game. "I think the lads were tired. "We hope to win ' +
      'on Sunday." Fans left early.',
    expected: [
      { quote: '"We lost the first game.', speaker: 'Tom Reed' },
      { quote: '"I think the lads were tired.', speaker: 'Tom Reed' },
      { quote: '"We hope to win on Sunday."', speaker: 'Tom Reed' },
    ],
  },
  {
    name: 'a body with a relative clause on "which" between it and the verb',
    text:
      'Harwick Mills, which runs two plants, said it was talking to unions. BAA, which runs three ' +
      'airports, said it was consulting residents. In a filing with the regulator, Crestline, which ' +
      'holds 5 pct, said it bought more shares. Tom Vale, chairman of the Farm Lending Board, FLB, which ' +
      'oversees the lenders, said the rules would change.',
    expected: [
      { quote: 'it was talking to unions', speaker: 'Harwick Mills' },
      { quote: 'it was consulting residents', speaker: 'BAA' },
      { quote: 'it bought more shares', speaker: 'Crestline' },
      { quote: 'the rules would change', speaker: 'Tom Vale' },
    ],
  },
  {
    name: '"quoted X as saying": the one quoted is the speaker, in the active and in the passive',
    text:
      'The Veldonia Herald quoted harbour master Ivo Rask as saying that the quay would reopen. ' +
      'A local radio station quoted a ferry company spokesman as saying fares were frozen. ' +
      'Lena Voss was quoted as saying: "We will not sell the boats." ' +
      'Since the war began, the ferry has sailed once a week.',
    expected: [
      { quote: 'the quay would reopen', speaker: 'Ivo Rask', cue: 'saying' },
      { quote: 'fares were frozen', mention: 'a ferry company spokesman', cue: 'saying' },
      { quote: '"We will not sell the boats."', speaker: 'Lena Voss' },
    ],
  },
  {
    name: '"informed X that", where the tagger reads "informed" as an adjective; not "informed X about"',
    text:
      'In a call on Monday, Tom Ruddle informed the chairman, Jane Doe, that he would resign soon. ' +
      'Later Ruddle informed those present about the state of the harbour accounts.',
    expected: [{ quote: 'he would resign soon', speaker: 'Tom Ruddle', cue: 'informed' }],
  },
  {
    name: 'a second speaker with an appositive after "and" or "while" ends the first content',
    text:
      'Frank Nolan said the fund may lose money this year, and another board member, Jim Hood, said ' +
      'the council should act now. Ada Varn said the pier was safe, while Omar Tellez, the harbour ' +
      'engineer, said it was not.',
    expected: [
      { quote: 'the fund may lose money this year', speaker: 'Frank Nolan' },
      { quote: 'the council should act now', speaker: 'Jim Hood' },
      { quote: 'the pier was safe', speaker: 'Ada Varn' },
      { quote: 'it was not', speaker: 'Omar Tellez' },
    ],
  },
  {
    name: 'a surname the tagger reads as a verb after an inverted reporting verb is the speaker',
    text:
      'Richard Parry, the harbour chief, spoke on Monday. "There is no chance of the pier closing in January," ' +
      'said Parry. "The money is there for every repair," added Madden.',
    expected: [
      {
        quote: '"There is no chance of the pier closing in January,"',
        speaker: 'Richard Parry',
        cue: 'said',
      },
      { quote: '"The money is there for every repair,"', speaker: 'Madden', cue: 'added' },
    ],
  },
  {
    name: '"managing director" and "acting" open a title, not a verb',
    text:
      'The fund promised help. "We stand ready to assist the harbour towns in their time of need," said ' +
      'managing director Ines Varga. "The work will go on," acting mayor Tom Bell said.',
    expected: [
      { quote: '"We stand ready to assist the harbour towns in their time of need,"', speaker: 'Ines Varga' },
      { quote: '"The work will go on,"', speaker: 'Tom Bell', title: 'acting mayor' },
    ],
  },
  {
    name: '"summed up" after a quotation reports; "summed up the results" names a topic',
    text:
      'Mayor Ivo Rask met the fishermen. "We will rebuild every quay and every boat shed," Rask summed up. ' +
      'The two mayors summed up the results of the year.',
    expected: [
      { quote: '"We will rebuild every quay and every boat shed,"', speaker: 'Ivo Rask', cue: 'summed up' },
    ],
  },
  {
    name: '"summed up" before its speaker after a quotation that ends in a comma; not after a quoted subject',
    text:
      'Mayor Ivo Rask met the fishermen. "The quays will be ready by May," summed up Ivo Rask. ' +
      '"Never again" summed up the mood of the harbour.',
    expected: [{ quote: '"The quays will be ready by May,"', speaker: 'Ivo Rask', cue: 'summed up' }],
  },
  {
    name: '"commented" right after a quotation, before or after its speaker',
    text:
      'Ferries stopped at noon. "The ferry line has a full mutiny on its hands," commented Lena Voss, a ' +
      'shipping consultant. "Nobody saw it coming this winter," Voss commented. She declined to comment.',
    expected: [
      { quote: '"The ferry line has a full mutiny on its hands,"', speaker: 'Lena Voss', cue: 'commented' },
      { quote: '"Nobody saw it coming this winter,"', speaker: 'Lena Voss', cue: 'commented' },
    ],
  },
  {
    name: 'a participle after "X said," is narration, and a source named again after it is no content',
    text:
      'Mayor Ivo Rask met the judges. "I am sure that they are in front of me now," Rask said, addressing ' +
      'the hall. "The pier is safe," he said, according to the Courier, the county paper.',
    expected: [
      { quote: '"I am sure that they are in front of me now,"', speaker: 'Ivo Rask' },
      { quote: '"The pier is safe,"', speaker: 'Ivo Rask' },
    ],
  },
  {
    name: 'a gerund after "X said," that opens a clause with an auxiliary goes on with the content',
    text: 'Mayor Ivo Rask said the vote went well. The last move was smooth, he said, moving the market would be harder.',
    expected: [
      { quote: 'the vote went well', speaker: 'Ivo Rask' },
      {
        quote: 'The last move was smooth, he said, moving the market would be harder',
        speaker: 'Ivo Rask',
        parts: 2,
      },
    ],
  },
  {
    name: 'a written thing with its author before the verb: the author speaks',
    text:
      'The board met on Monday. "We intend to submit a modified offer for the ferry line," the letter ' +
      'from Harbourline said. "The release serves no purpose but to feed the gossip," a motion by the ' +
      "mayor's lawyers stated.",
    expected: [
      { quote: '"We intend to submit a modified offer for the ferry line,"', speaker: 'Harbourline' },
      {
        quote: '"The release serves no purpose but to feed the gossip,"',
        speaker: "the mayor's lawyers",
        mention: "a motion by the mayor's lawyers",
      },
    ],
  },
  {
    name: '"X quoted Y as saying" after the quotation: Y speaks',
    text:
      'Talks went on all night. "It is above all a question of pride," the Courier quoted a harbour ' +
      'official as saying. "They moved so quickly it caught the bank by surprise," the paper quoted an ' +
      'insider in the talks as saying.',
    expected: [
      { quote: '"It is above all a question of pride,"', mention: 'a harbour official', cue: 'saying' },
      {
        quote: '"They moved so quickly it caught the bank by surprise,"',
        mention: 'an insider in the talks',
      },
    ],
  },
  {
    name: 'two titles joined by "and" before the name open the speaker phrase',
    text:
      'The ferry firm posted a profit. "Our performance was strong, meeting all of our goals," chairman and ' +
      'chief executive Ines Varga said. "The lake holds more than we thought," survey scientist and ' +
      'study co-author Tom Bell said.',
    expected: [
      {
        quote: '"Our performance was strong, meeting all of our goals,"',
        speaker: 'Ines Varga',
        mention: 'chairman and chief executive Ines Varga',
      },
      { quote: '"The lake holds more than we thought,"', speaker: 'Tom Bell' },
    ],
  },
  {
    name: 'a name with its role and no comma closing the insertion before the verb',
    text:
      'Lena Voss, managing director of Harbourline said that the fares would rise. "Growth will stay ' +
      'fragile," Omar Tellez, from Northbank Capital told reporters. During talks with the minister, ' +
      'Jan Rau, the head of the port authority said the pier was safe.',
    expected: [
      { quote: 'the fares would rise', speaker: 'Lena Voss' },
      { quote: '"Growth will stay fragile,"', speaker: 'Omar Tellez' },
      { quote: 'the pier was safe', mention: 'the head of the port authority' },
    ],
  },
  {
    name: 'a quotation closed by "X is convinced."',
    text:
      'Mayor Ivo Rask met the fishermen. "We will rebuild every quay before the winter," the mayor is ' +
      'convinced. The council is convinced. Rask was convinced that the pier would hold.',
    expected: [{ quote: '"We will rebuild every quay before the winter,"', speaker: 'Ivo Rask' }],
  },
  {
    name: '"laughed", "smiles" right after a quotation report it; elsewhere they report nothing',
    text:
      'Ann Lee came in late. "I will win the seat back next year," Lee laughed. "Call it a peace ' +
      'dividend," smiles one broker. They laughed at the plan. She smiled as she left.',
    expected: [
      { quote: '"I will win the seat back next year,"', speaker: 'Ann Lee', cue: 'laughed' },
      { quote: '"Call it a peace dividend,"', mention: 'one broker', cue: 'smiles' },
    ],
  },
  {
    name: 'a gerund subject before "X said" is content, not an introductory participle',
    text:
      'Karl Weber visited the port. Delaying the vote is a risk for the whole region, he said on the radio ' +
      'station Harbour FM. Speaking at the quay, he said the ferries would run again.',
    expected: [
      { quote: 'Delaying the vote is a risk for the whole region', speaker: 'Karl Weber', cue: 'said' },
      { quote: 'the ferries would run again', speaker: 'Karl Weber' },
    ],
  },
  {
    name: 'an inverted speaker followed by the occasion ("during a visit", "while touring")',
    text:
      'The bridge will reopen in June, said Mayor Ivo Rask during a visit to Veldgrad. Fares will fall, ' +
      'said Lena Voss while touring the depot. Prices may rise, said Omar Tellez during the programme ' +
      '"Harbour Nights".',
    expected: [
      { quote: 'The bridge will reopen in June', speaker: 'Ivo Rask' },
      { quote: 'Fares will fall', speaker: 'Lena Voss' },
      { quote: 'Prices may rise', speaker: 'Omar Tellez' },
    ],
  },
  {
    name: 'a stock code after a company name, in angle brackets or with a full stop inside brackets',
    text:
      'Harbor Lines Co Plc <HBL.L>, the ferry operator, said it plans a share buyback. Veldgrad Steel ' +
      'Corp <VSC> said its mill would close. Norrland Paper AB (NRP.ST) said on Monday it had cut prices.',
    expected: [
      { quote: 'it plans a share buyback', speaker: 'Harbor Lines Co Plc' },
      { quote: 'its mill would close', speaker: 'Veldgrad Steel Corp' },
      { quote: 'it had cut prices', speaker: 'Norrland Paper AB' },
    ],
  },
  {
    name: '"In his words," names the speaker by the possessive, as "according to him" does',
    text:
      'Ambassador Ivan Petrov opened the exhibition on Monday. In his words, the two nations value their ' +
      'long cooperation. Anna Berg spoke next.In her words, the archive will open to the public.',
    expected: [
      {
        quote: 'the two nations value their long cooperation',
        speaker: 'Ivan Petrov',
        mention: 'his',
        cue: 'In his words',
      },
      { quote: 'the archive will open to the public', speaker: 'Anna Berg', mention: 'her' },
    ],
  },
  {
    name: 'an acronym after "the" the tagger reads as a verb ("The EFF, acting for …, has asked …. It argues")',
    text:
      'The Estuary Fishing Federation (EFF) joined the case in May. The EFF, acting for the crews, has ' +
      'asked the court to halt the dredging. It argues that the permits were never valid.',
    expected: [
      { quote: 'the permits were never valid', speaker: 'Estuary Fishing Federation', mention: 'It' },
    ],
  },
  {
    name: 'a possessive relative clause set off by commas ("X, whose question revealed the figure, said")',
    text:
      'Mayor Ann Lee, whose question revealed the figure, said the cost surprised her. The harbour ' +
      'board, whose spokesman said the plan was dead, refused to comment.',
    expected: [
      { quote: 'the cost surprised her', speaker: 'Ann Lee', cue: 'said' },
      { quote: 'the plan was dead', cue: 'said' },
    ],
  },
  {
    name: 'a role or a body placed in a named place ("the Embassy in Veldgrad warned") speaks',
    text:
      '"The quay will stay shut," the Ruritanian Embassy in Veldgrad warned. A Harbour Lines spokesman in ' +
      'Port Azur said the ferries would run. The embassy in Veldgrad said the port was calm.',
    expected: [
      { quote: '"The quay will stay shut,"', speaker: 'the Ruritanian Embassy', cue: 'warned' },
      { quote: 'the ferries would run', speaker: 'a Harbour Lines spokesman' },
      { quote: 'the port was calm', speaker: 'the embassy', mention: 'The embassy in Veldgrad' },
    ],
  },
  {
    name: 'not a written thing in a paper, nor a place in the clause of what was said',
    text: 'A report in the Coastal Herald said the quay would close. Prices in Port Azur rose, analysts said.',
    expected: [
      { quote: 'the quay would close', speaker: 'the Coastal Herald' },
      { quote: 'Prices in Port Azur rose', speaker: 'analysts' },
    ],
  },
  {
    name: 'a relative clause set off after a description with prepositional phrases ("The head of the X, who …, said")',
    text:
      'The head of the harbour board, who took office last spring, said the quay would reopen. A member of ' +
      'the crew, whose boat sank, told reporters that the storm came without warning. Residents of the ' +
      'island, who fled in May, said the ferries had stopped. The Bank of Norland, which sets the rates, ' +
      'said prices would fall.',
    expected: [
      {
        quote: 'the quay would reopen',
        speaker: 'the head of the harbour board',
        mention: 'The head of the harbour board',
      },
      { quote: 'the storm came without warning', speaker: 'a member', cue: 'told' },
      { quote: 'the ferries had stopped', speaker: 'residents' },
      { quote: 'prices would fall', speaker: 'the Bank of Norland' },
    ],
  },
  {
    name: 'a relative clause on a noun of the phrase opening the sentence ends at its comma',
    text:
      'After a meeting with the head of the harbour board, who took office in May, Ann Lee said the quay ' +
      'would reopen. In a letter to the crew, who had written to the owners, the board said the boat was ' +
      'insured.',
    expected: [
      { quote: 'the quay would reopen', speaker: 'Ann Lee' },
      { quote: 'the boat was insured', speaker: 'the board' },
    ],
  },
  {
    name: 'verbs of saying "reasoned", "griped", "queried"; "reasons" as a noun is none',
    text:
      'Ivo Rask reasoned that the ferry was too slow. Lena Voss griped that nobody listened. ' +
      'Analysts queried whether the bank had overpaid. Detention for security reasons "goes too far", ' +
      'the report found. Their reasons were clear.',
    expected: [
      { quote: 'the ferry was too slow', speaker: 'Ivo Rask', cue: 'reasoned' },
      { quote: 'nobody listened', speaker: 'Lena Voss', cue: 'griped' },
      { quote: 'whether the bank had overpaid', speaker: 'analysts', cue: 'queried' },
    ],
  },
  {
    name: '"the city" speaks for the municipality the story named ("the Municipality of X"), else as itself',
    text:
      'The claim was filed by the Municipality of Veldgrad in 2010. The city reasoned, "Users pay a fee, so ' +
      'the school is a business." The town said the fee was fair.',
    expected: [
      { quote: '"Users pay a fee, so the school is a business."', speaker: 'Municipality of Veldgrad' },
      { quote: 'the fee was fair', speaker: 'Municipality of Veldgrad', cue: 'said' },
    ],
  },
  {
    name: '"the city" with no municipality named before it; a place alone stays no speaker',
    text: 'The city said the bridge would reopen. Washington is denying that the talks failed.',
    expected: [{ quote: 'the bridge would reopen', speaker: 'the city', cue: 'said' }],
  },
  {
    name: 'a quoted name closing the subject ("A hacker known as "Zorro" told …") is no quotation said by what follows',
    text:
      'A hacker known as "Zorro" told reporters that more files would leak. A report titled "Dark Harbour" ' +
      'said the funds were hidden. The book "Salt and Iron" says the mayor was angry. A user who goes by ' +
      '"nightgull" wrote that the site was down.',
    expected: [
      { quote: 'more files would leak', speaker: 'a hacker', cue: 'told' },
      { quote: 'the funds were hidden', cue: 'said' },
      { quote: 'the mayor was angry', speaker: 'the book', cue: 'says' },
      { quote: 'the site was down', speaker: 'a user', cue: 'wrote' },
    ],
  },
  {
    name: 'a quotation before an inverted verb with nothing after its speaker is still what was said',
    text: 'The plan was "dead" said the harbour master. "We will sail at dawn" said Ann Lee.',
    expected: [
      { quote: 'The plan was "dead"', speaker: 'the harbour master' },
      { quote: '"We will sail at dawn"', speaker: 'Ann Lee' },
    ],
  },
  {
    name: 'a later clause whose subject has prepositional phrases ("…, but a source close to the firm said …") ends the content',
    text:
      'The harbour board declined to comment, but a source close to the board said the deal was off. ' +
      'Ann Lee said the ferry was late, and a member of the crew said the engine had failed.',
    stances: true,
    expected: [
      { quote: 'to comment', cue: 'declined' },
      { quote: 'the deal was off', speaker: 'a source', cue: 'said' },
      { quote: 'the ferry was late', speaker: 'Ann Lee' },
      { quote: 'the engine had failed', speaker: 'a member' },
    ],
  },
  {
    name: 'prepositional phrases inside the content are no later subject',
    text: 'Ann Lee said the ships of the fleet that sailed in May were safe for the crews of the port.',
    expected: [{ quote: 'the ships of the fleet that sailed in May were safe for the crews of the port' }],
  },
  {
    name: 'a passive "quoted by X as saying" speaks for its subject',
    text:
      'Governor Ann Lee was quoted by the Coastal Herald as saying that the dam would hold. Ivo Rask was ' +
      'quoted as saying the ferry was safe. The Herald quoted Lena Voss as saying the port would close.',
    expected: [
      { quote: 'the dam would hold', speaker: 'Ann Lee', cue: 'saying' },
      { quote: 'the ferry was safe', speaker: 'Ivo Rask' },
      { quote: 'the port would close', speaker: 'Lena Voss' },
    ],
  },
  {
    name: 'a state with a description or a relative clause set off after it speaks through its government',
    text:
      'Poland, the host of the summit, said it would send more ships. ' +
      'Turkey, which chairs the talks, has insisted the ferry route would stay open.',
    expected: [
      { quote: 'it would send more ships', speaker: 'Poland', mention: 'Poland, the host of the summit' },
      { quote: 'the ferry route would stay open', speaker: 'Turkey' },
    ],
  },
  {
    name: 'a definite body with a description or an adjunct set off after it is the subject',
    text:
      "The firm, the region's biggest ferry operator, said it would cut two routes. " +
      'The harbour board - a unit of the county council - said the quay would reopen. ' +
      'The ministry, in a statement, said fares would rise.',
    expected: [
      { quote: 'it would cut two routes', mention: "The firm, the region's biggest ferry operator" },
      { quote: 'the quay would reopen', mention: 'The harbour board - a unit of the county council' },
      { quote: 'fares would rise', mention: 'The ministry' },
    ],
  },
  {
    name: 'a person described after a name ("The businessman, whose …,") leaves the pronoun to the name',
    text:
      'Ivo Rask, a ferry owner, said the fares were too high. The businessman, whose latest venture is a ' +
      'hotel, also voiced concern about the harbour. "The quay must reopen," he said.',
    expected: [
      { quote: 'the fares were too high', speaker: 'Ivo Rask' },
      { quote: '"The quay must reopen,"', speaker: 'Ivo Rask' },
    ],
  },
  {
    name: '"a year ago" after the verb is a time, not the content; before a verb it is the content',
    text:
      'Ivo Rask told the Coastal Herald a year ago, "The quay will never close." ' +
      'Lena Voss said two weeks ago that the ferry was late. ' +
      'Ada Varn said a year ago was the hardest of her life.',
    expected: [
      { quote: '"The quay will never close."', speaker: 'Ivo Rask' },
      { quote: 'the ferry was late', speaker: 'Lena Voss' },
      { quote: 'a year ago was the hardest of her life', speaker: 'Ada Varn' },
    ],
  },
  {
    name: 'a quoted programme after "said on" is the venue, not what was said',
    text:
      'Ivo Rask said on "Harbour Talk" that the quay was safe. ' +
      'Lena Voss said on Friday "we will not reopen the quay."',
    expected: [
      { quote: 'the quay was safe', speaker: 'Ivo Rask' },
      { quote: '"we will not reopen the quay."', speaker: 'Lena Voss' },
    ],
  },
  {
    name: 'a clause of time set off between the verb and "that" is no content',
    text:
      'Lena Voss told the council in May, when she was mayor, that the ferry would run. ' +
      'Ivo Rask said, when asked about the fares, that they would rise. ' +
      'Ada Varn said, when the storm came, that was the end of it.',
    expected: [
      { quote: 'the ferry would run', speaker: 'Lena Voss' },
      { quote: 'they would rise', speaker: 'Ivo Rask' },
      { quote: 'when the storm came, that was the end of it', speaker: 'Ada Varn' },
    ],
  },
  {
    name: 'a source described by its part in the matter speaks, not the matter ("officials briefed on the talks")',
    text:
      'Officials briefed on the talks said the ferry deal was close. ' +
      'A person with direct knowledge of the plan said the quay would reopen. ' +
      'Two dock workers involved in the strike say they will return on Monday. ' +
      'The union said workers involved in the strike would be paid.',
    expected: [
      { quote: 'the ferry deal was close', mention: 'Officials briefed on the talks', speaker: 'officials' },
      { quote: 'the quay would reopen', mention: 'A person with direct knowledge of the plan' },
      { quote: 'they will return on Monday', mention: 'Two dock workers involved in the strike' },
      { quote: 'workers involved in the strike would be paid', speaker: 'the union' },
    ],
  },
  {
    name: 'a perfect gerund after an -s form of claiming is what is claimed ("the army reports having killed")',
    text:
      'As the storm eased, the coast guard reports having rescued nine sailors. ' +
      'Turkey claims having intercepted two ships.',
    expected: [
      { quote: 'having rescued nine sailors', mention: 'the coast guard' },
      { quote: 'having intercepted two ships', speaker: 'Turkey' },
    ],
  },
  {
    name: 'a short name in parentheses after the source of "according to" is no content',
    text:
      'According to the Coastal Research Institute (CRI), the quay is sinking. ' +
      'The ferry will run, according to the Harbour Board (HB).',
    expected: [
      { quote: 'the quay is sinking', mention: 'the Coastal Research Institute (CRI)' },
      { quote: 'The ferry will run', mention: 'the Harbour Board (HB)' },
    ],
  },
];

describe('extract: recall constructions', () => {
  it.each(CASES)('$name', ({ text, expected, stances }) => {
    const statements = extract({ text, published: '2024-11-30' }, { stances: stances ?? false });
    const summary = statements.map((statement) => `${statement.speaker.name}: ${statement.quote.text}`);
    expect(statements.length, summary.join('\n')).toBe(expected.length);
    expected.forEach((want, index) => {
      const statement = statements[index];
      expect(statement.quote.text).toBe(want.quote);
      if (want.speaker !== undefined) expect(statement.speaker.name).toBe(want.speaker);
      if (want.mention !== undefined) expect(statement.speaker.mention?.text).toBe(want.mention);
      if (want.cue !== undefined) expect(statement.cue?.text).toBe(want.cue);
      if (want.title !== undefined) expect(statement.speaker.title).toBe(want.title);
      if (want.parts !== undefined) expect(statement.parts?.length ?? 1).toBe(want.parts);
    });
  });
});

describe('extract: the venue named after a medium', () => {
  it.each([
    {
      text: 'Karl Weber arrived. The war is a risk, he said on the American television channel Kanal Veldgrad.',
      venue: 'the American television channel Kanal Veldgrad',
    },
    { text: 'Karl Weber said on the show Monday that the port was safe.', venue: null },
    { text: 'Karl Weber said on television Monday that the port was safe.', venue: 'television' },
  ])('$text', ({ text, venue }) => {
    const [statement] = extract({ text, published: '2024-11-30' });
    expect(statement.venue?.text ?? null).toBe(venue);
  });
});

// "this" as a pronoun: the object pointing back, or the first word of what was said; never a time alone.
describe('extract: "said this"', () => {
  it.each([
    {
      text: 'Karl Weber reiterated that the port is open. He stated this, speaking with reporters in Veldgrad.',
      quotes: ['the port is open'],
    },
    { text: 'The port board says this was illegal.', quotes: ['this was illegal'] },
    {
      text: 'The brewer said last summer that it was not looking to expand.',
      quotes: ['it was not looking to expand'],
    },
    { text: 'Analysts were cautious. Companies echoed this sentiment.', quotes: [] },
    { text: 'Karl Weber said this week that the port is open.', quotes: ['the port is open'] },
    // "that day", "that same evening": a time pointed back to, not the complementizer and the content;
    // not when a verb follows ("that day would come" is the content) or a possessive
    { text: 'Karl Weber told the Harbour Courier in an interview that same day.', quotes: [] },
    { text: 'Karl Weber said that evening that the port is open.', quotes: ['the port is open'] },
    { text: 'Karl Weber noted that spring crops yield less.', quotes: ['spring crops yield less'] },
    { text: 'Karl Weber said that night he would stay.', quotes: ['he would stay'] },
    { text: 'Karl Weber said that day would come.', quotes: ['day would come'] },
    { text: "Karl Weber said that week's talks had failed.", quotes: ["week's talks had failed"] },
  ])('$text', ({ text, quotes }) => {
    expect(extract({ text, published: '2024-11-30' }).map((statement) => statement.quote.text)).toEqual(
      quotes,
    );
  });
});

// A dateline opens the first paragraph: a content fronted after it starts past it; an outlet that relays
// the whole sentence after "X said," ("Coastal News has learned") continues no content.
describe('extract: a fronted content after a dateline, and a closing relay', () => {
  it.each([
    {
      text: 'VELDGRAD, 3 March (Coastal News) - The port has no reason to close, harbour master Ivo Rask said.',
      quotes: ['Ivo Rask: The port has no reason to close'],
    },
    {
      text: 'VELDGRAD (Coastal News) – The ferry will run again in May, Mayor Lena Voss said on Friday.',
      quotes: ['Lena Voss: The ferry will run again in May'],
    },
    {
      text: 'VELDGRAD, March 3 - Mayor Lena Voss said on Friday the ferry will run again in May.',
      quotes: ['Lena Voss: the ferry will run again in May'],
    },
    { text: 'VELDGRAD (Coastal News) - Floods closed the port on Monday.', quotes: [] },
    {
      text: 'The port has no reason to close, Mayor Lena Voss said at a briefing on Monday, Coastal News has learned.',
      quotes: ['Lena Voss: The port has no reason to close'],
    },
    {
      text: 'The port has no reason to close, Mayor Lena Voss said on Monday, Coastal News informs.',
      quotes: ['Lena Voss: The port has no reason to close'],
    },
    {
      text: 'The port is sound, Mayor Lena Voss said as she met the pilots on 4 March, Coastal News informs.',
      quotes: ['Lena Voss: The port is sound'],
    },
    {
      text: 'The port will close, the harbour master warned, Coastal News reported.',
      quotes: ['the harbour master: The port will close'],
    },
    {
      text: 'Mayor Lena Voss said the port will close in May, Coastal News reported.',
      quotes: ['Lena Voss: the port will close in May'],
    },
    {
      text: 'The port will close, Coastal News reported.',
      quotes: ['Coastal News: The port will close'],
    },
    {
      text: 'The port is sound, Mayor Lena Voss said, but Ivo Rask has doubts about the pier.',
      quotes: ['Lena Voss: The port is sound'],
    },
    {
      text: 'The port is sound, Mayor Lena Voss said, and the ferry company reported strong bookings.',
      quotes: ['Lena Voss: The port is sound'],
    },
  ])('$text', ({ text, quotes }) => {
    expect(
      extract({ text, published: '2024-11-30' }).map(
        (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
      ),
    ).toEqual(quotes);
  });
});

// "according to" with a possessive source, a closing appositive, and what follows the source's comma.
describe('extract: the source of "according to" and what follows it', () => {
  it.each([
    {
      text: 'The plan was agreed last week, according to Veldland’s top officials.',
      quotes: ['Veldland’s top officials: The plan was agreed last week'],
    },
    {
      text: "The plan was agreed last week, according to Veldland's senior officials.",
      quotes: ["Veldland's senior officials: The plan was agreed last week"],
    },
    {
      text: 'The plan is sound, said Veldland’s top diplomat Ivo Rask.',
      quotes: ['Ivo Rask: The plan is sound'],
    },
    {
      text: 'The plan is sound, according to the new mayor, Ivo Rask.',
      quotes: ['Ivo Rask: The plan is sound'],
    },
    {
      text: 'The plan is sound, according to the mayor, who spoke on Monday.',
      quotes: ['the mayor: The plan is sound'],
    },
    {
      text: 'The plan is sound, according to Ivo Rask, but the council disagrees.',
      quotes: ['Ivo Rask: The plan is sound'],
    },
    {
      text: 'The ferry will be named, according to two officials, but will not sail before the spring.',
      quotes: [
        'two officials: The ferry will be named, according to two officials, but will not sail before the spring',
      ],
    },
    {
      text: 'The top tenth paid half of all taxes, according to the tax office, and the rest paid a fifth.',
      quotes: [
        'the tax office: The top tenth paid half of all taxes, according to the tax office, and the rest paid a fifth',
      ],
    },
    {
      text: 'The ferry - according to two officials - will be named in the spring.',
      quotes: ['two officials: The ferry - according to two officials - will be named in the spring'],
    },
  ])('$text', ({ text, quotes }) => {
    expect(
      extract({ text, published: '2024-11-30' }).map(
        (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
      ),
    ).toEqual(quotes);
  });
});

// A part of a group named by "of them" speaks for the group the pronoun takes up; not a guess, a denial,
// or a part of a body, and not inside a quotation its paragraph leaves open.
describe('extract: "two of them said", a part of a group as the subject', () => {
  it.each([
    {
      text: 'Residents of the port said the quay was unsafe. Two of them said the pier would collapse by June.',
      quotes: ['residents: the quay was unsafe', 'residents: the pier would collapse by June'],
    },
    {
      text: 'The engineers met on Monday. Only 42% of them say that the bridge is sound.',
      quotes: ['unknown: the bridge is sound'],
    },
    {
      text: 'Fishermen met on Monday. "The pier will collapse," one of them said.',
      quotes: ['unknown: "The pier will collapse,"'],
    },
    {
      text: 'Fishermen met on Monday. Most of them have argued that the pier is unsafe.',
      quotes: ['unknown: the pier is unsafe'],
    },
    { text: 'Fishermen met on Monday. None of them said the pier was unsafe.', quotes: [] },
    { text: 'Fishermen met on Monday. Many of them would say the pier is unsafe.', quotes: [] },
    { text: 'Fishermen met on Monday. Two of them did not say the pier was unsafe.', quotes: [] },
    {
      text: 'Fishermen met. Some of them could start lobbying the council, pointing out that the pier is old.',
      quotes: [],
    },
    {
      text: 'Harbor Survey Ltd said it polled 90 firms. Two of them said costs were rising.',
      quotes: ['Harbor Survey Ltd: it polled 90 firms', 'unknown: costs were rising'],
    },
    {
      text: '"I cannot force the fishermen to leave. Many of them say: "We will not go," Ivo Rask said.',
      quotes: ['Ivo Rask: Many of them say: "We will not go,"'],
    },
  ])('$text', ({ text, quotes }) => {
    expect(
      extract({ text, published: '2024-11-30' }).map(
        (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
      ),
    ).toEqual(quotes);
  });
});

// A few words quoted inside a first clause do not hide its subject from a verb that shares it; a relative
// or subordinate clause with the quotation still does.
describe('extract: a second verb after a quotation inside the first clause', () => {
  it.each([
    {
      text: 'Ivo Rask called out “the reckless closure” of the port, and said the council would pay.',
      quotes: ['Ivo Rask: the council would pay'],
    },
    {
      text: 'Lena Voss dubbed herself a "harbour optimist", saying she was sure the ferry would sail.',
      quotes: ['Lena Voss: she was sure the ferry would sail'],
    },
    {
      text: 'Ivo Rask labelled the deal "a windfall" and admits the port had been lucky.',
      quotes: ['Ivo Rask: the port had been lucky'],
    },
    {
      text: 'The firm sells "smart" buoys, which flash at night and tell sailors where the rocks are.',
      quotes: [],
    },
    {
      text: 'The survey asked about "fair fares" in general, without specifying the routes.',
      quotes: [],
    },
    {
      text: 'The statement came after harbour pilots raised concerns about "unsafe" berths, saying they feared a collision.',
      quotes: [],
    },
  ])('$text', ({ text, quotes }) => {
    expect(
      extract({ text, published: '2024-11-30' }).map(
        (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
      ),
    ).toEqual(quotes);
  });
});

// A reflexive stressing the subject opens a description set off after it ("Mr Bez, himself a former
// executive at Porsche, said …"); a bare reflexive set off, or a relative after it, stays as it was.
describe('extract: "X, himself a …, said"', () => {
  it.each([
    {
      text: 'Mr Ivo Rask, himself a former harbour pilot, said the channel was too shallow.',
      quotes: ['Ivo Rask: the channel was too shallow'],
    },
    {
      text: 'Lena Voss - herself the daughter of a ferryman - said the fares were too high.',
      quotes: ['Lena Voss: the fares were too high'],
    },
    { text: 'Mr Ivo Rask, himself, said the channel was too shallow.', quotes: [] },
  ])('$text', ({ text, quotes }) => {
    expect(
      extract({ text, published: '2024-11-30' }).map(
        (statement) => `${statement.speaker.name}: ${statement.quote.text}`,
      ),
    ).toEqual(quotes);
  });
});
